// Inputs the import fuzzer found (tests/fuzz/regressions): each is rejected by the parser
// with a message, or imports cleanly; the database never refuses what the parser accepted.
#include "format/diaryjson.h"
#include "printers.h"
#include "storage/database.h"
#include "storage/diarystore.h"

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

// The fuzzer's invariants on every seed of the corpus (tests/fuzz/corpus) and every
// reproducer, in the normal suite: a rejection says where; an accepted file imports
// twice adding nothing the second time, and exports to a file that parses to the same
// diary (issue 17: lone surrogates, a leading U+FEFF, duplicate keys, dates outside
// 1970..tomorrow are among the seeds).
TEST(FuzzRegressions, TheCorpusKeepsTheFuzzerInvariants)
{
    int accepted = 0, rejected = 0;
    for (const char *sub : {"/corpus", "/regressions"}) {
        const QDir dir(QStringLiteral(TD_FUZZ_DIR) + QLatin1String(sub));
        for (const QString &name : dir.entryList(QDir::Files)) {
            QFile f(dir.filePath(name));
            ASSERT_TRUE(f.open(QIODevice::ReadOnly));
            const ParseResult parsed = parseDiaryJson(f.readAll());
            if (!parsed.diary) {
                EXPECT_FALSE(parsed.error.isEmpty()) << name.toStdString();
                ++rejected;
                continue;
            }
            ++accepted;
            Database db;
            ASSERT_TRUE(db.openInMemory());
            DiaryStore store(db);
            ImportSummary first, second;
            if (!store.import(*parsed.diary, &first)) {
                EXPECT_TRUE(store.errorIsBadInput()) << name.toStdString() << ": " << store.errorString().toStdString();
                continue;
            }
            const QByteArray exported = toDiaryJson(store.load());
            ASSERT_TRUE(store.import(*parsed.diary, &second)) << name.toStdString();
            EXPECT_EQ(second.added, 0) << name.toStdString();
            EXPECT_EQ(second.replaced, 0) << name.toStdString();
            EXPECT_EQ(toDiaryJson(store.load()), exported) << name.toStdString();
            const ParseResult again = parseDiaryJson(exported);
            ASSERT_TRUE(again.diary) << name.toStdString() << ": " << again.message().toStdString();
            EXPECT_EQ(toDiaryJson(*again.diary), exported) << name.toStdString();
        }
    }
    EXPECT_GT(accepted, 2);
    EXPECT_GT(rejected, 8);
}

TEST(FuzzRegressions, Issue17SeedsAreRejectedWithTheirPaths)
{
    const struct {
        const char *file;
        const char *path;
    } cases[] = {
        {"lone_surrogate.json", "episodes[0].note"}, {"reversed_surrogates.json", "episodes[0].note"},
        {"invalid_utf8.json", "episodes[0].note"},   {"duplicate_key.json", "episodes[0].note"},
        {"duplicate_root_key.json", "format"},       {"year_0001.json", "episodes[0].at"},
        {"year_2999.json", "episodes[0].at"},        {"dates_before_1970.json", "sleep[0].date"},
        {"offset_19h.json", "episodes[0].at"},       {"noncharacter.json", "episodes[0].note"},
    };
    for (const auto &c : cases) {
        QFile f(QStringLiteral(TD_FUZZ_DIR "/corpus/") + QLatin1String(c.file));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << c.file;
        const ParseResult r = parseDiaryJson(f.readAll());
        EXPECT_FALSE(r.diary.has_value()) << c.file;
        EXPECT_EQ(r.errorPath, QLatin1String(c.path)) << c.file << ": " << r.message().toStdString();
    }
}
