// Randomized personal experiments (docs/experiments.md): a plan with its stored schedule,
// and the exact randomization test of its result. Plain value code like the analysis:
// no storage, no widgets, no clock (the caller passes "today").
#pragma once

#include "domain/domain.h"
#include "domain/experimentplan.h"

#include <QDate>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

class QRandomGenerator;

namespace td::experiments {

// A fair coin per pair from `rng` (QRandomGenerator::system() in the app).
std::vector<Order> drawSchedule(int pairs, QRandomGenerator &rng);

enum class Verdict { Running, Insufficient, Helped, Worse, NoDifference, Inconclusive, Stopped, Observational };
QString verdictId(Verdict v); // "running", "insufficient", "helped", ...

struct Arm {
    int analysedDays = 0;
    int episodes = 0;
    double perDay = 0;          // NaN without analysed days
    double conditionShare = 0;  // adherent_share (change) / met_condition_share (usual); NaN when unknown
    int conditionMetDays = 0;   // analysed days meeting the condition (the share's numerator)
    int conditionKnownDays = 0; // analysed days where the factor is known (its denominator)
    int plannedDays = 0;        // the used schedule's non-washout days of the arm, pauses included
    double loggedShare = 0;     // logged days / window days of the arm
};

// The balance table (docs/experiments.md "Balance table"): what else differed between the
// arms, on the same analysed days as the test.
struct BalanceFactor {
    QString factor;        // "caffeine_mg", "sleep_hours", "stress", "alcohol_units", "water_l"
    double changeMean = 0; // mean over analysed change days where it is known; NaN without
    int changeDays = 0;    // those days
    double usualMean = 0;  // likewise on analysed usual days
    int usualDays = 0;
};
// Episodes per day by the day's place since the last switch of condition (carry-over),
// on outcome-observed, unpaused days of the window up to today, washout days included.
// `day` 1 is the day of the switch; the last row (`later` true) holds the days after the
// first period of a run (two periods of the same condition in a row) and the days before
// the window's first switch (usual from the start: life before the window is usual).
struct CarryOverRow {
    int day = 0; // 1 .. period_days; 0 in the `later` row
    bool later = false;
    bool washout = false; // day <= washout_days: not analysed after a switch
    int changeDays = 0;
    int changeEpisodes = 0;
    double changePerDay = 0; // NaN without days
    int usualDays = 0;
    int usualEpisodes = 0;
    double usualPerDay = 0;
};
// The factors of the balance table, in this order; the experiment's own factor is left
// out (its difference is the adherence).
inline const char *const kBalanceFactors[] = {"caffeine_mg", "sleep_hours", "stress", "alcohol_units", "water_l"};

// One day of the window under the used schedule, for timelines (the doctor PDF, the page).
struct WindowDay {
    QDate date;
    bool change = false;  // assigned "change" (else "usual")
    bool washout = false; // washout under the used schedule
    bool paused = false;
    bool observed = false; // outcome observed, up to today
    int episodes = 0;
};

struct Result {
    Verdict verdict = Verdict::Running;
    bool finished = false;
    int schedules = 0; // |S|
    std::optional<double> rateRatio;
    std::optional<double> ciLow; // null: unbounded or not computable
    std::optional<double> ciHigh;
    std::optional<double> p;
    int extremeSchedules = 0; // schedules with |T| >= |T(s_obs)|
    Arm change;
    Arm usual;
    int washoutDaysExcluded = 0;
    int strataUsed = 0;
    int pairsWithBothPeriods = 0;        // pairs with an analysed day in each period
    QString missing;                     // why `insufficient`, in words
    std::vector<BalanceFactor> balance;  // kBalanceFactors without the plan's factor
    std::vector<CarryOverRow> carryOver; // paired_periods only: period_days rows, then `later`
    std::vector<WindowDay> days;         // every window day, oldest first
};

// The result as of `today` (the current diary day), on the diary's days (`dayBoundaryHour`
// as in the analysis).
Result evaluate(const Diary &diary, const Plan &plan, const QDate &today, int dayBoundaryHour = 4);

// The test on plain day vectors, for tests and the design preview: `episodes[i]` and
// `analysable[i]` (observed and not paused) for each window day.
struct TestInput {
    int pairs = 0;
    int periodDays = 0;
    int washoutDays = 0;
    std::vector<Order> used;
    std::vector<int> episodes;
    std::vector<bool> analysable;
};
struct TestResult {
    int schedules = 0;
    std::optional<double> rateRatio;
    std::optional<double> ciLow;
    std::optional<double> ciHigh;
    double p = 1;
    int extreme = 0;
    int strataUsed = 0;
    int washoutDays = 0; // under the used schedule
};
TestResult exactTest(const TestInput &in, bool withInterval = true);

// The result object of `experiment result --json` (docs/format.md "Experiments").
QByteArray resultJson(const Plan &plan, const Result &result);
// The verdict in one plain sentence, with its numbers.
QString resultSentence(const Plan &plan, const Result &result);

// The design preview (docs/experiments.md "Before the start"): on the user's own diary,
// how often the planned design would say `helped` for a true halving (RR 0.5) and a 30 %
// drop (RR 0.7), from `simulations` experiments each, with daily counts drawn by circular
// block bootstrap (blocks of 7 days) from the outcome-observed days of the last 84 days,
// a random schedule, and binomial thinning of change days' episodes.
inline constexpr int kPreviewSimulations = 400;
inline constexpr int kPreviewHistoryDays = 84;
inline constexpr int kPreviewMinObservedDays = 28;
inline constexpr int kPreviewBlockDays = 7;
struct Preview {
    bool enoughHistory = false;     // at least 28 observed days in the last 84
    int observedDays = 0;           // of those 84
    double detectHalving = 0;       // share of simulated experiments saying `helped` at RR 0.5
    double detectThirtyPercent = 0; // at RR 0.7
    double minimumP = 1;            // the design's smallest attainable p (2 / |S|)
    QDate resultDate;               // the first day after the window
};
Preview preview(const Diary &diary, const Plan &plan, const QDate &today, int dayBoundaryHour = 4,
                std::uint64_t seed = 0, int simulations = kPreviewSimulations);
// The same on a plain sequence of daily counts (observed days, oldest first).
Preview preview(const std::vector<int> &history, const Plan &plan, std::uint64_t seed,
                int simulations = kPreviewSimulations);

} // namespace td::experiments
