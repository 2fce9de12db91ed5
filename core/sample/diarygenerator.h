// Synthetic diaries: realistic enough to exercise the whole app (sample data, tests,
// screenshots, benchmarks, the calibration study). Deterministic for a given seed.
#pragma once

#include "domain/domain.h"
#include "domain/experimentplan.h"

namespace td::sample {

struct PlantedTrigger {
    QString factor;         // docs/analysis.md factor id: "sleep_hours", "food:aspartame", …
    double rateRatio = 2.0; // multiplies the episode rate when exposed
    int lag = 0;            // exposure on day t−lag acts on day t
};

// An experiment the diary's person ran (docs/experiments.md): its plan, and how the days
// of its window follow the schedule. Days before the window, and a diary without
// experiments, are exactly as without this.
struct SampleExperiment {
    experiments::Plan plan; // an empty schedule is drawn from `scheduleSeed`
    quint64 scheduleSeed = 1;
    double adherence = 0.9; // share of change days that meet the condition
    double usualMeets = -1; // share of usual days that meet it; negative: as life goes
    // The true effect of meeting the condition: the episode rate is multiplied by `effect`
    // once it has held for two days in a row, and by half as much on its first day.
    double effect = 1.0;
};

struct GeneratorOptions {
    QDate start = QDate(2025, 1, 6);
    int days = 365;
    quint64 seed = 1;
    double baseRate = 1.2;        // mean episodes a day when nothing is exposed
    double dispersion = 2.0;      // gamma shape of day-to-day overdispersion
    double autocorrelation = 0.6; // AR(1) of the log-rate
    double noiseSd = 0.35;        // sd of the AR(1) innovations
    double missingRate = 0.08;    // share of days not logged at all
    bool missingMoreOnGoodDays = true;
    int utcOffsetSeconds = 3600;
    QList<PlantedTrigger> planted;
    bool spreading = false;          // a new site on the other side appears mid-diary
    bool symptoms = false;           // a few episodes with red-flag symptoms
    bool medications = false;        // a medication started before the spread
    bool customFactors = true;       // "screen" (hours) and "cold exposure" (yes/no)
    bool confoundedCaffeine = false; // twitching wanes while caffeine falls, no trigger
    // Episodes on the last `quietTailDays` days are removed (a symptom-free stretch).
    int quietTailDays = 0;
    // More candidate factors, for long benchmarks and the calibration study: food tags
    // "extra 1", "extra 2", … (each present on ~12 % of days, independently), numeric
    // custom factors "extra number 1", … (0–10) and yes/no custom factors "extra yes/no
    // 1", … (~30 % of days). Drawn from their own generator, so the rest of the diary is
    // the same as without them; they can carry planted triggers like any factor
    // ("food:extra 1", "custom:extra number 1" exposed when > 6, "custom:extra yes/no 1").
    int extraFoodTags = 0;
    int extraNumberFactors = 0;
    int extraYesNoFactors = 0;
    // Experiments (factors supported: caffeine_mg <=, alcohol_units <=, sleep_hours >=,
    // water_l >=, supplement:magnesium and food:NAME present/absent). Drawn from their own
    // generator; windows must not overlap.
    QList<SampleExperiment> experiments;
};

// The sample diary's two experiments for a diary ending on `lastDay`: "Less caffeine"
// (caffeine at most 100 mg, 8 pairs of 7 days, washout 2, a 4-day pause), finished 30
// days before the end with a true effect of 0.6; and "Magnesium every day" (14-day
// periods, washout 3, as docs/experiments.md suggests for supplements), started 20 days
// before the end and running. Schedules are drawn with fixed seeds.
QList<SampleExperiment> sampleExperiments(const QDate &lastDay);

// The factor ids of the extra factors above, as the analysis names them.
QString extraFoodTag(int i);      // "extra 1"
QString extraNumberFactor(int i); // "extra number 1"
QString extraYesNoFactor(int i);  // "extra yes/no 1"

Diary generateDiary(const GeneratorOptions &options);

} // namespace td::sample
