// Descriptive summary of a diary period (docs/analysis.md): how often, how strong,
// how long, where and when, and how complete the diary is.
#pragma once

#include "analysis/dayseries.h"
#include "analysis/distributions.h"

#include <QDate>

#include <array>
#include <vector>

namespace td::analysis {

struct WeekCount {
    QDate weekStart; // Monday
    int episodes = 0;
    int observedDays = 0; // logged days of that week inside the series
    double perWeek = 0;   // episodes per 7 logged days; NaN without logged days
};

struct Distribution {
    int count = 0;
    double mean = 0; // NaN when count == 0 (so are the quantiles)
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

// A weekly rate is only stated over at least this many logged days: one day with two
// episodes is "2 episodes on 1 logged day", not "14.0 episodes per week".
inline constexpr int kMinLoggedDaysForWeeklyRate = 7;
// A stretch of more days than this between the diary's last entry and the period's end is
// named ("nothing logged since …"), and "ongoing" then means "at the last entry".
inline constexpr int kSilentStretchDays = 7;

struct Summary {
    int daysInPeriod = 0; // calendar days of the period
    int observedDays = 0; // days logged (checked in or with an episode)
    int episodeDays = 0;
    int episodes = 0;
    // The days the diary was kept within the period: from the later of the period's first
    // day and the diary's first entry, to the last entry on or before the period's end.
    // Invalid when the period has no entry.
    QDate keptFrom;
    QDate keptTo;
    int daysKept = 0;
    // Days from the last entry (on or before the period's end) to the period's end: a
    // diary no longer kept has a long silent stretch. 0 when the last entry is on the
    // period's last day; -1 when the diary has no entry up to the period's end.
    int daysSinceLastEntry = -1;
    QDate lastEntry;               // the diary's last entry on or before the period's end
    QDate firstEpisodeEver;        // the diary's first episode (whole history up to the end)
    QDate lastEpisode;             // the last episode on or before the period's end
    double completeness = 0;       // observedDays / daysKept; NaN when nothing was kept
    double shareWithTwitching = 0; // episodeDays / observedDays
    Interval shareCi;              // Clopper–Pearson 95 %
    // Episodes per 7 logged days; NaN with fewer than kMinLoggedDaysForWeeklyRate logged
    // days in the window.
    double perWeekOverall = 0;
    double perWeekFirst28 = 0;  // in the first 28 days the diary was kept
    double perWeekLatest28 = 0; // in the latest 28 days it was kept
    std::vector<WeekCount> weeks;
    std::array<int, 10> intensityCounts{}; // intensity 1..10
    Distribution intensity;
    Distribution durationS;
    std::array<int, 24> hourOfDay{}; // local wall-clock hour of the episode
    // In order of first appearance in the period; firstSeen is the first day in the whole
    // history (a place seen before the period keeps its first date), lastSeen the period's.
    std::vector<SiteSummary> sites;
    std::vector<SymptomSummary> symptoms;

    bool silentStretch() const { return daysSinceLastEntry > kSilentStretchDays; }
};

// `days` is the period's series; `history` the whole diary's up to the period's end (the
// same series when the period starts at the diary's first entry). The course (first
// episode, first seen per place, the days kept) comes from the history.
Summary summarize(const Diary &diary, const DaySeries &days, const DaySeries &history, const Options &options);
inline Summary summarize(const Diary &diary, const DaySeries &days, const Options &options)
{
    return summarize(diary, days, days, options);
}

// Mean and type-7 quartiles of a sample.
Distribution describe(std::vector<double> values);

} // namespace td::analysis
