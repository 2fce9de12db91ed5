// The vector kernels of the rotation test's table engine (rotationtable.h), plain
// functions over arrays with no engine state:
//  - filling the tables: interiorCounts() (counts of a stratum rotation's inner days),
//    stateSums4/8() (prefix sums, windows and end sums of up to eight states at once)
//    and copyEnds();
//  - the bound pass of exceeds(): the sums of table entries over the strata for a batch
//    of rotations, in registers for a table that fits L2 (boundSumsInRegisters()) and
//    stratum by stratum for a larger one (boundSums(), boundSumsFloat()).
// The [[gnu::target_clones]] kernels are compiled for AVX2 and the baseline, picked at
// load time; both do the same IEEE operations in the same order (no FMA), so their
// results are identical. The table layouts they read (Slot, FloatSlot and the byte maps)
// are defined here.
#pragma once

#include "analysis/score.h"
#include "analysis/strata.h"

#include <array>
#include <cstddef>
#include <cstdint>

namespace td::analysis::detail {

// A stratum has at most this many days (a short tail joins the stratum before it).
inline constexpr int kLongestStratum = kStratumDays + kMinTrailingStratumDays;

// States of one stratum rotation run side by side in stateSums8(): they share days
// 2..n-1 and differ in p, ybar and their first two u. Eight = two AVX2 vectors, enough
// independent prefix sums to hide the add latency.
inline constexpr int kLanes = 8;
// Lanes per vector (four doubles in 32 bytes); up to this many states use stateSums4().
inline constexpr int kVectorLanes = 4;
// Bandwidths summed per stateSums call; the registers of more would spill, so a wider
// range of bandwidths takes a second call.
inline constexpr int kMaxBands = 4;
// Blocks of kVectorLanes values the vector end copy handles per lane: widths (largest
// bandwidths) up to kMaxEndsWidth; wider ones are copied by copyEnds().
inline constexpr int kMaxEndBlocks = 4;
inline constexpr int kMaxEndsWidth = kVectorLanes * kMaxEndBlocks;
// Strata per chunk of the register bound pass: the chunk's offsets and map rows stay in
// L1 while the batch's rotations sweep it.
inline constexpr int kChunk = 16;
// Per rotation, the stratum-by-stratum bound pass keeps four sums per lag (score, low,
// up and a padding lane, so one entry is one vector add).
inline constexpr int kSumsPerLag = 4;
inline constexpr int kSumsPerRotation = kLags * kSumsPerLag;

using Lanes = std::array<double, kLanes>;

// Counts over days 2..n-1 of a stratum rotation: |D|, exposed days in D, episodes in
// D and on exposed days in D.
struct InteriorCounts {
    std::int32_t n, n1, y, y1;
};

// What stateSums4/8() compute per lane.
struct StateSums {
    std::array<Lanes, kLongestStratum + 1> P;         // [j]: sum of the first j u
    std::array<Lanes, kMaxBands> inner, preSq, sufSq; // per bandwidth
};

// One state of one stratum in the tables: the stratum rotated by o', its first two days
// replaced by (x0, x1) in {0, 1, missing}. (No initialisers: the table is allocated
// uninitialised, only reachable states are written and read.) The bound pass reads the
// first 32 bytes as four doubles with the fourth (n and id) masked.
struct Slot {
    double score; // sum over the stratum of u_t = (e_t - p_s)(y_t - ybar_s)
    double low;   // lower bound of its share of (L + 1) * Omega
    double up;    // upper bound of it
    int n;        // days in D
    int id;       // into the exact, prefix and suffix arrays
};
// The same in floats for the float bound pass of a large table: half the bytes.
struct FloatSlot {
    float score, low, up, zero;
};

// The maps of the single-bandwidth bound pass as byte offsets into the lag tables:
// per day position, the own parts of lags 0-2 (own) and the incoming parts of
// lags 1-2 (in); per stratum, where its own and incoming entries start.
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

// digits[j] is the rotated exposure digit of day j (0, 1, 2 = missing), unlogged[j] is
// 2 for an unlogged day and 0 otherwise (day j counts with the larger of the two).
// 32-bit lanes, vectorised; the caller checks that the episode sums cannot overflow.
InteriorCounts interiorCounts(int n, const std::int32_t *digits, const std::int32_t *unlogged, const std::int32_t *y);

// Prefix sums of u_j = d_j ((e_j - p)(y_j - ybar)), the squared moving sums of the
// windows inside the stratum, and the squared partial sums at its two ends, for the
// bandwidths lMin .. lMin + bands - 1, of lanes 0..3 (stateSums4) or 0..7 (stateSums8).
// Day j >= 2 has type kind[j] & logged[j]: 0 not in D, 1 in D and unexposed, 2 in D and
// exposed (kind: the rotated calendar's types, logged: 3 for a logged day, else 0).
// p, ybar, first and second (the first two u) hold one value per lane. With `pre`, also
// the ends of every lane for the exact path, as copyEnds() writes them, in blocks of
// four that may run past the last lane (the caller provides the room).
void stateSums4(int n, int lMin, int bands, const std::uint8_t *logged, const std::uint8_t *kind, const double *yd,
                const double *p, const double *ybar, const double *first, const double *second, StateSums &out, int w,
                double *pre, double *suf);
void stateSums8(int n, int lMin, int bands, const std::uint8_t *logged, const std::uint8_t *kind, const double *yd,
                const double *p, const double *ybar, const double *first, const double *second, StateSums &out, int w,
                double *pre, double *suf);

// The prefix sums P[1..w] and the suffix sums P[n] - P[n-m] (m = 1..w) of `lanes`
// states, to pre[q * w + m - 1] and suf[q * w + m - 1].
void copyEnds(int w, const StateSums &sums, int n, int lanes, double *pre, double *suf);

// The bound sums of a batch: per lag, the summed score, low and up of every rotation.
struct BoundArrays {
    std::array<double *, kLags> score, low, up;
};

// The bound pass of a table that stays in L2: one rotation at a time over chunks of
// kChunk strata, the nine sums in registers, added to `sums`. tables[k] is lag k's
// table of Slot entries, offsets[b * stride + i] stratum b's offset in rotation i.
void boundSumsInRegisters(const std::uint8_t *offsets, int stride, int count, int blocks, const StratumMaps *maps,
                          const std::array<const char *, kLags> &tables, const BoundArrays &sums);

// The bound pass of a larger table: for rotation i of a batch, the sums over the strata
// of the entries (score, low, up) of lags 0-2, to acc[kSumsPerRotation i + kSumsPerLag k
// + 0..2] (acc zeroed by the caller). Stratum by stratum over the whole batch, so that
// the stratum's rows stay in L1 while the rotations read them at random; each
// rotation's sums add the strata in order (the same sums as boundSumsInRegisters()).
// boundSums() reads Slot entries, boundSumsFloat() FloatSlot entries.
void boundSums(const std::uint8_t *offsets, int stride, int count, int blocks, const StratumMaps *maps, const char *t0,
               const char *t1, const char *t2, const std::uint8_t *noOffsets, const int *start, std::size_t dayBytes,
               double *acc);
void boundSumsFloat(const std::uint8_t *offsets, int stride, int count, int blocks, const StratumMaps *maps,
                    const char *t0, const char *t1, const char *t2, const std::uint8_t *noOffsets, const int *start,
                    std::size_t dayBytes, float *acc);

} // namespace td::analysis::detail
