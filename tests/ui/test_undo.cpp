// Undo and redo of every kind of edit, through the window's Edit menu actions.
#include "domain/clock.h"
#include "commands/diaryeditor.h"
#include "dialogs/episodedialog.h"
#include "widgets/episodeform.h"
#include "widgets/facemap.h"
#include "pages/factorspanel.h"
#include "pages/historypage.h"
#include "window/mainwindow.h"
#include "models/diarysession.h"
#include "models/historymodel.h"
#include "printers.h"
#include "pages/todaypage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QListWidget>
#include <QLineEdit>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include "windowtest.h"

#include <gtest/gtest.h>

using namespace td;
using namespace td::ui;

namespace {

class UndoWindow : public WindowTest
{
protected:
    void TearDown() override
    {
        HistoryPage::dialogRunner = nullptr;
        WindowTest::TearDown();
    }
    void undo()
    {
        ASSERT_TRUE(window->undoAction()->isEnabled());
        window->undoAction()->trigger();
    }
    void redo()
    {
        ASSERT_TRUE(window->redoAction()->isEnabled());
        window->redoAction()->trigger();
    }
    Episode stored(Zone zone, int hoursAgo, int intensity = 3)
    {
        Episode e{0, Clock::now().addSecs(-3600 * hoursAgo), zone, Side::Left, 10, intensity, {}, {}};
        EXPECT_TRUE(window->editor()->addEpisode(e));
        return e;
    }
    HistoryPage *history()
    {
        window->tabs()->setCurrentWidget(window->historyPage());
        return window->historyPage();
    }
    // Selects the entry rows of today whose "What" column contains `text`.
    void select(const QStringList &texts)
    {
        HistoryModel *model = history()->model();
        QTreeView *view = history()->view();
        view->clearSelection();
        const QModelIndex day = model->indexOfDay(kToday);
        ASSERT_TRUE(day.isValid());
        for (int row = 0; row < model->rowCount(day); ++row) {
            const QString what = model->index(row, HistoryModel::WhatColumn, day).data().toString();
            for (const QString &t : texts) {
                if (what.contains(t))
                    view->selectionModel()->select(model->index(row, 0, day),
                                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
            }
        }
    }

};

TEST_F(UndoWindow, UndoAndRedoOfAddingAnEpisodeOnToday)
{
    EXPECT_FALSE(window->undoAction()->isEnabled());
    EXPECT_EQ(window->undoAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Z));
    EXPECT_EQ(window->redoAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    FaceMap *map = window->todayPage()->episodeForm()->faceMap();
    QTest::mouseClick(map, Qt::LeftButton, {}, map->regionCentre(Zone::LowerEyelid, Side::Right));
    QTest::mouseClick(window->todayPage()->episodeForm()->logButton(), Qt::LeftButton);
    ASSERT_EQ(session->store().episodes().size(), 1);
    const Episode logged = session->store().episodes().constFirst();
    EXPECT_EQ(window->undoAction()->text(), QStringLiteral("&Undo Log twitch"));

    undo();
    EXPECT_TRUE(session->store().episodes().isEmpty());
    EXPECT_EQ(window->todayPage()->dayList()->count(), 0);
    EXPECT_EQ(window->redoAction()->text(), QStringLiteral("&Redo Log twitch"));

    redo();
    ASSERT_EQ(session->store().episodes().size(), 1);
    EXPECT_EQ(session->store().episodes().constFirst(), logged) << "the same entry, under the same id";
    EXPECT_EQ(window->todayPage()->dayList()->count(), 1);
}

TEST_F(UndoWindow, UndoAndRedoOfDayFactors)
{
    FactorsPanel *f = window->todayPage()->factorsPanel();
    QTest::mouseClick(f->caffeineButtons().constFirst(), Qt::LeftButton);
    f->stressSlider()->setFocus();
    QTest::keyClick(f->stressSlider(), Qt::Key_Right);
    QTest::keyClick(f->stressSlider(), Qt::Key_Right);
    QTest::mouseClick(f->dayCompleteButton(), Qt::LeftButton);
    ASSERT_TRUE(session->store().isCheckedIn(kToday));
    EXPECT_EQ(session->store().stress(kToday)->level, 2);

    undo();  // check-in
    EXPECT_FALSE(session->store().isCheckedIn(kToday));
    EXPECT_FALSE(f->dayCompleteButton()->isChecked());
    undo();  // both slider steps are one change
    EXPECT_FALSE(session->store().stress(kToday).has_value());
    EXPECT_EQ(f->stressSlider()->value(), 0);
    undo();  // the espresso
    EXPECT_TRUE(session->day(kToday).intakes.isEmpty());
    EXPECT_FALSE(window->undoAction()->isEnabled());

    redo();
    redo();
    redo();
    EXPECT_EQ(session->day(kToday).intakes.size(), 1);
    EXPECT_EQ(session->store().stress(kToday)->level, 2);
    EXPECT_TRUE(session->store().isCheckedIn(kToday));
}

TEST_F(UndoWindow, UndoAndRedoOfEditingAnEpisodeInHistory)
{
    const Episode original = stored(Zone::Cheek, 2, 3);
    select({QStringLiteral("Cheek")});
    ASSERT_TRUE(history()->editButton()->isEnabled());
    HistoryPage::dialogRunner = [](EpisodeDialog &d) {
        d.zoneBox()->setCurrentIndex(d.zoneBox()->findData(int(Zone::Chin)));
        d.strengthBox()->setValue(8);
        d.noteEdit()->setText(QStringLiteral("after coffee, \"strong\""));
        d.symptomBoxes()[int(Symptom::Pain)]->setChecked(true);
        return true;
    };
    QTest::mouseClick(history()->editButton(), Qt::LeftButton);
    auto edited = session->store().episode(original.id);
    ASSERT_TRUE(edited);
    EXPECT_EQ(edited->zone, Zone::Chin);
    EXPECT_EQ(edited->intensity, 8);
    EXPECT_EQ(edited->symptoms, QList<Symptom>{Symptom::Pain});
    EXPECT_EQ(edited->note, QStringLiteral("after coffee, \"strong\""));
    EXPECT_EQ(edited->at, original.at);
    EXPECT_EQ(window->undoAction()->text(), QStringLiteral("&Undo Edit twitch"));

    undo();
    EXPECT_EQ(*session->store().episode(original.id), original);
    redo();
    EXPECT_EQ(*session->store().episode(original.id), *edited);
}

TEST_F(UndoWindow, EditRefusesAFutureTime)
{
    const Episode original = stored(Zone::Cheek, 2, 3);
    select({QStringLiteral("Cheek")});
    QString error;
    HistoryPage::dialogRunner = [&error](EpisodeDialog &d) {
        d.timeEdit()->setDateTime(QDateTime(kToday, QTime(18, 0)));
        error = d.validate();
        return true;
    };
    history()->editSelected();
    EXPECT_TRUE(error.contains(QStringLiteral("later than now"))) << error.toStdString();
    EXPECT_EQ(*session->store().episode(original.id), original);
    EXPECT_EQ(window->undoAction()->text(), QStringLiteral("&Undo Log twitch"));
}

TEST_F(UndoWindow, UndoAndRedoOfDeletingSeveralEntries)
{
    const Episode a = stored(Zone::Cheek, 3);
    const Episode b = stored(Zone::Jaw, 2);
    const Episode kept = stored(Zone::Nose, 1);
    Intake water{0, Clock::now().addSecs(-1800), IntakeKind::Water, {}, 0.5};
    ASSERT_TRUE(window->editor()->addIntake(water));
    select({QStringLiteral("Cheek"), QStringLiteral("Jaw"), QStringLiteral("Water")});
    ASSERT_EQ(history()->view()->selectionModel()->selectedRows().size(), 3);
    ASSERT_TRUE(history()->deleteButton()->isEnabled());

    history()->view()->setFocus();
    QTest::keyClick(history()->view(), Qt::Key_Delete);
    ASSERT_EQ(session->store().episodes().size(), 1);
    EXPECT_EQ(session->store().episodes().constFirst().id, kept.id);
    EXPECT_TRUE(session->store().intakes().isEmpty());
    EXPECT_TRUE(window->undoAction()->text().startsWith(QStringLiteral("&Undo Delete 3 entr")));

    undo();
    const auto back = session->store().episodes();
    ASSERT_EQ(back.size(), 3);
    EXPECT_EQ(back[0], a);
    EXPECT_EQ(back[1], b);
    ASSERT_EQ(session->store().intakes().size(), 1);
    EXPECT_EQ(session->store().intakes().constFirst(), water);

    redo();
    EXPECT_EQ(session->store().episodes().size(), 1);
    EXPECT_TRUE(session->store().intakes().isEmpty());

    // Undo again, then delete one with the button: the stack stays consistent.
    undo();
    select({QStringLiteral("Jaw")});
    QTest::mouseClick(history()->deleteButton(), Qt::LeftButton);
    EXPECT_FALSE(session->store().episode(b.id));
    undo();
    EXPECT_EQ(*session->store().episode(b.id), b);
}

TEST_F(UndoWindow, UndoAndRedoAcrossAnIdReusedMeanwhile)
{
    // Removing the newest row frees its id; undo must restore it after the later entry
    // that took the id has itself been undone.
    const Episode a = stored(Zone::Cheek, 2);
    ASSERT_TRUE(window->editor()->removeEpisode(a.id));
    const Episode b = stored(Zone::Jaw, 1);
    undo();  // b
    undo();  // a is back
    ASSERT_EQ(session->store().episodes().size(), 1);
    EXPECT_EQ(session->store().episodes().constFirst(), a);
    redo();
    redo();
    ASSERT_EQ(session->store().episodes().size(), 1);
    EXPECT_EQ(session->store().episodes().constFirst().zone, Zone::Jaw);
    EXPECT_EQ(session->store().episodes().constFirst().id, b.id);
}

TEST_F(UndoWindow, ImportClearsTheUndoStack)
{
    stored(Zone::Cheek, 2);
    EXPECT_TRUE(window->undoAction()->isEnabled());
    ImportSummary summary;
    ASSERT_TRUE(session->importDiary(Diary{}, &summary));
    EXPECT_FALSE(window->undoAction()->isEnabled());
}

} // namespace
