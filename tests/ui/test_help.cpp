// Help: the About dialog (version, where the diary lives), the user guide on F1, and the
// verdict explanation on Insights, each opened the way a user opens it.
#include "dialogs/aboutdialog.h"
#include "dialogs/userguidedialog.h"
#include "dialogs/verdicthelpdialog.h"
#include "models/diarysession.h"
#include "pages/insightspage.h"
#include "storage/database.h"
#include "window/mainwindow.h"
#include "windowtest.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>

#include <gtest/gtest.h>

using namespace td::ui;

namespace {

QAction *action(QWidget &window, const char *name) { return window.findChild<QAction *>(QString::fromLatin1(name)); }

} // namespace

TEST(AboutDialogTest, ShowsTheVersionAndTheDiaryFileAndFolder)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = QDir(dir.path()).filePath(QStringLiteral("diary.sqlite"));
    auto db = std::make_unique<td::Database>();
    ASSERT_TRUE(db->open(path)) << db->errorString().toStdString();
    DiarySession session(std::move(db));
    MainWindow window(session);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    QAction *about = action(window, "actionAbout");
    ASSERT_NE(about, nullptr);
    about->trigger();
    auto *dialog = window.findChild<AboutDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());

    const QString text = dialog->text();
    const QString folder = QFileInfo(path).absolutePath();
    EXPECT_TRUE(text.contains(QStringLiteral("Version " TD_VERSION))) << text.toStdString();
    EXPECT_TRUE(text.contains(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()))) << text.toStdString();
    EXPECT_TRUE(text.contains(QDir::toNativeSeparators(folder))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("makes no network connection"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("GPL-3.0-or-later"))) << text.toStdString();
    EXPECT_TRUE(dialog->openFolderButton()->isEnabled());
    EXPECT_EQ(dialog->folderUrl(), QUrl::fromLocalFile(folder));
    dialog->close();
}

using HelpTest = WindowTest;

TEST_F(HelpTest, AboutAnInMemoryDiarySaysSoAndHasNoFolderToOpen)
{
    window->findChild<QAction *>(QStringLiteral("actionAbout"))->trigger();
    auto *dialog = window->findChild<AboutDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->text().contains(QStringLiteral("in memory only")));
    EXPECT_FALSE(dialog->openFolderButton()->isEnabled());
    dialog->close();
}

TEST_F(HelpTest, F1OpensTheUserGuideFromTheResources)
{
    QAction *guide = action(*window, "actionUserGuide");
    ASSERT_NE(guide, nullptr);
    EXPECT_EQ(guide->shortcut(), QKeySequence(Qt::Key_F1));
    guide->trigger();
    auto *dialog = window->findChild<UserGuideDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    const QString text = dialog->browser()->toPlainText();
    EXPECT_TRUE(text.startsWith(QStringLiteral("Twitch Diary user guide"))) << text.left(200).toStdString();
    for (const char *heading :
         {"Log an episode", "The daily check-in", "History: edit and undo", "Insights and what the verdicts mean",
          "Warning signs and when to see a doctor", "The doctor summary (PDF)", "Export and import",
          "Backups and restore", "Where your data lives", "The command line"}) {
        EXPECT_TRUE(dialog->showSection(QString::fromUtf8(heading))) << heading;
        EXPECT_EQ(dialog->browser()->textCursor().block().text(), QString::fromUtf8(heading));
    }
    EXPECT_FALSE(dialog->showSection(QStringLiteral("No such section")));
    // Pressed again, the same window comes back instead of a second one.
    guide->trigger();
    EXPECT_EQ(window->findChildren<UserGuideDialog *>().size(), 1);
    dialog->close();
}

TEST_F(HelpTest, TheVerdictHelpOpensFromInsightsAndExplainsEveryVerdict)
{
    window->tabs()->setCurrentWidget(window->insightsPage());
    QPushButton *button = window->insightsPage()->verdictHelpButton();
    ASSERT_NE(button, nullptr);
    EXPECT_TRUE(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    auto *help = window->insightsPage()->findChild<VerdictHelpDialog *>();
    ASSERT_NE(help, nullptr);
    EXPECT_TRUE(help->isVisible());
    const QString text = help->browser()->toPlainText();
    for (const char *verdict : {"Likely", "Possible", "No clear association", "Not tested yet", "Keep logging"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(verdict))) << verdict;
    // The thresholds come from the analysis (gate G2: 56 days, 24 with twitching).
    EXPECT_TRUE(text.contains(QStringLiteral("at least 56 logged days, 24 of them"))) << text.toStdString();

    // From there, the user guide opens at the Insights section.
    QTest::mouseClick(help->guideButton(), Qt::LeftButton);
    auto *guide = window->findChild<UserGuideDialog *>();
    ASSERT_NE(guide, nullptr);
    EXPECT_TRUE(guide->browser()->textCursor().block().text().startsWith(QStringLiteral("Insights")));
    guide->close();
    help->close();
}
