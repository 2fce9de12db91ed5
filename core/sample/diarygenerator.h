// Synthetic diaries: realistic enough to exercise the whole app (sample data, tests,
// screenshots, benchmarks, the calibration study). Deterministic for a given seed.
#pragma once

#include "domain.h"

namespace td::sample {

struct PlantedTrigger {
    QString factor;          // ANALYSIS.md factor id: "sleep_hours", "food:aspartame", …
    double rateRatio = 2.0;  // multiplies the episode rate when exposed
    int lag = 0;             // exposure on day t−lag acts on day t
};

struct GeneratorOptions {
    QDate start = QDate(2025, 1, 6);
    int days = 365;
    quint64 seed = 1;
    double baseRate = 1.2;       // mean episodes a day when nothing is exposed
    double dispersion = 2.0;     // gamma shape of day-to-day overdispersion
    double autocorrelation = 0.6;// AR(1) of the log-rate
    double noiseSd = 0.35;       // sd of the AR(1) innovations
    double missingRate = 0.08;   // share of days not logged at all
    bool missingMoreOnGoodDays = true;
    int utcOffsetSeconds = 3600;
    QList<PlantedTrigger> planted;
    bool spreading = false;      // a new site on the other side appears mid-diary
    bool symptoms = false;       // a few episodes with red-flag symptoms
    bool medications = false;    // a medication started before the spread
    bool customFactors = true;   // "screen" (hours) and "cold exposure" (yes/no)
    bool confoundedCaffeine = false; // twitching wanes while caffeine falls, no trigger
    // Episodes on the last `quietTailDays` days are removed (a symptom-free stretch).
    int quietTailDays = 0;
};

Diary generateDiary(const GeneratorOptions &options);

} // namespace td::sample
