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

QDate Plan::windowFrom() const { return design == Design::PairedPeriods ? start : start.addDays(-beforeDays); }

QDate Plan::windowTo() const
{
    return design == Design::PairedPeriods ? start.addDays(2LL * pairs * periodDays - 1)
                                           : start.addDays(changeDays - 1);
}

QString validate(const Plan &p)
{
    if (p.title.trimmed().isEmpty())
        return QStringLiteral("title: empty; give the experiment a name");
    if (p.factor.trimmed().isEmpty())
        return QStringLiteral("factor: empty; name the factor to change (e.g. caffeine_mg)");
    if (!p.start.isValid())
        return QStringLiteral("start: not a date");
    if ((p.op == Op::AtMost || p.op == Op::AtLeast) && !(std::isfinite(p.value) && p.value >= 0))
        return QStringLiteral("change.value: %1 is not a number of 0 or more").arg(p.value);
    if (!(p.equivalenceLow >= 0.67 && p.equivalenceLow < 1 && p.equivalenceHigh > 1 && p.equivalenceHigh <= 1.5))
        return QStringLiteral("equivalence: [%1, %2] must satisfy 0.67 ≤ low < 1 < high ≤ 1.5")
            .arg(p.equivalenceLow)
            .arg(p.equivalenceHigh);
    if (p.design == Design::PairedPeriods) {
        if (p.pairs < kMinPairs || p.pairs > kMaxPairs)
            return QStringLiteral("pairs: %1 is outside %2–%3").arg(p.pairs).arg(kMinPairs).arg(kMaxPairs);
        if (p.periodDays < kMinPeriodDays || p.periodDays > kMaxPeriodDays)
            return QStringLiteral("period_days: %1 is outside %2–%3")
                .arg(p.periodDays)
                .arg(kMinPeriodDays)
                .arg(kMaxPeriodDays);
        if (p.washoutDays < 0 || p.washoutDays > p.periodDays - 2)
            return QStringLiteral("washout_days: %1 is outside 0–%2 (period_days − 2)")
                .arg(p.washoutDays)
                .arg(p.periodDays - 2);
        if (int(p.schedule.size()) != p.pairs)
            return QStringLiteral("schedule: %1 entries for %2 pairs").arg(p.schedule.size()).arg(p.pairs);
    } else {
        if (p.beforeDays < 7 || p.beforeDays > 365)
            return QStringLiteral("before_days: %1 is outside 7–365").arg(p.beforeDays);
        if (p.changeDays < 7 || p.changeDays > 365)
            return QStringLiteral("change_days: %1 is outside 7–365").arg(p.changeDays);
    }
    for (qsizetype i = 0; i < p.pauses.size(); ++i) {
        const Pause &pause = p.pauses[i];
        if (!pause.from.isValid() || !pause.to.isValid() || pause.to < pause.from)
            return QStringLiteral("pauses[%1]: from must be a date on or before to").arg(i);
    }
    if (p.stopped && !p.stopped->isValid())
        return QStringLiteral("stopped: not a date");
    return {};
}

} // namespace td::experiments
