// The experiment plan's identifiers and window (core/domain/experimentplan.h).
#include "domain/experimentplan.h"

namespace td::experiments {

QString opId(Op op)
{
    switch (op) {
    case Op::AtMost: return QStringLiteral("<=");
    case Op::AtLeast: return QStringLiteral(">=");
    case Op::Present: return QStringLiteral("present");
    case Op::Absent: return QStringLiteral("absent");
    }
    return {};
}

std::optional<Op> opFromId(const QString &id)
{
    for (Op op : {Op::AtMost, Op::AtLeast, Op::Present, Op::Absent})
        if (opId(op) == id)
            return op;
    return std::nullopt;
}

QString designId(Design d)
{
    return d == Design::PairedPeriods ? QStringLiteral("paired_periods") : QStringLiteral("before_after");
}

std::optional<Design> designFromId(const QString &id)
{
    for (Design d : {Design::PairedPeriods, Design::BeforeAfter})
        if (designId(d) == id)
            return d;
    return std::nullopt;
}

QDate Plan::windowFrom() const
{
    return design == Design::PairedPeriods ? start : start.addDays(-beforeDays);
}

QDate Plan::windowTo() const
{
    return design == Design::PairedPeriods ? start.addDays(2LL * pairs * periodDays - 1) : start.addDays(changeDays - 1);
}

} // namespace td::experiments
