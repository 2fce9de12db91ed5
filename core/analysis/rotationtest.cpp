#include "analysis/rotationtest.h"

#include "analysis/dayseries.h"
#include "analysis/random.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

namespace td::analysis {

namespace {

constexpr double kTieTolerance = 1e-9;
// Margin of the bound decisions, relative to the upper bound of (L + 1) * Omega. The
// table sums carry rounding errors of ~1e-15 of it, so a bound can never contradict
// the exact value it stands for.
constexpr double kBoundSlack = 1e-9;

// Digit of an exposure value: 0, 1, or 2 for missing.
int encode(std::int8_t e) { return e < 0 ? 2 : e; }
// Strata per chunk of the register bound pass, and the largest table it is used for
// (one bandwidth's table; larger ones are summed stratum by stratum, boundSums()).
constexpr int kChunk = 16;
constexpr std::size_t kL2Table = 384 * 1024;
// The largest entry (and sum of largest scores) the float bound pass takes: any sum of up
// to 10^8 of them stays below the float maximum (3.4e38).
constexpr double kFloatEntryLimit = 1e30;
// Rotations evaluated with the double tables before the float table is made: it costs
// about what the float pass saves on a few hundred (most tests stop before).
constexpr std::int64_t kFloatTableAfter = 512;
// Type of a day by its digit: 1 in D and unexposed, 2 in D and exposed, 0 missing.
constexpr std::uint8_t kKind[3] = {1, 2, 0};

// Counts over days 2..n-1 of a stratum rotation: |D|, exposed days in D, episodes in
// D and on exposed days in D. digits[j] is the rotated exposure digit of day j (0, 1,
// 2 = missing), unlogged[j] is 2 for an unlogged day and 0 otherwise (day j counts
// with the larger of the two). 32-bit lanes, vectorised; the caller checks that the
// episode sums cannot overflow.
struct InteriorCounts {
    std::int32_t n, n1, y, y1;
};

[[gnu::target_clones("avx2", "default")]]
InteriorCounts interiorCounts(int n, const std::int32_t *digits, const std::int32_t *unlogged,
                              const std::int32_t *y)
{
    std::int32_t cn = 0, cn1 = 0, cy = 0, cy1 = 0;
    for (int j = 2; j < n; ++j) {
        const std::int32_t x = std::max(digits[j], unlogged[j]);
        const std::int32_t d = -std::int32_t(x < 2), e = -std::int32_t(x == 1);  // all ones or zero
        cn -= d;
        cn1 -= e;
        cy += d & y[j];
        cy1 += e & y[j];
    }
    return {cn, cn1, cy, cy1};
}

// The states of one stratum rotation, kLanes side by side: they share days 2..n-1
// (in D, exposed, episodes) and differ in p, ybar and their first two u.
constexpr int kLanes = 8;
constexpr int kMaxBands = 4;  // bandwidths per table; more fall back to a second call
using Lanes = std::array<double, kLanes>;

struct StateSums {
    std::array<Lanes, kStratumDays + kMinTrailingStratumDays + 1> P;  // [j]: sum of the first j u
    std::array<Lanes, kMaxBands> inner, preSq, sufSq;                  // per bandwidth
};

// Four lanes in one vector (GCC vector extension: AVX2 registers in the AVX2 clone,
// pairs of SSE2 registers in the baseline one; the same IEEE operations either way).
// V4 values never cross a function call (the helpers and the kernel template are
// always inlined), so GCC's ABI note on 32-byte vectors without AVX (-Wpsabi) does
// not apply; it is silenced down to the kernel wrappers.
typedef double V4 __attribute__((vector_size(32)));
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpsabi"

[[gnu::always_inline]] inline V4 load4(const double *p)
{
    V4 v;
    __builtin_memcpy(&v, p, sizeof v);
    return v;
}
[[gnu::always_inline]] inline void store4(double *p, V4 v) { __builtin_memcpy(p, &v, sizeof v); }

// Lanes 0..3 of rows r[0..3] (row i: four lanes of one quantity), transposed: out[q]
// holds lane q of the four rows.
[[gnu::always_inline]] inline void transpose4(const V4 (&r)[4], V4 (&out)[4])
{
    typedef long long M4 __attribute__((vector_size(32)));
    const V4 t0 = __builtin_shuffle(r[0], r[1], M4{0, 4, 2, 6});
    const V4 t1 = __builtin_shuffle(r[0], r[1], M4{1, 5, 3, 7});
    const V4 t2 = __builtin_shuffle(r[2], r[3], M4{0, 4, 2, 6});
    const V4 t3 = __builtin_shuffle(r[2], r[3], M4{1, 5, 3, 7});
    out[0] = __builtin_shuffle(t0, t2, M4{0, 1, 4, 5});
    out[1] = __builtin_shuffle(t1, t3, M4{0, 1, 4, 5});
    out[2] = __builtin_shuffle(t0, t2, M4{2, 3, 6, 7});
    out[3] = __builtin_shuffle(t1, t3, M4{2, 3, 6, 7});
}

// The first w prefix sums P[1..w] and the last w suffix sums P[n] - P[n - m] of every
// lane, to pre[q * w + m - 1] and suf[q * w + m - 1], four values at a time. Blocks
// of four may run past w into the next lane's values, which are written after them
// (and past the last lane into space the caller provides and rewrites later).
template <int NV>
[[gnu::always_inline]] inline void endsOf(const StateSums &out, int n, int w, double *pre, double *suf)
{
    const auto &P = out.P;
    const int blocks = (w + 3) / 4;
    constexpr int kMaxBlocks = 4;
    for (int v = 0; v < NV; ++v) {
        V4 head[kMaxBlocks][4], tail[kMaxBlocks][4];
        const V4 total = load4(&P[std::size_t(n)][std::size_t(4 * v)]);
        for (int mb = 0; mb < blocks; ++mb) {
            V4 rh[4], rt[4];
            for (int i = 0; i < 4; ++i) {
                const int m = 4 * mb + i + 1;
                rh[i] = load4(&P[std::size_t(m)][std::size_t(4 * v)]);
                rt[i] = total - load4(&P[std::size_t(n - m)][std::size_t(4 * v)]);
            }
            transpose4(rh, head[mb]);
            transpose4(rt, tail[mb]);
        }
        for (int q = 0; q < 4; ++q) {
            const auto at = std::size_t((4 * v + q) * w);
            for (int mb = 0; mb < blocks; ++mb) {
                store4(&pre[at + std::size_t(4 * mb)], head[mb][q]);
                store4(&suf[at + std::size_t(4 * mb)], tail[mb][q]);
            }
        }
    }
}

// Prefix sums of u_j = d_j ((e_j - p)(y_j - ybar)), the squared moving sums of the
// windows inside the stratum, and the squared partial sums at its two ends, for the
// bandwidths lMin .. lMin + bands - 1. Day j >= 2 has type t_j = kind[j] & logged[j]:
// 0 not in D, 1 in D and unexposed, 2 in D and exposed (kind: the rotated calendar's
// types, logged: 3 for a logged day, else 0). Then d_j (e_j - p) is one of 0, 0 - p and
// 1 - p, made once per lane: u_j = that times (y_j - ybar), the same product as
// d_j ((e_j - p)(y_j - ybar)) (up to the sign of a zero).
// The wrappers below are compiled twice (AVX2 and baseline), picked at load time;
// the same IEEE operations in the same order either way (no FMA), so the results are
// identical. With `pre`, also the ends of every lane for the exact path (endsOf).
template <int NV>  // vectors of four lanes in use: lanes 0 .. 4 NV - 1
[[gnu::always_inline]] inline void stateSumsOf(int n, int lMin, int bands, const std::uint8_t *logged,
                                               const std::uint8_t *kind,
                                               const double *yd, const double *p, const double *ybar,
                                               const double *first, const double *second, StateSums &out,
                                               int w, double *pre, double *suf)
{
    auto &P = out.P;
    V4 pv[NV], yv[NV], acc[NV], factor[3][NV];
    for (int v = 0; v < NV; ++v) {
        pv[v] = load4(p + 4 * v);
        factor[0][v] = V4{0, 0, 0, 0};
        factor[1][v] = 0.0 - pv[v];
        factor[2][v] = 1.0 - pv[v];
        yv[v] = load4(ybar + 4 * v);
        const V4 f = load4(first + 4 * v);
        store4(&P[0][std::size_t(4 * v)], V4{0, 0, 0, 0});
        store4(&P[1][std::size_t(4 * v)], f);
        acc[v] = f + load4(second + 4 * v);
        store4(&P[2][std::size_t(4 * v)], acc[v]);
    }
    // The windows of the first bandwidth are summed as the prefix sums are made (window
    // t = P[t + 1] - P[t - L], t ascending, as in the loop of the other bandwidths).
    V4 inner0[NV];
    for (int v = 0; v < NV; ++v)
        inner0[v] = V4{0, 0, 0, 0};
    const int split = std::min(lMin, n);
    for (int j = 2; j < split; ++j) {
        const auto uj = std::size_t(j);
        const int t = kind[uj] & logged[uj];
        const double yj = yd[uj];
        for (int v = 0; v < NV; ++v) {
            acc[v] = acc[v] + factor[t][v] * (yj - yv[v]);
            store4(&P[uj + 1][std::size_t(4 * v)], acc[v]);
        }
    }
    for (int j = split; j < n; ++j) {
        const auto uj = std::size_t(j);
        const int t = kind[uj] & logged[uj];
        const double yj = yd[uj];
        for (int v = 0; v < NV; ++v) {
            acc[v] = acc[v] + factor[t][v] * (yj - yv[v]);
            store4(&P[uj + 1][std::size_t(4 * v)], acc[v]);
            const V4 window = acc[v] - load4(&P[uj - std::size_t(lMin)][std::size_t(4 * v)]);
            inner0[v] += window * window;
        }
    }
    for (int band = 0; band < bands; ++band) {
        const int L = lMin + band;
        V4 inner[NV], preSq[NV], sufSq[NV];
        for (int v = 0; v < NV; ++v) {
            inner[v] = band == 0 ? inner0[v] : V4{0, 0, 0, 0};
            preSq[v] = sufSq[v] = V4{0, 0, 0, 0};
        }
        for (int t = L; t < n && band > 0; ++t) {
            const auto hi = std::size_t(t + 1), lo = std::size_t(t - L);
            for (int v = 0; v < NV; ++v) {
                const V4 window = load4(&P[hi][std::size_t(4 * v)]) - load4(&P[lo][std::size_t(4 * v)]);
                inner[v] += window * window;
            }
        }
        for (int m = 1; m <= L; ++m) {
            const auto um = std::size_t(m);
            for (int v = 0; v < NV; ++v) {
                const V4 head = load4(&P[um][std::size_t(4 * v)]);
                const V4 tail = load4(&P[std::size_t(n)][std::size_t(4 * v)]) - load4(&P[std::size_t(n) - um][std::size_t(4 * v)]);
                preSq[v] += head * head;
                sufSq[v] += tail * tail;
            }
        }
        for (int v = 0; v < NV; ++v) {
            store4(&out.inner[std::size_t(band)][std::size_t(4 * v)], inner[v]);
            store4(&out.preSq[std::size_t(band)][std::size_t(4 * v)], preSq[v]);
            store4(&out.sufSq[std::size_t(band)][std::size_t(4 * v)], sufSq[v]);
        }
    }
    if (pre)
        endsOf<NV>(out, n, w, pre, suf);
}

[[gnu::target_clones("avx2", "default")]]
void stateSums4(int n, int lMin, int bands, const std::uint8_t *logged, const std::uint8_t *kind,
                const double *yd, const double *p, const double *ybar, const double *first, const double *second,
                StateSums &out, int w, double *pre, double *suf)
{
    stateSumsOf<1>(n, lMin, bands, logged, kind, yd, p, ybar, first, second, out, w, pre, suf);
}

[[gnu::target_clones("avx2", "default")]]
void stateSums8(int n, int lMin, int bands, const std::uint8_t *logged, const std::uint8_t *kind,
                const double *yd, const double *p, const double *ybar, const double *first, const double *second,
                StateSums &out, int w, double *pre, double *suf)
{
    stateSumsOf<2>(n, lMin, bands, logged, kind, yd, p, ybar, first, second, out, w, pre, suf);
}
// The bound pass of the single-bandwidth case for a large table: for rotation i of a
// batch, the sums over the strata of the entries (score, low, up) of lags 0-2, to
// acc[12 i + 4 k + 0..2] (acc zeroed by the caller). Stratum by stratum over the whole
// batch, so that the stratum's rows (28 days x 9 states) stay in L1 while the rotations
// read them at random; each rotation's sums add the strata in order (the same sums as
// one rotation at a time). A Slot is read as four doubles with the fourth (n and id)
// masked; a FloatSlot as four floats (the fourth is zero).
[[gnu::always_inline]] inline void addEntry(double *acc, const char *entry)
{
    typedef long long M4 __attribute__((vector_size(32)));
    M4 bits;
    __builtin_memcpy(&bits, entry, sizeof bits);
    bits &= M4{-1, -1, -1, 0};
    V4 v;
    __builtin_memcpy(&v, &bits, sizeof v);
    store4(acc, load4(acc) + v);
}
[[gnu::always_inline]] inline void addEntry(float *acc, const char *entry)
{
    typedef float F4 __attribute__((vector_size(16)));
    F4 e, a;
    __builtin_memcpy(&e, entry, sizeof e);
    __builtin_memcpy(&a, acc, sizeof a);
    a += e;
    __builtin_memcpy(acc, &a, sizeof a);
}

template <class Sum>
[[gnu::always_inline]] inline void boundSumsOf(const std::uint8_t *offsets, int stride, int count, int blocks,
                                               const detail::StratumMaps *maps, const char *t0, const char *t1,
                                               const char *t2, const std::uint8_t *noOffsets, const int *start,
                                               std::size_t dayBytes, Sum *acc)
{
    for (int b = 0; b < blocks; ++b) {
        const std::uint8_t *own = offsets + std::size_t(b) * std::size_t(stride);
        const std::uint8_t *prev = b > 0 ? own - stride : noOffsets;
        const detail::OwnBytes *ownMap = maps[b].own;
        const detail::InBytes *inMap = maps[b].in;
        // The next stratum's rows (of lag 0's table) are fetched while this one is summed:
        // a batch reads every row of the table, and it is no longer in L2 after a batch.
        const char *next = b + 1 < blocks ? t0 + std::size_t(start[b + 1]) * dayBytes : nullptr;
        const std::size_t nextLines = next ? (std::size_t(start[b + 2] - start[b + 1]) * dayBytes + 63) / 64 : 0;
        for (int i = 0; i < count; ++i) {
            const auto line = 2 * std::size_t(i);
            if (line < nextLines) {
                __builtin_prefetch(next + 64 * line);
                __builtin_prefetch(next + 64 * line + 64);
            }
            const detail::OwnBytes &o = ownMap[own[i]];
            const detail::InBytes &in = inMap[prev[i]];
            Sum *a = acc + 12 * std::size_t(i);
            addEntry(a, t0 + o.lag0);
            addEntry(a + 4, t1 + (o.lag1 + in.lag1));
            addEntry(a + 8, t2 + (o.lag2 + in.lag2));
        }
    }
}

[[gnu::target_clones("avx2", "default")]]
void boundSums(const std::uint8_t *offsets, int stride, int count, int blocks,
               const detail::StratumMaps *maps, const char *t0, const char *t1, const char *t2,
               const std::uint8_t *noOffsets, const int *start, std::size_t dayBytes, double *acc)
{
    boundSumsOf(offsets, stride, count, blocks, maps, t0, t1, t2, noOffsets, start, dayBytes, acc);
}

[[gnu::target_clones("avx2", "default")]]
void boundSumsFloat(const std::uint8_t *offsets, int stride, int count, int blocks,
                    const detail::StratumMaps *maps, const char *t0, const char *t1, const char *t2,
                    const std::uint8_t *noOffsets, const int *start, std::size_t dayBytes, float *acc)
{
    boundSumsOf(offsets, stride, count, blocks, maps, t0, t1, t2, noOffsets, start, dayBytes, acc);
}
#pragma GCC diagnostic pop

// The prefix sums P[1..w] and the suffix sums P[n] - P[n-m] (m = 1..w) of `lanes`
// states, to pre[q * w + m - 1] and suf[q * w + m - 1]; unrolled for the usual widths.
template <int W>
void copyEndsOf(const StateSums &sums, int n, int lanes, double *__restrict pre, double *__restrict suf)
{
    for (int q = 0; q < lanes; ++q) {
        const auto uq = std::size_t(q);
        const double total = sums.P[std::size_t(n)][uq];
        for (int m = 1; m <= W; ++m) {
            pre[q * W + m - 1] = sums.P[std::size_t(m)][uq];
            suf[q * W + m - 1] = total - sums.P[std::size_t(n - m)][uq];
        }
    }
}

void copyEnds(int w, const StateSums &sums, int n, int lanes, double *pre, double *suf)
{
    switch (w) {
    case 3: return copyEndsOf<3>(sums, n, lanes, pre, suf);
    case 4: return copyEndsOf<4>(sums, n, lanes, pre, suf);
    case 5: return copyEndsOf<5>(sums, n, lanes, pre, suf);
    case 6: return copyEndsOf<6>(sums, n, lanes, pre, suf);
    case 7: return copyEndsOf<7>(sums, n, lanes, pre, suf);
    case 8: return copyEndsOf<8>(sums, n, lanes, pre, suf);
    case 9: return copyEndsOf<9>(sums, n, lanes, pre, suf);
    case 10: return copyEndsOf<10>(sums, n, lanes, pre, suf);
    default: break;
    }
    for (int q = 0; q < lanes; ++q) {
        const auto uq = std::size_t(q);
        const double total = sums.P[std::size_t(n)][uq];
        for (int m = 1; m <= w; ++m) {
            pre[q * w + m - 1] = sums.P[std::size_t(m)][uq];
            suf[q * w + m - 1] = total - sums.P[std::size_t(n - m)][uq];
        }
    }
}

} // namespace


std::vector<std::int8_t> rotateCalendar(std::span<const std::int8_t> base, const Strata &strata,
                                        std::span<const int> offsets)
{
    std::vector<std::int8_t> out(base.begin(), base.end());
    for (int b = 0; b < strata.count(); ++b) {
        const int a = strata.start[b];
        const int n = strata.length(b);
        for (int j = 0; j < n; ++j)
            out[std::size_t(a + j)] = base[std::size_t(a + (j + offsets[b]) % n)];
    }
    return out;
}

ZByLag zByLagDirect(const RotationInput &in)
{
    ZByLag z{};
    for (int k = 0; k < kLags; ++k) {
        const std::vector<std::int8_t> e = laggedExposure(in.base, k);
        z[std::size_t(k)] = scoreStatistic({in.y, in.observed, e, in.strata}).z;
    }
    return z;
}

double maxAbs(const ZByLag &z)
{
    double m = 0;
    for (double v : z)
        m = std::max(m, std::abs(v));
    return m;
}


RotationEngine::RotationEngine(const RotationInput &in)
    : in_(in)
{
    blocks_ = std::max(0, in_.strata->count());
    build();
    rotationSlots_.resize(std::size_t(blocks_));
}

void RotationEngine::build()
{
    const Strata &st = *in_.strata;
    const int days = st.days();
    if (blocks_ == 0)
        return;
    int shortest = std::numeric_limits<int>::max();
    for (int b = 0; b < blocks_; ++b)
        shortest = std::min(shortest, st.length(b));
    // Every bandwidth is >= 3: a stratum shorter than that can never be tabulated.
    if (shortest < 3) {
        tabulated_ = false;
        return;
    }
    dense_ = 9 * days;
    for (int k = 0; k < kLags; ++k) {
        own_[std::size_t(k)].assign(std::size_t(days), 0);
        incoming_[std::size_t(k)].assign(std::size_t(days), 0);
    }
    inFirst_ = {0, 2, 2 + 3 * 2};  // nothing before day 0: missing

    // Value of day a + j of the current stratum turned by o, as a digit; 2 (missing)
    // also when the day's outcome is unlogged: such a day is not in D either way.
    // prepare(b) makes the current stratum b: its digits twice over and its unlogged days.
    constexpr int kLongestStratum = kStratumDays + kMinTrailingStratumDays;
    std::array<std::uint8_t, 2 * kLongestStratum> twice{};
    std::array<std::uint8_t, kLongestStratum> logged{};
    // The same as 32-bit lanes for interiorCounts(), with the stratum's episodes;
    // small32 says whether its episode sums fit in 32 bits.
    std::array<std::int32_t, 2 * kLongestStratum> twice32{};
    std::array<std::int32_t, kLongestStratum> logged32{}, y32{};
    bool small32 = true;
    auto prepare = [&](int b) {
        const int a = st.start[std::size_t(b)];
        const int n = st.length(b);
        long long ySum = 0;
        for (int i = 0; i < n; ++i) {
            const auto ui = std::size_t(i);
            twice[ui] = twice[ui + std::size_t(n)] = std::uint8_t(encode(in_.base[std::size_t(a + i)]));
            logged[ui] = in_.observed[std::size_t(a + i)] ? 0 : 2;
            twice32[ui] = twice32[ui + std::size_t(n)] = twice[ui];
            logged32[ui] = logged[ui];
            y32[ui] = in_.y[std::size_t(a + i)];
            ySum += std::abs((long long)in_.y[std::size_t(a + i)]);
        }
        small32 = ySum < std::numeric_limits<std::int32_t>::max();
    };
    auto digit = [&](int o, int j) {  // logged[j] is 0 for a logged day, 2 otherwise
        return std::max(int(twice[std::size_t(j + o)]), int(logged[std::size_t(j)]));
    };

    // Pass 1: the states each stratum needs, the maps from offsets to states, and the
    // counts of every state (|D| decides the bandwidths).
    std::vector<std::uint16_t> &needed = needed_;
    needed.assign(std::size_t(days), 0);
    struct Counts {
        int n = 0, n1 = 0;
        long long y = 0, y1 = 0;
    };
    std::vector<Counts> interior(static_cast<std::size_t>(days));  // days 2.. of the stratum turned by o'
    std::array<long long, kLags> nMin{}, nMax{};
    used_ = 0;
    for (int b = 0; b < blocks_; ++b) {
        const int a = st.start[std::size_t(b)];
        const int n = st.length(b);
        prepare(b);
        unsigned codes1 = 0, codes2 = 0;  // incoming digits that occur, lag 1 and lag 2
        if (b == 0) {
            codes1 = 1u << inFirst_[1];
            codes2 = 1u << inFirst_[2];
        } else {
            const int ap = st.start[std::size_t(b - 1)];
            const int np = st.length(b - 1);
            for (int op = 0; op < np; ++op) {
                // Lag k pulls in the last k values of the previous stratum turned by op.
                const std::int8_t last = in_.base[std::size_t(ap + (np - 1 + op) % np)];
                const std::int8_t beforeLast = in_.base[std::size_t(ap + (np - 2 + op) % np)];
                const int d1 = in_.observed[std::size_t(a)] ? encode(last) : 2;
                const int d20 = in_.observed[std::size_t(a)] ? encode(beforeLast) : 2;
                const int d21 = in_.observed[std::size_t(a + 1)] ? encode(last) : 2;
                incoming_[1][std::size_t(ap + op)] = d1;
                incoming_[2][std::size_t(ap + op)] = d20 + 3 * d21;
                codes1 |= 1u << d1;
                codes2 |= 1u << (d20 + 3 * d21);
            }
        }
        for (int o = 0; o < n; ++o) {
            const int m0 = digit(o, 0);
            const int m1 = digit(o, 1);
            unsigned mask = (1u << (m0 + 3 * m1)) | codes2;
            for (int c = 0; c < 3; ++c)
                if (codes1 & (1u << c))
                    mask |= 1u << (c + 3 * m1);
            needed[std::size_t(a + o)] = std::uint16_t(mask);
            Counts in;
            if (small32) {
                const InteriorCounts c = interiorCounts(n, &twice32[std::size_t(o)], logged32.data(), y32.data());
                in = {c.n, c.n1, c.y, c.y1};
            } else {
                for (int j = 2; j < n; ++j) {  // branch-free: the digits are random
                    const int x = digit(o, j);
                    const int d = x < 2;
                    const int e = x == 1;
                    const int yj = in_.y[std::size_t(a + j)];
                    in.n += d;
                    in.n1 += e;
                    in.y += d * yj;
                    in.y1 += e * yj;
                }
            }
            interior[std::size_t(a + o)] = in;
            used_ += std::popcount(mask);
            // Lag k at offset o is the state o - k.
            const int o1 = (o + n - 1) % n;
            const int o2 = (o + n - 2) % n;
            own_[0][std::size_t(a + o)] = 9 * (a + o) + m0 + 3 * m1;
            own_[1][std::size_t(a + o)] = 9 * (a + o1) + 3 * digit(o1, 1);
            own_[2][std::size_t(a + o)] = 9 * (a + o2);
        }
        // |D| range of each lag in this stratum: |D| of a state is the interior count of
        // its rotation plus its leading days in D, and the offset and the incoming
        // digits vary independently.
        auto lead = [](int code) { return (code % 3 < 2) + (code / 3 < 2); };
        std::array<int, kLags> lo{}, hi{};
        lo.fill(std::numeric_limits<int>::max());
        for (int o = 0; o < n; ++o) {
            const int nI = interior[std::size_t(a + o)].n;
            const int own0 = own_[0][std::size_t(a + o)] - 9 * (a + o);  // code of lag 0
            const std::array<int, kLags> f{nI + lead(own0), nI + (digit(o, 1) < 2), nI};
            for (std::size_t k = 0; k < kLags; ++k) {
                lo[k] = std::min(lo[k], f[k]);
                hi[k] = std::max(hi[k], f[k]);
            }
        }
        std::array<int, kLags> gLo{0, 2, 4}, gHi{0, 0, 0};
        for (int c = 0; c < 9; ++c) {
            if (codes1 & (1u << c)) {
                gLo[1] = std::min(gLo[1], int(c < 2));
                gHi[1] = std::max(gHi[1], int(c < 2));
            }
            if (codes2 & (1u << c)) {
                gLo[2] = std::min(gLo[2], lead(c));
                gHi[2] = std::max(gHi[2], lead(c));
            }
        }
        for (std::size_t k = 0; k < kLags; ++k) {
            nMin[k] += lo[k] + gLo[k];
            nMax[k] += hi[k] + gHi[k];
        }
    }
    lMin_ = std::numeric_limits<int>::max();
    lMax_ = 0;
    for (int k = 0; k < kLags; ++k) {
        const int lo = hacBandwidth(int(std::max<long long>(nMin[std::size_t(k)], kMinDaysForZ)));
        const int hi = hacBandwidth(int(std::max<long long>(nMax[std::size_t(k)], kMinDaysForZ)));
        lMin_ = std::min(lMin_, lo);
        lMax_ = std::max(lMax_, hi);
        single_[std::size_t(k)] = lo == hi && nMin[std::size_t(k)] >= kMinDaysForZ;
        lagL_[std::size_t(k)] = lo;
    }
    // A HAC window longer than a stratum would reach two strata back; the tables model
    // one boundary only. (Needs ~28,000 days; kept correct anyway.)
    tabulated_ = lMax_ <= std::min(shortest, kMinTrailingStratumDays - 1);
    if (!tabulated_) {
        own_ = {};
        incoming_ = {};
        return;
    }
    width_ = lMax_;
    const int lCount = lMax_ - lMin_ + 1;
    // Whether exceeds() may switch to the float bound pass: a single bandwidth per lag and
    // a table larger than L2 (addressed in 32-bit byte offsets).
    floatBounds_ = single_[0] && single_[1] && single_[2]
                && 2 * std::uint64_t(dense_) * sizeof(Slot) < (std::uint64_t(1) << 32)
                && std::size_t(dense_) * sizeof(Slot) > kL2Table && blocks_ < 1000000;
    scoreAbsSum_ = 0;
    const auto w = std::size_t(width_);

    // Pass 2: u of every state; windows, prefix and suffix sums. The states of one
    // rotation differ only in their first two days and in p_s, ybar_s; they are run
    // side by side, so the prefix sums of different states do not wait on each other.
    // Every table entry that a rotation can reach is written; the others are never read.
    slots_.reset(new Slot[std::size_t(lCount) * std::size_t(dense_)]);
    exact_.reset(new double[std::size_t(lCount) * std::size_t(used_)]);
    // The kernel writes the ends of whole vectors of lanes in blocks of four values
    // when the stratum is long enough for the last block's rows; the slack takes what
    // runs past the last state.
    const bool vectorEnds = 4 * ((width_ + 3) / 4) <= shortest && width_ <= 16;
    const std::size_t slack = vectorEnds ? std::size_t(kLanes) * w + 16 : 0;
    pre_.reset(new double[std::size_t(used_) * w + slack]);
    suf_.reset(new double[std::size_t(used_) * w + slack]);
    constexpr int kLongest = kStratumDays + kMinTrailingStratumDays;
    // Per stratum: day j logged (1/0); the digits twice over as in-D and exposed (1/0),
    // so rotation o reads them from index o.
    std::array<double, kLongest> yd{};
    std::array<std::uint8_t, kLongest> loggedMask{};
    std::array<std::uint8_t, 2 * kLongest> kind{};
    StateSums sums;
    // Per state of the rotation, in code order. p, ybar and the first two u are the
    // kernel's lanes (two groups of kLanes; lanes past the last state hold stale,
    // finite values from an earlier rotation and are never stored).
    std::array<double, 9> score{};
    alignas(32) std::array<double, 2 * kLanes> ps{}, ys{}, g0{}, g1{};
    std::array<int, 9> nOf{}, code{};
    // Per code s = x0 + 3 x1 of the first two days: their in-D and exposed flags and
    // what they add to the counts (set per stratum).
    std::array<double, 9> d0{}, e0{}, d1{}, e1{};
    for (std::size_t code9 = 0; code9 < 9; ++code9) {
        const std::size_t x0 = code9 % 3, x1 = code9 / 3;
        d0[code9] = x0 < 2 ? 1.0 : 0.0;
        e0[code9] = x0 == 1 ? 1.0 : 0.0;
        d1[code9] = x1 < 2 ? 1.0 : 0.0;
        e1[code9] = x1 == 1 ? 1.0 : 0.0;
    }
    std::array<Counts, 9> lead{};
    int id = 0;
    for (int b = 0; b < blocks_; ++b) {
        const int a = st.start[std::size_t(b)];
        const int n = st.length(b);
        prepare(b);
        for (std::size_t code9 = 0; code9 < 9; ++code9) {
            Counts c;
            for (int j = 0; j < 2; ++j) {
                const int x = int(j == 0 ? code9 % 3 : code9 / 3);
                if (x == 2)
                    continue;
                ++c.n;
                c.n1 += x;
                c.y += in_.y[std::size_t(a + j)];
                c.y1 += x * in_.y[std::size_t(a + j)];
            }
            lead[code9] = c;
        }
        double largestScore = 0;  // of the stratum's states
        const double firstFactor = b == 0 ? 1.0 : 2.0;
        const double lastFactor = b == blocks_ - 1 ? 1.0 : 2.0;
        for (int j = 0; j < n; ++j) {
            const auto uj = std::size_t(j);
            yd[uj] = in_.y[std::size_t(a + j)];
            loggedMask[uj] = logged[uj] == 0 ? 3 : 0;
            kind[uj] = kind[uj + std::size_t(n)] = kKind[twice[uj]];
        }
        for (int o = 0; o < n; ++o) {
            const unsigned mask = needed[std::size_t(a + o)];
            const Counts &in = interior[std::size_t(a + o)];
            // The states of this rotation, in code order (lowest set bit first).
            int K = 0;
            for (unsigned bits = mask; bits != 0; bits &= bits - 1) {
                const auto s = std::size_t(std::countr_zero(bits));
                const Counts &dl = lead[s];
                Counts c = in;
                c.n += dl.n;
                c.n1 += dl.n1;
                c.y += dl.y;
                c.y1 += dl.y1;
                const auto q = std::size_t(K++);
                code[q] = int(s);
                nOf[q] = c.n;
                ps[q] = c.n > 0 ? double(c.n1) / c.n : 0.0;
                ys[q] = c.n > 0 ? double(c.y) / c.n : 0.0;
                // sum_t (e_t - p)(y_t - ybar) = Y1 - n1 Y / n
                score[q] = c.n > 0 ? double(c.y1) - double(c.n1) * double(c.y) / c.n : 0.0;
                g0[q] = d0[s] * ((e0[s] - ps[q]) * (yd[0] - ys[q]));
                g1[q] = d1[s] * ((e1[s] - ps[q]) * (yd[1] - ys[q]));
            }
            for (int group = 0; group < K; group += kLanes) {
                const int lanes = std::min(kLanes, K - group);
                const auto g = std::size_t(group);
                for (int band0 = 0; band0 < lCount; band0 += kMaxBands) {
                    const int bands = std::min(kMaxBands, lCount - band0);
                    (lanes <= 4 ? stateSums4 : stateSums8)(n, lMin_ + band0, bands, loggedMask.data(),
                                                           kind.data() + o,
                                                           yd.data(), &ps[g], &ys[g], &g0[g], &g1[g], sums, width_,
                                                           vectorEnds && band0 == 0 ? &pre_[std::size_t(id + group) * w] : nullptr,
                                                           &suf_[std::size_t(id + group) * w]);
                    if (!vectorEnds && band0 == 0)
                        copyEnds(width_, sums, n, lanes, &pre_[std::size_t(id + group) * w],
                                 &suf_[std::size_t(id + group) * w]);
                    for (int band = 0; band < bands; ++band) {
                        const auto li = std::size_t(band0 + band);
                        Slot *const row = &slots_[li * std::size_t(dense_) + std::size_t(9 * (a + o))];
                        double *const exact = &exact_[li * std::size_t(used_) + std::size_t(id + group)];
                        const Lanes &inner = sums.inner[std::size_t(band)];
                        const Lanes &preSq = sums.preSq[std::size_t(band)];
                        const Lanes &sufSq = sums.sufSq[std::size_t(band)];
                        for (int q = 0; q < lanes; ++q) {
                            const auto uq = std::size_t(q);
                            const auto from = std::size_t(group + q);
                            // The first stratum's leading windows and the last one's trailing
                            // windows straddle nothing; the others are shared with a neighbour.
                            row[code[from]] = {score[from],
                                               inner[uq] + (b == 0 ? preSq[uq] : 0.0) + (b == blocks_ - 1 ? sufSq[uq] : 0.0),
                                               inner[uq] + firstFactor * preSq[uq] + lastFactor * sufSq[uq],
                                               nOf[from], id + group + q};
                            exact[uq] = inner[uq] + preSq[uq] + sufSq[uq];
                        }
                    }
                }
            }
            for (int q = 0; q < K; ++q)
                largestScore = std::max(largestScore, std::abs(score[std::size_t(q)]));
            id += K;
        }
        scoreAbsSum_ += largestScore;
    }
}

void RotationEngine::makeFloatTable() const
{
    // Every entry, and every sum of them, well inside the float range, and bounds
    // 0 <= low <= up (NaN fails these too); otherwise the double pass stays.
    const std::size_t size = std::size_t(lMax_ - lMin_ + 1) * std::size_t(dense_);
    std::unique_ptr<FloatSlot[]> floats(new FloatSlot[size]);  // only reachable entries are written
    bool fit = scoreAbsSum_ <= kFloatEntryLimit;
    for (std::size_t band = 0; band < std::size_t(lMax_ - lMin_ + 1) && fit; ++band) {
        for (std::size_t t = 0; t < needed_.size() && fit; ++t) {
            for (unsigned bits = needed_[t]; bits != 0; bits &= bits - 1) {
                const std::size_t at = band * std::size_t(dense_) + 9 * t + std::size_t(std::countr_zero(bits));
                const Slot &e = slots_[at];
                fit = fit && std::abs(e.score) <= kFloatEntryLimit && e.low >= 0 && e.low <= e.up
                   && e.up <= kFloatEntryLimit;
                if (fit)
                    floats[at] = {float(e.score), float(e.low), float(e.up), 0.0f};
            }
        }
    }
    if (fit)
        floatSlots_ = std::move(floats);
    else
        floatBounds_ = false;
}

double RotationEngine::scaledOmega(int L, const int *slots) const
{
    const auto li = std::size_t(L - lMin_);
    const auto w = std::size_t(width_);
    const double *exact = &exact_[li * std::size_t(used_)];
    const Slot *table = &slots_[li * std::size_t(dense_)];
    // The states' entries lie scattered over exact_, pre_ and suf_: all are requested
    // first, so that the loads overlap instead of waiting one stratum at a time.
    for (int b = 0; b < blocks_; ++b) {
        const auto id = std::size_t(table[slots[b]].id);
        __builtin_prefetch(&exact[id]);
        __builtin_prefetch(&pre_[id * w]);
        __builtin_prefetch(&pre_[id * w + w - 1]);
        __builtin_prefetch(&suf_[id * w]);
        __builtin_prefetch(&suf_[id * w + w - 1]);
    }
    int previous = -1;
    double sum = 0, cross = 0;
    for (int b = 0; b < blocks_; ++b) {
        const int id = table[slots[b]].id;
        sum += exact[id];
        if (previous >= 0) {
            // Window m of the boundary: the last L + 1 - m days before it, the first m after.
            const double *suf = &suf_[std::size_t(previous) * w];
            const double *pre = &pre_[std::size_t(id) * w];
            for (int m = 1; m <= L; ++m)
                cross += suf[L - m] * pre[m - 1];
        }
        previous = id;
    }
    return sum + 2.0 * cross;
}

double RotationEngine::zOf(int k, std::span<const int> offsets) const
{
    int n = 0;
    double score = 0;
    for (int b = 0; b < blocks_; ++b) {
        const int slot = slotOf(k, b, offsets[std::size_t(b)], b == 0 ? 0 : offsets[std::size_t(b - 1)]);
        rotationSlots_[std::size_t(b)] = slot;
        n += slots_[std::size_t(slot)].n;
        score += slots_[std::size_t(slot)].score;
    }
    if (n < kMinDaysForZ)
        return 0;
    const int L = hacBandwidth(n);
    const double omega = scaledOmega(L, rotationSlots_.data()) / (L + 1);
    return omega > 0 ? score / std::sqrt(omega) : 0.0;
}

ZByLag RotationEngine::zByLag(std::span<const int> offsets) const
{
    if (!tabulated_) {
        const std::vector<std::int8_t> rotated = rotateCalendar(in_.base, *in_.strata, offsets);
        return zByLagDirect({in_.y, in_.observed, rotated, in_.strata});
    }
    ZByLag z{};
    if (blocks_ == 0)
        return z;
    for (int k = 0; k < kLags; ++k)
        z[std::size_t(k)] = zOf(k, offsets);
    return z;
}

void RotationEngine::exceeds(std::span<const std::uint8_t> offsets, int stride, int count,
                             double threshold, std::vector<std::uint8_t> &out) const
{
    out.assign(std::size_t(count), 0);
    undecided_ = 0;
    std::vector<int> single(static_cast<std::size_t>(blocks_));
    auto offsetsOf = [&](int i) {
        for (int b = 0; b < blocks_; ++b)
            single[std::size_t(b)] = offsets[std::size_t(b * stride + i)];
    };
    if (!tabulated_ || blocks_ == 0) {
        for (int i = 0; i < count; ++i) {
            offsetsOf(i);
            out[std::size_t(i)] = maxAbs(zByLag(single)) >= threshold;
        }
        return;
    }
    if (threshold <= 0) {  // |z| >= 0 always
        std::fill(out.begin(), out.end(), std::uint8_t(1));
        return;
    }
    const Strata &st = *in_.strata;
    const int lCount = lMax_ - lMin_ + 1;
    // (The single-bandwidth pass addresses the table in 32-bit byte offsets.)
    const bool generic = !(single_[0] && single_[1] && single_[2])
                      || 2 * std::uint64_t(dense_) * sizeof(Slot) >= (std::uint64_t(1) << 32);
    // Per lag: score, then (low, up) for each bandwidth index in use.
    const int bands = generic ? lCount : 1;
    const auto c = std::size_t(count);
    const std::size_t perLag = c * std::size_t(1 + 2 * bands);
    batch_.assign(perLag * kLags, 0.0);
    batchN_.assign(generic ? c * kLags : 0, 0);
    auto score = [&](int k) { return &batch_[std::size_t(k) * perLag]; };
    auto low = [&](int k, int band) { return &batch_[std::size_t(k) * perLag + c * std::size_t(1 + 2 * band)]; };
    auto up = [&](int k, int band) { return &batch_[std::size_t(k) * perLag + c * std::size_t(2 + 2 * band)]; };

    double scoreError = 0;  // how far the summed scores may be from the exact sums
    evaluated_ += count;
    if (!generic) {
        // A rotation test that runs long (a small p) pays for the float table.
        if (floatBounds_ && !floatSlots_ && evaluated_ > kFloatTableAfter)
            makeFloatTable();
        const bool floats = bool(floatSlots_);
        std::array<const char *, kLags> table{};
        for (int k = 0; k < kLags; ++k) {
            const auto at = std::size_t(lagL_[std::size_t(k)] - lMin_) * std::size_t(dense_);
            table[std::size_t(k)] = floats ? reinterpret_cast<const char *>(&floatSlots_[at])
                                           : reinterpret_cast<const char *>(&slots_[at]);
        }
        const auto kBytes = std::uint32_t(floats ? sizeof(FloatSlot) : sizeof(Slot));
        if (mapBytes_ != kBytes) {  // once per engine and entry size
            mapBytes_ = kBytes;
            const int days = st.days();
            ownBytes_.resize(std::size_t(days));
            inBytes_.resize(std::size_t(days) + 1);
            for (std::size_t t = 0; t < std::size_t(days); ++t) {
                ownBytes_[t] = {std::uint32_t(own_[0][t]) * kBytes, std::uint32_t(own_[1][t]) * kBytes,
                                std::uint32_t(own_[2][t]) * kBytes, 0};
                inBytes_[t] = {std::uint32_t(incoming_[1][t]) * kBytes, std::uint32_t(incoming_[2][t]) * kBytes};
            }
            inBytes_[std::size_t(days)] = {std::uint32_t(inFirst_[1]) * kBytes, std::uint32_t(inFirst_[2]) * kBytes};
            maps_.resize(std::size_t(blocks_));
            for (int b = 0; b < blocks_; ++b)
                maps_[std::size_t(b)] = {&ownBytes_[std::size_t(st.start[std::size_t(b)])],
                                         &inBytes_[std::size_t(b > 0 ? st.start[std::size_t(b - 1)] : days)]};
        }
        double *s0 = score(0), *s1 = score(1), *s2 = score(2);
        double *l0 = low(0, 0), *l1 = low(1, 0), *l2 = low(2, 0);
        double *u0 = up(0, 0), *u1 = up(1, 0), *u2 = up(2, 0);
        // A table that stays in L2 (up to ~3 years): one rotation at a time over chunks
        // of strata, the nine sums in registers. A larger one: stratum by stratum over the
        // batch (boundSums()), the same sums in the same order; once a test has run long,
        // from the float table (boundSumsFloat(), with the rounding bounded below).
        if (std::size_t(dense_) * sizeof(Slot) <= kL2Table) {
            for (int from = 0; from < blocks_; from += kChunk) {
                const int to = std::min(blocks_, from + kChunk);
                for (int i = 0; i < count; ++i) {
                    double as0 = s0[i], al0 = l0[i], au0 = u0[i], as1 = s1[i], al1 = l1[i], au1 = u1[i],
                           as2 = s2[i], al2 = l2[i], au2 = u2[i];
                    int op = from > 0 ? offsets[std::size_t((from - 1) * stride + i)] : 0;
                    for (int b = from; b < to; ++b) {
                        const int ob = offsets[std::size_t(b * stride + i)];
                        const StratumMaps &m = maps_[std::size_t(b)];
                        const OwnBytes &own = m.own[ob];
                        const InBytes &in = m.in[op];
                        const Slot &e0 = *reinterpret_cast<const Slot *>(table[0] + own.lag0);
                        const Slot &e1 = *reinterpret_cast<const Slot *>(table[1] + (own.lag1 + in.lag1));
                        const Slot &e2 = *reinterpret_cast<const Slot *>(table[2] + (own.lag2 + in.lag2));
                        as0 += e0.score;
                        al0 += e0.low;
                        au0 += e0.up;
                        as1 += e1.score;
                        al1 += e1.low;
                        au1 += e1.up;
                        as2 += e2.score;
                        al2 += e2.low;
                        au2 += e2.up;
                        op = ob;
                    }
                    s0[i] = as0;
                    l0[i] = al0;
                    u0[i] = au0;
                    s1[i] = as1;
                    l1[i] = al1;
                    u1[i] = au1;
                    s2[i] = as2;
                    l2[i] = al2;
                    u2[i] = au2;
                }
            }
        } else if (!floats) {
            boundSums_.assign(12 * c, 0.0);
            noOffsets_.assign(c, 0);
            boundSums(offsets.data(), stride, count, blocks_, maps_.data(), table[0], table[1], table[2],
                      noOffsets_.data(), st.start.data(), 9 * sizeof(Slot), boundSums_.data());
            for (std::size_t i = 0; i < c; ++i) {
                const double *a = &boundSums_[12 * i];
                s0[i] = a[0];
                l0[i] = a[1];
                u0[i] = a[2];
                s1[i] = a[4];
                l1[i] = a[5];
                u1[i] = a[6];
                s2[i] = a[8];
                l2[i] = a[9];
                u2[i] = a[10];
            }
        } else {
            floatSums_.assign(12 * c, 0.0f);
            noOffsets_.assign(c, 0);
            boundSumsFloat(offsets.data(), stride, count, blocks_, maps_.data(), table[0], table[1], table[2],
                           noOffsets_.data(), st.start.data(), 9 * sizeof(FloatSlot), floatSums_.data());
            // Each entry rounded to float and blocks_ float additions: a sum of n terms is
            // within gamma * (sum of |terms|) of the exact sum of the doubles, gamma =
            // (n + 1) u / (1 - (n + 1) u) <= 2 (n + 1) u (u = 2^-24). The bounds are sums of
            // non-negative terms, so that is relative to themselves: widened by 2 gamma.
            // The score's error is at most gamma * scoreAbsSum_ (scoreError below). Entries
            // that underflow to subnormals add at most 2^-149 each, absolutely (tiny).
            const double gamma = 2.0 * double(blocks_ + 1) * 0x1p-24;
            const double lowScale = 1.0 - 2.0 * gamma, upScale = 1.0 + 2.0 * gamma;
            const double tiny = double(blocks_ + 1) * 0x1p-148;
            scoreError = 2.0 * gamma * scoreAbsSum_ + tiny;
            for (std::size_t i = 0; i < c; ++i) {
                const float *a = &floatSums_[12 * i];
                s0[i] = double(a[0]);
                l0[i] = double(a[1]) * lowScale - tiny;
                u0[i] = double(a[2]) * upScale + tiny;
                s1[i] = double(a[4]);
                l1[i] = double(a[5]) * lowScale - tiny;
                u1[i] = double(a[6]) * upScale + tiny;
                s2[i] = double(a[8]);
                l2[i] = double(a[9]) * lowScale - tiny;
                u2[i] = double(a[10]) * upScale + tiny;
            }
        }
    }
    // The general case (several bandwidths or |D| < 14 possible): the whole batch,
    // stratum by stratum.
    for (int b = 0; b < blocks_ && generic; ++b) {
        const std::uint8_t *own = &offsets[std::size_t(b * stride)];
        const std::uint8_t *prev = b > 0 ? &offsets[std::size_t((b - 1) * stride)] : nullptr;
        const int a = st.start[std::size_t(b)];
        std::array<const int *, kLags> ownMap{}, inMap{};
        for (int k = 0; k < kLags; ++k) {
            ownMap[std::size_t(k)] = &own_[std::size_t(k)][std::size_t(a)];
            inMap[std::size_t(k)] = b > 0 ? &incoming_[std::size_t(k)][std::size_t(st.start[std::size_t(b - 1)])]
                                          : &inFirst_[std::size_t(k)];
        }
        for (int k = 0; k < kLags; ++k) {
            double *s = score(k);
            int *nk = &batchN_[std::size_t(k) * c];
            for (int i = 0; i < count; ++i) {
                const int slot = ownMap[std::size_t(k)][own[i]] + inMap[std::size_t(k)][prev ? prev[i] : 0];
                s[i] += slots_[std::size_t(slot)].score;
                nk[i] += slots_[std::size_t(slot)].n;
                for (int band = 0; band < lCount; ++band) {
                    const Slot &e = slots_[std::size_t(band) * std::size_t(dense_) + std::size_t(slot)];
                    low(k, band)[i] += e.low;
                    up(k, band)[i] += e.up;
                }
            }
        }
    }

    const double t2 = threshold * threshold;
    for (int i = 0; i < count; ++i) {
        unsigned open = 0;  // lags the bounds cannot decide
        bool hit = false;
        for (int k = 0; k < kLags && !hit; ++k) {
            int band = 0;
            int L = lagL_[std::size_t(k)];
            if (generic) {
                const int n = batchN_[std::size_t(k) * c + std::size_t(i)];
                if (n < kMinDaysForZ)
                    continue;  // Z = 0 < threshold
                L = hacBandwidth(n);
                band = L - lMin_;
            }
            // |S| lies within scoreError of |s| (0: s is the sum of the doubles).
            const double s = std::abs(score(k)[i]);
            const double sLow = std::max(0.0, s - scoreError), sUp = s + scoreError;
            const double s2Low = sLow * sLow * (L + 1);  // the bounds are of (L + 1) Omega
            const double s2Up = sUp * sUp * (L + 1);
            const double lo = low(k, band)[i];
            const double hi = up(k, band)[i];
            // |Z| >= T  <=>  S^2 >= T^2 Omega, and low <= (L + 1) Omega <= up (both
            // scaled alike): decide from the bounds when the margin allows.
            if (hi > 0 && s2Low >= t2 * hi * (1 + kBoundSlack))
                hit = true;
            else if (s2Up < t2 * (lo - kBoundSlack * hi))
                continue;
            else
                open |= 1u << k;
        }
        if (!hit && open) {
            ++undecided_;
            offsetsOf(i);
            for (int k = 0; k < kLags && !hit; ++k)
                if (open & (1u << k))
                    hit = std::abs(zOf(k, single)) >= threshold;
        }
        out[std::size_t(i)] = hit;
    }
}

std::uint64_t dataSeed(const RotationInput &in, std::uint64_t salt)
{
    Fnv1a h;
    h.add(salt);
    h.add(std::uint64_t(in.base.size()));
    for (std::size_t t = 0; t < in.base.size(); ++t) {
        h.add(std::uint64_t(in.observed[t]));
        h.add(std::uint64_t(std::int64_t(in.y[t])));
        h.add(std::uint64_t(std::int64_t(in.base[t])));
    }
    for (int s : in.strata->start)
        h.add(std::uint64_t(s));
    return h.value();
}

RotationTestResult rotationTest(const RotationInput &in, const RotationSettings &settings)
{
    return rotationTest(in, settings, zByLagDirect(in));
}

RotationTestResult rotationTest(const RotationInput &in, const RotationSettings &settings,
                                const ZByLag &observed)
{
    RotationTestResult r;
    r.z = observed;
    r.statistic = maxAbs(r.z);
    for (int k = 1; k < kLags; ++k)
        if (std::abs(r.z[std::size_t(k)]) > std::abs(r.z[std::size_t(r.lag)]))
            r.lag = k;
    const Strata &st = *in.strata;
    const int blocks = st.count();
    if (blocks <= 0)
        return r;
    const double threshold = r.statistic * (1.0 - kTieTolerance);

    std::int64_t combinations = 1;
    for (int b = 0; b < blocks && combinations <= settings.enumerateLimit; ++b)
        combinations *= st.length(b);
    r.enumerated = combinations <= settings.enumerateLimit;
    const std::int64_t total = r.enumerated ? combinations : std::max(0, settings.draws);
    const int stopAt = r.enumerated ? 0 : settings.stopAfterExceedances;

    // Rotations are evaluated in batches; offsets[b * kBatch + i] is stratum b's offset
    // in rotation i of the batch.
    constexpr int kBatch = 128;
    const RotationEngine engine(in);
    std::vector<std::uint8_t> offsets(std::size_t(blocks) * kBatch);
    std::vector<std::uint8_t> hit;
    std::vector<int> counter(std::size_t(blocks), 0);  // mixed-radix enumeration state
    Xoshiro256 rng(dataSeed(in, settings.seedSalt));
    std::vector<std::uint32_t> lengths(static_cast<std::size_t>(blocks));
    for (int b = 0; b < blocks; ++b)
        lengths[std::size_t(b)] = std::uint32_t(st.length(b));
    std::int64_t done = 0;
    bool stopped = false;
    while (done < total && !stopped) {
        // With sequential stopping, batches about as long as the draws still expected
        // to be needed (from the exceedance rate so far): a batch's draws past the stop
        // would be wasted. The draws themselves, in order, are the same either way.
        int want = kBatch;
        if (stopAt > 0) {
            const double rate = double(r.exceedances + 1) / double(done + 1);
            const double needed = double(stopAt - r.exceedances) / rate;
            want = done == 0 ? 64 : int(std::clamp(needed * 1.25 + 8.0, 32.0, double(kBatch)));
        }
        const int count = int(std::min<std::int64_t>(want, total - done));
        if (r.enumerated) {
            for (int i = 0; i < count; ++i) {
                for (int b = 0; b < blocks; ++b)
                    offsets[std::size_t(b * kBatch + i)] = std::uint8_t(counter[std::size_t(b)]);
                for (int b = 0; b < blocks; ++b) {  // next combination
                    if (++counter[std::size_t(b)] < st.length(b))
                        break;
                    counter[std::size_t(b)] = 0;
                }
            }
        } else {
            // The same draws in the same order; the generator is copied to a local so
            // its state can stay in registers (a byte store may alias any object).
            Xoshiro256 local = rng;
            for (int i = 0; i < count; ++i) {
                std::uint8_t *column = &offsets[std::size_t(i)];
                for (std::size_t b = 0; b < lengths.size(); ++b)
                    column[b * kBatch] = std::uint8_t(local.below(lengths[b]));
            }
            rng = local;
        }
        engine.exceeds(offsets, kBatch, count, threshold, hit);
        for (int i = 0; i < count; ++i) {
            ++done;
            r.exceedances += hit[std::size_t(i)];
            if (stopAt > 0 && r.exceedances >= stopAt) {
                stopped = true;
                break;
            }
        }
    }
    r.rotations = done;
    if (r.enumerated)
        r.p = double(r.exceedances) / double(std::max<std::int64_t>(1, done));
    else if (stopped)
        r.p = double(r.exceedances) / double(done);  // Besag & Clifford (1991)
    else
        r.p = double(1 + r.exceedances) / double(done + 1);
    return r;
}

} // namespace td::analysis
