#include "analysis/ratefit.h"

#include "analysis/distributions.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace td::analysis {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kMaxStep = 2.0;
constexpr double kTolerance = 1e-10;
constexpr int kMaxIterations = 200;

struct Stratum {
    double n0 = 0;
    double n1 = 0;
    double y = 0;
    double y1 = 0;
};

// pi_s(beta) = n1 e^b / (n1 e^b + n0), written to stay finite for large |beta|.
double share(const Stratum &s, double beta) { return s.n1 / (s.n1 + s.n0 * std::exp(-beta)); }

} // namespace

RateFit fitRateRatio(const LagInput &in, bool penalised)
{
    const Strata &st = *in.strata;
    std::vector<Stratum> strata(std::size_t(std::max(0, st.count())));
    std::vector<int> nInStratum(strata.size(), 0);
    RateFit f;
    for (int t = 0; t < st.days(); ++t)
        if (in.inD(t)) {
            Stratum &s = strata[std::size_t(st.of[t])];
            (in.exposure[t] ? s.n1 : s.n0) += 1;
            s.y += in.y[t];
            s.y1 += in.exposure[t] * in.y[t];
            ++nInStratum[std::size_t(st.of[t])];
            ++f.n;
        }
    f.strata = int(std::count_if(nInStratum.begin(), nInStratum.end(), [](int k) { return k > 0; }));

    auto informative = [](const Stratum &s) { return s.n1 > 0 && s.n0 > 0 && s.y > 0; };
    // Score and observed information of the (penalised) conditional log-likelihood.
    auto derivatives = [&](double beta, double &score, double &info) {
        score = 0;
        info = 0;
        if (penalised) {
            const double q = 1.0 / (1.0 + std::exp(-beta)); // e^b / (1 + e^b)
            score += 0.5 - q;
            info += q * (1 - q);
        }
        for (const Stratum &s : strata)
            if (informative(s)) {
                const double p = share(s, beta);
                score += s.y1 - s.y * p;
                info += s.y * p * (1 - p);
            }
    };

    double beta = 0;
    double score = 0;
    double info = 0;
    for (f.iterations = 1; f.iterations <= kMaxIterations; ++f.iterations) {
        derivatives(beta, score, info);
        if (!(info > 0))
            break;
        const double step = std::clamp(score / info, -kMaxStep, kMaxStep);
        beta += step;
        if (std::abs(step) < kTolerance) {
            f.converged = true;
            break;
        }
    }
    derivatives(beta, score, info);
    f.beta = beta;
    f.rateRatio = std::exp(beta);
    f.information = info;

    // Day-level score contributions u_t = (e_t - pi_s)(y_t - mu_t).
    std::vector<double> u(std::size_t(st.days()), 0.0);
    const double eb = std::exp(beta);
    // pi_s and the exposed/unexposed means of each informative stratum, once per stratum
    // (the same expressions as per day before: the same values).
    struct Fitted {
        double p, muExposed, muUnexposed;
    };
    std::vector<Fitted> fitted(strata.size());
    for (std::size_t b = 0; b < strata.size(); ++b) {
        const Stratum &s = strata[b];
        if (!informative(s))
            continue;
        const double lambda = s.y / (s.n0 + s.n1 * eb);
        fitted[b] = {share(s, beta), lambda * eb, lambda};
    }
    for (int t = 0; t < st.days(); ++t)
        if (in.inD(t)) {
            const auto b = std::size_t(st.of[t]);
            if (!informative(strata[b]))
                continue; // u_t is exactly 0 there
            const Fitted &fs = fitted[b];
            const double mu = in.exposure[t] ? fs.muExposed : fs.muUnexposed;
            u[std::size_t(t)] = (in.exposure[t] - fs.p) * (in.y[t] - mu);
        }
    f.omega = bartlettHac(u, hacBandwidth(f.n));

    const int df = f.n - f.strata - 1;
    if (df <= 0 || !(info > 0) || !f.converged) {
        f.variance = kNaN;
        f.ciLow = f.ciHigh = kNaN;
        return f;
    }
    f.variance = std::max(f.omega / (info * info) * double(f.n) / double(df), 1.0 / info);
    const double half = studentTQuantile(0.975, df) * std::sqrt(f.variance);
    f.ciLow = std::exp(beta - half);
    f.ciHigh = std::exp(beta + half);
    return f;
}

} // namespace td::analysis
