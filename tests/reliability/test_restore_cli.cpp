// twitchdiary-cli restore: listing, restoring by number or file, exit codes.
#include "cli/cli.h"
#include "domain/clock.h"
#include "printers.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/diarystore.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace td;

namespace {

class RestoreCli : public ::testing::Test
{
protected:
    void SetUp() override { Clock::setFixed(QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::OffsetFromUTC, 3600)); }
    void TearDown() override { Clock::setFixed(std::nullopt); }

    int run(QStringList args)
    {
        out.clear();
        err.clear();
        QTextStream o(&out), e(&err);
        cli::Environment env{o, e, {}};
        args.prepend(QStringLiteral("twitchdiary-cli"));
        args << QStringLiteral("--db") << db();
        return cli::run(args, env);
    }
    QString db() const { return dir.filePath(QStringLiteral("diary.sqlite")); }
    int logEpisode()
    {
        return run({QStringLiteral("log-episode"), QStringLiteral("--zone"), QStringLiteral("cheek"),
                    QStringLiteral("--side"), QStringLiteral("left"), QStringLiteral("--intensity"),
                    QStringLiteral("3")});
    }
    int episodes()
    {
        Database d;
        EXPECT_TRUE(d.open(db(), Database::Mode::ReadOnly));
        return int(DiaryStore(d).episodes().size());
    }
    QTemporaryDir dir;
    QString out, err;
};

} // namespace

TEST_F(RestoreCli, ListsAndRestoresByNumber)
{
    EXPECT_EQ(run({QStringLiteral("restore"), QStringLiteral("--list")}), 0);
    EXPECT_NE(out.indexOf(QStringLiteral("No backups")), -1) << out.toStdString();
    ASSERT_EQ(logEpisode(), 0);
    ASSERT_EQ(logEpisode(), 0); // this start takes the day's backup (1 episode)
    ASSERT_EQ(logEpisode(), 0);
    ASSERT_EQ(episodes(), 3);
    EXPECT_EQ(run({QStringLiteral("restore"), QStringLiteral("--list")}), 0);
    EXPECT_NE(out.indexOf(QStringLiteral("2026-11-27 10:00:00  daily")), -1) << out.toStdString();
    EXPECT_NE(out.indexOf(QStringLiteral("1 entries (1 episodes)")), -1) << out.toStdString();

    EXPECT_EQ(run({QStringLiteral("restore"), QStringLiteral("1")}), 0) << err.toStdString();
    EXPECT_NE(out.indexOf(QStringLiteral("Restored")), -1);
    EXPECT_EQ(episodes(), 1);
    const QList<BackupInfo> all = backups::list(db());
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all[0].kind, QStringLiteral("restore"));
    EXPECT_EQ(all[0].episodes, 3);
}

TEST_F(RestoreCli, BadArgumentsExitTwoAndChangeNothing)
{
    ASSERT_EQ(logEpisode(), 0);
    EXPECT_EQ(run({QStringLiteral("restore")}), 2);
    EXPECT_EQ(run({QStringLiteral("restore"), QStringLiteral("7")}), 2);
    EXPECT_NE(err.indexOf(QStringLiteral("no backup number 7")), -1) << err.toStdString();
    EXPECT_EQ(run({QStringLiteral("restore"), dir.filePath(QStringLiteral("missing.sqlite"))}), 2);
    const QString junk = dir.filePath(QStringLiteral("junk.sqlite"));
    {
        QFile f(junk);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(5000, 'j'));
    }
    EXPECT_EQ(run({QStringLiteral("restore"), junk}), 2);
    EXPECT_NE(err.indexOf(QStringLiteral("cannot be restored")), -1) << err.toStdString();
    EXPECT_EQ(episodes(), 1);
}

TEST_F(RestoreCli, HelpDescribesTheCommand)
{
    EXPECT_EQ(run({QStringLiteral("restore"), QStringLiteral("--help")}), 0);
    EXPECT_NE(out.indexOf(QStringLiteral("restore [BACKUP] [--list]")), -1) << out.toStdString();
    EXPECT_NE(out.indexOf(QStringLiteral("--list")), -1);
}
