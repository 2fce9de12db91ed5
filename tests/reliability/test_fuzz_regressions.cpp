// Inputs the import fuzzer found (tests/fuzz/regressions): each is rejected by the parser
// with a message, or imports cleanly; the database never refuses what the parser accepted.
#include "database.h"
#include "diaryjson.h"
#include "diarystore.h"
#include "printers.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace td;

TEST(FuzzRegressions, EveryReproducerIsHandled)
{
    const QDir dir(QStringLiteral(TD_FUZZ_DIR "/regressions"));
    const QStringList files = dir.entryList(QDir::Files);
    ASSERT_FALSE(files.isEmpty());
    for (const QString &name : files) {
        QFile f(dir.filePath(name));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const ParseResult parsed = parseDiaryJson(f.readAll());
        if (!parsed.diary) {
            EXPECT_FALSE(parsed.message().isEmpty()) << name.toStdString();
            continue;
        }
        Database db;
        ASSERT_TRUE(db.openInMemory());
        DiaryStore store(db);
        EXPECT_TRUE(store.import(*parsed.diary) || store.errorIsBadInput())
            << name.toStdString() << ": " << store.errorString().toStdString();
    }
}

TEST(FuzzRegressions, OffsetBeyond18HoursIsRejectedWithItsPath)
{
    const ParseResult r = parseDiaryJson(
        R"({"format": "twitchdiary", "version": 1, "episodes": [{"at": "2026-11-02T12:30:00+21:00",
            "zone": "cheek", "side": "left", "intensity": 4}]})");
    ASSERT_FALSE(r.diary.has_value());
    EXPECT_NE(r.message().indexOf(QStringLiteral("±18:00")), -1) << r.message().toStdString();
    EXPECT_NE(r.message().indexOf(QStringLiteral("episodes[0].at")), -1) << r.message().toStdString();
}
