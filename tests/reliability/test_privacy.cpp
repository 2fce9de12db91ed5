// Privacy: the diary folder is 0700 and every file holding diary data 0600 (diary, its
// WAL files, lock, backups, exports), whatever the umask. Runs with umask 000.
#include "format/diaryjson.h"
#include "format/privatefile.h"
#include "printers.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/diarystore.h"

#include <QDir>
#include <QFile>
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

struct Umask {
    mode_t old;
    explicit Umask(mode_t m) : old(::umask(m)) {}
    ~Umask() { ::umask(old); }
};

} // namespace

TEST(Privacy, FilesAre0600AndFolders0700WhateverTheUmask)
{
    QTemporaryDir tmp;
    const Umask open(000);
    const QString folder = tmp.filePath(QStringLiteral("data/twitchdiary"));
    const QString diary = QDir(folder).filePath(QStringLiteral("diary.sqlite"));
    Database db;
    ASSERT_TRUE(db.open(diary)) << db.errorString().toStdString();
    DiaryStore store(db);
    Episode e{0, QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::OffsetFromUTC, 3600), Zone::Cheek, Side::Left, 5, 3, {},
              {}};
    ASSERT_TRUE(store.addEpisode(e));
    QString error;
    const auto backup = backups::create(db, QStringLiteral("daily"), &error);
    ASSERT_TRUE(backup.has_value()) << error.toStdString();
    const QString exported = QDir(folder).filePath(QStringLiteral("export.json"));
    ASSERT_TRUE(writePrivateFileAtomically(exported, toDiaryJson(store.load()), &error));

    EXPECT_EQ(mode(folder), 0700);
    EXPECT_EQ(mode(diary), 0600);
    EXPECT_EQ(mode(diary + QStringLiteral("-wal")), 0600);
    EXPECT_EQ(mode(diary + QStringLiteral("-shm")), 0600);
    EXPECT_EQ(mode(diary + QStringLiteral(".lock")), 0600);
    EXPECT_EQ(mode(backups::folderFor(diary)), 0700);
    EXPECT_EQ(mode(*backup), 0600);
    EXPECT_EQ(mode(exported), 0600);
}
