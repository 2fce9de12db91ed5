// The rotation test of one factor (ANALYSIS.md "Significance"): the factor's base
// calendar, missing markers included, is turned cyclically within each stratum; the
// statistic max_k |Z_k| over lags 0..2 is recomputed for every rotation.
//
// RotationEngine evaluates a rotation in O(strata) table reads instead of
// O(days · bandwidth). The Bartlett sum is (1 / (L + 1)) times the sum of the squared
// moving sums of L + 1 consecutive u_t (u = 0 off D), so Omega splits into windows
// inside one stratum and windows straddling a boundary. Within stratum b and lag k,
// every u_t depends only on the stratum's own offset o_b and on the k exposure values
// the lag pulls in from the end of the previous stratum; lag k at offset o equals lag 0
// at offset o - k with the first k days replaced, so all three lags share one table of
// states (rotation, first two days). Per state the engine tabulates |D|, the score
// numerator, the inner windows plus the squared partial sums at both ends, and the
// prefix and suffix sums. A rotation then sums table entries and adds one short dot
// product per boundary for the straddling windows. Since the straddling windows are
// squares, 0 <= (a + b)^2 <= 2a^2 + 2b^2 bounds them from one read per stratum, which
// decides most rotations without the dot products. Exact, not an approximation: it
// equals scoreStatistic() on the rotated calendar up to rounding.
#pragma once

#include "analysis/score.h"

#include <array>
#include <cstdint>
#include <memory>
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

namespace detail {
// The maps of the single-bandwidth bound pass as byte offsets into the lag tables:
// per day position, the own parts of lags 0-2 (own_) and the incoming parts of
// lags 1-2 (incoming_); per stratum, where its own and incoming entries start.
struct OwnBytes {
    std::uint32_t lag0, lag1, lag2, unused;
};
struct InBytes {
    std::uint32_t lag1, lag2;
};
struct StratumMaps {
    const OwnBytes *own;
    const InBytes *in;
};
} // namespace detail

class RotationEngine {
public:
    explicit RotationEngine(const RotationInput &in);

    // Z of lags 0..2 with the base calendar rotated by `offsets` (one per stratum).
    ZByLag zByLag(std::span<const int> offsets) const;
    // Whether max_k |Z_k| >= threshold for a batch of rotations: offsets[b * stride + i]
    // is the offset of stratum b in rotation i < count. Most rotations are decided by
    // exact bounds on the HAC variance (one table read per stratum and lag); the rest
    // are computed exactly.
    void exceeds(std::span<const std::uint8_t> offsets, int stride, int count, double threshold,
                 std::vector<std::uint8_t> &out) const;
    // False when the tables cannot be used (a stratum shorter than the bandwidth);
    // zByLag() then rotates and recomputes directly.
    bool tabulated() const { return tabulated_; }
    // Distinct stratum states tabulated (shared by the three lags), for tests and benchmarks.
    int tableEntries() const { return used_; }
    // Rotations of the last exceeds() call that the bounds could not decide.
    int undecided() const { return undecided_; }
    // Whether exceeds() reads the float copy of the table now (a large table, once a test
    // has run long), for tests.
    bool floatBounds() const { return bool(floatSlots_); }

private:
    // One state of one stratum: the stratum rotated by o', its first two days replaced
    // by (x0, x1) in {0, 1, missing}. Lag k with offset o and the k values pulled in
    // from the previous stratum is the state o' = o - k with those values in front.
    // (No initialisers: the table is allocated uninitialised, only reachable states
    // are written and read.)
    struct Slot {
        double score;  // sum over the stratum of u_t = (e_t - p_s)(y_t - ybar_s)
        double low;    // lower bound of its share of (L + 1) * Omega
        double up;     // upper bound of it
        int n;         // days in D
        int id;        // into exact_, pre_, suf_
    };
    int slotOf(int k, int b, int offset, int previousOffset) const
    {
        const int a = in_.strata->start[std::size_t(b)];
        const int incoming = b == 0 ? inFirst_[std::size_t(k)]
                                    : incoming_[std::size_t(k)][std::size_t(in_.strata->start[std::size_t(b - 1)] + previousOffset)];
        return own_[std::size_t(k)][std::size_t(a + offset)] + incoming;
    }
    void build();
    // (L + 1) * Omega of lag k for the slots of one rotation.
    double scaledOmega(int L, const int *slots) const;
    double zOf(int k, std::span<const int> offsets) const;

    RotationInput in_;
    bool tabulated_ = true;
    int blocks_ = 0;
    int lMin_ = 3;      // bandwidths any lag can produce
    int lMax_ = 3;
    int width_ = 3;     // = lMax_
    int dense_ = 0;     // 9 * days
    int used_ = 0;
    std::array<bool, kLags> single_{};  // lag k always has one bandwidth and |D| >= 14
    std::array<int, kLags> lagL_{};     // that bandwidth
    std::array<std::vector<int>, kLags> own_;  // [start_b + o]: dense slot of the state, minus the incoming digits
    std::array<std::vector<int>, kLags> incoming_;  // [start_{b-1} + o_{b-1}]: the incoming digits
    std::array<int, kLags> inFirst_{};
    std::unique_ptr<Slot[]> slots_;     // [(L - lMin_) * dense_ + slot]
    // The bound pass of a table too large for L2 reads (and sums) the entries as floats:
    // half the bytes and vector operations of the doubles. Rounding is accounted for
    // with an error bound on every sum (exceeds()), so the decisions stay exact.
    struct FloatSlot {
        float score, low, up, zero;
    };
    void makeFloatTable() const;
    mutable bool floatBounds_ = false;                 // the float pass may be used
    mutable std::unique_ptr<FloatSlot[]> floatSlots_;  // [(L - lMin_) * dense_ + slot], once made
    double scoreAbsSum_ = 0;                           // sum over the strata of the largest |score| of a state
    std::vector<std::uint16_t> needed_;                // [start_b + o']: the codes tabulated for state o'
    mutable std::int64_t evaluated_ = 0;               // rotations given to exceeds() so far
    mutable std::uint32_t mapBytes_ = 0;               // the entry size ownBytes_ and inBytes_ are for
    std::unique_ptr<double[]> exact_;   // [(L - lMin_) * used_ + id]: the share of (L + 1) * Omega
    std::unique_ptr<double[]> pre_;     // [id * width_ + m - 1]: sum of the first m u
    std::unique_ptr<double[]> suf_;     // [id * width_ + m - 1]: sum of the last m u
    mutable int undecided_ = 0;
    mutable std::vector<int> rotationSlots_;
    mutable std::vector<double> batch_;
    mutable std::vector<int> batchN_;
    using OwnBytes = detail::OwnBytes;
    using InBytes = detail::InBytes;
    using StratumMaps = detail::StratumMaps;
    mutable std::vector<OwnBytes> ownBytes_;
    mutable std::vector<InBytes> inBytes_;  // [start_{b-1} + o_{b-1}]; the last entry: before stratum 0
    mutable std::vector<StratumMaps> maps_;
    mutable std::vector<double> boundSums_;      // [12 i + 4 k + 0..2]: score, low, up
    mutable std::vector<float> floatSums_;       // the same from the float table
    mutable std::vector<std::uint8_t> noOffsets_;  // the "previous offsets" of stratum 0
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
// The same with the observed Z of lags 0..2 already computed (zByLagDirect(in)).
RotationTestResult rotationTest(const RotationInput &in, const RotationSettings &settings,
                                const ZByLag &observed);

// The seed rotationTest() uses for this input.
std::uint64_t dataSeed(const RotationInput &in, std::uint64_t salt);

} // namespace td::analysis
