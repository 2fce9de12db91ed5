// Timings of the analysis on a synthetic ten-year diary (DESIGN.md budget: full analysis
// of 3,650 days, 50,000 episodes, 30 factors x 3 lags in under 100 ms on one core).
// Run: td_bench_analysis --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
#include "diarygenerator.h"

#include "analysis/analysis.h"

#include <benchmark/benchmark.h>

namespace {

const td::Diary &tenYears()
{
    static const td::Diary diary = td::bench::generateDiary(10);
    return diary;
}

using namespace td::analysis;

void BM_Analyze(benchmark::State &state)
{
    Options options;
    options.stopAfterExceedances = int(state.range(0));
    for (auto _ : state)
        benchmark::DoNotOptimize(analyze(tenYears(), options));
    state.SetLabel(state.range(0) ? "sequential stopping h=" + std::to_string(state.range(0))
                                  : std::string("fixed B = 9,999"));
}
BENCHMARK(BM_Analyze)->Arg(100)->Arg(0)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_DaySeries(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(buildDaySeries(tenYears(), {}));
}
BENCHMARK(BM_DaySeries)->Unit(benchmark::kMillisecond);

void BM_Summary(benchmark::State &state)
{
    const DaySeries days = buildDaySeries(tenYears(), {});
    for (auto _ : state)
        benchmark::DoNotOptimize(summarize(tenYears(), days, {}));
}
BENCHMARK(BM_Summary)->Unit(benchmark::kMillisecond);

void BM_RedFlags(benchmark::State &state)
{
    const DaySeries days = buildDaySeries(tenYears(), {});
    for (auto _ : state)
        benchmark::DoNotOptimize(findRedFlags(tenYears(), days, {}));
}
BENCHMARK(BM_RedFlags)->Unit(benchmark::kMillisecond);

// One factor's rotation test: table build plus all 9,999 draws.
void BM_RotationTestOneFactor(benchmark::State &state)
{
    const DaySeries days = buildDaySeries(tenYears(), {});
    const Strata strata = makeStrata(days.days);
    const FactorSeries &f = days.factors.front();
    const RotationInput in{days.episodes, days.observed, f.exposure, &strata};
    for (auto _ : state)
        benchmark::DoNotOptimize(rotationTest(in, {10000, 9999, 0, 0}));
}
BENCHMARK(BM_RotationTestOneFactor)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_RotationTablesOneFactor(benchmark::State &state)
{
    const DaySeries days = buildDaySeries(tenYears(), {});
    const Strata strata = makeStrata(days.days);
    const FactorSeries &f = days.factors.front();
    for (auto _ : state)
        benchmark::DoNotOptimize(RotationEngine({days.episodes, days.observed, f.exposure, &strata}));
}
BENCHMARK(BM_RotationTablesOneFactor)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
