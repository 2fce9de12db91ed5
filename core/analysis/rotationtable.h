// The table engine of the rotation test (rotationtest.h; docs/analysis.md "The fast
// rotation test (exact)"): the statistic max_k |Z_k| over lags 0..2 of a factor's base
// calendar turned cyclically within each stratum, for many rotations.
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
//
// Threads: the engine is read-only once constructed. Everything a call needs to write
// lives in a RotationWorkspace the caller owns, so one const engine can serve several
// threads at once, each with its own workspace. The vector kernels are in
// rotationkernels.h.
#pragma once

#include "analysis/rotationkernels.h"
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
    std::span<const std::int8_t> base; // the factor's exposure calendar, unlagged
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
// The smallest bandwidth hacBandwidth() gives (score.cpp): a stratum shorter than this
// can never be tabulated.
inline constexpr int kMinBandwidth = 3;
} // namespace detail

// What RotationEngine::exceeds() writes: the batch sums, the byte maps of the bound
// pass and, once a test has run long, the float copy of a large table. One per thread
// (rotationTest() makes one per test). A workspace serves one engine: given another
// engine it starts over, so reuse is safe but only pays with the same engine.
class RotationWorkspace
{
public:
    // Rotations of the last exceeds() call that the bounds could not decide.
    int undecided() const { return undecided_; }
    // Whether exceeds() reads the float copy of the table now (a large table, once this
    // workspace has evaluated more than kFloatTableAfter rotations), for tests.
    bool floatBounds() const { return bool(floatSlots_); }

private:
    friend class RotationEngine;
    std::uint64_t engine_ = 0;                        // RotationEngine::serial_ of the engine it serves
    std::int64_t evaluated_ = 0;                      // rotations given to exceeds() so far
    bool floatTried_ = false;                         // the float table was made, or did not fit
    std::unique_ptr<detail::FloatSlot[]> floatSlots_; // [(L - lMin_) * dense_ + slot]
    std::uint32_t mapBytes_ = 0;                      // the entry size ownBytes_ and inBytes_ are for
    std::vector<detail::OwnBytes> ownBytes_;
    std::vector<detail::InBytes> inBytes_; // [start_{b-1} + o_{b-1}]; the last entry: before stratum 0
    std::vector<detail::StratumMaps> maps_;
    int undecided_ = 0;
    std::vector<int> offsets_;            // one rotation's offsets, for the exact path
    std::vector<int> rotationSlots_;      // its slots
    std::vector<double> batch_;           // per lag: score, then (low, up) per bandwidth
    std::vector<int> batchN_;             // per lag: |D| (several bandwidths only)
    std::vector<double> boundSums_;       // [kSumsPerRotation i + kSumsPerLag k + 0..2]: score, low, up
    std::vector<float> floatSums_;        // the same from the float table
    std::vector<std::uint8_t> noOffsets_; // the "previous offsets" of stratum 0
};

class RotationEngine
{
public:
    explicit RotationEngine(const RotationInput &in);

    // Z of lags 0..2 with the base calendar rotated by `offsets` (one per stratum).
    ZByLag zByLag(std::span<const int> offsets) const;
    // Whether max_k |Z_k| >= threshold for a batch of rotations: offsets[b * stride + i]
    // is the offset of stratum b in rotation i < count. Most rotations are decided by
    // exact bounds on the HAC variance (one table read per stratum and lag); the rest
    // are computed exactly. Writes only `out` and `workspace`.
    void exceeds(std::span<const std::uint8_t> offsets, int stride, int count, double threshold,
                 std::vector<std::uint8_t> &out, RotationWorkspace &workspace) const;
    // False when the tables cannot be used (a stratum shorter than the bandwidth);
    // zByLag() then rotates and recomputes directly.
    bool tabulated() const { return tabulated_; }
    // Distinct stratum states tabulated (shared by the three lags), for tests and benchmarks.
    int tableEntries() const { return used_; }

private:
    using Slot = detail::Slot;
    using FloatSlot = detail::FloatSlot;
    class Builder; // the table build, step by step (rotationtable.cpp)
    struct Batch;  // views of a workspace's batch sums (rotationtable.cpp)

    int slotOf(int k, int b, int offset, int previousOffset) const
    {
        const int a = in_.strata->start[std::size_t(b)];
        const int incoming =
            b == 0 ? inFirst_[std::size_t(k)]
                   : incoming_[std::size_t(k)][std::size_t(in_.strata->start[std::size_t(b - 1)] + previousOffset)];
        return own_[std::size_t(k)][std::size_t(a + offset)] + incoming;
    }
    // (L + 1) * Omega of lag k for the slots of one rotation.
    double scaledOmega(int L, const int *slots) const;
    // Z of lag k for one rotation; `slots` takes its blocks_ slots.
    double zOf(int k, std::span<const int> offsets, int *slots) const;

    // The steps of exceeds().
    void exceedsDirect(std::span<const std::uint8_t> offsets, int stride, int count, double threshold,
                       std::vector<std::uint8_t> &out, RotationWorkspace &ws) const;
    bool singleBandwidthPass() const;
    void attach(RotationWorkspace &ws) const;
    void makeFloatTable(RotationWorkspace &ws) const;
    void makeByteMaps(RotationWorkspace &ws, std::uint32_t entryBytes) const;
    double singleBandwidthSums(std::span<const std::uint8_t> offsets, int stride, int count, RotationWorkspace &ws,
                               const Batch &batch) const;
    void severalBandwidthSums(std::span<const std::uint8_t> offsets, int stride, int count, RotationWorkspace &ws,
                              const Batch &batch) const;
    // Once per rotation; inline so that it can be folded into exceeds() (defined and
    // used in rotationtable.cpp only).
    inline unsigned undecidedLags(int i, double threshold, double scoreError, bool generic, const Batch &batch,
                                  bool &hit) const;

    RotationInput in_;
    std::uint64_t serial_ = 0; // tells the workspaces of different engines apart
    bool tabulated_ = true;
    int blocks_ = 0;
    int lMin_ = detail::kMinBandwidth; // bandwidths any lag can produce
    int lMax_ = detail::kMinBandwidth;
    int width_ = detail::kMinBandwidth; // = lMax_
    int dense_ = 0;                     // kStates * days
    int used_ = 0;
    std::array<bool, kLags> single_{};             // lag k always has one bandwidth and |D| >= kMinDaysForZ
    std::array<int, kLags> lagL_{};                // that bandwidth
    std::array<std::vector<int>, kLags> own_;      // [start_b + o]: dense slot of the state, minus the incoming digits
    std::array<std::vector<int>, kLags> incoming_; // [start_{b-1} + o_{b-1}]: the incoming digits
    std::array<int, kLags> inFirst_{};
    std::unique_ptr<Slot[]> slots_; // [(L - lMin_) * dense_ + slot]
    // The bound pass of a table too large for L2 may read (and sum) the entries as
    // floats: half the bytes and vector operations of the doubles. Rounding is accounted
    // for with an error bound on every sum (singleBandwidthSums()), so the decisions stay
    // exact. The float table belongs to the workspace.
    bool floatEligible_ = false;
    double scoreAbsSum_ = 0;            // sum over the strata of the largest |score| of a state
    std::vector<std::uint16_t> needed_; // [start_b + o']: the codes tabulated for state o'
    std::unique_ptr<double[]> exact_;   // [(L - lMin_) * used_ + id]: the share of (L + 1) * Omega
    std::unique_ptr<double[]> pre_;     // [id * width_ + m - 1]: sum of the first m u
    std::unique_ptr<double[]> suf_;     // [id * width_ + m - 1]: sum of the last m u
};

} // namespace td::analysis
