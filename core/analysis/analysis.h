// The analysis entry point: a diary in, plain results out (docs/analysis.md). No storage,
// no widgets, no clock and no global state; safe to run off the UI thread.
#pragma once

#include "analysis/associations.h"
#include "analysis/dayseries.h"
#include "analysis/options.h"
#include "analysis/redflags.h"
#include "analysis/summary.h"

#include <QDate>

#include <vector>

namespace td::analysis {

struct AnalysisResult {
    QDate from; // the period analysed (docs/format.md "period")
    QDate to;
    int daysInPeriod = 0;
    int observedDays = 0; // outcome observed: checked in or with an episode
    int episodeDays = 0;
    int episodes = 0;
    Gate gate;                             // G0: shown, or "about N more days"
    std::vector<Association> associations; // one per factor, strongest lag
    std::vector<Flag> flags;
    std::vector<Note> notes; // information that is not a flag (migration, sub-site)
    Summary summary;
};

AnalysisResult analyze(const Diary &diary, const Options &options = {});

} // namespace td::analysis
