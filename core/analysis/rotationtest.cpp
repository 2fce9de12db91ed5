#include "rotationtest.h"

#include "dayseries.h"
#include "random.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace td::analysis {

namespace {

constexpr double kTieTolerance = 1e-9;

int pow3(int k) { return k == 0 ? 1 : k == 1 ? 3 : 9; }

// omega[i] += omegaIn[cur[i]] + 2 tail(prev[i]) . head(cur[i]) over L terms, for a batch;
// L is a template argument so the short dot product unrolls completely.
template <int L>
void addOmegaFixed(bool cross, int count, const int *cur, const int *prev, const double *omegaIn,
                   const double *tails, const double *heads, std::size_t width, double *omega)
{
    for (int i = 0; i < count; ++i) {
        double om = omegaIn[cur[i]];
        if (cross) {
            const double *tail = tails + std::size_t(prev[i]) * width;
            const double *head = heads + std::size_t(cur[i]) * width;
            double c = 0;
            for (int j = 0; j < L; ++j)
                c += tail[j] * head[j];
            om += 2.0 * c;
        }
        omega[i] += om;
    }
}

void addOmega(int L, bool cross, int count, const int *cur, const int *prev, const double *omegaIn,
              const double *tails, const double *heads, std::size_t width, double *omega)
{
    switch (L) {
#define TD_CASE(n) case n: return addOmegaFixed<n>(cross, count, cur, prev, omegaIn, tails, heads, width, omega);
    TD_CASE(3) TD_CASE(4) TD_CASE(5) TD_CASE(6) TD_CASE(7) TD_CASE(8) TD_CASE(9) TD_CASE(10)
    TD_CASE(11) TD_CASE(12) TD_CASE(13)
#undef TD_CASE
    default: break;
    }
    // Not reached: the tables are only used for L <= 13 (see RotationEngine()).
    for (int i = 0; i < count; ++i) {
        double om = omegaIn[cur[i]];
        if (cross) {
            double c = 0;
            for (int j = 0; j < L; ++j)
                c += tails[std::size_t(prev[i]) * width + std::size_t(j)] * heads[std::size_t(cur[i]) * width + std::size_t(j)];
            om += 2.0 * c;
        }
        omega[i] += om;
    }
}

// Digit of an incoming-value code: 0, 1, or 2 for missing.
int encode(std::int8_t e) { return e < 0 ? 2 : e; }
std::int8_t decode(int digit) { return digit == 2 ? kMissing : std::int8_t(digit); }

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
    const Strata &st = *in_.strata;
    int shortest = std::numeric_limits<int>::max();
    for (int b = 0; b < st.count(); ++b)
        shortest = std::min(shortest, st.length(b));
    for (int k = 0; k < kLags && tabulated_; ++k) {
        buildLag(lags_[std::size_t(k)], k);
        // A HAC window longer than a stratum would reach two strata back; the tables
        // model one boundary only. (Needs ~28,000 days; kept correct anyway.)
        tabulated_ = lags_[std::size_t(k)].lMax <= std::min(shortest, kMinTrailingStratumDays - 1);
    }
    if (!tabulated_)
        lags_ = {};
    states_.resize(std::size_t(std::max(0, st.count())));
}

void RotationEngine::buildLag(LagTables &tb, int k)
{
    const Strata &st = *in_.strata;
    const int blocks = st.count();
    tb.lag = k;
    const int codes = pow3(k);
    const int allMissing = codes - 1;  // every digit 2

    // The k values block b-1 hands on to block b when rotated by o, as a code. A digit
    // for a day whose outcome is unlogged is "missing": that day is not in D either
    // way, and merging such states keeps the tables small.
    auto incomingCode = [&](int b, int o) {
        if (b == 0)
            return allMissing;
        const int a = st.start[b - 1];
        const int n = st.length(b - 1);
        int code = 0;
        for (int j = k - 1; j >= 0; --j) {
            const bool logged = in_.observed[std::size_t(st.start[b] + j)];
            const std::int8_t v = in_.base[std::size_t(a + (n - k + j + o) % n)];
            code = code * 3 + (logged ? encode(v) : 2);
        }
        return code;
    };

    // States of each block: the incoming codes that can actually occur.
    tb.entryStart.assign(std::size_t(blocks), 0);
    tb.variants.assign(std::size_t(blocks), 0);
    tb.incomingStart.assign(std::size_t(blocks), 0);
    tb.incoming.clear();
    std::vector<int> stateCodes;       // concatenated per block
    std::vector<int> stateCodeStart(static_cast<std::size_t>(blocks), 0);
    int entries = 0;
    for (int b = 0; b < blocks; ++b) {
        int index[9] = {-1, -1, -1, -1, -1, -1, -1, -1, -1};
        stateCodeStart[std::size_t(b)] = int(stateCodes.size());
        tb.incomingStart[std::size_t(b)] = int(tb.incoming.size());
        const int prevOffsets = b == 0 ? 1 : st.length(b - 1);
        int variants = 0;
        for (int o = 0; o < prevOffsets; ++o) {
            const int code = incomingCode(b, o);
            if (index[code] < 0) {
                index[code] = variants++;
                stateCodes.push_back(code);
            }
            tb.incoming.push_back(index[code]);
        }
        tb.variants[std::size_t(b)] = variants;
        tb.entryStart[std::size_t(b)] = entries;
        entries += st.length(b) * variants;
    }
    tb.entries = entries;

    // The lagged exposure of block b rotated by o, for incoming code `code`, into e.
    std::vector<std::int8_t> rotated(std::size_t(kStratumDays + kMinTrailingStratumDays));
    std::vector<std::int8_t> e(rotated.size());
    auto rotate = [&](int b, int o) {  // rotated[j] = base[a + (j + o) mod n]
        const int a = st.start[b];
        const int n = st.length(b);
        for (int j = 0; j < n - o; ++j)
            rotated[std::size_t(j)] = in_.base[std::size_t(a + o + j)];
        for (int j = n - o; j < n; ++j)
            rotated[std::size_t(j)] = in_.base[std::size_t(a + o + j - n)];
    };
    auto lagged = [&](int b, int code) {
        const int a = st.start[b];
        const int n = st.length(b);
        for (int j = 0; j < n; ++j) {
            const std::int8_t v = j >= k ? rotated[std::size_t(j - k)] : decode(code / pow3(j) % 3);
            e[std::size_t(j)] = in_.observed[std::size_t(a + j)] ? v : kMissing;  // kMissing: not in D
        }
    };

    // Pass 1: |D| and the score numerator of every entry (cheap), for the range of n.
    tb.cheap.assign(std::size_t(entries), {});
    std::vector<double> share(std::size_t(entries), 0.0), mean(std::size_t(entries), 0.0);
    int nMin = 0;
    int nMax = 0;
    for (int b = 0; b < blocks; ++b) {
        const int a = st.start[b];
        const int n = st.length(b);
        const int variants = tb.variants[std::size_t(b)];
        int bMin = std::numeric_limits<int>::max();
        int bMax = 0;
        for (int o = 0; o < n; ++o) {
            rotate(b, o);
            for (int v = 0; v < variants; ++v) {
                lagged(b, stateCodes[std::size_t(stateCodeStart[std::size_t(b)] + v)]);
                int nd = 0, n1 = 0;
                long long ys = 0, y1 = 0;
                for (int j = 0; j < n; ++j) {
                    const std::int8_t x = e[std::size_t(j)];
                    if (x < 0)
                        continue;
                    ++nd;
                    n1 += x;
                    ys += in_.y[std::size_t(a + j)];
                    y1 += x * in_.y[std::size_t(a + j)];
                }
                const auto entry = std::size_t(tb.entryStart[std::size_t(b)] + o * variants + v);
                Cheap &c = tb.cheap[entry];
                c.n = nd;
                share[entry] = nd > 0 ? double(n1) / nd : 0.0;
                mean[entry] = nd > 0 ? double(ys) / nd : 0.0;
                // sum_t (e_t - p)(y_t - ybar) = Y1 - n1 Y / n
                c.score = nd > 0 ? double(y1) - double(n1) * double(ys) / nd : 0.0;
                bMin = std::min(bMin, nd);
                bMax = std::max(bMax, nd);
            }
        }
        nMin += bMin;
        nMax += bMax;
    }
    tb.lMin = hacBandwidth(std::max(nMin, kMinDaysForZ));
    tb.lMax = hacBandwidth(std::max(nMax, kMinDaysForZ));
    tb.width = tb.lMax;
    const int lCount = tb.lMax - tb.lMin + 1;
    // Bartlett weights 1 - l/(L+1) of every bandwidth: weight[(L - lMin) * (lMax+1) + l].
    std::vector<double> weight(std::size_t(lCount * (tb.lMax + 1)), 0.0);
    for (int L = tb.lMin; L <= tb.lMax; ++L)
        for (int l = 0; l <= L; ++l)
            weight[std::size_t((L - tb.lMin) * (tb.lMax + 1) + l)] = 1.0 - double(l) / (L + 1);

    // Pass 2: u of every entry; within-stratum HAC sums, head values and weighted tails
    // per bandwidth.
    const auto w = std::size_t(tb.width);
    tb.head.assign(std::size_t(entries) * w, 0.0);
    tb.omegaIn.assign(std::size_t(lCount * entries), 0.0);
    tb.tail.assign(std::size_t(lCount * entries) * w, 0.0);
    std::vector<double> u(rotated.size(), 0.0);
    std::vector<double> gamma(std::size_t(tb.lMax + 1), 0.0);
    for (int b = 0; b < blocks; ++b) {
        const int a = st.start[b];
        const int n = st.length(b);
        const int variants = tb.variants[std::size_t(b)];
        for (int o = 0; o < n; ++o) {
            rotate(b, o);
            for (int v = 0; v < variants; ++v) {
                lagged(b, stateCodes[std::size_t(stateCodeStart[std::size_t(b)] + v)]);
                const auto entry = std::size_t(tb.entryStart[std::size_t(b)] + o * variants + v);
                const double p = share[entry];
                const double ybar = mean[entry];
                for (int j = 0; j < n; ++j)
                    u[std::size_t(j)] = e[std::size_t(j)] >= 0
                        ? (e[std::size_t(j)] - p) * (in_.y[std::size_t(a + j)] - ybar) : 0.0;
                std::copy_n(u.begin(), std::min(tb.width, n), tb.head.begin() + std::ptrdiff_t(entry * w));
                // Lag-l autocovariance sums, shared by every bandwidth; four partial
                // sums in registers so the additions do not wait on each other.
                for (int l = 0; l <= tb.lMax; ++l) {
                    const double *x = u.data() + l;
                    const double *y = u.data();
                    const int m = n - l;
                    double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
                    int j = 0;
                    for (; j + 4 <= m; j += 4) {
                        s0 += x[j] * y[j];
                        s1 += x[j + 1] * y[j + 1];
                        s2 += x[j + 2] * y[j + 2];
                        s3 += x[j + 3] * y[j + 3];
                    }
                    for (; j < m; ++j)
                        s0 += x[j] * y[j];
                    gamma[std::size_t(l)] = (s0 + s1) + (s2 + s3);
                }
                for (int L = tb.lMin; L <= tb.lMax; ++L) {
                    const auto li = std::size_t(L - tb.lMin);
                    const double *wt = &weight[li * std::size_t(tb.lMax + 1)];
                    double om = gamma[0];
                    for (int l = 1; l <= L; ++l)
                        om += 2.0 * wt[l] * gamma[std::size_t(l)];
                    tb.omegaIn[li * std::size_t(entries) + entry] = om;
                    // tail[j] = sum_{i=1}^{L-j} w_{i+j} u_{n-i}: dotted with the next
                    // stratum's head it gives the products of pairs spanning the boundary.
                    double *tail = &tb.tail[(li * std::size_t(entries) + entry) * w];
                    for (int j = 0; j < L; ++j) {
                        double t = 0;
                        for (int i = 1; i <= L - j; ++i)
                            t += wt[i + j] * u[std::size_t(n - i)];
                        tail[j] = t;
                    }
                }
            }
        }
    }
}

double RotationEngine::omegaOf(const LagTables &tb, int L, const int *entries) const
{
    const int blocks = int(states_.size());
    const auto li = std::size_t(L - tb.lMin);
    const auto w = std::size_t(tb.width);
    const double *omegaIn = &tb.omegaIn[li * std::size_t(tb.entries)];
    const double *tails = &tb.tail[li * std::size_t(tb.entries) * w];
    double omega = omegaIn[entries[0]];
    for (int b = 1; b < blocks; ++b) {
        const auto cur = std::size_t(entries[b]);
        const double *tail = tails + std::size_t(entries[b - 1]) * w;
        const double *head = &tb.head[cur * w];
        double cross = 0;
        for (int j = 0; j < L; ++j)
            cross += tail[j] * head[j];
        omega += omegaIn[cur] + 2.0 * cross;
    }
    return omega;
}

double RotationEngine::zOfLag(const LagTables &tb, std::span<const int> offsets) const
{
    const int blocks = int(states_.size());
    int n = 0;
    double score = 0;
    for (int b = 0; b < blocks; ++b) {
        const int entry = entryOf(tb, b, offsets[b], b == 0 ? 0 : offsets[b - 1]);
        states_[std::size_t(b)] = entry;
        n += tb.cheap[std::size_t(entry)].n;
        score += tb.cheap[std::size_t(entry)].score;
    }
    if (n < kMinDaysForZ)
        return 0;
    const double omega = omegaOf(tb, hacBandwidth(n), states_.data());
    return omega > 0 ? score / std::sqrt(omega) : 0.0;
}

ZByLag RotationEngine::zByLag(std::span<const int> offsets) const
{
    if (!tabulated_) {
        const std::vector<std::int8_t> rotated = rotateCalendar(in_.base, *in_.strata, offsets);
        return zByLagDirect({in_.y, in_.observed, rotated, in_.strata});
    }
    ZByLag z{};
    for (int k = 0; k < kLags; ++k)
        z[std::size_t(k)] = zOfLag(lags_[std::size_t(k)], offsets);
    return z;
}

void RotationEngine::exceeds(std::span<const std::uint8_t> offsets, int stride, int count,
                             double threshold, std::vector<std::uint8_t> &out) const
{
    const int blocks = int(states_.size());
    out.assign(std::size_t(count), 0);
    std::vector<int> single(static_cast<std::size_t>(blocks));
    auto offsetsOf = [&](int i) {
        for (int b = 0; b < blocks; ++b)
            single[std::size_t(b)] = offsets[std::size_t(b * stride + i)];
    };
    if (!tabulated_) {
        for (int i = 0; i < count; ++i) {
            offsetsOf(i);
            out[std::size_t(i)] = maxAbs(zByLag(single)) >= threshold;
        }
        return;
    }
    batchN_.resize(std::size_t(count));
    batchScore_.resize(std::size_t(count));
    batchEntry_.resize(std::size_t(count));
    for (const LagTables &tb : lags_) {
        // Every sum for the whole batch, stratum by stratum: the slices of the tables of
        // one stratum and the one before stay in cache while all rotations read them.
        const int lCount = tb.lMax - tb.lMin + 1;
        const auto w = std::size_t(tb.width);
        const auto entries = std::size_t(tb.entries);
        std::fill(batchN_.begin(), batchN_.end(), 0);
        std::fill(batchScore_.begin(), batchScore_.end(), 0.0);
        batchOmega_.assign(std::size_t(lCount * count), 0.0);
        for (int b = 0; b < blocks; ++b) {
            const std::uint8_t *own = &offsets[std::size_t(b * stride)];
            const std::uint8_t *prev = b > 0 ? &offsets[std::size_t((b - 1) * stride)] : nullptr;
            const int start = tb.entryStart[std::size_t(b)];
            const int variants = tb.variants[std::size_t(b)];
            const int *incoming = &tb.incoming[std::size_t(tb.incomingStart[std::size_t(b)])];
            int *entryOfRotation = batchEntry_.data();
            std::vector<int> &current = batchCurrent_;
            current.resize(std::size_t(count));
            for (int i = 0; i < count; ++i) {
                const int entry = start + own[i] * variants + incoming[prev ? prev[i] : 0];
                current[std::size_t(i)] = entry;
                batchN_[std::size_t(i)] += tb.cheap[std::size_t(entry)].n;
                batchScore_[std::size_t(i)] += tb.cheap[std::size_t(entry)].score;
            }
            for (int li = 0; li < lCount; ++li) {
                const double *omegaIn = &tb.omegaIn[std::size_t(li) * entries];
                const double *tails = &tb.tail[std::size_t(li) * entries * w];
                double *omega = &batchOmega_[std::size_t(li * count)];
                addOmega(tb.lMin + li, b > 0, count, current.data(), entryOfRotation, omegaIn,
                         tails, tb.head.data(), w, omega);
            }
            std::copy(current.begin(), current.end(), batchEntry_.begin());
        }
        for (int i = 0; i < count; ++i) {
            if (out[std::size_t(i)])
                continue;  // an earlier lag already reached the threshold
            const int n = batchN_[std::size_t(i)];
            double z = 0;
            if (n >= kMinDaysForZ) {
                const double omega = batchOmega_[std::size_t((hacBandwidth(n) - tb.lMin) * count + i)];
                z = omega > 0 ? batchScore_[std::size_t(i)] / std::sqrt(omega) : 0.0;
            }
            out[std::size_t(i)] = std::abs(z) >= threshold;
        }
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
    RotationTestResult r;
    r.z = zByLagDirect(in);
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
    constexpr int kBatch = 256;
    const RotationEngine engine(in);
    std::vector<std::uint8_t> offsets(std::size_t(blocks) * kBatch);
    std::vector<std::uint8_t> hit;
    std::vector<int> counter(std::size_t(blocks), 0);  // mixed-radix enumeration state
    Xoshiro256 rng(dataSeed(in, settings.seedSalt));
    std::int64_t done = 0;
    bool stopped = false;
    while (done < total && !stopped) {
        const int count = int(std::min<std::int64_t>(kBatch, total - done));
        for (int i = 0; i < count; ++i) {
            for (int b = 0; b < blocks; ++b) {
                offsets[std::size_t(b * kBatch + i)] = std::uint8_t(
                    r.enumerated ? counter[std::size_t(b)] : int(rng.below(std::uint32_t(st.length(b)))));
            }
            if (r.enumerated) {
                for (int b = 0; b < blocks; ++b) {  // next combination
                    if (++counter[std::size_t(b)] < st.length(b))
                        break;
                    counter[std::size_t(b)] = 0;
                }
            }
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
