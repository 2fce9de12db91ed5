// Backups: taken before migrations and daily, rotated, listed, restored all-or-nothing.
#include "domain/clock.h"
#include "printers.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/diarystore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace td;

namespace {

int mode(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

QDateTime at(int y, int m, int d, int h = 9) { return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::OffsetFromUTC, 3600); }

Episode episode(int day)
{
    return {0,
            QDateTime(QDate(2026, 1, 1).addDays(day), QTime(12, 0), Qt::OffsetFromUTC, 3600),
            Zone::UpperEyelid,
            Side::Left,
            10,
            3,
            {},
            {}};
}

class Backups : public ::testing::Test
{
protected:
    void SetUp() override { Clock::setFixed(at(2026, 3, 2)); }
    void TearDown() override
    {
        Clock::setFixed(std::nullopt);
        Database::addMigrationForTesting(0, {});
    }
    QString diary() const { return dir.filePath(QStringLiteral("diary.sqlite")); }
    void addEpisodes(int n)
    {
        Database db;
        db.setDailyBackups(false);
        ASSERT_TRUE(db.open(diary())) << db.errorString().toStdString();
        DiaryStore store(db);
        for (int i = 0; i < n; ++i) {
            Episode e = episode(i);
            ASSERT_TRUE(store.addEpisode(e));
        }
    }
    int episodesStored()
    {
        Database db;
        EXPECT_TRUE(db.open(diary(), Database::Mode::ReadOnly)) << db.errorString().toStdString();
        return int(DiaryStore(db).episodes().size());
    }
    QTemporaryDir dir;
};

} // namespace

TEST_F(Backups, DailyBackupOnOpenIsPrivateAndOncePerDay)
{
    addEpisodes(3);
    EXPECT_TRUE(backups::list(diary()).isEmpty());
    {
        Database db;
        ASSERT_TRUE(db.open(diary()));
        EXPECT_TRUE(db.warningString().isEmpty());
    }
    {
        Database db; // same day: no second backup
        ASSERT_TRUE(db.open(diary()));
    }
    const QList<BackupInfo> all = backups::list(diary());
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all[0].kind, QStringLiteral("daily"));
    EXPECT_EQ(all[0].created, QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
    EXPECT_EQ(all[0].episodes, 3);
    EXPECT_EQ(all[0].entries, 3);
    EXPECT_EQ(all[0].schemaVersion, Database::latestSchemaVersion());
    EXPECT_EQ(mode(all[0].path), 0600);
    EXPECT_EQ(mode(backups::folderFor(diary())), 0700);
    // Self-contained: no -wal beside the backup.
    EXPECT_FALSE(QFileInfo::exists(all[0].path + QStringLiteral("-wal")));
}

TEST_F(Backups, EmptyDiaryIsNotBackedUp)
{
    Database db;
    ASSERT_TRUE(db.open(diary()));
    EXPECT_TRUE(backups::list(diary()).isEmpty());
}

TEST_F(Backups, RotationKeepsSevenDailyAndFourWeekly)
{
    addEpisodes(1);
    // One start a day for 60 days (2026-01-01 .. 2026-03-01).
    for (int i = 0; i < 60; ++i) {
        Clock::setFixed(at(2026, 1, 1).addDays(i));
        Database db;
        ASSERT_TRUE(db.open(diary()));
    }
    const QList<BackupInfo> all = backups::list(diary());
    ASSERT_EQ(all.size(), 11);
    for (int i = 0; i < 7; ++i)
        EXPECT_EQ(all[i].created.date(), QDate(2026, 3, 1).addDays(-i));
    // Then the newest of each of the 4 previous ISO weeks (2026-02-22 is a Sunday).
    EXPECT_EQ(all[7].created.date(), QDate(2026, 2, 22));
    EXPECT_EQ(all[8].created.date(), QDate(2026, 2, 15));
    EXPECT_EQ(all[9].created.date(), QDate(2026, 2, 8));
    EXPECT_EQ(all[10].created.date(), QDate(2026, 2, 1));
}

TEST_F(Backups, TakenBeforeMigratingAnExistingDiary)
{
    addEpisodes(2);
    const int old = Database::latestSchemaVersion();
    Database::addMigrationForTesting(old + 1, "CREATE TABLE extra (x INTEGER);");
    Database db;
    db.setDailyBackups(false);
    ASSERT_TRUE(db.open(diary())) << db.errorString().toStdString();
    EXPECT_EQ(db.schemaVersion(), old + 1);
    const QList<BackupInfo> all = backups::list(diary());
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all[0].kind, QStringLiteral("migration"));
    EXPECT_EQ(all[0].schemaVersion, old);
    EXPECT_EQ(all[0].episodes, 2);
}

TEST_F(Backups, NewDiaryIsNotBackedUpBeforeItsFirstMigration)
{
    Database db;
    ASSERT_TRUE(db.open(diary()));
    EXPECT_FALSE(QFileInfo::exists(backups::folderFor(diary())));
}

TEST_F(Backups, RestoreKeepsTheCurrentDiaryAsABackup)
{
    addEpisodes(2);
    QString backup;
    {
        Database db;
        ASSERT_TRUE(db.open(diary()));
        backup = backups::list(diary()).value(0).path;
        ASSERT_FALSE(backup.isEmpty());
    }
    addEpisodes(5);
    ASSERT_EQ(episodesStored(), 7);
    Clock::setFixed(at(2026, 3, 2, 10));
    QString error, savedAs;
    ASSERT_TRUE(backups::restore(diary(), backup, &error, &savedAs)) << error.toStdString();
    EXPECT_EQ(episodesStored(), 2);
    const QList<BackupInfo> all = backups::list(diary());
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all[0].kind, QStringLiteral("restore"));
    EXPECT_EQ(all[0].path, savedAs);
    EXPECT_EQ(all[0].episodes, 7);
}

TEST_F(Backups, RestoreOverADamagedDiaryNeverWritesToIt)
{
    addEpisodes(4);
    QString backup;
    {
        Database db;
        ASSERT_TRUE(db.open(diary()));
        backup = backups::list(diary()).value(0).path;
    }
    const QByteArray garbage(20000, 'x');
    {
        QFile f(diary());
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(garbage);
    }
    QString error, savedAs;
    ASSERT_TRUE(backups::restore(diary(), backup, &error, &savedAs)) << error.toStdString();
    EXPECT_EQ(episodesStored(), 4);
    QFile kept(savedAs);
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly)) << savedAs.toStdString();
    EXPECT_EQ(kept.readAll(), garbage);
}

TEST_F(Backups, AnUnusableBackupChangesNothing)
{
    addEpisodes(3);
    const QString bad = dir.filePath(QStringLiteral("bad.sqlite"));
    {
        QFile f(bad);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("not a database at all, just some text long enough to be read");
    }
    QString error;
    EXPECT_FALSE(backups::restore(diary(), bad, &error));
    EXPECT_NE(error.indexOf(QStringLiteral("cannot be restored")), -1) << error.toStdString();
    EXPECT_EQ(episodesStored(), 3);
    EXPECT_TRUE(backups::list(diary()).isEmpty());
}

TEST_F(Backups, RestoreRefusedWhileAnotherCopyHasTheDiaryOpen)
{
    addEpisodes(1);
    QString backup;
    Database holder;
    ASSERT_TRUE(holder.open(diary()));
    backup = backups::list(diary()).value(0).path;
    QString error;
    EXPECT_FALSE(backups::restore(diary(), backup, &error));
    EXPECT_NE(error.indexOf(QStringLiteral("already open")), -1) << error.toStdString();
}
