// Descriptive summary of a diary period (DESIGN.md "Analysis"): how often, how strong,
// how long, where and when, and how complete the diary is.
#pragma once

#include "dayseries.h"
#include "distributions.h"

#include <QDate>

#include <array>
#include <vector>

namespace td::analysis {

struct WeekCount {
    QDate weekStart;         // Monday
    int episodes = 0;
    int observedDays = 0;    // logged days of that week inside the series
    double perWeek = 0;      // episodes per 7 logged days; NaN without logged days
};

struct Distribution {
    int count = 0;
    double mean = 0;         // NaN when count == 0 (so are the quantiles)
    double min = 0;
    double q1 = 0;
    double median = 0;
    double q3 = 0;
    double max = 0;
};

struct SiteSummary {
    Zone zone = Zone::LowerLip;
    Side side = Side::Left;
    QDate firstSeen;
    QDate lastSeen;
    int episodes = 0;
    int days = 0;
};

struct SymptomSummary {
    Symptom symptom = Symptom::Pain;
    QDate firstSeen;
    QDate lastSeen;
    int episodes = 0;
};

struct Summary {
    int daysInPeriod = 0;        // calendar days of the period
    int observedDays = 0;        // days logged (checked in or with an episode)
    int episodeDays = 0;
    int episodes = 0;
    double completeness = 0;     // observedDays / daysInPeriod; NaN for an empty period
    double shareWithTwitching = 0;     // episodeDays / observedDays
    Interval shareCi;                  // Clopper–Pearson 95 %
    double perWeekOverall = 0;         // episodes per 7 logged days
    double perWeekFirst28 = 0;         // in the first 28 days of the series
    double perWeekLatest28 = 0;        // in the latest 28 days
    std::vector<WeekCount> weeks;
    std::array<int, 10> intensityCounts{};  // intensity 1..10
    Distribution intensity;
    Distribution durationS;
    std::array<int, 24> hourOfDay{};        // local wall-clock hour of the episode
    std::vector<SiteSummary> sites;         // in order of first appearance
    std::vector<SymptomSummary> symptoms;
};

Summary summarize(const Diary &diary, const DaySeries &days, const Options &options);

// Mean and type-7 quartiles of a sample.
Distribution describe(std::vector<double> values);

} // namespace td::analysis
