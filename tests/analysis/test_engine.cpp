// The statistical core on hand-built series: closed forms, a hand-computed HAC, and the
// fast rotation tables against the direct definition.
#include "analysis/associations.h"
#include "analysis/distributions.h"
#include "analysis/random.h"
#include "analysis/ratefit.h"
#include "analysis/rotationtest.h"
#include "randomcalendar.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>

namespace td::analysis {
namespace {

TEST(Strata, BlocksOf28WithShortTailJoined)
{
    EXPECT_EQ(makeStrata(10).start, (std::vector<int>{0, 10}));
    EXPECT_EQ(makeStrata(56).start, (std::vector<int>{0, 28, 56}));
    EXPECT_EQ(makeStrata(60).start, (std::vector<int>{0, 28, 60}));     // 4-day tail joins
    EXPECT_EQ(makeStrata(70).start, (std::vector<int>{0, 28, 56, 70})); // 14 days stand alone
    EXPECT_EQ(makeStrata(0).count(), 0);
}

TEST(Hac, BandwidthRule)
{
    EXPECT_EQ(hacBandwidth(14), 3);
    EXPECT_EQ(hacBandwidth(99), 3);
    EXPECT_EQ(hacBandwidth(100), 4);
    EXPECT_EQ(hacBandwidth(272), 4);
    EXPECT_EQ(hacBandwidth(273), 5); // 100·1.25^4.5 = 272.96
    EXPECT_EQ(hacBandwidth(3650), 8);
}

TEST(Hac, HandComputedExample)
{
    // u = (1, -2, 0, 3, 1), L = 3, w = 3/4, 1/2, 1/4.
    // gamma0 = 1+4+0+9+1 = 15; gamma1 = -2+0+0+3 = 1; gamma2 = 0-6+0 = -6; gamma3 = 3-2 = 1.
    // omega = 15 + 2(3/4·1 + 1/2·(-6) + 1/4·1) = 15 + 2(-2) = 11.
    const std::vector<double> u{1, -2, 0, 3, 1};
    EXPECT_DOUBLE_EQ(bartlettHac(u, 3), 11.0);
    // A day off D is a zero: its products vanish, the calendar distance still counts.
    const std::vector<double> gap{1, 0, 2};
    EXPECT_DOUBLE_EQ(bartlettHac(gap, 3), 1 + 4 + 2 * 0.5 * 2);
}

// A one-stratum series with the given exposure and episodes, every day observed.
struct Series {
    std::vector<int> y;
    std::vector<std::uint8_t> obs;
    std::vector<std::int8_t> e;
    Strata strata;
    LagInput in() const { return {y, obs, e, &strata}; }
};

Series oneStratum()
{
    Series s;
    // 20 days: exposed days 0..7 (8 days, 20 episodes), unexposed 8..19 (12 days, 9).
    for (int t = 0; t < 20; ++t) {
        const bool exposed = t < 8;
        s.e.push_back(exposed ? kExposed : kUnexposed);
        s.y.push_back(exposed ? (t % 3 + 2) : (t % 4 == 0 ? 3 : 0));
        s.obs.push_back(1);
    }
    s.strata = makeStrata(20);
    return s;
}

TEST(RateFit, UnpenalisedOneStratumIsRatioOfRates)
{
    const Series s = oneStratum();
    double y1 = 0, y0 = 0;
    for (int t = 0; t < 20; ++t)
        (s.e[std::size_t(t)] ? y1 : y0) += s.y[std::size_t(t)];
    const RateFit f = fitRateRatio(s.in(), /*penalised=*/false);
    ASSERT_TRUE(f.converged);
    EXPECT_NEAR(f.rateRatio, (y1 / 8) / (y0 / 12), 1e-12);
    EXPECT_EQ(f.n, 20);
    EXPECT_EQ(f.strata, 1);
    EXPECT_LT(f.ciLow, f.rateRatio);
    EXPECT_GT(f.ciHigh, f.rateRatio);
}

TEST(RateFit, PenaltyShrinksTowardOneAndStaysFinite)
{
    Series s = oneStratum();
    const RateFit free = fitRateRatio(s.in(), false);
    const RateFit pen = fitRateRatio(s.in(), true);
    EXPECT_LT(std::abs(std::log(pen.rateRatio)), std::abs(std::log(free.rateRatio)));
    // All episodes on exposed days: the plain MLE is infinite, the penalised one is not.
    for (int t = 8; t < 20; ++t)
        s.y[std::size_t(t)] = 0;
    s.y[8] = 0;
    const RateFit sep = fitRateRatio(s.in(), true);
    EXPECT_TRUE(sep.converged);
    EXPECT_TRUE(std::isfinite(sep.rateRatio));
    EXPECT_GT(sep.rateRatio, 1);
    EXPECT_TRUE(std::isfinite(sep.ciHigh));
}

TEST(RateFit, NoInformativeStratumIsHarmless)
{
    Series s = oneStratum();
    for (auto &v : s.e)
        v = kUnexposed;
    const RateFit f = fitRateRatio(s.in(), true);
    EXPECT_NEAR(f.rateRatio, 1.0, 1e-9); // only the penalty: its maximum is beta = 0
    const RateFit g = fitRateRatio(s.in(), false);
    EXPECT_FALSE(g.converged);
    EXPECT_TRUE(std::isnan(g.ciLow));
}

TEST(Score, FewerThan14DaysGiveZero)
{
    Series s = oneStratum();
    for (int t = 0; t < 7; ++t)
        s.obs[std::size_t(t)] = 0; // 13 days left
    EXPECT_EQ(scoreStatistic(s.in()).z, 0.0);
}

TEST(RotationEngine, TablesEqualDirectComputationOnRandomRotations)
{
    std::mt19937_64 rng(20250106);
    for (int days : {20, 45, 60, 97, 150, 400}) {
        for (int rep = 0; rep < 6; ++rep) {
            const RandomCase c = randomCase(rng, days);
            const RotationInput in{c.y, c.obs, c.base, &c.strata};
            const RotationEngine engine(in);
            ASSERT_TRUE(engine.tabulated());
            for (int draw = 0; draw < 25; ++draw) {
                std::vector<int> offsets;
                for (int b = 0; b < c.strata.count(); ++b)
                    offsets.push_back(int(rng() % std::uint64_t(c.strata.length(b))));
                if (draw == 0)
                    std::fill(offsets.begin(), offsets.end(), 0);
                const std::vector<std::int8_t> rotated = rotateCalendar(c.base, c.strata, offsets);
                const ZByLag direct = zByLagDirect({c.y, c.obs, rotated, &c.strata});
                const ZByLag fast = engine.zByLag(offsets);
                for (int k = 0; k < kLags; ++k)
                    EXPECT_NEAR(fast[std::size_t(k)], direct[std::size_t(k)], 1e-11) << "days " << days << " lag " << k;
            }
        }
    }
}

// `count` random rotations of `c` as exceeds() takes them (offsets stratum-major), the
// maximum |Z| over lags of each by direct computation, and those maxima sorted.
struct Rotations {
    std::vector<std::uint8_t> offsets;
    std::vector<double> stat;
    std::vector<double> sorted;
};
Rotations randomRotations(std::mt19937_64 &rng, const RandomCase &c, int count)
{
    const int blocks = c.strata.count();
    Rotations r{std::vector<std::uint8_t>(std::size_t(blocks * count)), std::vector<double>(std::size_t(count)), {}};
    for (int i = 0; i < count; ++i) {
        std::vector<int> o;
        for (int b = 0; b < blocks; ++b) {
            o.push_back(int(rng() % std::uint64_t(c.strata.length(b))));
            r.offsets[std::size_t(b * count + i)] = std::uint8_t(o.back());
        }
        r.stat[std::size_t(i)] = maxAbs(zByLagDirect({c.y, c.obs, rotateCalendar(c.base, c.strata, o), &c.strata}));
    }
    r.sorted = r.stat;
    std::sort(r.sorted.begin(), r.sorted.end());
    return r;
}

TEST(RotationEngine, BatchDecisionsEqualDirectComputation)
{
    std::mt19937_64 rng(99);
    for (int days : {30, 75, 200}) {
        const RandomCase c = randomCase(rng, days);
        const RotationInput in{c.y, c.obs, c.base, &c.strata};
        const RotationEngine engine(in);
        RotationWorkspace ws;
        constexpr int kCount = 40;
        const auto [offsets, stat, sorted] = randomRotations(rng, c, kCount);
        for (double threshold : {0.0, sorted[10], sorted[20], sorted[39] * 1.0000001}) {
            std::vector<std::uint8_t> hit;
            engine.exceeds(offsets, kCount, kCount, threshold, hit, ws);
            for (int i = 0; i < kCount; ++i) {
                if (std::abs(stat[std::size_t(i)] - threshold) > 1e-9) { // off exact ties
                    EXPECT_EQ(bool(hit[std::size_t(i)]), stat[std::size_t(i)] >= threshold);
                }
            }
        }
    }
}

// Years of days: every lag has one bandwidth, so exceeds() takes its fast path, where
// bounds on the HAC variance decide most rotations. Its decisions must be those of the
// definition, at thresholds across the whole range of the statistic.
TEST(RotationEngine, BoundDecisionsOnLongSeriesEqualDirectComputation)
{
    std::mt19937_64 rng(2024);
    for (int days : {730, 1500}) {
        const RandomCase c = randomCase(rng, days);
        const RotationInput in{c.y, c.obs, c.base, &c.strata};
        const RotationEngine engine(in);
        RotationWorkspace ws;
        ASSERT_TRUE(engine.tabulated());
        constexpr int kCount = 60;
        const auto [offsets, stat, sorted] = randomRotations(rng, c, kCount);
        for (double threshold : {sorted[0] * 0.5, sorted[15], sorted[30], sorted[45], sorted[59], sorted[59] * 1.5}) {
            std::vector<std::uint8_t> hit;
            engine.exceeds(offsets, kCount, kCount, threshold, hit, ws);
            EXPECT_LE(ws.undecided(), kCount);
            for (int i = 0; i < kCount; ++i) {
                if (std::abs(stat[std::size_t(i)] - threshold) > 1e-9) {
                    EXPECT_EQ(bool(hit[std::size_t(i)]), stat[std::size_t(i)] >= threshold)
                        << "days " << days << " rotation " << i << " threshold " << threshold;
                }
            }
        }
        // Far from the statistic the bounds alone decide.
        std::vector<std::uint8_t> hit;
        engine.exceeds(offsets, kCount, kCount, sorted[59] * 3, hit, ws);
        EXPECT_EQ(ws.undecided(), 0);
        engine.exceeds(offsets, kCount, kCount, sorted[0] * 0.2, hit, ws);
        EXPECT_EQ(ws.undecided(), 0);
    }
}

// A test that runs long switches a large table's bound pass to float entries (after 512
// rotations): rounding is bounded, so the decisions are still those of the definition,
// also at thresholds a hair away from a rotation's statistic.
TEST(RotationEngine, FloatBoundPassDecidesLikeTheDefinition)
{
    std::mt19937_64 rng(77);
    // 432 KB of double entries (past L2), and few unlogged days, so that every lag has
    // one bandwidth.
    const RandomCase c = randomCase(rng, 1500, 0.05);
    const RotationEngine engine({c.y, c.obs, c.base, &c.strata});
    RotationWorkspace ws;
    ASSERT_TRUE(engine.tabulated());
    constexpr int kCount = 100;
    const auto [offsets, stat, sorted] = randomRotations(rng, c, kCount);
    std::vector<std::uint8_t> before, after;
    engine.exceeds(offsets, kCount, kCount, sorted[50], before, ws); // double entries
    EXPECT_FALSE(ws.floatBounds());
    for (int round = 0; round < 6; ++round) // 600 rotations: past 512
        engine.exceeds(offsets, kCount, kCount, sorted[0] * 0.5, after, ws);
    ASSERT_TRUE(ws.floatBounds());
    engine.exceeds(offsets, kCount, kCount, sorted[50], after, ws); // float entries
    EXPECT_EQ(after, before);
    for (double threshold :
         {sorted[10], sorted[50] * (1 + 1e-7), sorted[50] * (1 - 1e-7), sorted[90], sorted[99] * 2}) {
        std::vector<std::uint8_t> hit;
        engine.exceeds(offsets, kCount, kCount, threshold, hit, ws);
        for (int i = 0; i < kCount; ++i) {
            if (std::abs(stat[std::size_t(i)] - threshold) > 1e-9 * threshold) {
                EXPECT_EQ(bool(hit[std::size_t(i)]), stat[std::size_t(i)] >= threshold)
                    << "rotation " << i << " threshold " << threshold;
            }
        }
    }
    // Far from every statistic the float bounds still decide on their own.
    std::vector<std::uint8_t> hit;
    engine.exceeds(offsets, kCount, kCount, sorted[99] * 3, hit, ws);
    EXPECT_EQ(ws.undecided(), 0);
}

// The seed hash has a shortcut for values below 256; it must be FNV-1a over the eight
// little-endian bytes all the same, or every Monte Carlo p-value would change.
TEST(RotationTest, SeedHashIsPlainFnv1a)
{
    std::mt19937_64 rng(3);
    for (int rep = 0; rep < 200; ++rep) {
        Fnv1a fast;
        std::uint64_t slow = 0xcbf29ce484222325ull;
        for (int i = 0; i < 20; ++i) {
            const std::uint64_t v = i % 3 == 0 ? rng() : i % 3 == 1 ? rng() % 300 : std::uint64_t(std::int64_t(-1));
            fast.add(v);
            for (int byte = 0; byte < 8; ++byte) {
                slow ^= (v >> (8 * byte)) & 0xffu;
                slow *= 0x100000001b3ull;
            }
        }
        EXPECT_EQ(fast.value(), slow);
    }
}

TEST(RotationTest, SequentialStoppingGivesBesagCliffordP)
{
    std::mt19937_64 rng(5);
    const RandomCase c = randomCase(rng, 300);
    const RotationInput in{c.y, c.obs, c.base, &c.strata};
    const RotationTestResult full = rotationTest(in, {10000, 999, 0, 0});
    const RotationTestResult seq = rotationTest(in, {10000, 999, 0, 10});
    if (full.exceedances >= 10) {
        EXPECT_EQ(seq.exceedances, 10);
        EXPECT_LE(seq.rotations, 999);
        EXPECT_DOUBLE_EQ(seq.p, 10.0 / double(seq.rotations));
    } else {
        EXPECT_EQ(seq.p, full.p); // same draws, never stopped
    }
}

TEST(RotationTest, SeededMonteCarloIsReproducibleAndValid)
{
    std::mt19937_64 rng(7);
    const RandomCase c = randomCase(rng, 200);
    const RotationInput in{c.y, c.obs, c.base, &c.strata};
    const RotationSettings settings{10000, 999, 0};
    const RotationTestResult a = rotationTest(in, settings);
    const RotationTestResult b = rotationTest(in, settings);
    EXPECT_FALSE(a.enumerated);
    EXPECT_EQ(a.rotations, 999);
    EXPECT_EQ(a.p, b.p);
    EXPECT_EQ(a.p, double(1 + a.exceedances) / 1000.0);
    EXPECT_GT(a.p, 0);
    EXPECT_LE(a.p, 1);
    const RotationTestResult salted = rotationTest(in, {10000, 999, 99});
    EXPECT_NE(dataSeed(in, 0), dataSeed(in, 99));
    EXPECT_NEAR(salted.p, a.p, 0.1);
}

TEST(RotationTest, EnumerationIncludesIdentity)
{
    std::mt19937_64 rng(11);
    const RandomCase c = randomCase(rng, 30); // one stratum: 30 rotations
    const RotationTestResult r = rotationTest({c.y, c.obs, c.base, &c.strata}, {});
    EXPECT_TRUE(r.enumerated);
    EXPECT_EQ(r.rotations, 30);
    EXPECT_GE(r.exceedances, 1);
    EXPECT_EQ(r.p, double(r.exceedances) / 30.0);
}

TEST(Multiplicity, BenjaminiHochberg)
{
    const std::vector<double> q = benjaminiHochberg({0.01, 0.04, 0.03, 0.5});
    EXPECT_DOUBLE_EQ(q[0], 0.04);         // 4·0.01/1
    EXPECT_DOUBLE_EQ(q[2], 4 * 0.04 / 3); // min over k>=2 of 4·0.03/2=0.06, 4·0.04/3
    EXPECT_DOUBLE_EQ(q[1], 4 * 0.04 / 3);
    EXPECT_DOUBLE_EQ(q[3], 0.5);
    EXPECT_TRUE(benjaminiHochberg({}).empty());
}

TEST(Distributions, KnownValuesAndDegenerateInput)
{
    EXPECT_NEAR(studentTQuantile(0.975, 10), 2.228138851986274, 1e-12);
    EXPECT_TRUE(std::isnan(studentTQuantile(0.975, 0)));
    EXPECT_TRUE(std::isnan(studentTQuantile(1.5, 10)));
    // Clopper–Pearson for 3 of 10 (R: binom.test(3, 10)$conf.int).
    const Interval ci = clopperPearson(3, 10);
    EXPECT_NEAR(ci.low, 0.06673951, 1e-7);
    EXPECT_NEAR(ci.high, 0.65245285, 1e-7);
    EXPECT_EQ(clopperPearson(0, 10).low, 0);
    EXPECT_EQ(clopperPearson(10, 10).high, 1);
    EXPECT_TRUE(std::isnan(clopperPearson(0, 0).low));
    // P(X >= 15 | n = 20, 1/2) = 0.02069473.
    EXPECT_NEAR(conditionalPoissonUpperP(15, 5), 0.020694732666015625, 1e-15);
    EXPECT_EQ(conditionalPoissonUpperP(0, 0), 1.0);
}

} // namespace
} // namespace td::analysis
