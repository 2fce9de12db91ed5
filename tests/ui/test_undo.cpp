// Undo and redo of every kind of edit, through the window's Edit menu actions.
#include "commands/diaryeditor.h"
#include "dialogs/caffeinepresetsdialog.h"
#include "dialogs/customfactorsdialog.h"
#include "dialogs/episodedialog.h"
#include "domain/clock.h"
#include "models/diarysession.h"
#include "models/historymodel.h"
#include "pages/factorspanel.h"
#include "pages/historypage.h"
#include "pages/reportpage.h"
#include "pages/todaypage.h"
#include "printers.h"
#include "storage/database.h"
#include "widgets/episodeform.h"
#include "widgets/facemap.h"
#include "widgets/numberfield.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
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

    undo(); // check-in
    EXPECT_FALSE(session->store().isCheckedIn(kToday));
    EXPECT_FALSE(f->dayCompleteButton()->isChecked());
    undo(); // both slider steps are one change
    EXPECT_FALSE(session->store().stress(kToday).has_value());
    EXPECT_EQ(f->stressSlider()->value(), 0);
    undo(); // the espresso
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
    undo(); // b
    undo(); // a is back
    ASSERT_EQ(session->store().episodes().size(), 1);
    EXPECT_EQ(session->store().episodes().constFirst(), a);
    redo();
    redo();
    ASSERT_EQ(session->store().episodes().size(), 1);
    EXPECT_EQ(session->store().episodes().constFirst().zone, Zone::Jaw);
    EXPECT_EQ(session->store().episodes().constFirst().id, b.id);
}

// ---- custom factors, caffeine drinks, notes (issue 16: every edit is undoable) ---------

class UndoFactors : public UndoWindow
{
protected:
    static inline const QString kScreen = QStringLiteral("screen");
    static inline const QString kScreenTime = QStringLiteral("screen time");
    static inline const QString kCold = QStringLiteral("cold");

    void SetUp() override
    {
        UndoWindow::SetUp();
        ASSERT_TRUE(window->editor()->defineCustomFactor({kScreen, CustomFactorType::Number, QStringLiteral("h")}));
        ASSERT_TRUE(window->editor()->defineCustomFactor({kCold, CustomFactorType::YesNo, {}}));
        ASSERT_TRUE(window->editor()->setCustomValue(kToday.addDays(-9), kScreen, 6.25));
        ASSERT_TRUE(window->editor()->setCustomValue(kToday.addDays(-2), kScreen, 0));
        ASSERT_TRUE(window->editor()->setCustomValue(kToday, kScreen, 9));
        ASSERT_TRUE(window->editor()->setCustomValue(kToday, kCold, 1));
    }
    QList<CustomFactor> factors() const { return session->store().customFactors(); }
    std::optional<CustomFactorRecord> record(const QString &name) const
    {
        return session->store().customFactorRecord(name);
    }
    FactorsPanel *panel() { return window->todayPage()->factorsPanel(); }
};

TEST_F(UndoFactors, DefiningAFactorIsUndone)
{
    CustomFactorsDialog dialog(*window->editor(), window.get());
    dialog.nameEdit()->setText(QStringLiteral("walk"));
    ASSERT_TRUE(dialog.defineFactor());
    ASSERT_EQ(factors().size(), 3);
    EXPECT_EQ(window->undoAction()->text(), QStringLiteral("&Undo Add factor walk"));
    EXPECT_NE(panel()->findChild<QCheckBox *>(QStringLiteral("custom:walk")), nullptr);

    undo();
    EXPECT_EQ(factors().size(), 2);
    EXPECT_FALSE(record(QStringLiteral("walk")));
    EXPECT_EQ(dialog.list()->count(), 2) << "the dialog follows";
    redo();
    ASSERT_EQ(factors().size(), 3);
    EXPECT_EQ(factors().last(), (CustomFactor{QStringLiteral("walk"), CustomFactorType::YesNo, {}}));
}

TEST_F(UndoFactors, RemovingAFactorIsUndoneWithEveryValueAndItsPlace)
{
    const QList<CustomFactor> before = factors();
    const auto screen = record(kScreen);
    ASSERT_TRUE(screen);
    ASSERT_EQ(screen->values.size(), 3);
    CustomFactorsDialog dialog(*window->editor(), window.get());
    ASSERT_TRUE(dialog.removeFactor(kScreen)) << dialog.errorLabel()->text().toStdString();
    EXPECT_FALSE(record(kScreen));
    EXPECT_EQ(session->store().customValueCount(kScreen), 0);
    EXPECT_EQ(panel()->findChild<NumberField *>(QStringLiteral("custom:screen")), nullptr);
    EXPECT_EQ(window->undoAction()->text(), QStringLiteral("&Undo Remove factor screen"));

    undo();
    EXPECT_EQ(factors(), before) << "back in its place, first";
    ASSERT_TRUE(record(kScreen));
    EXPECT_EQ(record(kScreen)->id, screen->id);
    EXPECT_EQ(record(kScreen)->values, screen->values) << "every value, exactly";
    EXPECT_EQ(session->store().customValue(kToday, kCold), 1.0) << "the other factor untouched";
    auto *field = panel()->findChild<NumberField *>(QStringLiteral("custom:screen"));
    ASSERT_NE(field, nullptr) << "Today shows it again";
    EXPECT_EQ(field->value(), 9.0);
    EXPECT_EQ(dialog.list()->count(), 2);

    redo();
    EXPECT_FALSE(record(kScreen));
    EXPECT_EQ(factors().size(), 1);
    undo();
    EXPECT_EQ(record(kScreen)->values, screen->values);

    // The commands from before the removal still work: undoing all four values.
    undo();
    undo();
    undo();
    undo();
    EXPECT_EQ(session->store().customValueCount(kScreen), 0);
    EXPECT_FALSE(session->store().customValue(kToday, kCold));
}

TEST_F(UndoFactors, RenamingIsUndoneAndOlderCommandsFindTheFactorAgain)
{
    CustomFactorsDialog dialog(*window->editor(), window.get());
    ASSERT_TRUE(dialog.renameFactor(kScreen, QStringLiteral("  screen  time ")));
    EXPECT_EQ(session->store().customValueCount(kScreenTime), 3);
    EXPECT_EQ(window->undoAction()->text(), QStringLiteral("&Undo Rename factor screen to screen time"));
    // A value set under the new name, then a removal under it.
    ASSERT_TRUE(window->editor()->setCustomValue(kToday.addDays(-1), kScreenTime, 4));
    ASSERT_TRUE(window->editor()->setCustomValue(kToday, kScreenTime, std::nullopt));
    ASSERT_NE(panel()->findChild<NumberField *>(QStringLiteral("custom:screen time")), nullptr);

    undo(); // today's value is back
    undo(); // yesterday's goes
    EXPECT_EQ(session->store().customValue(kToday, kScreenTime), 9.0);
    EXPECT_FALSE(session->store().customValue(kToday.addDays(-1), kScreenTime));
    undo(); // the rename
    EXPECT_EQ(factors().constFirst().name, kScreen);
    EXPECT_FALSE(record(kScreenTime));
    EXPECT_EQ(session->store().customValueCount(kScreen), 3);
    ASSERT_NE(panel()->findChild<NumberField *>(QStringLiteral("custom:screen")), nullptr);
    EXPECT_EQ(panel()->findChild<NumberField *>(QStringLiteral("custom:screen time")), nullptr);
    undo(); // cold today (recorded before the rename)
    undo(); // screen today: names the factor by its old name, which it has again
    EXPECT_FALSE(session->store().customValue(kToday, kScreen));
    EXPECT_EQ(session->store().customValueCount(kScreen), 2);

    for (int i = 0; i < 5; ++i)
        redo();
    EXPECT_FALSE(window->redoAction()->isEnabled());
    EXPECT_FALSE(record(kScreen));
    EXPECT_EQ(factors().constFirst(), (CustomFactor{kScreenTime, CustomFactorType::Number, QStringLiteral("h")}));
    EXPECT_FALSE(session->store().customValue(kToday, kScreenTime));
    EXPECT_EQ(session->store().customValue(kToday.addDays(-1), kScreenTime), 4.0);
    EXPECT_EQ(session->store().customValue(kToday.addDays(-9), kScreenTime), 6.25);
    EXPECT_EQ(session->store().customValue(kToday, kCold), 1.0);
}

TEST_F(UndoFactors, RemovingARenamedFactorIsUndoneStepByStep)
{
    ASSERT_TRUE(window->editor()->renameCustomFactor(kScreen, kScreenTime));
    const auto renamed = record(kScreenTime);
    ASSERT_TRUE(window->editor()->removeCustomFactor(kScreenTime));
    undo();
    EXPECT_EQ(record(kScreenTime)->values, renamed->values);
    undo();
    ASSERT_TRUE(record(kScreen));
    EXPECT_EQ(record(kScreen)->id, renamed->id);
    EXPECT_EQ(session->store().customValue(kToday.addDays(-2), kScreen), 0.0);
    redo();
    redo();
    EXPECT_TRUE(factors().size() == 1 && factors().constFirst().name == kCold);
}

TEST_F(UndoWindow, EditingTheCaffeineDrinksIsUndone)
{
    const QList<CaffeinePreset> before = session->store().caffeinePresets();
    ASSERT_GE(before.size(), 2);
    CaffeinePresetsDialog dialog(*window->editor(), window.get());
    dialog.table()->item(0, 0)->setText(QStringLiteral("Flat white"));
    dialog.table()->item(0, 1)->setText(QStringLiteral("130"));
    dialog.table()->removeRow(1);
    ASSERT_TRUE(dialog.save());
    const QList<CaffeinePreset> after = session->store().caffeinePresets();
    EXPECT_EQ(after.first(), (CaffeinePreset{QStringLiteral("Flat white"), 130}));
    EXPECT_EQ(after.size(), before.size() - 1);
    EXPECT_EQ(window->undoAction()->text(), QStringLiteral("&Undo Edit caffeine drinks"));
    FactorsPanel *f = window->todayPage()->factorsPanel();
    EXPECT_TRUE(f->caffeineButtons().constFirst()->text().startsWith(QStringLiteral("Flat white")));

    undo();
    EXPECT_EQ(session->store().caffeinePresets(), before);
    EXPECT_EQ(f->caffeineButtons().size(), before.size()) << "Today's buttons follow";
    EXPECT_FALSE(f->caffeineButtons().constFirst()->text().startsWith(QStringLiteral("Flat white")));
    redo();
    EXPECT_EQ(session->store().caffeinePresets(), after);

    // Saving the list unchanged is no edit.
    CaffeinePresetsDialog again(*window->editor(), window.get());
    ASSERT_TRUE(again.save());
    EXPECT_EQ(window->editor()->undoStack()->count(), 1);
}

TEST_F(UndoWindow, TypingTheNotesForTheDoctorIsOneUndoStep)
{
    window->tabs()->setCurrentWidget(window->reportPage());
    QPlainTextEdit *notes = window->reportPage()->notesEdit();
    notes->setFocus();
    // The notes are saved a moment after typing stops.
    auto saved = [this](const QString &text) {
        return QTest::qWaitFor([&] { return session->doctorNotes() == text; }, 5000);
    };
    QTest::keyClicks(notes, QStringLiteral("Magnesium"));
    ASSERT_TRUE(saved(QStringLiteral("Magnesium")));
    QTest::keyClicks(notes, QStringLiteral(" since January."));
    ASSERT_TRUE(saved(QStringLiteral("Magnesium since January.")));
    EXPECT_EQ(window->editor()->undoStack()->count(), 1) << "the saves merged";
    EXPECT_EQ(window->undoAction()->text(), QStringLiteral("&Undo Edit notes for the doctor"));

    undo();
    EXPECT_EQ(session->doctorNotes(), QString());
    EXPECT_EQ(notes->toPlainText(), QString()) << "the page shows the undone notes";
    redo();
    EXPECT_EQ(session->doctorNotes(), QStringLiteral("Magnesium since January."));
    EXPECT_EQ(notes->toPlainText(), QStringLiteral("Magnesium since January."));
    // Showing the redone text saved nothing new.
    QTest::qWait(timing::kNotesSaveDelayMs + 200);
    EXPECT_EQ(window->editor()->undoStack()->count(), 1);
    EXPECT_TRUE(window->redoAction()->isEnabled() == false);
}

// Moving the diary keeps the history (same entries, same ids); a restore, even a failed
// one (the file was closed and opened again), clears it.
TEST(UndoFile, MovingKeepsTheUndoStackRestoringClearsIt)
{
    QTemporaryDir dir;
    const QString from = dir.filePath(QStringLiteral("diary.sqlite"));
    auto db = std::make_unique<Database>();
    db->setDailyBackups(false);
    ASSERT_TRUE(db->open(from)) << db->errorString().toStdString();
    DiarySession session(std::move(db));
    DiaryEditor editor(session);
    Episode e{0, Clock::now().addSecs(-3600), Zone::Cheek, Side::Left, 10, 3, {}, {}};
    ASSERT_TRUE(editor.addEpisode(e));
    const Episode logged = session.store().episodes().constFirst(); // as stored (whole seconds)
    const QString to = dir.filePath(QStringLiteral("moved/diary.sqlite"));
    QString error, savedAs;
    ASSERT_TRUE(editor.moveTo(to, &error)) << error.toStdString();
    ASSERT_EQ(editor.undoStack()->count(), 1);
    editor.undoStack()->undo();
    EXPECT_TRUE(session.store().episodes().isEmpty()) << "the command works on the moved file";
    editor.undoStack()->redo();
    ASSERT_EQ(session.store().episodes().size(), 1);
    EXPECT_EQ(session.store().episodes().constFirst(), logged) << "the same entry, under the same id";

    EXPECT_FALSE(editor.restoreBackup(dir.filePath(QStringLiteral("no such backup.sqlite")), &error, &savedAs));
    EXPECT_EQ(editor.undoStack()->count(), 0);
    EXPECT_EQ(session.store().episodes().size(), 1) << "a failed restore changed nothing";
}

TEST_F(UndoWindow, ImportClearsTheUndoStack)
{
    stored(Zone::Cheek, 2);
    EXPECT_TRUE(window->undoAction()->isEnabled());
    ImportSummary summary;
    ASSERT_TRUE(window->editor()->importDiary(Diary{}, &summary));
    EXPECT_FALSE(window->undoAction()->isEnabled());
}

} // namespace
