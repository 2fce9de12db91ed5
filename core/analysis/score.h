// The studentised score statistic of one factor and lag (docs/analysis.md "Estimate, score statistic, rotation test"),
// computed directly from the day series. The rotation test uses a faster equivalent
// (rotationtest.h); this one is the definition and the reported z_by_lag.
#pragma once

#include "analysis/strata.h"

#include <cstdint>
#include <span>
#include <vector>

namespace td::analysis {

inline constexpr int kLags = 3;         // k = 0, 1, 2
inline constexpr int kMinDaysForZ = 14; // fewer days in D: Z = 0

// Newey–West bandwidth L = max(3, floor(4 (n/100)^(2/9))).
int hacBandwidth(int n);

// Bartlett-weighted long-run variance of a day-level series u whose entries are 0 off
// D; products of days that are not both in D are therefore 0, as docs/analysis.md asks.
double bartlettHac(std::span<const double> u, int bandwidth);

// e_t = base[t - lag]; kMissing before day 0.
std::vector<std::int8_t> laggedExposure(std::span<const std::int8_t> base, int lag);

// The inputs of one lag: outcome, observed flags and the (lagged) exposure codes.
struct LagInput {
    std::span<const int> y;
    std::span<const std::uint8_t> observed;
    std::span<const std::int8_t> exposure;
    const Strata *strata = nullptr;

    bool inD(int t) const { return observed[t] && exposure[t] >= 0; }
};

// Counts over D, for the gates and the report.
struct LagCounts {
    int n = 0; // |D|
    int exposed = 0;
    int unexposed = 0;
    int episodeDays = 0; // days in D with at least one episode
    int episodes = 0;
    int strata = 0;      // S: strata with a day in D
    int informative = 0; // strata with n1 > 0, n0 > 0, Y > 0
};
LagCounts countLag(const LagInput &in);

struct ScoreResult {
    double z = 0;
    double score = 0; // numerator sum_t u_t
    double omega = 0; // HAC variance of the numerator
    int n = 0;
};
ScoreResult scoreStatistic(const LagInput &in);

} // namespace td::analysis
