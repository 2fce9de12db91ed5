// Per-factor trigger associations: the pre-declared contrast of every factor, its
// rate ratio at the strongest lag, the rotation-test p, Benjamini–Hochberg q, gates and
// the verdict (docs/analysis.md "Gates and verdicts").
#pragma once

#include "analysis/dayseries.h"
#include "analysis/options.h"
#include "analysis/rotationtest.h"

#include <QLocale>
#include <QString>
#include <QStringList>

#include <limits>
#include <vector>

namespace td::analysis {

enum class Verdict { Likely, Possible, None, Insufficient };
QString verdictId(Verdict v); // "likely", "possible", "none", "insufficient"

// Gate G0 thresholds, and how the "about N more days" estimate is made.
inline constexpr int kG0ObservedDays = 28;
inline constexpr int kG0EpisodeDays = 10;
inline constexpr int kG1ExposedDays = 5;
inline constexpr int kG1UnexposedDays = 5;
inline constexpr int kG1EpisodeDays = 10;
inline constexpr int kG2ObservedDays = 56;
inline constexpr int kG2EpisodeDays = 24;
inline constexpr int kG2ExposedDays = 10;
inline constexpr double kLikelyQ = 0.10;
inline constexpr double kPossibleP = 0.05;
inline constexpr double kPossibleHigh = 1.5;
inline constexpr double kPossibleLow = 0.67;
// Two factors "mostly occur together" when the Jaccard index of their exposed days
// (over days where both are observed) is at least this, on at least 5 shared days.
inline constexpr double kCoOccurrenceJaccard = 0.7;
inline constexpr int kCoOccurrenceMinDays = 5;

struct Gate {
    bool shown = false; // G0 met: trigger analysis is shown
    int observedDays = 0;
    int episodeDays = 0;
    int moreDaysNeeded = 0; // 0 when shown
};
Gate gateG0(const DaySeries &days);

struct Association {
    QString factor; // "sleep_hours", "food:msg"
    FactorKind kind = FactorKind::Food;
    QString name;                                                   // tag, supplement or custom factor name
    QString unit;                                                   // numeric custom factor unit
    double threshold = 0;                                           // tertile cut-off where the contrast has one
    double exposedLimit = std::numeric_limits<double>::quiet_NaN(); // FactorSeries::exposedLimit
    QString exposedWhen;                                            // "< 6 h", "present", "> 190 mg"
    bool tested = false;                                            // G1 met (and G0): in the BH family
    int lag = 0;                                                    // arg-max of |Z| (the reported lag)
    ZByLag zByLag{};
    double rateRatio = 0; // NaN when not tested
    double ciLow = 0;
    double ciHigh = 0;
    double p = 0;
    double q = 0;
    std::int64_t rotations = 0; // rotations enumerated or drawn
    bool enumerated = false;
    // Counts at the reported lag, over D.
    int exposedDays = 0;
    int unexposedDays = 0;
    int episodeDays = 0;
    int days = 0;   // |D|
    int strata = 0; // strata with a day in D
    int informativeStrata = 0;
    int observedDays = 0; // outcome-observed days in the whole series
    Verdict verdict = Verdict::Insufficient;
    QStringList occursWith; // ids of factors that mostly occur on the same days
};

// Associations of every factor of the series, in the series' factor order.
std::vector<Association> analyseAssociations(const DaySeries &days, const Options &options, const Gate &gate);

// q_(i) = min_{k >= i} min(1, m p_(k) / k), returned in the input order.
std::vector<double> benjaminiHochberg(const std::vector<double> &p);

// A tertile cut-off as printed in labels and sentences: up to two decimals, no trailing
// zeros (190, 1.25, 0.5), with the decimal point of `locale` and no group separators.
// The labels of `analyze --json` are always C; sentences use sentenceLocale().
QString formatThreshold(double v, const QLocale &locale = QLocale::c());

// The contrast of a factor as a short label ("< 6 h", "> 190 mg", "present").
QString exposedWhenLabel(const FactorSeries &factor);

} // namespace td::analysis
