// What the Insights page and the doctor report draw, computed from a diary off the UI
// thread: the analysis itself plus the series each chart is fed with. Plain value code.
#pragma once

#include "analysis/analysis.h"

#include <cmath>
#include <limits>

namespace td {

inline constexpr double kNoValue = std::numeric_limits<double>::quiet_NaN();

struct DailyPoint {
    QDate date;
    bool observed = false;    // outcome logged (checked in or with an episode)
    int episodes = 0;         // 0 on a missing day too: draw it as missing, not as zero
    double factor = kNoValue; // the overlaid factor's daily value; NaN when not recorded
};

// Sites (zone and side) by week: where it twitches over time.
struct SiteWeeks {
    std::vector<QDate> weeks;                 // Mondays, oldest first
    std::vector<analysis::SiteSummary> sites; // rows, in order of first appearance
    std::vector<std::vector<int>> episodes;   // [site][week]
    std::vector<int> loggedDays;              // per week: days logged (0 = nothing known)
};

struct CalendarDay {
    QDate date;
    bool observed = false;
    int episodes = 0;
};

struct InsightsData {
    analysis::AnalysisResult result;
    analysis::DaySeries days;
    SiteWeeks siteWeeks;
    int generation = 0; // which request produced it
    qint64 elapsedMs = 0;

    // Factors that can be overlaid on the daily chart: id and display name.
    QList<std::pair<QString, QString>> overlayFactors() const;
    // Daily points over the analysed period with `factorId` overlaid (empty id: none).
    std::vector<DailyPoint> daily(const QString &factorId) const;
    std::vector<CalendarDay> calendar() const;
    const analysis::Association *association(const QString &factorId) const;
};

// Runs the whole analysis and derives the chart series. Pure: safe on any thread.
InsightsData computeInsights(const Diary &diary, const analysis::Options &options);

// A user-facing factor name with its unit: "Caffeine (mg)", "Food: aspartame".
QString factorDisplayName(const QString &factorId, const QString &unit = {});

} // namespace td
