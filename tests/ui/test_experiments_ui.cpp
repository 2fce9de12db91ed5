// The Experiments page, its plan dialog, Today's line and the reminder's, through the real
// window (docs/experiments.md). The clock is fixed (windowtest.h) and moved forward to
// finish an experiment.
#include "commands/diaryeditor.h"
#include "dialogs/experimentplandialog.h"
#include "domain/clock.h"
#include "experiments/experiment.h"
#include "models/diarysession.h"
#include "models/experimenttext.h"
#include "pages/experimentspage.h"
#include "pages/insightspage.h"
#include "pages/todaypage.h"
#include "window/mainwindow.h"
#include "window/trayicon.h"

#include <QAction>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>

#include "scriptedprompts.h"
#include "windowtest.h"

#include <gtest/gtest.h>

using namespace td;
using namespace td::ui;
using experiments::Order;
using experiments::Plan;

namespace {

class ExperimentsWindow : public WindowTest
{
protected:
    ExperimentsPage *page()
    {
        window->tabs()->setCurrentWidget(window->experimentsPage());
        return window->experimentsPage();
    }
    QList<Plan> stored() const { return session->experiments(); }
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
    // A caffeine plan with a known schedule, stored through the editor.
    Plan caffeine(const QDate &start, int pairs = 8, std::vector<Order> schedule = {})
    {
        Plan p;
        p.title = QStringLiteral("Less caffeine");
        p.factor = QStringLiteral("caffeine_mg");
        p.op = experiments::Op::AtMost;
        p.value = 100;
        p.start = start;
        p.pairs = pairs;
        p.schedule = schedule.empty() ? std::vector<Order>(std::size_t(pairs), Order::AB) : schedule;
        EXPECT_TRUE(window->editor()->planExperiment(p)) << (window->editor()->errorString()).toStdString();
        return p;
    }
    QDateTime noon(const QDate &d) const { return QDateTime(d, QTime(12, 0), Qt::OffsetFromUTC, 3600); }
    void caffeineOn(const QDate &d, double mg)
    {
        Intake i{0, noon(d), IntakeKind::Caffeine, QStringLiteral("coffee"), mg};
        ASSERT_TRUE(writer->addIntake(i));
    }
};

TEST_F(ExperimentsWindow, PlannedFromTheDialogIsStoredWithItsScheduleAndUndoable)
{
    ExperimentPlanDialog *dialog = page()->newExperiment();
    ASSERT_NE(dialog, nullptr);
    dialog->setPreset(ExperimentPlanDialog::Preset::Caffeine);
    dialog->waitForPreview();
    EXPECT_TRUE(dialog->problemLabel()->isHidden());
    // An empty diary: no preview numbers, the design's minimum p and the result date instead.
    EXPECT_TRUE(dialog->previewLabel()->text().contains(QStringLiteral("needs at least 28")))
        << (dialog->previewLabel()->text()).toStdString();
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();

    ASSERT_EQ(stored().size(), 1);
    const Plan plan = stored().front();
    EXPECT_EQ(plan.title, QStringLiteral("Caffeine at most 100 mg"));
    EXPECT_EQ(plan.factor, QStringLiteral("caffeine_mg"));
    EXPECT_EQ(plan.op, experiments::Op::AtMost);
    EXPECT_EQ(plan.value, 100);
    EXPECT_EQ(plan.start, kToday.addDays(1));
    EXPECT_EQ(plan.washoutDays, 3); // the suggestion for caffeine
    EXPECT_EQ(plan.schedule.size(), std::size_t(8));
    EXPECT_EQ(page()->selectedTitle(), plan.title);
    EXPECT_TRUE(window->undoAction()->text().contains(QStringLiteral("Plan experiment")));

    undo();
    EXPECT_TRUE(stored().isEmpty());
    EXPECT_TRUE(page()->list()->isHidden());
    redo();
    ASSERT_EQ(stored().size(), 1);
    EXPECT_EQ(stored().front(), plan); // the same schedule, never redrawn
}

// The note and what counts as "no difference" go with the plan; the suggested zone is the
// default one of docs/experiments.md.
TEST_F(ExperimentsWindow, TheDialogSetsTheNoteAndTheEquivalenceZone)
{
    ExperimentPlanDialog *dialog = page()->newExperiment();
    ASSERT_NE(dialog, nullptr);
    dialog->setPreset(ExperimentPlanDialog::Preset::Magnesium);
    EXPECT_EQ(dialog->plan().equivalenceLow, 0.8);
    EXPECT_EQ(dialog->plan().equivalenceHigh, 1.25);
    EXPECT_TRUE(dialog->plan().note.isEmpty());
    dialog->equivalenceBox()->setCurrentIndex(0);
    dialog->noteEdit()->setText(QStringLiteral("  300 mg at night, from the pharmacy  "));
    EXPECT_TRUE(dialog->problem().isEmpty()) << dialog->problem().toStdString();
    dialog->waitForPreview();
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    ASSERT_EQ(stored().size(), 1);
    EXPECT_DOUBLE_EQ(stored().front().equivalenceLow, 0.91);
    EXPECT_DOUBLE_EQ(stored().front().equivalenceHigh, 1.1);
    EXPECT_EQ(stored().front().note, QStringLiteral("300 mg at night, from the pharmacy"));
    // The page shows it, as text (a note is the user's, never markup).
    EXPECT_TRUE(page()
                    ->findChild<QLabel *>(QStringLiteral("experimentPlan"))
                    ->text()
                    .contains(QStringLiteral("Your note: 300 mg at night, from the pharmacy")));
    EXPECT_EQ(page()->findChild<QLabel *>(QStringLiteral("experimentPlan"))->textFormat(), Qt::PlainText);
    // Every zone offered is one the plan's rules accept.
    for (int i = 0; i < dialog->equivalenceBox()->count(); ++i) {
        const QPointF zone = dialog->equivalenceBox()->itemData(i).toPointF();
        Plan p = stored().front();
        p.equivalenceLow = zone.x();
        p.equivalenceHigh = zone.y();
        EXPECT_TRUE(experiments::validate(p).isEmpty()) << i;
    }
}

TEST_F(ExperimentsWindow, TheDialogValidatesBeforeAnythingIsStored)
{
    ExperimentPlanDialog *dialog = page()->newExperiment();
    ASSERT_NE(dialog, nullptr);
    dialog->setPreset(ExperimentPlanDialog::Preset::AvoidFood);
    EXPECT_FALSE(dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    EXPECT_EQ(dialog->problemLabel()->text(), QStringLiteral("Name the food to avoid."));
    dialog->foodEdit()->setText(QStringLiteral("Aspartame"));
    EXPECT_TRUE(dialog->problem().isEmpty()) << (dialog->problem()).toStdString();
    EXPECT_EQ(dialog->plan().factor, QStringLiteral("food:aspartame"));
    EXPECT_EQ(dialog->plan().title, QStringLiteral("No aspartame"));
    dialog->periodBox()->setValue(4);
    EXPECT_EQ(dialog->washoutBox()->maximum(), 2); // L − 2
    dialog->reject();
    EXPECT_TRUE(stored().isEmpty());
}

TEST_F(ExperimentsWindow, ASecondExperimentIsRefusedWithTheReason)
{
    caffeine(kToday.addDays(1));
    EXPECT_EQ(page()->newExperiment(), nullptr);
    EXPECT_TRUE(page()->messageLabel()->isVisible());
    EXPECT_TRUE(page()->messageLabel()->text().contains(QStringLiteral("One experiment at a time")))
        << (page()->messageLabel()->text()).toStdString();
    EXPECT_EQ(window->findChild<ExperimentPlanDialog *>(), nullptr);
    EXPECT_EQ(stored().size(), 1);
}

TEST_F(ExperimentsWindow, PauseAndStopAreUndoable)
{
    const Plan plan = caffeine(kToday.addDays(-3));
    ExperimentsPage *p = page();
    p->select(plan.title);
    EXPECT_TRUE(p->pauseButton()->isVisible());
    EXPECT_TRUE(p->stopButton()->isVisible());
    // Never back in time.
    EXPECT_FALSE(p->pause(kToday.addDays(-1), kToday.addDays(2)));
    EXPECT_TRUE(stored().front().pauses.isEmpty());

    ASSERT_TRUE(p->pause(kToday.addDays(2), kToday.addDays(4)));
    ASSERT_EQ(stored().front().pauses.size(), 1);
    EXPECT_EQ(stored().front().pauses.front(), (experiments::Pause{kToday.addDays(2), kToday.addDays(4)}));
    EXPECT_TRUE(window->undoAction()->text().contains(QStringLiteral("Pause experiment")));
    undo();
    EXPECT_TRUE(stored().front().pauses.isEmpty());
    redo();
    EXPECT_EQ(stored().front().pauses.size(), 1);

    ASSERT_TRUE(p->stop());
    ASSERT_TRUE(p->waitForResult());
    EXPECT_EQ(stored().front().stopped, kToday);
    EXPECT_TRUE(window->undoAction()->text().contains(QStringLiteral("Stop experiment")));
    EXPECT_TRUE(p->pauseButton()->isHidden());
    EXPECT_EQ(p->verdictLabel()->text(), QStringLiteral("Stopped"));
    undo();
    EXPECT_FALSE(stored().front().stopped.has_value());
    EXPECT_EQ(stored().front().pauses.size(), 1); // the pause before it stays
    EXPECT_TRUE(p->stopButton()->isVisible());
}

// The Pause button asks for the days in a dialog (through the Prompts seam): cancelled,
// nothing changes; accepted, the pause is stored; its last day cannot be set before its first.
TEST_F(ExperimentsWindow, ThePauseDialogAsksForTheDays)
{
    const Plan plan = caffeine(kToday.addDays(-3));
    ExperimentsPage *p = page();
    p->select(plan.title);
    ScriptedPrompts prompts;
    prompts.dialog([](QDialog &) { return int(QDialog::Rejected); });
    p->pauseButton()->click();
    EXPECT_TRUE(stored().front().pauses.isEmpty());

    prompts.dialog([&](QDialog &d) {
        auto *from = d.findChild<QDateEdit *>(QStringLiteral("pauseFrom"));
        auto *to = d.findChild<QDateEdit *>(QStringLiteral("pauseTo"));
        EXPECT_TRUE(from && to);
        if (!from || !to)
            return int(QDialog::Rejected);
        EXPECT_EQ(from->minimumDate(), kToday) << "never back in time";
        from->setDate(kToday.addDays(3));
        to->setDate(kToday.addDays(1));
        EXPECT_EQ(to->date(), kToday.addDays(3)) << "the last day follows the first";
        to->setDate(kToday.addDays(5));
        return int(QDialog::Accepted);
    });
    p->pauseButton()->click();
    ASSERT_EQ(stored().front().pauses.size(), 1);
    EXPECT_EQ(stored().front().pauses.front(), (experiments::Pause{kToday.addDays(3), kToday.addDays(5)}));
    ASSERT_EQ(prompts.asked.size(), 2);
    EXPECT_EQ(prompts.asked[1].kind, QStringLiteral("exec"));
}

TEST_F(ExperimentsWindow, TodaySaysWhatTheDayIs)
{
    // Pair 1 is AB: days 1–7 usual, days 8–14 change; washout 2 → days 8 and 9 are washout.
    const QDate start = kToday.addDays(-9); // today is day 10: change, not washout
    caffeine(start);
    caffeineOn(kToday, 95);
    TodayPage *today = window->todayPage();
    window->tabs()->setCurrentWidget(today);
    today->showToday();
    EXPECT_TRUE(today->experimentLabel()->isVisible());
    EXPECT_EQ(today->experimentLabel()->text(),
              QStringLiteral("Less caffeine · Change week 2 of 16: caffeine at most 100 mg — so far 95 mg ✓"));
    caffeineOn(kToday, 63);
    today->showToday();
    EXPECT_TRUE(today->experimentLabel()->text().endsWith(QStringLiteral("so far 158 mg ✗")))
        << (today->experimentLabel()->text()).toStdString();

    today->setDate(kToday.addDays(-3)); // day 7: usual
    EXPECT_EQ(today->experimentLabel()->text(), QStringLiteral("Less caffeine · Usual week 1 of 16: live as usual."));
    today->setDate(kToday.addDays(-2)); // day 8: the switch, a washout day
    EXPECT_TRUE(today->experimentLabel()->text().contains(QStringLiteral("Change week 2 of 16")));
    EXPECT_TRUE(today->experimentLabel()->text().contains(QStringLiteral("Washout day")));
    today->setDate(kToday.addDays(-10)); // before the window
    EXPECT_TRUE(today->experimentLabel()->isHidden());

    ASSERT_TRUE(window->editor()->pauseExperiment(QStringLiteral("Less caffeine"), kToday, kToday));
    today->showToday();
    EXPECT_TRUE(today->experimentLabel()->text().contains(QStringLiteral("is paused")))
        << (today->experimentLabel()->text()).toStdString();
}

TEST_F(ExperimentsWindow, ARunningExperimentShowsNoPValue)
{
    const Plan plan = caffeine(kToday.addDays(-20), 6);
    for (QDate d = plan.start; d <= kToday; d = d.addDays(1)) {
        ASSERT_TRUE(writer->setCheckedIn(d, true));
        Episode e{0, noon(d), Zone::LowerLip, Side::Left, 10, 3, {}, {}};
        ASSERT_TRUE(writer->addEpisode(e));
    }
    ExperimentsPage *p = page();
    p->refresh();
    ASSERT_TRUE(p->waitForResult());
    EXPECT_TRUE(p->verdictLabel()->isHidden());
    const QString shown = p->stateLabel()->text() + p->detailsLabel()->text();
    EXPECT_FALSE(shown.contains(QStringLiteral("p =")));
    EXPECT_FALSE(shown.contains(QStringLiteral("schedules")));
    EXPECT_TRUE(p->detailsLabel()->text().contains(QStringLiteral("Day 21 of 84; 63 day")))
        << (p->detailsLabel()->text()).toStdString();
    EXPECT_TRUE(p->detailsLabel()->text().contains(QStringLiteral("Adherence")));
    EXPECT_NE(p->chartView()->chart(), nullptr);
}

TEST_F(ExperimentsWindow, AFinishedExperimentShowsTheVerdictAndTheSchedules)
{
    const std::vector<Order> schedule{Order::BA, Order::AB, Order::AB, Order::BA, Order::BA, Order::AB};
    Plan plan = caffeine(kToday.addDays(1), 6, schedule);
    // The clock moves past the window's end; the days in between were lived and logged.
    const QDate after = plan.windowTo().addDays(2);
    Clock::setFixed(QDateTime(after, QTime(10, 0), Qt::OffsetFromUTC, 3600));
    // Live through it: change days with 1 episode and 60 mg, usual days with 4 and 250 mg.
    for (QDate d = plan.windowFrom(); d <= plan.windowTo(); d = d.addDays(1)) {
        const bool change = experimentDay(plan, d).state == ExperimentDay::State::Change;
        ASSERT_TRUE(writer->setCheckedIn(d, true));
        for (int k = 0; k < (change ? 1 : 4); ++k) {
            Episode e{0, noon(d).addSecs(600 * k), Zone::LowerLip, Side::Left, 10, 3, {}, {}};
            ASSERT_TRUE(writer->addEpisode(e));
        }
        caffeineOn(d, change ? 60 : 250);
    }
    ExperimentsPage *p = page();
    p->refresh();
    ASSERT_TRUE(p->waitForResult());

    const experiments::Result r = experiments::evaluate(session->store().load(), stored().front(), after,
                                                        session->dayBoundaryHour());
    ASSERT_EQ(r.verdict, experiments::Verdict::Helped);
    EXPECT_EQ(p->verdictLabel()->text(), QStringLiteral("Helped"));
    EXPECT_TRUE(p->verdictLabel()->isVisible());
    EXPECT_EQ(p->stateLabel()->text(), ExperimentText::resultSentence(stored().front(), r));
    const QString details = p->detailsLabel()->text();
    EXPECT_TRUE(details.contains(QStringLiteral("%1 of %2 schedules").arg(r.extremeSchedules).arg(r.schedules)))
        << (details).toStdString();
    EXPECT_EQ(r.schedules, 64);
    EXPECT_TRUE(details.contains(ExperimentText::ratio(r))) << (details).toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("Adherence: on 100 % of the change days")));
    EXPECT_TRUE(details.contains(QStringLiteral("Logging: 100 % of the change days")));
    EXPECT_TRUE(p->pauseButton()->isHidden());
    EXPECT_TRUE(p->stopButton()->isHidden());
    // Finished: a second experiment may start now.
    ExperimentPlanDialog *dialog = p->newExperiment();
    ASSERT_NE(dialog, nullptr);
    dialog->reject();
}

// The result is worked out on a worker thread (a ten-year diary takes a second to read):
// the plan shows at once, the result when it is ready, and a result still on its way for
// the experiment shown before is dropped, never shown under another title.
TEST_F(ExperimentsWindow, TheResultIsWorkedOutOffTheWindowThread)
{
    const Plan running = caffeine(kToday.addDays(-20), 6);
    Plan old = running; // finished long ago, nothing logged: insufficient
    old.title = QStringLiteral("Earlier");
    old.start = kToday.addDays(-200);
    ASSERT_TRUE(window->editor()->planExperiment(old)) << window->editor()->errorString().toStdString();
    ExperimentsPage *p = page();
    p->refresh();
    ASSERT_TRUE(p->waitForResult());
    p->select(old.title);
    EXPECT_EQ(p->stateLabel()->text(), QStringLiteral("Working out the result…"));
    EXPECT_TRUE(p->verdictLabel()->isHidden());
    p->select(running.title); // before the first result arrives
    ASSERT_TRUE(p->waitForResult());
    EXPECT_TRUE(p->verdictLabel()->isHidden())
        << "the earlier experiment's verdict was shown: " << p->verdictLabel()->text().toStdString();
    EXPECT_TRUE(p->detailsLabel()->text().contains(QStringLiteral("Day 21 of 84")))
        << p->detailsLabel()->text().toStdString();
    p->select(old.title);
    ASSERT_TRUE(p->waitForResult());
    EXPECT_TRUE(p->verdictLabel()->isVisible());
    // A page nobody looks at reads nothing; it works the result out when shown again.
    window->tabs()->setCurrentWidget(window->todayPage());
    p->select(running.title);
    EXPECT_TRUE(p->waitForResult(0)) << "nothing is on its way for a hidden page";
    EXPECT_EQ(p->stateLabel()->text(), QStringLiteral("Working out the result…"));
    page();
    ASSERT_TRUE(p->waitForResult());
    EXPECT_TRUE(p->detailsLabel()->text().contains(QStringLiteral("Day 21 of 84")));
}

TEST_F(ExperimentsWindow, TestThisOnInsightsOpensThePlanPrefilled)
{
    Q_EMIT window->insightsPage()->testRequested(QStringLiteral("food:aspartame"), int(experiments::Op::Absent), 0);
    EXPECT_EQ(window->tabs()->currentWidget(), window->experimentsPage());
    auto *dialog = window->findChild<ExperimentPlanDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->plan().factor, QStringLiteral("food:aspartame"));
    EXPECT_EQ(dialog->plan().op, experiments::Op::Absent);
    EXPECT_EQ(dialog->foodEdit()->text(), QStringLiteral("aspartame"));
    dialog->reject();

    Q_EMIT window->insightsPage()->testRequested(QStringLiteral("water_l"), int(experiments::Op::AtLeast), 2);
    dialog = nullptr;
    for (auto *d : window->findChildren<ExperimentPlanDialog *>())
        if (d->isVisible())
            dialog = d;
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->plan().factor, QStringLiteral("water_l"));
    EXPECT_EQ(dialog->plan().value, 2);
    EXPECT_TRUE(dialog->problem().isEmpty()) << (dialog->problem()).toStdString();
}

TEST_F(ExperimentsWindow, TheEveningReminderNamesTheRunningExperiment)
{
    caffeine(kToday.addDays(-9));
    window->showReminder();
    const QString shown = window->trayIcon() && window->trayIcon()->isVisible() ? window->trayIcon()->lastMessage()
                                                                                : window->statusBar()->currentMessage();
    EXPECT_TRUE(shown.contains(QStringLiteral("Experiment “Less caffeine”: today was a change day")))
        << (shown).toStdString();
}

} // namespace
