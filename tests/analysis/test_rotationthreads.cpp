// One const RotationEngine shared by two threads, each with its own RotationWorkspace
// (core/analysis/rotationtable.h, "Threads"), gives exactly what each gets alone: the
// same decisions, the same undecided counts and bit-identical Z, on all three bound
// passes (several bandwidths, the register pass, the float pass of a large table).
#include "analysis/dayseries.h"
#include "analysis/rotationtest.h"
#include "randomcalendar.h"

#include <gtest/gtest.h>

#include <atomic>
#include <random>
#include <thread>

namespace td::analysis {
namespace {

// Everything one sequence of calls returns.
struct Results {
    std::vector<std::uint8_t> hits; // the decisions of every batch, in order
    std::vector<int> undecided;     // per batch
    std::vector<double> z;          // zByLag() of the batches' first rotations
    bool floatBounds = false;       // whether the last batches used the float table
    bool operator==(const Results &) const = default;
};

// Batches of random rotations at thresholds across the range of the statistic, with
// one workspace: 5,120 rotations, well past the switch to the float table (512), and
// long enough for the two threads to overlap.
Results runBatches(const RotationEngine &engine, const Strata &strata, std::uint64_t seed)
{
    constexpr int kCount = 128;
    constexpr int kBatches = 40;
    constexpr double kThresholds[] = {0.5, 1.0, 1.5, 2.0, 2.5};
    std::mt19937_64 rng(seed);
    RotationWorkspace ws;
    Results run;
    const int blocks = strata.count();
    std::vector<std::uint8_t> offsets(std::size_t(blocks * kCount));
    std::vector<std::uint8_t> hit;
    for (int batch = 0; batch < kBatches; ++batch) {
        for (int b = 0; b < blocks; ++b)
            for (int i = 0; i < kCount; ++i)
                offsets[std::size_t(b * kCount + i)] = std::uint8_t(rng() % std::uint64_t(strata.length(b)));
        engine.exceeds(offsets, kCount, kCount, kThresholds[batch % 5], hit, ws);
        run.hits.insert(run.hits.end(), hit.begin(), hit.end());
        run.undecided.push_back(ws.undecided());
        std::vector<int> first;
        for (int b = 0; b < blocks; ++b)
            first.push_back(offsets[std::size_t(b * kCount)]);
        const ZByLag z = engine.zByLag(first);
        run.z.insert(run.z.end(), z.begin(), z.end());
    }
    run.floatBounds = ws.floatBounds();
    return run;
}

TEST(RotationEngineThreads, SharedConstEngineGivesSingleThreadedResults)
{
    struct Case {
        int days;
        double missingRate;
        bool floatPass;
    };
    // 130 days (|D| about 100, where the bandwidth steps from 3 to 4): several
    // bandwidths, the general pass; 730: one bandwidth and a table that fits L2, the
    // register pass; 1,500 with few unlogged days: the float pass.
    for (const Case k : {Case{130, 0.15, false}, Case{730, 0.05, false}, Case{1500, 0.05, true}}) {
        const RandomCase c = randomCase(std::uint64_t(k.days), k.days, k.missingRate);
        const RotationEngine engine(c.in());
        ASSERT_TRUE(engine.tabulated());
        const Results alone1 = runBatches(engine, c.strata, 1);
        const Results alone2 = runBatches(engine, c.strata, 2);
        EXPECT_EQ(alone1.floatBounds, k.floatPass) << k.days << " days";

        // Both threads at once on the same engine: the same rotations as alone, and one
        // thread's rotations also on the other, for the longest overlap.
        for (std::uint64_t otherSeed : {2, 1}) {
            Results a, b;
            std::atomic<int> ready{0};
            auto start = [&ready] {
                ready.fetch_add(1);
                while (ready.load() < 2) {
                }
            };
            std::thread first([&] {
                start();
                a = runBatches(engine, c.strata, 1);
            });
            std::thread second([&] {
                start();
                b = runBatches(engine, c.strata, otherSeed);
            });
            first.join();
            second.join();
            EXPECT_TRUE(a == alone1) << k.days << " days";
            EXPECT_TRUE(b == (otherSeed == 1 ? alone1 : alone2)) << k.days << " days";
        }
    }
}

// A workspace moved on to another engine starts over (its maps and float table are
// the first engine's): the results are those of a fresh workspace.
TEST(RotationEngineThreads, WorkspaceReusedWithAnotherEngineStartsOver)
{
    const RandomCase c1 = randomCase(std::uint64_t(5), 1500, 0.05);
    const RandomCase c2 = randomCase(std::uint64_t(6), 1500, 0.05);
    const RotationEngine e1(c1.in());
    const RotationEngine e2(c2.in());
    constexpr int kCount = 128;
    std::mt19937_64 rng(9);
    const int blocks = c2.strata.count();
    ASSERT_EQ(blocks, c1.strata.count());
    std::vector<std::uint8_t> offsets(std::size_t(blocks * kCount));
    for (int b = 0; b < blocks; ++b)
        for (int i = 0; i < kCount; ++i)
            offsets[std::size_t(b * kCount + i)] = std::uint8_t(rng() % std::uint64_t(c2.strata.length(b)));
    RotationWorkspace reused, fresh;
    std::vector<std::uint8_t> hit, reusedHit, freshHit;
    for (int round = 0; round < 6; ++round) // past 512 rotations: e1's float table
        e1.exceeds(offsets, kCount, kCount, 1.0, hit, reused);
    ASSERT_TRUE(reused.floatBounds());
    e2.exceeds(offsets, kCount, kCount, 1.0, reusedHit, reused);
    e2.exceeds(offsets, kCount, kCount, 1.0, freshHit, fresh);
    EXPECT_FALSE(reused.floatBounds());
    EXPECT_EQ(reusedHit, freshHit);
    EXPECT_EQ(reused.undecided(), fresh.undecided());
}

} // namespace
} // namespace td::analysis
