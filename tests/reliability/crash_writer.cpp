// Crash-test helper: writes to a diary in a loop until it is killed. After every write that
// reported success it prints one line, flushed, so the killer knows what must survive:
//   E <note>          one episode, added with DiaryStore::addEpisode
//   B <tag> <count>   an import of <count> episodes (each noted <tag>) is starting
//   I <tag> <count>   that import reported success
// Usage: crash_writer DIARY SEED
#include "sample/diarygenerator.h"
#include "storage/database.h"
#include "storage/diarystore.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: crash_writer DIARY SEED\n");
        return 2;
    }
    const quint64 seed = args[2].toULongLong();
    QRandomGenerator rng(static_cast<quint32>(seed));
    td::Database db;
    db.setDailyBackups(false);
    db.setLockTimeout(5000);
    if (!db.open(args[1])) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorString()));
        return 1;
    }
    td::DiaryStore store(db);
    for (int i = 0; i < 100000; ++i) {
        if (rng.bounded(4) != 0) {
            const QString note = QStringLiteral("w-%1-%2").arg(seed).arg(i);
            td::Episode e{0,
                          QDateTime(QDate(2026, 1, 1).addDays(rng.bounded(365)), QTime(12, 0), Qt::OffsetFromUTC, 3600),
                          td::Zone::Cheek,
                          td::Side::Left,
                          5,
                          3,
                          {},
                          note};
            if (!store.addEpisode(e)) {
                std::fprintf(stderr, "write failed: %s\n", qPrintable(store.errorString()));
                return 1;
            }
            std::printf("E %s\n", qPrintable(note));
        } else {
            td::sample::GeneratorOptions o;
            o.days = 5 + int(rng.bounded(40));
            o.seed = seed * 1000 + quint64(i);
            td::Diary d = td::sample::generateDiary(o);
            const QString tag = QStringLiteral("imp-%1-%2").arg(seed).arg(i);
            for (td::Episode &e : d.episodes)
                e.note = tag;
            std::printf("B %s %lld\n", qPrintable(tag), static_cast<long long>(d.episodes.size()));
            std::fflush(stdout);
            // Generated diaries disagree on day values: take the file's (issue 17), so
            // every import writes and can be killed half-way.
            if (!store.import(d, nullptr, true)) {
                std::fprintf(stderr, "import failed: %s\n", qPrintable(store.errorString()));
                return 1;
            }
            std::printf("I %s %lld\n", qPrintable(tag), static_cast<long long>(d.episodes.size()));
        }
        std::fflush(stdout);
    }
    return 0;
}
