// Start-up (ui/window/startup.cpp): each way a diary can fail to open, answered through the
// scripted prompts (tests/support/scriptedprompts.h), and what is on disk afterwards.
#include "dialogs/restoredialog.h"
#include "domain/clock.h"
#include "models/appsettings.h"
#include "models/diarysession.h"
#include "printers.h"
#include "sample/diarygenerator.h"
#include "scriptedprompts.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/diarystore.h"
#include "window/mainwindow.h"
#include "window/startup.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest-spi.h>
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

using namespace td;

namespace {

QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Picks the newest backup in RestoreDialog and presses Restore.
int pickNewestBackup(QDialog &dialog)
{
    auto *restore = qobject_cast<ui::RestoreDialog *>(&dialog);
    if (!restore || restore->list()->topLevelItemCount() == 0) {
        ADD_FAILURE() << "expected RestoreDialog with a backup";
        return QDialog::Rejected;
    }
    restore->list()->setCurrentItem(restore->list()->topLevelItem(0));
    return QDialog::Accepted;
}

class Startup : public ::testing::Test
{
protected:
    void SetUp() override { ui::AppSettings().clear(); }
    void TearDown() override { ui::AppSettings().clear(); }

    QString diary() const { return dir.filePath(QStringLiteral("diary.sqlite")); }
    // A diary of `episodes` episodes at `path`, closed again; with a daily backup if asked.
    void makeDiary(const QString &path, int episodes, bool backup = false)
    {
        Database db;
        db.setDailyBackups(false);
        ASSERT_TRUE(db.open(path)) << db.errorString().toStdString();
        for (int i = 0; i < episodes; ++i) {
            Episode e{0, Clock::now().addSecs(-600 * (i + 1)), Zone::Cheek, Side::Left, {}, 3, {}, {}};
            ASSERT_TRUE(DiaryStore(db).addEpisode(e)) << DiaryStore(db).errorString().toStdString();
        }
        if (backup) {
            QString error;
            ASSERT_TRUE(backups::create(db, QStringLiteral("daily"), &error)) << error.toStdString();
        }
    }
    // Overwrites the file header's page size and counts: SQLite refuses the file at once
    // (damaged, or not a diary), as tests/reliability/test_badfiles.cpp does.
    void damageHeader()
    {
        QFile f(diary());
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        f.seek(16);
        f.write(QByteArray(84, '\xff'));
    }
    void setUserVersion(int version)
    {
        const QString name = QStringLiteral("startup-test-raw");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(diary());
            ASSERT_TRUE(raw.open());
            QSqlQuery q(raw);
            ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
        }
        QSqlDatabase::removeDatabase(name);
    }
    static qsizetype episodes(Database &db) { return DiaryStore(db).episodes().size(); }
    QStringList unusable() const
    {
        QStringList kept = QDir(dir.path()).entryList({QStringLiteral("diary.sqlite.unusable-*")}, QDir::Files);
        kept.removeIf([](const QString &name) { return name.endsWith(u"-wal") || name.endsWith(u"-shm"); });
        return kept;
    }

    QTemporaryDir dir;
};

} // namespace

TEST_F(Startup, ADamagedDiaryIsReplacedByTheBackupChosenAndOpens)
{
    makeDiary(diary(), 2, true);
    damageHeader();
    const QByteArray damaged = digest(diary());

    ScriptedPrompts prompts;
    prompts.click(QStringLiteral("Open a backup")).dialog(pickNewestBackup).ok();
    auto db = ui::openWithRecovery(diary());

    ASSERT_TRUE(db);
    EXPECT_FALSE(db->isReadOnly());
    EXPECT_EQ(episodes(*db), 2) << "the backup's two episodes";
    ASSERT_EQ(prompts.asked.size(), 3);
    const ScriptedPrompts::Asked &box = prompts.asked[0];
    EXPECT_EQ(box.kind, QStringLiteral("choose"));
    EXPECT_EQ(box.icon, QMessageBox::Warning);
    EXPECT_EQ(box.title, QStringLiteral("Twitch Diary"));
    EXPECT_TRUE(box.text == QStringLiteral("This diary is damaged.") ||
                box.text == QStringLiteral("This file is not a Twitch Diary."))
        << box.text.toStdString();
    EXPECT_NE(box.informativeText.indexOf(diary()), -1) << box.informativeText.toStdString();
    EXPECT_EQ(box.buttons, (QStringList{QStringLiteral("Open a backup…"), QStringLiteral("Choose another file…"),
                                        QStringLiteral("Quit")}));
    EXPECT_EQ(box.defaultButton, QStringLiteral("Open a backup…"));
    EXPECT_EQ(box.escapeButton, QStringLiteral("Quit"));
    EXPECT_EQ(prompts.asked[1].dialogClass, QStringLiteral("td::ui::RestoreDialog")) << "one backup picker";
    EXPECT_EQ(prompts.asked[2].kind, QStringLiteral("information"));
    EXPECT_TRUE(prompts.asked[2]
                    .text.startsWith(QStringLiteral("The backup was restored. The previous file is kept as ")))
        << prompts.asked[2].text.toStdString();

    // On disk: the damaged file is kept byte for byte beside the restored diary.
    const QStringList kept = unusable();
    ASSERT_EQ(kept.size(), 1) << kept.join(u' ').toStdString();
    EXPECT_EQ(digest(dir.filePath(kept[0])), damaged);
    EXPECT_NE(prompts.asked[2].text.indexOf(kept[0]), -1);
    db.reset();
    Database reopened;
    ASSERT_TRUE(reopened.open(diary())) << reopened.errorString().toStdString();
    EXPECT_EQ(episodes(reopened), 2);
}

TEST_F(Startup, DecliningTheBackupChangesNothing)
{
    makeDiary(diary(), 2, true);
    damageHeader();
    const QByteArray damaged = digest(diary());
    const QStringList backupsBefore = QDir(backups::folderFor(diary())).entryList(QDir::Files);

    ScriptedPrompts prompts;
    prompts.click(QStringLiteral("Open a backup"))
        .dialog([](QDialog &) { return int(QDialog::Rejected); })
        .click(QStringLiteral("Quit"));
    EXPECT_FALSE(ui::openWithRecovery(diary()));

    ASSERT_EQ(prompts.asked.size(), 3);
    EXPECT_EQ(prompts.asked[2].text, prompts.asked[0].text) << "asked again after the picker was cancelled";
    EXPECT_EQ(digest(diary()), damaged) << "the file is still there, unchanged";
    EXPECT_TRUE(unusable().isEmpty());
    EXPECT_EQ(QDir(backups::folderFor(diary())).entryList(QDir::Files), backupsBefore);
}

TEST_F(Startup, NoBackupsIsSaidAndNothingChanges)
{
    makeDiary(diary(), 1);
    damageHeader();
    const QByteArray damaged = digest(diary());

    ScriptedPrompts prompts;
    prompts.click(QStringLiteral("Open a backup")).ok().click(QStringLiteral("Quit"));
    EXPECT_FALSE(ui::openWithRecovery(diary()));

    ASSERT_EQ(prompts.asked.size(), 3);
    EXPECT_EQ(prompts.asked[1].kind, QStringLiteral("information"));
    EXPECT_TRUE(prompts.asked[1].text.startsWith(QStringLiteral("There are no backups of ") + diary()))
        << prompts.asked[1].text.toStdString();
    EXPECT_EQ(digest(diary()), damaged);
    EXPECT_TRUE(unusable().isEmpty());
}

TEST_F(Startup, ALockedDiaryOpensReadOnly)
{
    makeDiary(diary(), 3);
    Database holder; // another running copy
    holder.setLockTimeout(0);
    ASSERT_TRUE(holder.open(diary())) << holder.errorString().toStdString();
    const QByteArray before = digest(diary());

    ScriptedPrompts prompts;
    prompts.click(QStringLiteral("Open read-only"));
    auto db = ui::openWithRecovery(diary());

    ASSERT_TRUE(db);
    EXPECT_TRUE(db->isReadOnly());
    EXPECT_EQ(episodes(*db), 3);
    ASSERT_EQ(prompts.asked.size(), 1);
    EXPECT_EQ(prompts.asked[0].text, QStringLiteral("This diary is already open in another window."));
    EXPECT_EQ(prompts.asked[0].buttons, (QStringList{QStringLiteral("Open read-only"),
                                                     QStringLiteral("Choose another file…"), QStringLiteral("Quit")}));
    EXPECT_EQ(prompts.asked[0].defaultButton, QStringLiteral("Open read-only"));
    EXPECT_EQ(digest(diary()), before);
    // The other copy still holds the diary and writes to it.
    Episode e{0, Clock::now(), Zone::Chin, Side::Centre, {}, 2, {}, {}};
    EXPECT_TRUE(DiaryStore(holder).addEpisode(e));
}

TEST_F(Startup, ANewerDiaryIsLeftAloneWhenTheUserQuits)
{
    makeDiary(diary(), 2);
    setUserVersion(999);
    const QByteArray before = digest(diary());

    ScriptedPrompts prompts;
    prompts.click(QStringLiteral("Quit"));
    EXPECT_FALSE(ui::openWithRecovery(diary()));

    ASSERT_EQ(prompts.asked.size(), 1);
    EXPECT_EQ(prompts.asked[0].text, QStringLiteral("This diary was written by a newer version of Twitch Diary."));
    EXPECT_NE(prompts.asked[0].informativeText.indexOf(QStringLiteral("newer version")), -1);
    EXPECT_EQ(prompts.asked[0].buttons, (QStringList{QStringLiteral("Open a backup…"),
                                                     QStringLiteral("Choose another file…"), QStringLiteral("Quit")}));
    EXPECT_EQ(digest(diary()), before);
    EXPECT_FALSE(QFileInfo::exists(backups::folderFor(diary()))) << "no backup of a file that did not open";
    EXPECT_FALSE(QFileInfo::exists(diary() + QStringLiteral(".lock")));
}

TEST_F(Startup, AReadOnlyFolderOpensReadOnly)
{
    makeDiary(diary(), 3);
    const QByteArray before = digest(diary());
    ASSERT_EQ(::chmod(QFile::encodeName(dir.path()).constData(), 0500), 0);
    if (::geteuid() == 0) {
        ::chmod(QFile::encodeName(dir.path()).constData(), 0700);
        GTEST_SKIP() << "root may write to a read-only folder; run as a normal user "
                        "(docs/reliability.md: setpriv --reuid=65534)";
    }

    ScriptedPrompts prompts;
    prompts.click(QStringLiteral("Open read-only"));
    auto db = ui::openWithRecovery(diary());
    const QStringList files = QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
    ::chmod(QFile::encodeName(dir.path()).constData(), 0700);

    ASSERT_TRUE(db);
    EXPECT_TRUE(db->isReadOnly());
    EXPECT_EQ(episodes(*db), 3);
    ASSERT_EQ(prompts.asked.size(), 1);
    EXPECT_EQ(prompts.asked[0].text, QStringLiteral("This diary cannot be changed."));
    EXPECT_EQ(prompts.asked[0].defaultButton, QStringLiteral("Open read-only"));
    EXPECT_EQ(files, QStringList{QStringLiteral("diary.sqlite")}) << "no lock, journal or backup";
    db.reset();
    EXPECT_EQ(digest(diary()), before);
}

TEST_F(Startup, NotADiaryChooseAnotherFile)
{
    {
        QFile f(diary());
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("{\"this\": \"is JSON, not a diary\"}\n").repeated(200));
    }
    const QByteArray before = digest(diary());
    const QString other = dir.filePath(QStringLiteral("other/mine.sqlite"));
    ASSERT_TRUE(QDir().mkpath(QFileInfo(other).absolutePath()));
    makeDiary(other, 4);

    ScriptedPrompts prompts;
    prompts.click(QStringLiteral("Choose another file")).file(other);
    auto db = ui::openWithRecovery(diary());

    ASSERT_TRUE(db);
    EXPECT_EQ(db->path(), QFileInfo(other).canonicalFilePath());
    EXPECT_EQ(episodes(*db), 4);
    ASSERT_EQ(prompts.asked.size(), 2);
    EXPECT_EQ(prompts.asked[0].text, QStringLiteral("This file is not a Twitch Diary."));
    const ScriptedPrompts::Asked &dialog = prompts.asked[1];
    EXPECT_EQ(dialog.kind, QStringLiteral("saveFileName"));
    EXPECT_EQ(dialog.title, QStringLiteral("Open or create a diary"));
    EXPECT_EQ(dialog.dir, dir.path());
    EXPECT_EQ(dialog.filter, QStringLiteral("Twitch Diary (*.sqlite);;All files (*)"));
    EXPECT_TRUE(dialog.options.testFlag(QFileDialog::DontConfirmOverwrite));
    EXPECT_EQ(digest(diary()), before) << "the file that is not a diary is untouched";
}

TEST_F(Startup, AnotherFileThatDoesNotExistYetIsANewDiary)
{
    {
        QFile f(diary());
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("not a diary");
    }
    const QString fresh = dir.filePath(QStringLiteral("fresh.sqlite"));
    ScriptedPrompts prompts;
    prompts.click(QStringLiteral("Choose another file")).file(fresh);
    auto db = ui::openWithRecovery(diary());
    ASSERT_TRUE(db);
    EXPECT_TRUE(QFileInfo(fresh).isFile());
    EXPECT_EQ(episodes(*db), 0);
}

TEST_F(Startup, QuittingAtTheFileDialogOpensNothing)
{
    {
        QFile f(diary());
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("not a diary");
    }
    ScriptedPrompts prompts;
    prompts.click(QStringLiteral("Choose another file")).file(QString());
    EXPECT_FALSE(ui::openWithRecovery(diary()));
}

// The diary's place from Settings whose file is gone: asked first, never an empty diary
// in its place.
TEST_F(Startup, AMovedDiaryThatIsGoneIsAskedFor)
{
    const QString gone = dir.filePath(QStringLiteral("drive/diary.sqlite"));
    const QString found = dir.filePath(QStringLiteral("found.sqlite"));
    makeDiary(found, 2);
    ui::AppSettings settings;
    settings.setDiaryPath(gone);

    ScriptedPrompts prompts;
    prompts.click(QStringLiteral("Quit"));
    EXPECT_FALSE(ui::openDiaryAtStartup(gone, false, settings));
    EXPECT_FALSE(QFileInfo::exists(gone));
    ASSERT_EQ(prompts.asked.size(), 1);
    EXPECT_EQ(prompts.asked[0].text,
              QStringLiteral("Your diary should be at %1, but there is no file there.").arg(gone));
    EXPECT_EQ(prompts.asked[0].buttons,
              (QStringList{QStringLiteral("Choose the diary file…"), QStringLiteral("Start a new diary there"),
                           QStringLiteral("Quit")}));
    EXPECT_EQ(prompts.asked[0].defaultButton, QStringLiteral("Choose the diary file…"));

    prompts.click(QStringLiteral("Choose the diary file")).file(found);
    auto db = ui::openDiaryAtStartup(gone, false, settings);
    ASSERT_TRUE(db);
    EXPECT_EQ(episodes(*db), 2);
    EXPECT_EQ(settings.diaryPath(), found) << "remembered for the next start";
    EXPECT_EQ(prompts.asked[2].kind, QStringLiteral("openFileName"));
    EXPECT_EQ(prompts.asked[2].title, QStringLiteral("Choose your diary"));
    EXPECT_FALSE(QFileInfo::exists(gone));
}

TEST_F(Startup, StartingANewDiaryWhereTheMovedOneWas)
{
    const QString gone = dir.filePath(QStringLiteral("diary.sqlite"));
    ui::AppSettings settings;
    settings.setDiaryPath(gone);
    ScriptedPrompts prompts;
    prompts.click(QStringLiteral("Start a new diary there"));
    auto db = ui::openDiaryAtStartup(gone, false, settings);
    ASSERT_TRUE(db);
    EXPECT_TRUE(QFileInfo(gone).isFile());
    EXPECT_EQ(episodes(*db), 0);
}

TEST_F(Startup, APathFromTheCommandLineIsNotAskedFor)
{
    const QString given = dir.filePath(QStringLiteral("new.sqlite"));
    ui::AppSettings settings;
    settings.setDiaryPath(dir.filePath(QStringLiteral("elsewhere.sqlite")));
    ScriptedPrompts prompts; // no prompt expected
    auto db = ui::openDiaryAtStartup(given, true, settings);
    ASSERT_TRUE(db);
    EXPECT_TRUE(QFileInfo(given).isFile());
    EXPECT_TRUE(prompts.asked.isEmpty());
}

// Damage found once the window is up (the deferred page check, DiarySession::checked): the
// window offers the restore, the same RestoreDialog picks the backup, and after a yes the
// diary is the backup again.
TEST_F(Startup, DamageFoundAfterTheWindowIsUpIsRestoredFromABackup)
{
    qsizetype stored = 0;
    {
        Database db;
        db.setDailyBackups(false);
        ASSERT_TRUE(db.open(diary())) << db.errorString().toStdString();
        sample::GeneratorOptions o;
        o.days = 200;
        ASSERT_TRUE(DiaryStore(db).import(sample::generateDiary(o)));
        stored = episodes(db);
        QString error;
        ASSERT_TRUE(backups::create(db, QStringLiteral("daily"), &error)) << error.toStdString();
    }
    ASSERT_GT(QFileInfo(diary()).size(), 20 * 4096);
    {
        // Table pages (from page 10 on): the header and the schema still read, so the
        // window's fast open succeeds and only the deferred check finds it.
        QFile f(diary());
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        f.seek(9 * 4096);
        f.write(QByteArray(3 * 4096, '\x5a'));
    }

    ScriptedPrompts prompts;
    prompts.click(QStringLiteral("Restore from backup")).dialog(pickNewestBackup).answer(QMessageBox::Yes);
    {
        auto db = ui::openWithRecovery(diary());
        ASSERT_TRUE(db) << "the fast open does not read the damaged pages";
        ui::DiarySession session(std::move(db));
        ui::MainWindow window(session);
        window.show();
        for (int i = 0; i < 500 && prompts.pending() > 0; ++i)
            QTest::qWait(20);
        ASSERT_EQ(prompts.pending(), 0) << "the damage was never reported";
        ASSERT_EQ(prompts.asked.size(), 3);
        EXPECT_EQ(prompts.asked[0].icon, QMessageBox::Critical);
        EXPECT_EQ(prompts.asked[0].title, QStringLiteral("Your diary file is damaged"));
        EXPECT_EQ(prompts.asked[0].defaultButton, QStringLiteral("Restore from backup…"));
        EXPECT_EQ(prompts.asked[1].dialogClass, QStringLiteral("td::ui::RestoreDialog"));
        EXPECT_EQ(prompts.asked[2].kind, QStringLiteral("question"));
        EXPECT_EQ(prompts.asked[2].defaultButton, QStringLiteral("Cancel"));
        EXPECT_EQ(session.store().episodes().size(), stored);
    }
    EXPECT_TRUE(Database::quickCheck(diary()).isEmpty()) << "the diary on disk is sound again";
    Database reopened;
    ASSERT_TRUE(reopened.open(diary())) << reopened.errorString().toStdString();
    EXPECT_EQ(episodes(reopened), stored);
}

// The double itself: what it does not expect fails the test, and is answered as Escape.
TEST(ScriptedPromptsDouble, AnUnexpectedPromptFailsTheTest)
{
    EXPECT_NONFATAL_FAILURE(
        {
            ScriptedPrompts prompts;
            EXPECT_EQ(td::ui::prompts().warning(nullptr, QStringLiteral("Title"), QStringLiteral("Unexpected")),
                      QMessageBox::NoButton);
        },
        "an unexpected prompt: warning \"Title\": Unexpected");
    EXPECT_NONFATAL_FAILURE(
        {
            ScriptedPrompts prompts;
            prompts.file(QStringLiteral("/tmp/x.sqlite"));
            td::ui::Choice box;
            box.add(QStringLiteral("Keep"), QMessageBox::AcceptRole);
            box.escapeButton = box.add(QStringLiteral("Quit"), QMessageBox::RejectRole);
            EXPECT_EQ(td::ui::prompts().choose(nullptr, box), 1);
        },
        "expected a file dialog");
    EXPECT_NONFATAL_FAILURE({ ScriptedPrompts().ok(); }, "never asked for");
    EXPECT_NONFATAL_FAILURE(
        {
            ScriptedPrompts prompts;
            prompts.click(QStringLiteral("Delete"));
            td::ui::Choice box;
            box.add(QMessageBox::Cancel);
            td::ui::prompts().choose(nullptr, box);
        },
        "no button \"Delete\"");
}

TEST(ScriptedPromptsDouble, InstallsItselfForItsScopeOnly)
{
    td::ui::Prompts *real = &td::ui::prompts();
    {
        ScriptedPrompts prompts;
        EXPECT_EQ(&td::ui::prompts(), &prompts);
        {
            ScriptedPrompts inner;
            EXPECT_EQ(&td::ui::prompts(), &inner);
        }
        EXPECT_EQ(&td::ui::prompts(), &prompts);
    }
    EXPECT_EQ(&td::ui::prompts(), real);
}
