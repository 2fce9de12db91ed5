// The rotation test of one factor (ANALYSIS.md "Significance"): the factor's base
// calendar, missing markers included, is turned cyclically within each stratum; the
// statistic max_k |Z_k| over lags 0..2 is recomputed for every rotation.
//
// RotationEngine evaluates a rotation in O(strata · bandwidth) instead of
// O(days · bandwidth). Within stratum b and lag k, every day-level score u_t depends
// only on the stratum's own offset o_b and on the k exposure values that the lag pulls
// in from the end of the previous stratum (3^k possibilities: 0, 1, missing). For every
// such state the engine tabulates the stratum's |D|, score numerator, within-stratum
// HAC sum, its first L u-values and its last L u-values folded with the Bartlett
// weights. A rotation then sums table entries and adds one short dot product per
// stratum boundary for the HAC cross-products that span it. This is exact, not an
// approximation: it equals scoreStatistic() on the rotated calendar up to rounding.
#pragma once

#include "score.h"

#include <array>
#include <cstdint>
#include <span>
#include <vector>

namespace td::analysis {

using ZByLag = std::array<double, kLags>;

struct RotationInput {
    std::span<const int> y;
    std::span<const std::uint8_t> observed;
    std::span<const std::int8_t> base;  // the factor's exposure calendar, unlagged
    const Strata *strata = nullptr;
};

// The base calendar turned within each stratum: day start[b] + j takes the value of
// day start[b] + (j + offsets[b]) mod length(b).
std::vector<std::int8_t> rotateCalendar(std::span<const std::int8_t> base, const Strata &strata,
                                        std::span<const int> offsets);

// Z of lags 0..2 on the calendar as given (the definition; slow).
ZByLag zByLagDirect(const RotationInput &in);

double maxAbs(const ZByLag &z);

class RotationEngine {
public:
    explicit RotationEngine(const RotationInput &in);

    // Z of lags 0..2 with the base calendar rotated by `offsets` (one per stratum).
    ZByLag zByLag(std::span<const int> offsets) const;
    // Whether max_k |Z_k| >= threshold for a batch of rotations: offsets[b * stride + i]
    // is the offset of stratum b in rotation i < count. The sums are taken for the whole
    // batch stratum by stratum, so each stratum's slice of the tables stays in cache.
    void exceeds(std::span<const std::uint8_t> offsets, int stride, int count, double threshold,
                 std::vector<std::uint8_t> &out) const;
    // False when the tables cannot be used (a stratum shorter than the bandwidth);
    // zByLag() then rotates and recomputes directly.
    bool tabulated() const { return tabulated_; }
    // Table entries of lag k (states over all strata), for tests and benchmarks.
    int tableEntries(int lag) const { return lags_[std::size_t(lag)].entries; }

private:
    struct Cheap {
        double score = 0;
        int n = 0;
    };
    struct LagTables {
        int lag = 0;
        int lMin = 3;                  // bandwidths that |D| can lead to
        int lMax = 3;
        int width = 0;                 // = lMax
        int entries = 0;
        std::vector<int> entryStart;   // first table entry of each stratum
        std::vector<int> variants;     // number of incoming-value states per stratum
        std::vector<int> incomingStart;  // per stratum, into incoming
        std::vector<int> incoming;     // offset of the stratum before -> state
        std::vector<Cheap> cheap;      // per entry: score numerator and |D|
        std::vector<double> omegaIn;   // [(L - lMin) * entries + entry]
        std::vector<double> head;      // [entry * width + j]: u of the j-th day
        std::vector<double> tail;      // [((L - lMin) * entries + entry) * width + j]
    };
    void buildLag(LagTables &tables, int lag);
    int entryOf(const LagTables &tables, int b, int offset, int previousOffset) const
    {
        const auto ub = std::size_t(b);
        return tables.entryStart[ub] + offset * tables.variants[ub]
             + tables.incoming[std::size_t(tables.incomingStart[ub] + previousOffset)];
    }
    double omegaOf(const LagTables &tables, int L, const int *entries) const;
    double zOfLag(const LagTables &tables, std::span<const int> offsets) const;

    RotationInput in_;
    bool tabulated_ = true;
    std::array<LagTables, kLags> lags_;
    mutable std::vector<int> states_;
    mutable std::vector<int> batchN_;
    mutable std::vector<double> batchScore_;
    mutable std::vector<double> batchOmega_;  // [(L - lMin) * count + i]
    mutable std::vector<int> batchEntry_;     // entry of the previous stratum, per rotation
    mutable std::vector<int> batchCurrent_;   // entry of the current stratum, per rotation
};

struct RotationTestResult {
    ZByLag z{};                 // observed, lags 0..2
    double statistic = 0;       // max_k |z_k|
    int lag = 0;                // arg-max (the smallest lag on ties)
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

// The seed rotationTest() uses for this input.
std::uint64_t dataSeed(const RotationInput &in, std::uint64_t salt);

} // namespace td::analysis
