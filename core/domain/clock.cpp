#include "domain/clock.h"

#include "domain/domain.h"

namespace td {
namespace {
std::optional<QDateTime> &fixedTime()
{
    static std::optional<QDateTime> fixed;
    return fixed;
}
} // namespace

QDateTime Clock::now()
{
    const QDateTime t = fixedTime().value_or(QDateTime::currentDateTime());
    return t.toOffsetFromUtc(t.offsetFromUtc());
}

QDate Clock::utcDate()
{
    const std::optional<QDateTime> &fixed = fixedTime();
    return fixed ? fixed->toUTC().date() : QDateTime::currentDateTimeUtc().date();
}

QDate Clock::today(int dayBoundaryHour) { return diaryDay(now(), dayBoundaryHour); }

void Clock::setFixed(std::optional<QDateTime> at) { fixedTime() = std::move(at); }

} // namespace td
