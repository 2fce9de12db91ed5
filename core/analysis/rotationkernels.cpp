// The vector kernels of the rotation test's table engine (rotationkernels.h describes
// them): state sums for building the tables, and the bound pass of exceeds().
#include "analysis/rotationkernels.h"

#include <algorithm>

namespace td::analysis::detail {

[[gnu::target_clones("avx2", "default")]] InteriorCounts
interiorCounts(int n, const std::int32_t *digits, const std::int32_t *unlogged, const std::int32_t *y)
{
    std::int32_t cn = 0, cn1 = 0, cy = 0, cy1 = 0;
    for (int j = 2; j < n; ++j) {
        const std::int32_t x = std::max(digits[j], unlogged[j]);
        const std::int32_t d = -std::int32_t(x < 2), e = -std::int32_t(x == 1); // all ones or zero
        cn -= d;
        cn1 -= e;
        cy += d & y[j];
        cy1 += e & y[j];
    }
    return {cn, cn1, cy, cy1};
}

namespace {

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
    for (int v = 0; v < NV; ++v) {
        V4 head[kMaxEndBlocks][4], tail[kMaxEndBlocks][4];
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
template <int NV> // vectors of four lanes in use: lanes 0 .. 4 NV - 1
[[gnu::always_inline]] inline void stateSumsOf(int n, int lMin, int bands, const std::uint8_t *logged,
                                               const std::uint8_t *kind, const double *yd, const double *p,
                                               const double *ybar, const double *first, const double *second,
                                               StateSums &out, int w, double *pre, double *suf)
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
                const V4 tail = load4(&P[std::size_t(n)][std::size_t(4 * v)]) -
                                load4(&P[std::size_t(n) - um][std::size_t(4 * v)]);
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

} // namespace

[[gnu::target_clones("avx2", "default")]] void stateSums4(int n, int lMin, int bands, const std::uint8_t *logged,
                                                          const std::uint8_t *kind, const double *yd, const double *p,
                                                          const double *ybar, const double *first, const double *second,
                                                          StateSums &out, int w, double *pre, double *suf)
{
    stateSumsOf<1>(n, lMin, bands, logged, kind, yd, p, ybar, first, second, out, w, pre, suf);
}

[[gnu::target_clones("avx2", "default")]] void stateSums8(int n, int lMin, int bands, const std::uint8_t *logged,
                                                          const std::uint8_t *kind, const double *yd, const double *p,
                                                          const double *ybar, const double *first, const double *second,
                                                          StateSums &out, int w, double *pre, double *suf)
{
    stateSumsOf<2>(n, lMin, bands, logged, kind, yd, p, ybar, first, second, out, w, pre, suf);
}

namespace {

// The entries of the stratum-by-stratum bound pass (boundSums(), rotationkernels.h).
// A Slot is read as four doubles with the fourth (n and id) masked; a FloatSlot as
// four floats (the fourth is zero).
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

// Bytes per cache line; every rotation of a batch prefetches kPrefetchLinesPerRotation
// lines of the next stratum's rows, so that the first ~80 rotations of a batch have
// brought in a whole 28-day stratum (252 Slots of 40 bytes) before it is read.
constexpr std::size_t kCacheLine = 64;
constexpr std::size_t kPrefetchLinesPerRotation = 2;

template <class Sum>
[[gnu::always_inline]] inline void boundSumsOf(const std::uint8_t *offsets, int stride, int count, int blocks,
                                               const StratumMaps *maps, const char *t0, const char *t1, const char *t2,
                                               const std::uint8_t *noOffsets, const int *start, std::size_t dayBytes,
                                               Sum *acc)
{
    for (int b = 0; b < blocks; ++b) {
        const std::uint8_t *own = offsets + std::size_t(b) * std::size_t(stride);
        const std::uint8_t *prev = b > 0 ? own - stride : noOffsets;
        const OwnBytes *ownMap = maps[b].own;
        const InBytes *inMap = maps[b].in;
        // The next stratum's rows (of lag 0's table) are fetched while this one is summed:
        // a batch reads every row of the table, and it is no longer in L2 after a batch.
        const char *next = b + 1 < blocks ? t0 + std::size_t(start[b + 1]) * dayBytes : nullptr;
        const std::size_t nextLines = next ? (std::size_t(start[b + 2] - start[b + 1]) * dayBytes + kCacheLine - 1) /
                                                 kCacheLine
                                           : 0;
        for (int i = 0; i < count; ++i) {
            const auto line = kPrefetchLinesPerRotation * std::size_t(i);
            if (line < nextLines) {
                for (std::size_t l = 0; l < kPrefetchLinesPerRotation; ++l)
                    __builtin_prefetch(next + kCacheLine * (line + l));
            }
            const OwnBytes &o = ownMap[own[i]];
            const InBytes &in = inMap[prev[i]];
            Sum *a = acc + kSumsPerRotation * std::size_t(i);
            addEntry(a, t0 + o.lag0);
            addEntry(a + kSumsPerLag, t1 + (o.lag1 + in.lag1));
            addEntry(a + 2 * kSumsPerLag, t2 + (o.lag2 + in.lag2));
        }
    }
}

} // namespace

[[gnu::target_clones("avx2", "default")]] void boundSums(const std::uint8_t *offsets, int stride, int count, int blocks,
                                                         const StratumMaps *maps, const char *t0, const char *t1,
                                                         const char *t2, const std::uint8_t *noOffsets,
                                                         const int *start, std::size_t dayBytes, double *acc)
{
    boundSumsOf(offsets, stride, count, blocks, maps, t0, t1, t2, noOffsets, start, dayBytes, acc);
}

[[gnu::target_clones("avx2", "default")]] void boundSumsFloat(const std::uint8_t *offsets, int stride, int count,
                                                              int blocks, const StratumMaps *maps, const char *t0,
                                                              const char *t1, const char *t2,
                                                              const std::uint8_t *noOffsets, const int *start,
                                                              std::size_t dayBytes, float *acc)
{
    boundSumsOf(offsets, stride, count, blocks, maps, t0, t1, t2, noOffsets, start, dayBytes, acc);
}
#pragma GCC diagnostic pop

namespace {

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

} // namespace

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

void boundSumsInRegisters(const std::uint8_t *offsets, int stride, int count, int blocks, const StratumMaps *maps,
                          const std::array<const char *, kLags> &tables, const BoundArrays &sums)
{
    double *s0 = sums.score[0], *s1 = sums.score[1], *s2 = sums.score[2];
    double *l0 = sums.low[0], *l1 = sums.low[1], *l2 = sums.low[2];
    double *u0 = sums.up[0], *u1 = sums.up[1], *u2 = sums.up[2];
    for (int from = 0; from < blocks; from += kChunk) {
        const int to = std::min(blocks, from + kChunk);
        for (int i = 0; i < count; ++i) {
            double as0 = s0[i], al0 = l0[i], au0 = u0[i], as1 = s1[i], al1 = l1[i], au1 = u1[i], as2 = s2[i],
                   al2 = l2[i], au2 = u2[i];
            int op = from > 0 ? offsets[std::size_t((from - 1) * stride + i)] : 0;
            for (int b = from; b < to; ++b) {
                const int ob = offsets[std::size_t(b * stride + i)];
                const StratumMaps &m = maps[std::size_t(b)];
                const OwnBytes &own = m.own[ob];
                const InBytes &in = m.in[op];
                const Slot &e0 = *reinterpret_cast<const Slot *>(tables[0] + own.lag0);
                const Slot &e1 = *reinterpret_cast<const Slot *>(tables[1] + (own.lag1 + in.lag1));
                const Slot &e2 = *reinterpret_cast<const Slot *>(tables[2] + (own.lag2 + in.lag2));
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
}

} // namespace td::analysis::detail
