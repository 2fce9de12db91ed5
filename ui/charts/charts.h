// Chart builders shared by the Insights page and the doctor report. Each returns a
// QChart the caller owns, fed exactly with the numbers it is given (tests check them).
#pragma once

#include "charts/chartstyle.h"
#include "report/insights.h"

#include <QChart>

namespace td::ui {

// Episodes per day as bars over a date axis; unlogged days as hatched bands (not zero
// bars); observed twitch-free days as small ticks on the baseline; `factorName`'s daily
// value on a second axis (no line where it was not recorded).
QChart *createDailyChart(const std::vector<DailyPoint> &points, const QString &factorName, const ChartStyle &style);

// Forest plot: one row per tested factor, rate ratio and 95 % interval on a log axis, a
// line at 1, the verdict shown by marker shape and in the legend.
QChart *createForestChart(const std::vector<analysis::Association> &tested, const ChartStyle &style);

// Episodes by hour of the day (24 bars).
QChart *createTimeOfDayChart(const std::array<int, 24> &hours, const ChartStyle &style);

// Rows of the forest plot, in display order (top first): tested factors by rate ratio.
std::vector<analysis::Association> forestRows(const std::vector<analysis::Association> &all);

// Label of a forest row: "Food: aspartame (11 days vs 45)".
QString forestRowLabel(const analysis::Association &a);

} // namespace td::ui
