// A diary opened read-only can be looked at, never written from the window.
#include "models/diarysession.h"
#include "pages/factorspanel.h"
#include "pages/todaypage.h"
#include "printers.h"
#include "widgets/episodeform.h"
#include "window/mainwindow.h"

#include <QMenuBar>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace td;

TEST(ReadOnlyWindow, EditingControlsAreOffAndTheTitleSaysSo)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
    {
        Database writer;
        ASSERT_TRUE(writer.open(path));
    }
    auto db = std::make_unique<Database>();
    ASSERT_TRUE(db->open(path, Database::Mode::ReadOnly)) << db->errorString().toStdString();
    ui::DiarySession session(std::move(db));
    ui::MainWindow window(session);
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("read-only")));
    EXPECT_FALSE(window.todayPage()->episodeForm()->isEnabled());
    EXPECT_FALSE(window.todayPage()->factorsPanel()->isEnabled());
    int disabledWrites = 0;
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *a : menu->menu()->actions()) {
            if (a->text().contains(QStringLiteral("Import")) || a->text().contains(QStringLiteral("Restore"))) {
                EXPECT_FALSE(a->isEnabled()) << a->text().toStdString();
                ++disabledWrites;
            }
        }
    }
    EXPECT_EQ(disabledWrites, 2);
}
