// Write failures (disk full, file gone, permission lost): the write reports a message and
// nothing changes. The seam: Database::failNextCommitsForTesting(), a commit hook that
// turns the next commits into rollbacks, and a diary opened read-only.
#include "format/diaryjson.h"
#include "printers.h"
#include "sample/diarygenerator.h"
#include "storage/database.h"
#include "storage/diarystore.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace td;

namespace {

Episode anEpisode(const QString &note)
{
    return {0,   QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::OffsetFromUTC, 3600), Zone::Cheek, Side::Left, 5, 3, {},
            note};
}

} // namespace

TEST(WriteFailures, FailedCommitReportsAndChangesNothing)
{
    QTemporaryDir dir;
    Database db;
    ASSERT_TRUE(db.open(dir.filePath(QStringLiteral("d.sqlite"))));
    DiaryStore store(db);
    Episode kept = anEpisode(QStringLiteral("kept"));
    ASSERT_TRUE(store.addEpisode(kept));
    const QByteArray before = toDiaryJson(store.load());

    db.failNextCommitsForTesting(3);
    Episode e = anEpisode(QStringLiteral("lost"));
    EXPECT_FALSE(store.addEpisode(e));
    EXPECT_TRUE(store.errorString().startsWith(QStringLiteral("Could not save the episode")))
        << store.errorString().toStdString();
    EXPECT_FALSE(store.errorIsBadInput());
    EXPECT_EQ(e.id, 0);
    EXPECT_FALSE(store.setStress({QDate(2026, 11, 2), 5}));
    sample::GeneratorOptions o;
    o.days = 30;
    EXPECT_FALSE(store.import(sample::generateDiary(o)));
    EXPECT_FALSE(store.errorString().isEmpty());
    EXPECT_EQ(toDiaryJson(store.load()), before);

    // The next write works again.
    EXPECT_TRUE(store.addEpisode(e)) << store.errorString().toStdString();
    EXPECT_EQ(store.episodes().size(), 2);
}

TEST(WriteFailures, ReadOnlyConnectionRefusesEveryWrite)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("d.sqlite"));
    {
        Database db;
        ASSERT_TRUE(db.open(path));
        Episode e = anEpisode(QStringLiteral("one"));
        ASSERT_TRUE(DiaryStore(db).addEpisode(e));
    }
    Database db;
    ASSERT_TRUE(db.open(path, Database::Mode::ReadOnly));
    DiaryStore store(db);
    Episode e = anEpisode(QStringLiteral("two"));
    EXPECT_FALSE(store.addEpisode(e));
    EXPECT_NE(store.errorString().indexOf(QStringLiteral("readonly")), -1) << store.errorString().toStdString();
    EXPECT_FALSE(store.setCheckedIn(QDate(2026, 11, 2), true));
    EXPECT_EQ(store.episodes().size(), 1);
}
