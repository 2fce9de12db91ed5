#include "analysis.h"

namespace td::analysis {

AnalysisResult analyze(const Diary &diary, const Options &options)
{
    AnalysisResult r;
    const DaySeries days = buildDaySeries(diary, options);
    r.from = days.periodFrom;
    r.to = days.periodTo;
    r.summary = summarize(diary, days, options);
    r.daysInPeriod = r.summary.daysInPeriod;
    r.observedDays = r.summary.observedDays;
    r.episodeDays = r.summary.episodeDays;
    r.episodes = r.summary.episodes;
    r.gate = gateG0(days);
    r.associations = analyseAssociations(days, options, r.gate);
    RedFlagResult flags = findRedFlags(diary, days, options);
    r.flags = std::move(flags.flags);
    r.notes = std::move(flags.notes);
    return r;
}

} // namespace td::analysis
