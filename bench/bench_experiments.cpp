// Experiments' speed budgets (docs/experiments.md): the result of a 12-pair experiment
// (4,096 schedules) with its interval under 50 ms, and the design preview (400 simulated
// experiments of 6 pairs, for each of two effects) under 1 s, on one core.
#include "experiments/experiment.h"

#include <benchmark/benchmark.h>

#include <random>

using namespace td::experiments;

namespace {

TestInput noisyExperiment(int pairs)
{
    std::mt19937_64 rng(42);
    TestInput in;
    in.pairs = pairs;
    in.periodDays = 7;
    in.washoutDays = 2;
    for (int k = 0; k < pairs; ++k)
        in.used.push_back(rng() & 1 ? Order::BA : Order::AB);
    for (int t = 0; t < 2 * pairs * 7; ++t) {
        const int k = t / 14, offset = t % 14;
        const bool change = in.used[std::size_t(k)] == Order::AB ? offset >= 7 : offset < 7;
        in.episodes.push_back(std::poisson_distribution<int>(change ? 1.4 : 2.0)(rng));
        in.analysable.push_back(rng() % 10 != 0);
    }
    return in;
}

void BM_ResultWithInterval(benchmark::State &state)
{
    const TestInput in = noisyExperiment(int(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(exactTest(in, true));
}
BENCHMARK(BM_ResultWithInterval)->Arg(8)->Arg(12)->Unit(benchmark::kMillisecond);

void BM_Preview(benchmark::State &state)
{
    std::mt19937_64 rng(7);
    std::vector<int> history;
    for (int i = 0; i < 84; ++i)
        history.push_back(std::poisson_distribution<int>(2.0)(rng));
    Plan plan;
    plan.title = QStringLiteral("Less caffeine");
    plan.factor = QStringLiteral("caffeine_mg");
    plan.start = QDate(2026, 12, 7);
    plan.pairs = int(state.range(0));
    plan.schedule.assign(std::size_t(plan.pairs), Order::AB);
    for (auto _ : state)
        benchmark::DoNotOptimize(preview(history, plan, 1));
}
BENCHMARK(BM_Preview)->Arg(6)->Arg(12)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
