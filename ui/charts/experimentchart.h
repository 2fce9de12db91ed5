// The timeline of an experiment (docs/experiments.md): episodes per day over its window,
// change periods shaded, usual periods plain, washout days hatched, pauses grey, and a
// line at today. Built from plain values, like the charts in charts.h.
#pragma once

#include "charts/chartstyle.h"
#include "domain/experimentplan.h"
#include "report/insights.h"

#include <QChart>

namespace td::ui {

// `points`: the window's days (any order; days after `today` are not drawn).
QChart *createExperimentChart(const experiments::Plan &plan, const std::vector<DailyPoint> &points, const QDate &today,
                              const ChartStyle &style);

} // namespace td::ui
