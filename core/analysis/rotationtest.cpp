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

    // Code of the k values block b hands on to block b+1 when rotated by o.
    auto outgoing = [&](int b, int o) {
        const int a = st.start[b];
        const int n = st.length(b);
        int code = 0;
        for (int j = k - 1; j >= 0; --j)
            code = code * 3 + encode(in_.base[std::size_t(a + (n - k + j + o) % n)]);
        return code;
    };

    // States of each block: the incoming codes that can actually occur.
    tb.entryStart.assign(std::size_t(blocks), 0);
    tb.variants.assign(std::size_t(blocks), 0);
    tb.incoming.assign(std::size_t(blocks), {});
    std::vector<std::vector<int>> stateCode(static_cast<std::size_t>(blocks));
    int entries = 0;
    for (int b = 0; b < blocks; ++b) {
        std::vector<int> index(std::size_t(codes), -1);
        auto &in = tb.incoming[std::size_t(b)];
        auto &sc = stateCode[std::size_t(b)];
        const int prevOffsets = b == 0 ? 1 : st.length(b - 1);
        for (int o = 0; o < prevOffsets; ++o) {
            const int code = b == 0 ? allMissing : outgoing(b - 1, o);
            if (index[std::size_t(code)] < 0) {
                index[std::size_t(code)] = int(sc.size());
                sc.push_back(code);
            }
            in.push_back(index[std::size_t(code)]);
        }
        tb.variants[std::size_t(b)] = int(sc.size());
        tb.entryStart[std::size_t(b)] = entries;
        entries += st.length(b) * int(sc.size());
    }
    tb.entries = entries;

    // Pass 1: the rotated, lagged exposure of every state; |D| and score per entry.
    tb.nD.assign(std::size_t(entries), 0);
    tb.score.assign(std::size_t(entries), 0.0);
    std::vector<std::vector<double>> u(static_cast<std::size_t>(entries));
    int nMin = 0;
    int nMax = 0;
    for (int b = 0; b < blocks; ++b) {
        const int a = st.start[b];
        const int n = st.length(b);
        int bMin = std::numeric_limits<int>::max();
        int bMax = 0;
        for (int o = 0; o < n; ++o)
            for (int v = 0; v < tb.variants[std::size_t(b)]; ++v) {
                const int code = stateCode[std::size_t(b)][std::size_t(v)];
                const auto entry = std::size_t(tb.entryStart[std::size_t(b)] + o * tb.variants[std::size_t(b)] + v);
                std::vector<double> &ue = u[entry];
                ue.assign(std::size_t(n), 0.0);
                std::vector<std::int8_t> e(static_cast<std::size_t>(n));
                int nd = 0, n1 = 0;
                long long ys = 0, y1 = 0;
                for (int j = 0; j < n; ++j) {
                    const int src = j - k;
                    e[std::size_t(j)] = src >= 0 ? in_.base[std::size_t(a + (src + o) % n)]
                                                 : decode(code / pow3(j) % 3);
                    if (in_.observed[std::size_t(a + j)] && e[std::size_t(j)] >= 0) {
                        ++nd;
                        n1 += e[std::size_t(j)];
                        ys += in_.y[std::size_t(a + j)];
                        y1 += e[std::size_t(j)] * in_.y[std::size_t(a + j)];
                    }
                }
                double sum = 0;
                if (nd > 0) {
                    const double p = double(n1) / nd;
                    const double ybar = double(ys) / nd;
                    for (int j = 0; j < n; ++j)
                        if (in_.observed[std::size_t(a + j)] && e[std::size_t(j)] >= 0) {
                            ue[std::size_t(j)] = (e[std::size_t(j)] - p) * (in_.y[std::size_t(a + j)] - ybar);
                            sum += ue[std::size_t(j)];
                        }
                }
                tb.nD[entry] = nd;
                tb.score[entry] = sum;
                bMin = std::min(bMin, nd);
                bMax = std::max(bMax, nd);
            }
        nMin += bMin;
        nMax += bMax;
    }
    tb.lMin = hacBandwidth(std::max(nMin, kMinDaysForZ));
    tb.lMax = hacBandwidth(std::max(nMax, kMinDaysForZ));
    tb.width = tb.lMax;
    const int lCount = tb.lMax - tb.lMin + 1;

    // Pass 2: within-stratum HAC sums, head values and weighted tails per bandwidth.
    const auto w = std::size_t(tb.width);
    tb.head.assign(std::size_t(entries) * w, 0.0);
    tb.omegaIn.assign(std::size_t(lCount * entries), 0.0);
    tb.tail.assign(std::size_t(lCount * entries) * w, 0.0);
    for (int entry = 0; entry < entries; ++entry) {
        const std::vector<double> &ue = u[std::size_t(entry)];
        const int n = int(ue.size());
        for (int j = 0; j < tb.width && j < n; ++j)
            tb.head[std::size_t(entry) * w + std::size_t(j)] = ue[std::size_t(j)];
        // Lag-l autocovariance sums, shared by every bandwidth.
        std::vector<double> gamma(std::size_t(tb.lMax + 1), 0.0);
        for (int l = 0; l <= tb.lMax; ++l)
            for (int j = l; j < n; ++j)
                gamma[std::size_t(l)] += ue[std::size_t(j)] * ue[std::size_t(j - l)];
        for (int L = tb.lMin; L <= tb.lMax; ++L) {
            const auto li = std::size_t(L - tb.lMin);
            double om = gamma[0];
            for (int l = 1; l <= L; ++l)
                om += 2.0 * (1.0 - double(l) / (L + 1)) * gamma[std::size_t(l)];
            tb.omegaIn[li * std::size_t(entries) + std::size_t(entry)] = om;
            // tail[j] = sum_{i=1}^{L-j} w_{i+j} u_{n-i}: dotted with the next stratum's
            // head it gives the cross-products of pairs (t, t-l) spanning the boundary.
            double *tail = &tb.tail[(li * std::size_t(entries) + std::size_t(entry)) * w];
            for (int j = 0; j < L; ++j)
                for (int i = 1; i <= L - j && i <= n; ++i)
                    tail[j] += (1.0 - double(i + j) / (L + 1)) * ue[std::size_t(n - i)];
        }
    }
}

double RotationEngine::zOfLag(const LagTables &tb, std::span<const int> offsets) const
{
    const int blocks = int(states_.size());
    int n = 0;
    double score = 0;
    for (int b = 0; b < blocks; ++b) {
        const int incoming = tb.incoming[std::size_t(b)][std::size_t(b == 0 ? 0 : offsets[b - 1])];
        const int entry = tb.entryStart[std::size_t(b)] + offsets[b] * tb.variants[std::size_t(b)] + incoming;
        states_[std::size_t(b)] = entry;
        n += tb.nD[std::size_t(entry)];
        score += tb.score[std::size_t(entry)];
    }
    if (n < kMinDaysForZ)
        return 0;
    const int L = hacBandwidth(n);
    const auto li = std::size_t(L - tb.lMin);
    const auto w = std::size_t(tb.width);
    const auto entries = std::size_t(tb.entries);
    const double *omegaIn = &tb.omegaIn[li * entries];
    const double *tails = &tb.tail[li * entries * w];
    double omega = omegaIn[states_[0]];
    for (int b = 1; b < blocks; ++b) {
        const auto cur = std::size_t(states_[std::size_t(b)]);
        const double *tail = tails + std::size_t(states_[std::size_t(b - 1)]) * w;
        const double *head = &tb.head[cur * w];
        double cross = 0;
        for (int j = 0; j < L; ++j)
            cross += tail[j] * head[j];
        omega += omegaIn[cur] + 2.0 * cross;
    }
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
    const RotationEngine engine(in);
    std::vector<int> offsets(std::size_t(blocks), 0);

    // Enumerate when the number of combinations is small enough.
    std::int64_t combinations = 1;
    for (int b = 0; b < blocks && combinations <= settings.enumerateLimit; ++b)
        combinations *= st.length(b);
    if (combinations <= settings.enumerateLimit) {
        r.enumerated = true;
        r.rotations = combinations;
        for (std::int64_t c = 0; c < combinations; ++c) {
            if (maxAbs(engine.zByLag(offsets)) >= threshold)
                ++r.exceedances;
            for (int b = 0; b < blocks; ++b) {  // mixed-radix increment
                if (++offsets[std::size_t(b)] < st.length(b))
                    break;
                offsets[std::size_t(b)] = 0;
            }
        }
        r.p = double(r.exceedances) / double(combinations);
        return r;
    }

    Xoshiro256 rng(dataSeed(in, settings.seedSalt));
    r.rotations = settings.draws;
    for (int d = 0; d < settings.draws; ++d) {
        for (int b = 0; b < blocks; ++b)
            offsets[std::size_t(b)] = int(rng.below(std::uint32_t(st.length(b))));
        if (maxAbs(engine.zByLag(offsets)) >= threshold)
            ++r.exceedances;
    }
    r.p = double(1 + r.exceedances) / double(settings.draws + 1);
    return r;
}

} // namespace td::analysis
