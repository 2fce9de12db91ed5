// Opening a diary that is not fine: each case has its own kind and message, names the
// file, and never writes to it. The CLI says the same and exits 1.
#include "cli/cli.h"
#include "printers.h"
#include "sample/diarygenerator.h"
#include "storage/database.h"
#include "storage/diarystore.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace td;
using K = Database::ErrorKind;

namespace {

QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

class BadFiles : public ::testing::Test
{
protected:
    QString diary() const { return dir.filePath(QStringLiteral("diary.sqlite")); }
    void write(const QByteArray &bytes)
    {
        QFile f(diary());
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }
    void makeDiary(int days)
    {
        Database db;
        db.setDailyBackups(false);
        ASSERT_TRUE(db.open(diary())) << db.errorString().toStdString();
        sample::GeneratorOptions o;
        o.days = days;
        ASSERT_TRUE(DiaryStore(db).import(sample::generateDiary(o)));
    }
    void rawExec(const char *sql)
    {
        sqlite3 *h = nullptr;
        ASSERT_EQ(sqlite3_open(QFile::encodeName(diary()).constData(), &h), SQLITE_OK);
        ASSERT_EQ(sqlite3_exec(h, sql, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(h);
        sqlite3_close(h);
    }
    // Opens, expects `kind`, a message naming the file, and the file's bytes unchanged.
    void expectRefused(K kind, const char *phrase, Database::Mode mode = Database::Mode::ReadWrite)
    {
        const QByteArray before = digest(diary());
        Database db;
        EXPECT_FALSE(db.open(diary(), mode));
        EXPECT_EQ(db.errorKind(), kind) << toString(db.errorKind()).toStdString() << ": "
                                        << db.errorString().toStdString();
        EXPECT_NE(db.errorString().indexOf(diary()), -1) << db.errorString().toStdString();
        EXPECT_NE(db.errorString().indexOf(QLatin1String(phrase)), -1) << db.errorString().toStdString();
        EXPECT_FALSE(db.isOpen());
        EXPECT_EQ(digest(diary()), before);
        EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("backups"))));

        // The CLI: same message on stderr, exit 1.
        QString out, err;
        QTextStream o(&out), e(&err);
        cli::Environment env{o, e, {}};
        EXPECT_EQ(cli::run({QStringLiteral("twitchdiary-cli"), QStringLiteral("check-in"), QStringLiteral("--db"),
                            diary()},
                           env),
                  1);
        EXPECT_NE(err.indexOf(db.errorString()), -1) << err.toStdString();
        EXPECT_EQ(digest(diary()), before);
    }
    QTemporaryDir dir;
};

} // namespace

TEST_F(BadFiles, NotASqliteFile)
{
    write(QByteArray("{\"this\": \"is JSON, not a diary\"}\n").repeated(200));
    expectRefused(K::NotADiary, "not a Twitch Diary file");
}

TEST_F(BadFiles, AnotherProgramsSqliteFile)
{
    rawExec("CREATE TABLE songs (title TEXT); INSERT INTO songs VALUES ('x');");
    expectRefused(K::NotADiary, "not a Twitch Diary file");
}

TEST_F(BadFiles, DamagedPagesAreFoundByQuickCheck)
{
    makeDiary(200);
    const qint64 size = QFileInfo(diary()).size();
    ASSERT_GT(size, 20 * 4096);
    {
        // Page 10 onwards: table data. The header and schema still read fine.
        QFile f(diary());
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        f.seek(9 * 4096);
        f.write(QByteArray(3 * 4096, '\x5a'));
    }
    expectRefused(K::Damaged, "is damaged");
}

TEST_F(BadFiles, DamagedHeader)
{
    makeDiary(10);
    QFile f(diary());
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    f.seek(0);
    f.write("SQLite format 3\0", 16);
    f.seek(16);
    f.write(QByteArray(84, '\xff')); // page size, counts: nonsense
    f.close();
    const QByteArray before = digest(diary());
    Database db;
    EXPECT_FALSE(db.open(diary()));
    EXPECT_TRUE(db.errorKind() == K::Damaged || db.errorKind() == K::NotADiary) << db.errorString().toStdString();
    EXPECT_EQ(digest(diary()), before);
}

TEST_F(BadFiles, NewerVersion)
{
    makeDiary(5);
    rawExec("PRAGMA user_version = 999");
    expectRefused(K::Newer, "newer version");
}

TEST_F(BadFiles, NewerVersionIsRefusedReadOnlyToo)
{
    makeDiary(5);
    rawExec("PRAGMA user_version = 999");
    Database db;
    EXPECT_FALSE(db.open(diary(), Database::Mode::ReadOnly));
    EXPECT_EQ(db.errorKind(), K::Newer);
}

TEST_F(BadFiles, ReadOnlyFileIsRefusedForWritingAndOpensForViewing)
{
    makeDiary(30);
    ASSERT_EQ(::chmod(QFile::encodeName(diary()).constData(), 0400), 0);
    if (::geteuid() == 0) {
        // root may write anyway; the viewing half still runs.
        Database db;
        ASSERT_TRUE(db.open(diary(), Database::Mode::ReadOnly)) << db.errorString().toStdString();
    } else {
        expectRefused(K::ReadOnly, "read-only");
    }
    const QByteArray before = digest(diary());
    Database viewer;
    ASSERT_TRUE(viewer.open(diary(), Database::Mode::ReadOnly)) << viewer.errorString().toStdString();
    DiaryStore store(viewer);
    EXPECT_GT(store.episodes().size(), 10);
    Episode e{0, QDateTime::currentDateTime(), Zone::Cheek, Side::Left, {}, 3, {}, {}};
    EXPECT_FALSE(store.addEpisode(e));
    EXPECT_FALSE(store.errorString().isEmpty());
    viewer.close();
    EXPECT_EQ(digest(diary()), before);
}

TEST_F(BadFiles, ReadOnlyFolderOpensForViewing)
{
    makeDiary(30);
    const QByteArray before = digest(diary());
    ASSERT_EQ(::chmod(QFile::encodeName(dir.path()).constData(), 0500), 0);
    if (::geteuid() != 0)
        expectRefused(K::ReadOnly, "read-only");
    Database viewer;
    const bool opened = viewer.open(diary(), Database::Mode::ReadOnly);
    ::chmod(QFile::encodeName(dir.path()).constData(), 0700);
    ASSERT_TRUE(opened) << viewer.errorString().toStdString();
    EXPECT_GT(DiaryStore(viewer).episodes().size(), 10);
    viewer.close();
    EXPECT_EQ(digest(diary()), before);
}

TEST_F(BadFiles, LockedByAnotherRunningCopy)
{
    makeDiary(5);
    Database holder;
    holder.setLockTimeout(0);
    ASSERT_TRUE(holder.open(diary()));
    Database second;
    second.setLockTimeout(100);
    EXPECT_FALSE(second.open(diary()));
    EXPECT_EQ(second.errorKind(), K::Locked);
    EXPECT_NE(second.errorString().indexOf(QStringLiteral("already open")), -1);
    EXPECT_NE(second.errorString().indexOf(diary()), -1);
    // The CLI waits briefly, then gives up with the same message and exit 1.
    QString out, err;
    QTextStream o(&out), e(&err);
    cli::Environment env{o, e, {}};
    QElapsedTimer timer;
    timer.start();
    EXPECT_EQ(cli::run({QStringLiteral("twitchdiary-cli"), QStringLiteral("check-in"), QStringLiteral("--db"), diary()},
                       env),
              1);
    EXPECT_GE(timer.elapsed(), 1500);
    EXPECT_NE(err.indexOf(QStringLiteral("already open in another running copy")), -1) << err.toStdString();
    // Viewing while the other copy writes is fine.
    Database viewer;
    EXPECT_TRUE(viewer.open(diary(), Database::Mode::ReadOnly)) << viewer.errorString().toStdString();
    // Once the other copy closes, the diary opens.
    holder.close();
    EXPECT_TRUE(second.open(diary())) << second.errorString().toStdString();
}

TEST_F(BadFiles, AFolderIsNotADiary)
{
    Database db;
    EXPECT_FALSE(db.open(dir.path()));
    EXPECT_EQ(db.errorKind(), K::NotADiary);
}

// The start-up cost of the damage check on a 10-year diary (docs/reliability.md).
TEST_F(BadFiles, QuickCheckOnATenYearDiaryIsFast)
{
    makeDiary(3650);
    const qint64 size = QFileInfo(diary()).size();
    QElapsedTimer t;
    t.start();
    Database db;
    db.setDailyBackups(false);
    ASSERT_TRUE(db.open(diary()));
    const qint64 openMs = t.elapsed();
    QSqlQuery q(db.connection());
    t.restart();
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA quick_check")) && q.next());
    const qint64 quickMs = t.elapsed();
    t.restart();
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
    const qint64 integrityMs = t.elapsed();
    std::printf("10-year diary: %lld bytes; open (incl. quick_check) %lld ms; quick_check %lld ms; "
                "integrity_check %lld ms\n",
                static_cast<long long>(size), static_cast<long long>(openMs), static_cast<long long>(quickMs),
                static_cast<long long>(integrityMs));
    EXPECT_LT(openMs, 1000);
}

// The window's fast open defers the page check and the daily backup: the damaged file
// still opens, but Database::quickCheck (run on a worker thread by the window) finds the
// damage, and no backup was taken of it.
TEST_F(BadFiles, DeferredChecksOpenFastAndQuickCheckStillFindsDamage)
{
    makeDiary(200);
    EXPECT_TRUE(Database::quickCheck(diary()).isEmpty()) << Database::quickCheck(diary()).toStdString();
    {
        QFile f(diary());
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        f.seek(9 * 4096);
        f.write(QByteArray(3 * 4096, '\x5a'));
    }
    Database db;
    db.setDeferredChecks(true);
    ASSERT_TRUE(db.open(diary())) << db.errorString().toStdString();
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("backups")))) << "no backup before the check";
    const QString damage = Database::quickCheck(diary());
    EXPECT_NE(damage.indexOf(QStringLiteral("is damaged")), -1) << damage.toStdString();
    EXPECT_NE(damage.indexOf(diary()), -1);
}
