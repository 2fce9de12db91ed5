// The doctor PDF budget (docs/performance.md: a year's report in under 2 s): building the report
// data (which runs the analysis) and laying out and writing the PDF, separately.
#include "report/reportdata.h"
#include "report/reportrenderer.h"
#include "sample/diarygenerator.h"

#include <QApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

td::Diary yearDiary()
{
    td::sample::GeneratorOptions o;
    o.days = 365;
    o.start = QDate(2025, 1, 1);
    o.seed = 11;
    o.spreading = true;
    o.symptoms = true;
    o.medications = true;
    o.planted = {{QStringLiteral("food:aspartame"), 2.0, 0}};
    return td::sample::generateDiary(o);
}

const QDate kToday(2025, 12, 31);

void BM_ReportData(benchmark::State &state)
{
    const td::Diary diary = yearDiary();
    for (auto _ : state) {
        auto data = td::report::buildReportData(diary, {}, kToday);
        benchmark::DoNotOptimize(data);
    }
}

void BM_ReportPdf(benchmark::State &state)
{
    const td::Diary diary = yearDiary();
    const td::report::ReportData data = td::report::buildReportData(diary, {}, kToday);
    QTemporaryDir dir;
    for (auto _ : state) {
        QString error;
        if (!td::ui::writeReportPdf(data, dir.filePath(QStringLiteral("r.pdf")), &error))
            state.SkipWithError(error.toUtf8().constData());
    }
}

void BM_ReportWhole(benchmark::State &state)
{
    const td::Diary diary = yearDiary();
    QTemporaryDir dir;
    for (auto _ : state) {
        QString error;
        const auto data = td::report::buildReportData(diary, {}, kToday);
        if (!td::ui::writeReportPdf(data, dir.filePath(QStringLiteral("r.pdf")), &error))
            state.SkipWithError(error.toUtf8().constData());
    }
}

BENCHMARK(BM_ReportData)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime();
BENCHMARK(BM_ReportPdf)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime();
BENCHMARK(BM_ReportWhole)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv); // Qt Charts needs one; no window is shown
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
