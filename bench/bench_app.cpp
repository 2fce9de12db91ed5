// Whole-app budgets of docs/performance.md on a ten-year diary, one process per start (a start
// cannot be repeated inside one process: the second would find everything warm).
//
//   td_bench_app make PATH   writes the ten-year diary (3,650 days ending today, ~50,000
//                            episodes, 30 factors of every kind, medications, symptoms)
//   td_bench_app run PATH    starts the window as twitchdiary does and prints key=value:
//     startup_ms        process start (exec) → the first paint of Today with today's entries
//     analysis_ms       process start → the background analysis delivered (window usable throughout)
//     rss_rest_mb       resident memory once started and idle
//     rss_insights_mb   resident memory after opening Insights (charts drawn)
//     peak_rss_mb       the high-water mark of resident memory (VmHWM)
//     commit_median_ms  committing one episode to disk (WAL, synchronous=FULL), median of 50
//     commit_max_ms     the slowest of those 50
//
// scripts/bench-app.sh runs `run` several times and reports the medians.
#include "benchdiary.h"
#include "commands/diaryeditor.h"
#include "domain/clock.h"
#include "models/analysisrunner.h"
#include "models/diarysession.h"
#include "pages/insightspage.h"
#include "pages/todaypage.h"
#include "report/insights.h"
#include "storage/database.h"
#include "storage/diarystore.h"
#include "window/mainwindow.h"
#include "window/translations.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QListWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <malloc.h>
#include <unistd.h>
#include <vector>

namespace {

// Milliseconds since this process was started by the kernel (so exec, dynamic linking and
// static initialisation are included), from /proc.
double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray s = stat.readAll();
    // Fields after the command name "(...)": starttime is field 22 overall.
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble();
    const double up = uptime.readAll().split(' ').value(0).toDouble();
    return (up - startTicks / double(sysconf(_SC_CLK_TCK))) * 1000.0;
}

double statusMb(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(int(qstrlen(key))).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

int make(const QString &path)
{
    // The analysis benchmark's ten years, ending today (Today has entries), with every
    // kind of entry the window shows.
    td::sample::GeneratorOptions o = benchDiaryOptions(10, QDate::currentDate().addDays(-3649));
    o.spreading = true;
    o.symptoms = true;
    o.medications = true;
    const td::Diary diary = td::sample::generateDiary(o);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    td::Database db;
    if (!db.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorString()));
        return 1;
    }
    td::DiaryStore store(db);
    td::ImportSummary summary;
    if (!store.import(diary, &summary)) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return 1;
    }
    std::printf("wrote %s: %lld episodes, %lld intakes, %d days\n", qPrintable(path), (long long)diary.episodes.size(),
                (long long)diary.intakes.size(), o.days);
    return 0;
}

// Stops the clock at the first paint of Today's list of the day's entries (filled in
// before the window is shown).
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(td::ui::TodayPage *today) : m_today(today) {}
    double at = -1;
    int entries = 0;
    double rss = -1;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (at < 0 && event->type() == QEvent::Paint) {
            at = msSinceProcessStart();
            rss = statusMb("VmRSS:");
            entries = m_today->dayList()->count();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    td::ui::TodayPage *m_today;
};

// Where the memory goes, without the window: loading the diary, the analysis, freeing.
int memory(const QString &path)
{
    std::printf("rss_start_mb=%.1f\n", statusMb("VmRSS:"));
    td::Diary diary;
    {
        td::Database db;
        if (!db.open(path, td::Database::Mode::ReadOnly))
            return 1;
        diary = td::DiaryStore(db).load();
    }
    std::printf("rss_loaded_mb=%.1f\n", statusMb("VmRSS:"));
    {
        td::analysis::Options options;
        options.to = td::Clock::today();
        const td::InsightsData data = td::computeInsights(diary, options);
        std::printf("rss_with_insights_mb=%.1f peak=%.1f\n", statusMb("VmRSS:"), statusMb("VmHWM:"));
        diary = {};
        std::printf("rss_diary_freed_mb=%.1f\n", statusMb("VmRSS:"));
    }
    std::printf("rss_all_freed_mb=%.1f\n", statusMb("VmRSS:"));
    malloc_trim(0);
    std::printf("rss_trimmed_mb=%.1f\n", statusMb("VmRSS:"));
    return 0;
}

int run(int argc, char **argv, const QString &path)
{
    const double atMain = msSinceProcessStart();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("twitchdiary"));
    td::ui::installTranslations(QLocale::system());
    const double atApp = msSinceProcessStart();

    auto db = std::make_unique<td::Database>();
    db->setDeferredChecks(true); // as twitchdiary does
    if (!db->open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(db->errorString()));
        return 1;
    }
    const double atOpen = msSinceProcessStart();
    td::ui::DiarySession session(std::move(db));
    td::ui::MainWindow window(session);
    const double atWindow = msSinceProcessStart();
    FirstPaint firstPaint(window.todayPage());
    window.todayPage()->dayList()->viewport()->installEventFilter(&firstPaint);
    double analysisAt = -1;
    QObject::connect(window.analysisRunner(), &td::ui::AnalysisRunner::finished, &window,
                     [&analysisAt] { analysisAt = msSinceProcessStart(); });
    window.show();
    QElapsedTimer waited;
    waited.start();
    while ((firstPaint.at < 0 || analysisAt < 0) && waited.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    settle(1000);
    const double rssRest = statusMb("VmRSS:");
    if (qEnvironmentVariableIsSet("TD_BENCH_TRIM")) {
        malloc_trim(0);
        std::printf("rss_after_trim_mb=%.1f\n", statusMb("VmRSS:"));
    }

    window.tabs()->setCurrentWidget(window.insightsPage());
    settle(300);
    window.analysisRunner()->waitForLatest();
    settle(1000);
    const double rssInsights = statusMb("VmRSS:");

    window.tabs()->setCurrentWidget(window.todayPage());
    std::vector<double> commits;
    td::ui::DiaryEditor *editor = window.editor();
    for (int i = 0; i < 50; ++i) {
        td::Episode e;
        e.at = td::Clock::now().addSecs(-60 * i);
        e.zone = td::Zone::UpperEyelid;
        e.side = td::Side::Left;
        e.intensity = 3;
        QElapsedTimer t;
        t.start();
        if (!editor->addEpisode(e)) {
            std::fprintf(stderr, "commit failed: %s\n", qPrintable(editor->errorString()));
            return 1;
        }
        commits.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    // Leave the diary as it was for the next run.
    while (editor->undoStack()->canUndo())
        editor->undoStack()->undo();
    std::vector<double> sorted = commits;
    std::sort(sorted.begin(), sorted.end());

    std::printf("today_entries=%d\nrss_first_paint_mb=%.1f\n", firstPaint.entries, firstPaint.rss);
    // Where start-up goes: main() reached, QApplication made, diary open, window built.
    std::printf("t_main_ms=%.1f\nt_app_ms=%.1f\nt_open_ms=%.1f\nt_window_ms=%.1f\n", atMain, atApp, atOpen, atWindow);
    std::printf("startup_ms=%.1f\nanalysis_ms=%.1f\nrss_rest_mb=%.1f\nrss_insights_mb=%.1f\npeak_rss_mb=%.1f\n"
                "commit_median_ms=%.2f\ncommit_max_ms=%.2f\n",
                firstPaint.at, analysisAt, rssRest, rssInsights, statusMb("VmHWM:"), sorted[sorted.size() / 2],
                sorted.back());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3 ||
        (qstrcmp(argv[1], "make") != 0 && qstrcmp(argv[1], "run") != 0 && qstrcmp(argv[1], "memory") != 0)) {
        std::fprintf(stderr, "usage: td_bench_app make|run|memory DIARY.sqlite\n");
        return 2;
    }
    // Settings and backups of the benchmark never mix with the user's.
    QStandardPaths::setTestModeEnabled(true);
    const QString path = QString::fromLocal8Bit(argv[2]);
    if (qstrcmp(argv[1], "make") == 0) {
        QCoreApplication app(argc, argv);
        return make(path);
    }
    if (qstrcmp(argv[1], "memory") == 0) {
        QCoreApplication app(argc, argv);
        return memory(path);
    }
    return run(argc, argv, path);
}
