// User-facing sentences of the analysis (docs/analysis.md "Plain words"): associations worded
// as associations, never as causes; gates worded as "keep logging".
#pragma once

#include "analysis/analysis.h"

#include <QString>
#include <QStringList>

namespace td::analysis {

// "on days after less than 6 h of sleep", "on days after a day with aspartame".
QString exposurePhrase(const Association &a);

// The headline of a tested factor:
// "Episodes were 2.1× as frequent on days after less than 6 h of sleep (95 % CI 1.4–3.2;
//  34 such days, 118 others). An association, not proof."
// A protective factor reads "fewer episodes". Untested factors say what is missing.
QString associationSentence(const Association &a);

// How the interval (HAC fit) and the verdict (rotation test and BH) relate. They are
// different procedures and can disagree; the sentence then says why in plain words
// (docs/analysis.md "When the interval and the verdict disagree").
enum class Agreement {
    Agree,                 // likely with an interval excluding 1; none with one including 1;
                           // possible with one excluding 1; untested
    ChanceDespiteInterval, // none, but the interval excludes 1
    HintDespiteInterval,   // possible, but the interval includes 1
};
Agreement agreement(const Association &a);

// "same day", "one day before", "two days before" (sleep at lag 0: "night before"): the
// lag as a person reads it, in labels and help.
QString lagWords(const Association &a);

// The rotation test's p as the sentences print it: "0.60", "0.012", "< 0.001".
QString formatP(double p);

// Caveats to print under the headline: reverse causation for lag-0 sleep and stress,
// factors that mostly occur on the same days (`all` resolves their names).
QStringList associationCaveats(const Association &a, const std::vector<Association> &all);

// "Keep logging — about 12 more days before triggers can be looked at (20 days logged,
//  6 with twitching)." Empty when the gate is met.
QString gateSentence(const Gate &gate);

// A short name of a factor for sentences: "sleep", "caffeine", "aspartame".
QString factorName(const Association &a);

// Numbers as the sentences print them: 2.1, 0.44, 12.
QString formatRatio(double v);

} // namespace td::analysis
