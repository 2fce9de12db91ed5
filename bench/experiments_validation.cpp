// The experiments' validation study (docs/experiments-validation.md): the exact test of
// core/experiments on simulated diaries as noisy as real ones, against a naive
// before/after comparison and a naive daily t-test on the same diaries.
//
// Each simulated diary covers one experiment window of P pairs of 7-day periods (washout
// 2 days): daily counts are negative-binomial (overdispersed, shape 3) around a rate of 2
// a day with AR(1) day effects on the log scale (φ 0.7, σ 0.3), a strong fading trend (the
// rate falls to a third over the window, as twitching that fades on its own), 15 % of days
// unlogged at random, and on change days the rate multiplied by the planted RR.
//
// Usage: td_experiments_validation [--diaries N] [--seed S]   (defaults 1000, 20261205)
#include "experiments/experiment.h"

#include <boost/math/distributions/students_t.hpp>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>
#include <vector>

using namespace td::experiments;

namespace {

constexpr int kPeriodDays = 7;
constexpr int kWashoutDays = 2;
constexpr double kBaseRate = 2.0;
constexpr double kPhi = 0.7;
constexpr double kSigma = 0.3;
constexpr double kShape = 3.0;      // negative-binomial shape: variance = μ + μ²/3
constexpr double kFadeTo = 1.0 / 3; // the rate at the window's end, relative to its start
constexpr double kMissing = 0.15;

struct Diary {
    TestInput in;
    std::vector<bool> change; // under the used schedule
};

Diary simulate(int pairs, double rr, std::mt19937_64 &rng)
{
    Diary d;
    d.in.pairs = pairs;
    d.in.periodDays = kPeriodDays;
    d.in.washoutDays = kWashoutDays;
    for (int k = 0; k < pairs; ++k)
        d.in.used.push_back(rng() & 1 ? Order::BA : Order::AB);
    const int days = 2 * pairs * kPeriodDays;
    std::normal_distribution<double> normal(0, 1);
    std::uniform_real_distribution<double> uniform(0, 1);
    double e = normal(rng) * kSigma / std::sqrt(1 - kPhi * kPhi); // stationary start
    for (int t = 0; t < days; ++t) {
        if (t > 0)
            e = kPhi * e + kSigma * normal(rng);
        const int k = t / (2 * kPeriodDays), offset = t % (2 * kPeriodDays);
        const bool change = d.in.used[std::size_t(k)] == Order::AB ? offset >= kPeriodDays : offset < kPeriodDays;
        double mu = kBaseRate * std::exp(e + std::log(kFadeTo) * t / (days - 1));
        if (change)
            mu *= rr;
        const double lambda = std::gamma_distribution<double>(kShape, mu / kShape)(rng);
        d.in.episodes.push_back(std::poisson_distribution<int>(lambda)(rng));
        d.in.analysable.push_back(uniform(rng) >= kMissing);
        d.change.push_back(change);
    }
    return d;
}

// Welch's t-test of two samples, two-sided p.
double welchP(const std::vector<double> &a, const std::vector<double> &b)
{
    auto meanVar = [](const std::vector<double> &x, double *m, double *v) {
        *m = 0;
        for (double y : x)
            *m += y;
        *m /= double(x.size());
        *v = 0;
        for (double y : x)
            *v += (y - *m) * (y - *m);
        *v /= double(x.size() - 1);
    };
    if (a.size() < 2 || b.size() < 2)
        return 1;
    double ma, va, mb, vb;
    meanVar(a, &ma, &va);
    meanVar(b, &mb, &vb);
    const double sa = va / double(a.size()), sb = vb / double(b.size());
    if (sa + sb <= 0)
        return 1;
    const double t = (ma - mb) / std::sqrt(sa + sb);
    const double df = (sa + sb) * (sa + sb) / (sa * sa / double(a.size() - 1) + sb * sb / double(b.size() - 1));
    const boost::math::students_t dist(df);
    return 2 * boost::math::cdf(boost::math::complement(dist, std::abs(t)));
}

// Before/after: the first half of the window usual, the second half changed (no
// randomization), compared day by day.
double beforeAfterP(const Diary &d)
{
    std::vector<double> before, after;
    const std::size_t half = d.in.episodes.size() / 2;
    for (std::size_t t = 0; t < d.in.episodes.size(); ++t)
        if (d.in.analysable[t])
            (t < half ? before : after).push_back(d.in.episodes[t]);
    return welchP(after, before);
}

// Daily t-test: change days against usual days of the randomized schedule, as if the
// days were independent.
double dailyTP(const Diary &d)
{
    std::vector<double> change, usual;
    for (std::size_t t = 0; t < d.in.episodes.size(); ++t)
        if (d.in.analysable[t])
            (d.change[t] ? change : usual).push_back(d.in.episodes[t]);
    return welchP(change, usual);
}

struct Cell {
    int n = 0, helped = 0, worse = 0, covered = 0, intervals = 0;
};

} // namespace

int main(int argc, char **argv)
{
    int diaries = 1000;
    std::uint64_t seed = 20261205;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--diaries"))
            diaries = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--seed"))
            seed = std::strtoull(argv[i + 1], nullptr, 10);
    }
    const auto start = std::chrono::steady_clock::now();
    std::printf("Experiments validation: %d diaries per row, seed %llu, 7-day periods, washout 2 days.\n\n", diaries,
                static_cast<unsigned long long>(seed));
    std::printf("| pairs | planted RR | helped | worse | helped + worse | CI covers planted RR (n) | naive "
                "before/after p <= 0.05 | naive daily t-test p <= 0.05 |\n");
    std::printf("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (const int pairs : {6, 8, 10}) {
        for (const double rr : {1.0, 0.7, 0.5}) {
            std::mt19937_64 rng(seed ^ (std::uint64_t(pairs) << 32) ^ std::uint64_t(rr * 1000));
            Cell c;
            int naiveBA = 0, naiveDaily = 0;
            for (int i = 0; i < diaries; ++i) {
                const Diary d = simulate(pairs, rr, rng);
                const TestResult t = exactTest(d.in, true);
                ++c.n;
                if (t.p <= kAlpha && t.rateRatio && *t.rateRatio < 1)
                    ++c.helped;
                else if (t.p <= kAlpha)
                    ++c.worse;
                // Coverage: an unbounded end covers; no interval at all (no episodes on
                // one arm) is left out of the count.
                if (t.rateRatio && *t.rateRatio > 0) {
                    ++c.intervals;
                    const bool lowOk = !t.ciLow || *t.ciLow <= rr;
                    const bool highOk = !t.ciHigh || *t.ciHigh >= rr;
                    c.covered += lowOk && highOk;
                }
                naiveBA += beforeAfterP(d) <= kAlpha;
                naiveDaily += dailyTP(d) <= kAlpha;
            }
            std::printf("| %d | %.1f | %.3f | %.3f | %.3f | %.3f (%d) | %.3f | %.3f |\n", pairs, rr,
                        double(c.helped) / c.n, double(c.worse) / c.n, double(c.helped + c.worse) / c.n,
                        c.intervals ? double(c.covered) / c.intervals : 0.0, c.intervals, double(naiveBA) / c.n,
                        double(naiveDaily) / c.n);
            std::fflush(stdout);
        }
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("\n%.1f s\n", seconds);
    return 0;
}
