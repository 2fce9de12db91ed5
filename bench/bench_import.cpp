// Import speed (issue 16): a ten-year diary (≈ 68,000 episodes, 90,000 entries, a 10 MB
// JSON file) read, parsed and imported into a new diary file, as `twitchdiary-cli import`
// does; then the same file imported again (everything already there: the dedupe path).
// Budget: under 1 s with a peak memory under 10 times the file's size.
//
//   td_bench_import --write FILE.json   writes the benchmark diary (bench/benchdiary.h,
//                                       10 years, 16 episodes a logged day, compact JSON)
//   td_bench_import FILE.json [RUNS]    imports it RUNS times (default 5)
//
// Prints each run's times, their medians, and the peak resident memory of the process
// (VmHWM) against the file's size. The file is written by a process of its own so the
// generator's memory is not counted; an old and a new binary run on the same file give an
// A/B comparison (scripts/bench-import.sh).
#include "benchdiary.h"
#include "domain/inputlimits.h"
#include "format/diaryjson.h"
#include "format/privatefile.h"
#include "storage/database.h"
#include "storage/diarystore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

// Peak resident memory of this process so far (kB), from /proc/self/status.
long peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

struct Run {
    double parseMs = 0;
    double importMs = 0;
    double reimportMs = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        out << "usage: td_bench_import --write FILE.json | td_bench_import FILE.json [RUNS]" << Qt::endl;
        return 2;
    }
    if (args[1] == u"--write" && args.size() > 2) {
        td::sample::GeneratorOptions o = benchDiaryOptions(10);
        o.baseRate = 16;
        o.symptoms = true;
        o.medications = true;
        QString error;
        // Compact, as a file another program wrote might be: ≈ 68,000 episodes and 90,000
        // entries in ≈ 11 MB (the app's own export, indented, is twice that).
        const QByteArray json = QJsonDocument::fromJson(td::toDiaryJson(td::sample::generateDiary(o)))
                                    .toJson(QJsonDocument::Compact);
        if (!td::writePrivateFileAtomically(args[2], json, &error)) {
            out << error << Qt::endl;
            return 1;
        }
        return 0;
    }
    QTemporaryDir dir;
    const QString file = args[1];
    const int runs = args.size() > 2 ? args[2].toInt() : 5;
    const long baselineKb = peakRssKb();
    std::vector<Run> results;
    for (int r = 0; r < runs; ++r) {
        Run run;
        QElapsedTimer timer;
        timer.start();
        QByteArray bytes;
        QString error;
        if (!td::limits::readRegularFile(file, td::limits::kMaxImportBytes, &bytes, &error)) {
            out << error << Qt::endl;
            return 1;
        }
        const td::ParseResult parsed = td::parseDiaryJson(bytes);
        if (!parsed.diary) {
            out << parsed.message() << Qt::endl;
            return 1;
        }
        run.parseMs = timer.nsecsElapsed() / 1e6;
        const long afterParseKb = peakRssKb();
        const QString dbPath = dir.filePath(QStringLiteral("run%1.sqlite").arg(r));
        {
            td::Database db;
            db.setDailyBackups(false);
            if (!db.open(dbPath)) {
                out << db.errorString() << Qt::endl;
                return 1;
            }
            td::DiaryStore store(db);
            td::ImportSummary summary;
            timer.restart();
            if (!store.import(*parsed.diary, &summary)) {
                out << store.errorString() << Qt::endl;
                return 1;
            }
            run.importMs = run.parseMs + timer.nsecsElapsed() / 1e6;
            const long afterImportKb = peakRssKb();
            if (r == 0)
                out << QStringLiteral("file %1: %2 bytes, %3 episodes, %4 intakes; %5 added\n")
                           .arg(file)
                           .arg(QFileInfo(file).size())
                           .arg(parsed.diary->episodes.size())
                           .arg(parsed.diary->intakes.size())
                           .arg(summary.added);
            timer.restart();
            if (!store.import(*parsed.diary, &summary) || summary.added != 0) {
                out << "re-import failed or added entries: " << store.errorString() << Qt::endl;
                return 1;
            }
            run.reimportMs = timer.nsecsElapsed() / 1e6;
            if (r == 0)
                out << QStringLiteral("run 1 peak RSS: %1 MiB after the parse, %2 MiB after the import, %3 MiB "
                                      "after the re-import\n")
                           .arg(afterParseKb / 1024.0, 0, 'f', 1)
                           .arg(afterImportKb / 1024.0, 0, 'f', 1)
                           .arg(peakRssKb() / 1024.0, 0, 'f', 1);
        }
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(dbPath + suffix);
        out << QStringLiteral("run %1: parse %2 ms, parse+import %3 ms, re-import %4 ms\n")
                   .arg(r + 1)
                   .arg(run.parseMs, 0, 'f', 0)
                   .arg(run.importMs, 0, 'f', 0)
                   .arg(run.reimportMs, 0, 'f', 0);
        results.push_back(run);
    }
    std::vector<double> parse, import, reimport;
    for (const Run &r : results) {
        parse.push_back(r.parseMs);
        import.push_back(r.importMs);
        reimport.push_back(r.reimportMs);
    }
    const long peakKb = peakRssKb();
    const double fileMb = QFileInfo(file).size() / 1e6;
    out << QStringLiteral("median of %1: parse %2 ms, parse+import %3 ms, re-import %4 ms\n")
               .arg(runs)
               .arg(median(parse), 0, 'f', 0)
               .arg(median(import), 0, 'f', 0)
               .arg(median(reimport), 0, 'f', 0);
    out << QStringLiteral("peak RSS (VmHWM) %1 MiB (%2 MiB before the first run); file %3 MB: %4x the file\n")
               .arg(peakKb / 1024.0, 0, 'f', 1)
               .arg(baselineKb / 1024.0, 0, 'f', 1)
               .arg(fileMb, 0, 'f', 1)
               .arg(peakKb / 1024.0 * 1.048576 / fileMb, 0, 'f', 1);
    return 0;
}
