// A diary turned into calendar-day series: the outcome (episodes per day, observed or
// missing) and, per candidate factor, the daily value and the exposed/unexposed/missing
// code of its pre-declared contrast (docs/analysis.md "Days and observations").
#pragma once

#include "analysis/options.h"
#include "domain/domain.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <limits>
#include <vector>

namespace td::analysis {

// Exposure codes of a day. Missing is never zero: a day without the value drops out.
inline constexpr std::int8_t kMissing = -1;
inline constexpr std::int8_t kUnexposed = 0;
inline constexpr std::int8_t kExposed = 1;

enum class FactorKind {
    SleepHours,
    SleepQuality,
    Stress,
    Caffeine,
    Alcohol,
    Water,
    Food,
    Supplement,
    CustomYesNo,
    CustomNumber
};

struct FactorSeries {
    QString id; // "sleep_hours", "food:msg", "custom:screen"
    FactorKind kind = FactorKind::Food;
    QString name;         // food tag, supplement or custom factor name; empty otherwise
    QString unit;         // unit of a numeric custom factor
    double threshold = 0; // tertile cut-off (caffeine, water, numeric custom)
    // The logged value nearest the cut-off on the exposed side (the smallest above it; for
    // water the largest below): the contrast as a person reads it, "190 mg or more".
    // NaN without a tertile, or when no logged value is on that side.
    double exposedLimit = std::numeric_limits<double>::quiet_NaN();
    std::vector<double> value;         // daily value, NaN when missing
    std::vector<std::int8_t> exposure; // kMissing / kUnexposed / kExposed
};

struct DaySeries {
    QDate periodFrom; // the period asked for (or the diary's span)
    QDate periodTo;
    QDate day0;                         // first day with any entry in the period; index 0
    int days = 0;                       // day0 .. last day with an entry, inclusive; 0 when empty
    std::vector<std::uint8_t> observed; // outcome observed: checked in or an episode
    std::vector<std::uint8_t> checkedIn;
    std::vector<int> episodes;   // y_t
    std::vector<int> episodeDay; // day index of diary.episodes[i]; -1 outside
    // Instant of diary.episodes[i] (ms since the epoch) and its UTC offset (s), read once
    // here for the summary (0 for an invalid instant; such an episode has no day).
    std::vector<qint64> episodeMsecs;
    std::vector<int> episodeOffsetS;
    std::vector<FactorSeries> factors;

    QDate date(int t) const { return day0.addDays(t); }
    int index(const QDate &d) const { return int(day0.daysTo(d)); }
};

DaySeries buildDaySeries(const Diary &diary, const Options &options);

// td::diaryDay() with a fast path for the usual fixed-offset timestamps (same result).
QDate dayOf(const QDateTime &at, int boundaryHour);
// The Julian day of dayOf() from the instant's milliseconds since the epoch and offset.
qint64 julianDayOf(qint64 msecsSinceEpoch, int offsetFromUtcS, int boundaryHour);

// The q-quantile of the values with linear interpolation between order statistics
// (type 7, the common default); NaN when there are none.
double quantileType7(std::vector<double> values, double q);
double quantileOfSorted(const std::vector<double> &sortedValues, double q);

} // namespace td::analysis
