#include "analysis/score.h"

#include "analysis/dayseries.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace td::analysis {

int hacBandwidth(int n)
{
    if (n <= 0)
        return 3;
    return std::max(3, int(std::floor(4.0 * std::pow(double(n) / 100.0, 2.0 / 9.0))));
}

namespace {

// c[l] = sum_{t >= l} u_t u_{t-l} for l = 1..L, all lags in one pass over t; each c[l]
// is accumulated over ascending t exactly as a separate loop per lag would (the same
// sums, bit for bit), but the L chains are independent instead of one after another.
template <int L>
void crossProductsOf(const double *u, std::ptrdiff_t n, double *c)
{
    std::array<double, L + 1> acc{};
    for (std::ptrdiff_t t = 1; t < std::min<std::ptrdiff_t>(L, n); ++t)
        for (std::ptrdiff_t l = 1; l <= t; ++l)
            acc[std::size_t(l)] += u[t] * u[t - l];
    for (std::ptrdiff_t t = L; t < n; ++t) {
        const double ut = u[t];
        for (int l = 1; l <= L; ++l)
            acc[std::size_t(l)] += ut * u[t - l];
    }
    for (int l = 1; l <= L; ++l)
        c[l] = acc[std::size_t(l)];
}

bool crossProducts(const double *u, std::ptrdiff_t n, int L, double *c)
{
    switch (L) {
    case 3: crossProductsOf<3>(u, n, c); return true;
    case 4: crossProductsOf<4>(u, n, c); return true;
    case 5: crossProductsOf<5>(u, n, c); return true;
    case 6: crossProductsOf<6>(u, n, c); return true;
    case 7: crossProductsOf<7>(u, n, c); return true;
    case 8: crossProductsOf<8>(u, n, c); return true;
    case 9: crossProductsOf<9>(u, n, c); return true;
    case 10: crossProductsOf<10>(u, n, c); return true;
    case 11: crossProductsOf<11>(u, n, c); return true;
    case 12: crossProductsOf<12>(u, n, c); return true;
    default: return false;
    }
}

} // namespace

double bartlettHac(std::span<const double> u, int bandwidth)
{
    const auto n = std::ptrdiff_t(u.size());
    double omega = 0;
    for (std::ptrdiff_t t = 0; t < n; ++t)
        omega += u[t] * u[t];
    std::array<double, 13> fast{};
    const bool one = crossProducts(u.data(), n, bandwidth, fast.data());
    for (int l = 1; l <= bandwidth; ++l) {
        const double w = 1.0 - double(l) / double(bandwidth + 1);
        double c = 0;
        if (one) {
            c = fast[std::size_t(l)];
        } else {
            for (std::ptrdiff_t t = l; t < n; ++t)
                c += u[t] * u[t - l];
        }
        omega += 2.0 * w * c;
    }
    return omega;
}

std::vector<std::int8_t> laggedExposure(std::span<const std::int8_t> base, int lag)
{
    std::vector<std::int8_t> e(base.size(), kMissing);
    for (std::size_t t = std::size_t(lag); t < base.size(); ++t)
        e[t] = base[t - std::size_t(lag)];
    return e;
}

namespace {

struct StratumSums {
    int n = 0;
    int n1 = 0;
    long long y = 0;
    long long y1 = 0;
};

std::vector<StratumSums> stratumSums(const LagInput &in)
{
    const Strata &st = *in.strata;
    std::vector<StratumSums> s(std::size_t(std::max(0, st.count())));
    for (int t = 0; t < st.days(); ++t)
        if (in.inD(t)) {
            StratumSums &a = s[std::size_t(st.of[t])];
            ++a.n;
            a.n1 += in.exposure[t];
            a.y += in.y[t];
            a.y1 += in.exposure[t] * in.y[t];
        }
    return s;
}

} // namespace

LagCounts countLag(const LagInput &in)
{
    LagCounts c;
    const Strata &st = *in.strata;
    for (int t = 0; t < st.days(); ++t)
        if (in.inD(t)) {
            ++c.n;
            (in.exposure[t] ? c.exposed : c.unexposed) += 1;
            c.episodeDays += in.y[t] > 0;
            c.episodes += in.y[t];
        }
    for (const StratumSums &s : stratumSums(in)) {
        c.strata += s.n > 0;
        c.informative += s.n1 > 0 && s.n1 < s.n && s.y > 0;
    }
    return c;
}

ScoreResult scoreStatistic(const LagInput &in)
{
    const Strata &st = *in.strata;
    const std::vector<StratumSums> sums = stratumSums(in);
    std::vector<double> u(std::size_t(st.days()), 0.0);
    // p_s and ybar_s once per stratum (the same divisions as per day before).
    std::vector<std::array<double, 2>> means(sums.size());
    for (std::size_t b = 0; b < sums.size(); ++b)
        if (sums[b].n > 0)
            means[b] = {double(sums[b].n1) / sums[b].n, double(sums[b].y) / sums[b].n};
    ScoreResult r;
    for (int t = 0; t < st.days(); ++t)
        if (in.inD(t)) {
            const auto &[p, ybar] = means[std::size_t(st.of[t])];
            u[t] = (in.exposure[t] - p) * (in.y[t] - ybar);
            r.score += u[t];
            ++r.n;
        }
    if (r.n < kMinDaysForZ)
        return r;
    r.omega = bartlettHac(u, hacBandwidth(r.n));
    if (r.omega > 0)
        r.z = r.score / std::sqrt(r.omega);
    return r;
}

} // namespace td::analysis
