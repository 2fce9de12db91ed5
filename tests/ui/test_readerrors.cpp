// A read of the diary that fails reaches the user (issue 16): the window says so, and an
// edit whose undo would need the value before it changes nothing.
#include "scriptedprompts.h"
#include "windowtest.h"

#include "commands/diaryeditor.h"
#include "storage/diarystore.h"

#include <QApplication>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QUndoStack>

namespace {

class WindowReadErrors : public WindowTest
{
protected:
    void rename(const QString &from, const QString &to)
    {
        QSqlQuery q(db->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(from, to)));
    }
    QMessageBox *readErrorBox() const
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(w);
            if (box && box->isVisible() && box->windowTitle() == u"The diary could not be read")
                return box;
        }
        return nullptr;
    }
};

} // namespace

TEST_F(WindowReadErrors, TheWindowSaysWhenTheDiaryCannotBeRead)
{
    QSignalSpy spy(session.get(), &td::ui::DiarySession::readFailed);
    rename(QStringLiteral("episodes"), QStringLiteral("hidden"));
    (void)session->day(kToday);
    ASSERT_GE(spy.count(), 1);
    EXPECT_TRUE(spy.at(0).at(0).toString().startsWith(QStringLiteral("Could not read the diary: ")));
    QMessageBox *box = readErrorBox();
    ASSERT_TRUE(box);
    EXPECT_TRUE(box->text().contains(QStringLiteral("Could not read the diary")));
    // More failing reads update the one message instead of stacking new ones.
    (void)session->store().lastEpisode();
    int boxes = 0;
    for (QWidget *w : QApplication::topLevelWidgets())
        boxes += qobject_cast<QMessageBox *>(w) && w->isVisible() ? 1 : 0;
    EXPECT_EQ(boxes, 1);
    box->close();
    rename(QStringLiteral("hidden"), QStringLiteral("episodes"));
}

TEST_F(WindowReadErrors, AnEditWhoseUndoCannotBeKnownChangesNothing)
{
    ASSERT_TRUE(writer->setSleep(kToday, td::Sleep{kToday, 7.0, 3}));
    td::ui::DiaryEditor editor(*session);
    rename(QStringLiteral("sleep"), QStringLiteral("hidden"));
    EXPECT_FALSE(editor.setSleep(kToday, std::nullopt));
    EXPECT_TRUE(editor.errorString().startsWith(QStringLiteral("Could not read the diary: ")))
        << editor.errorString().toStdString();
    EXPECT_EQ(editor.undoStack()->count(), 0);
    rename(QStringLiteral("hidden"), QStringLiteral("sleep"));
    EXPECT_EQ(session->store().sleep(kToday), (td::Sleep{kToday, 7.0, 3}));
    if (QMessageBox *box = readErrorBox())
        box->close();
}

// The message goes through the Prompts seam like every other one (a notice: it does not
// block), with what happened and what to do.
TEST_F(WindowReadErrors, TheReadErrorIsANoticeThroughThePromptsSeam)
{
    {
        ScriptedPrompts prompts;
        prompts.notice();
        rename(QStringLiteral("episodes"), QStringLiteral("hidden"));
        (void)session->store().lastEpisode();
        ASSERT_EQ(prompts.asked.size(), 1);
        EXPECT_EQ(prompts.asked[0].kind, QStringLiteral("notify"));
        EXPECT_EQ(prompts.asked[0].icon, QMessageBox::Warning);
        EXPECT_EQ(prompts.asked[0].title, QStringLiteral("The diary could not be read"));
        EXPECT_TRUE(prompts.asked[0].text.startsWith(QStringLiteral("Could not read the diary: ")));
        EXPECT_TRUE(prompts.asked[0].text.contains(QStringLiteral("Restore from backup")));
        EXPECT_EQ(readErrorBox(), nullptr);
    }
    rename(QStringLiteral("hidden"), QStringLiteral("episodes"));
}
