// The rotation test of one factor (docs/analysis.md "Estimate, score statistic, rotation
// test"): the factor's base calendar, missing markers included, is turned cyclically
// within each stratum; the statistic max_k |Z_k| over lags 0..2 is recomputed for every
// rotation, and p is the share of rotations that reach the observed statistic. This is the driver: it
// enumerates or draws the rotations and counts exceedances in batches; the table engine
// that evaluates them is in rotationtable.h, its vector kernels in rotationkernels.h.
#pragma once

#include "analysis/rotationtable.h"

#include <cstdint>

namespace td::analysis {

struct RotationTestResult {
    ZByLag z{};           // observed, lags 0..2
    double statistic = 0; // max_k |z_k|
    int lag = 0;          // arg-max (the smallest lag on ties)
    double p = 1;
    std::int64_t rotations = 0; // combinations enumerated, or Monte Carlo draws
    std::int64_t exceedances = 0;
    bool enumerated = false;
};

struct RotationSettings {
    std::int64_t enumerateLimit = 10000;
    int draws = 9999;
    std::uint64_t seedSalt = 0;
    // Besag–Clifford sequential stopping: end the Monte Carlo run at the draw where this
    // many rotations have reached the observed statistic, with p = h / draws so far.
    // 0 = always all draws. Never used when enumerating.
    int stopAfterExceedances = 0;
};

// Enumerates every combination of offsets when there are at most enumerateLimit
// (p = share of combinations, the identity included, whose statistic is >= the
// observed one, ties within 1e-9 relative counted); otherwise `draws` Monte Carlo
// rotations with p = (1 + #exceeding) / (draws + 1), the generator seeded from a
// hash of the data so a diary always gives the same p.
RotationTestResult rotationTest(const RotationInput &in, const RotationSettings &settings);
// The same with the observed Z of lags 0..2 already computed (zByLagDirect(in)).
RotationTestResult rotationTest(const RotationInput &in, const RotationSettings &settings, const ZByLag &observed);

// The seed rotationTest() uses for this input.
std::uint64_t dataSeed(const RotationInput &in, std::uint64_t salt);

} // namespace td::analysis
