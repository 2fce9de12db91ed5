// Timings of the analysis on synthetic diaries of 1, 3 and 10 years (docs/performance.md budget:
// full analysis of 3,650 days, ~50,000 episodes, 30 factors x 3 lags in under 100 ms on
// one core). The diaries come from the app's generator (core/sample).
// Run: td_bench_analysis --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
#include "analysis/analysis.h"
#include "benchdiary.h"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <map>

namespace {

// `years` of daily logging, ~14 episodes a logged day, 30 factors (6 built-in, 17 food
// tags, magnesium, 6 custom), ~8 % unlogged days, aspartame planted at RR 1.6, lag 0.
const td::Diary &diaryOf(int years)
{
    static std::map<int, td::Diary> diaries;
    auto it = diaries.find(years);
    if (it == diaries.end()) {
        it = diaries.emplace(years, td::sample::generateDiary(benchDiaryOptions(years))).first;
    }
    return it->second;
}

const td::Diary &tenYears() { return diaryOf(10); }

using namespace td::analysis;

// Arguments: years, Besag–Clifford h (0 = fixed B = 9,999).
void BM_Analyze(benchmark::State &state)
{
    Options options;
    options.stopAfterExceedances = int(state.range(1));
    const td::Diary &diary = diaryOf(int(state.range(0)));
    std::int64_t draws = 0;
    int tested = 0;
    for (auto _ : state) {
        const AnalysisResult r = analyze(diary, options);
        draws = 0;
        tested = 0;
        for (const Association &a : r.associations) {
            draws += a.rotations;
            tested += a.tested;
            if (std::getenv("TD_BENCH_VERBOSE"))
                std::fprintf(stderr, "%s tested=%d p=%.17g rotations=%lld\n", a.factor.toUtf8().constData(),
                             int(a.tested), a.p, (long long)a.rotations);
        }
        benchmark::DoNotOptimize(r);
    }
    // Monte Carlo draws (or enumerated rotations) over all tested factors.
    state.counters["draws"] = double(draws);
    state.counters["tested"] = tested;
    state.SetLabel(std::to_string(state.range(0)) + " y, " +
                   (state.range(1) ? "sequential stopping h=" + std::to_string(state.range(1))
                                   : std::string("fixed B = 9,999")));
}
BENCHMARK(BM_Analyze)
    ->Args({1, 100})
    ->Args({3, 100})
    ->Args({10, 100})
    ->Args({1, 0})
    ->Args({3, 0})
    ->Args({10, 0})
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);

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
    int entries = 0;
    for (auto _ : state) {
        const RotationEngine engine({days.episodes, days.observed, f.exposure, &strata});
        entries = engine.tableEntries();
        benchmark::DoNotOptimize(engine);
    }
    state.counters["states"] = entries;
    state.counters["days"] = days.days;
}
BENCHMARK(BM_RotationTablesOneFactor)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
