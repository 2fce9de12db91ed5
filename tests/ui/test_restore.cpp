// File › Restore from backup… in the window: the list of backups, and a restore that keeps
// the diary as it was.
#include "commands/diaryeditor.h"
#include "dialogs/restoredialog.h"
#include "domain/clock.h"
#include "models/diarysession.h"
#include "printers.h"
#include "storage/backup.h"
#include "window/mainwindow.h"

#include <QTemporaryDir>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace td;

TEST(RestoreInWindow, ListsBackupsAndRestoresKeepingTheCurrentDiary)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
    auto db = std::make_unique<Database>();
    ASSERT_TRUE(db->open(path)) << db->errorString().toStdString();
    Database *raw = db.get(); // for the backup below (the session's is read-only)
    ui::DiarySession session(std::move(db));
    ui::DiaryEditor editor(session); // the session's writes are DiaryEditor's alone
    Episode first{0, Clock::now().addSecs(-7200), Zone::LowerLip, Side::Left, 10, 3, {}, {}};
    ASSERT_TRUE(editor.addEpisode(first));
    QString error;
    const auto backup = backups::create(*raw, QStringLiteral("daily"), &error);
    ASSERT_TRUE(backup) << error.toStdString();
    Episode second{0, Clock::now().addSecs(-60), Zone::Cheek, Side::Right, 5, 6, {}, {}};
    ASSERT_TRUE(editor.addEpisode(second));

    ui::MainWindow window(session);
    {
        ui::RestoreDialog dialog(path, &window);
        ASSERT_GE(dialog.list()->topLevelItemCount(), 1);
        QTreeWidgetItem *row = dialog.list()->topLevelItem(0);
        EXPECT_EQ(row->text(2), QStringLiteral("1")) << "the backup holds one episode";
        dialog.list()->setCurrentItem(row);
        EXPECT_EQ(dialog.selectedBackup(), *backup);
    }
    ASSERT_TRUE(window.restoreBackup(*backup));
    const auto episodes = session.store().episodes();
    ASSERT_EQ(episodes.size(), 1);
    EXPECT_EQ(episodes[0].zone, Zone::LowerLip);
    // The two-episode diary was kept as a "restore" backup, and the session still writes.
    bool kept = false;
    for (const BackupInfo &b : backups::list(path))
        kept = kept || (b.kind == u"restore" && b.episodes == 2);
    EXPECT_TRUE(kept);
    Episode third{0, Clock::now(), Zone::Chin, Side::Centre, std::nullopt, 2, {}, {}};
    EXPECT_TRUE(editor.addEpisode(third)) << editor.errorString().toStdString();
}
