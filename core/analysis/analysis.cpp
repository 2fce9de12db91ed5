#include "analysis/analysis.h"

#include <optional>

namespace td::analysis {

namespace {

// A flag belongs to the period when it overlaps it or is still ongoing at its end; its
// dates are the history's, never clipped (docs/analysis.md "Red flags").
bool showInPeriod(const Flag &f, const QDate &from)
{
    return f.state == FlagState::Ongoing || !from.isValid() || f.to >= from;
}

} // namespace

AnalysisResult analyze(const Diary &diary, const Options &options)
{
    AnalysisResult r;
    const DaySeries days = buildDaySeries(diary, options);
    r.from = days.periodFrom;
    r.to = days.periodTo;

    // The person's course is the whole diary's up to the period's end: a period that
    // starts late must not make its first day the onset, nor its first two weeks the
    // spreading baseline. The period's own series serves when it starts with the diary.
    Options historyOptions = options;
    historyOptions.from.reset();
    std::optional<DaySeries> whole;
    if (options.from) {
        whole = buildDaySeries(diary, historyOptions);
        if (whole->day0 == days.day0 && whole->days == days.days)
            whole.reset();
    }
    const DaySeries &history = whole ? *whole : days;

    r.summary = summarize(diary, days, history, options);
    r.daysInPeriod = r.summary.daysInPeriod;
    r.observedDays = r.summary.observedDays;
    r.episodeDays = r.summary.episodeDays;
    r.episodes = r.summary.episodes;
    r.gate = gateG0(days);
    r.associations = analyseAssociations(days, options, r.gate);
    RedFlagResult flags = findRedFlags(diary, history, whole ? historyOptions : options);
    for (Flag &f : flags.flags)
        if (showInPeriod(f, r.from))
            r.flags.push_back(std::move(f));
    for (Note &n : flags.notes)
        if (!r.from.isValid() || n.date >= r.from)
            r.notes.push_back(std::move(n));
    return r;
}

} // namespace td::analysis
