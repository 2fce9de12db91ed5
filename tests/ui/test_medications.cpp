// Medications: entered through their dialog, validated at the field, undoable, and
// reaching the analysis (medication_onset).
#include "analysis/analysis.h"
#include "commands/diaryeditor.h"
#include "dialogs/medicationsdialog.h"
#include "domain/clock.h"
#include "models/diarysession.h"
#include "pages/factorspanel.h"
#include "pages/todaypage.h"
#include "printers.h"
#include "widgets/numberfield.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

#include "windowtest.h"

#include <gtest/gtest.h>

using namespace td;
using namespace td::ui;

namespace {

class Daily : public WindowTest
{
protected:
    // Twitching every day from `from` to yesterday, every day checked in.
    void twitchDailyFrom(const QDate &from)
    {
        for (QDate d = from; d < kToday; d = d.addDays(1)) {
            Episode e{0, QDateTime(d, QTime(10, 0), Qt::OffsetFromUTC, 3600), Zone::LowerEyelid, Side::Left, 20, 4, {},
                      {}};
            ASSERT_TRUE(writer->addEpisode(e));
            ASSERT_TRUE(writer->setCheckedIn(d, true));
        }
    }
    void type(QLineEdit *edit, const QString &text)
    {
        edit->clear();
        QTest::keyClicks(edit, text);
    }
};

TEST_F(Daily, MedicationStartedBeforeTwitchingReachesTheAnalysis)
{
    // Checked-in twitch-free days first, so the bout has a beginning.
    for (QDate d = QDate(2026, 10, 1); d < QDate(2026, 11, 5); d = d.addDays(1))
        ASSERT_TRUE(writer->setCheckedIn(d, true));
    twitchDailyFrom(QDate(2026, 11, 5));

    MedicationsDialog dialog(*window->editor(), window.get());
    type(dialog.nameEdit(), QStringLiteral("sertraline"));
    type(dialog.doseEdit(), QStringLiteral("50 mg"));
    dialog.startedEdit()->setDate(QDate(2026, 10, 30));
    QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
    ASSERT_EQ(session->store().medications().size(), 1);
    EXPECT_EQ(dialog.list()->count(), 1);
    const Medication m = session->store().medications().constFirst();
    EXPECT_EQ(m.name, QStringLiteral("sertraline"));
    EXPECT_EQ(m.dose, QStringLiteral("50 mg"));
    EXPECT_EQ(m.started, QDate(2026, 10, 30));
    EXPECT_FALSE(m.stopped);

    const analysis::AnalysisResult result = analysis::analyze(session->store().load());
    const bool flagged = std::any_of(result.flags.cbegin(), result.flags.cend(), [](const analysis::Flag &f) {
        return analysis::flagKindId(f.kind) == QStringLiteral("medication_onset");
    });
    EXPECT_TRUE(flagged);
}

TEST_F(Daily, MedicationStopBeforeStartIsRefusedAtTheField)
{
    MedicationsDialog dialog(*window->editor(), window.get());
    type(dialog.nameEdit(), QStringLiteral("propranolol"));
    dialog.startedEdit()->setDate(QDate(2026, 11, 10));
    dialog.stoppedBox()->setChecked(true);
    dialog.stoppedEdit()->setDate(QDate(2026, 11, 1));
    EXPECT_FALSE(dialog.addMedication());
    EXPECT_FALSE(dialog.errorLabel()->isHidden());
    EXPECT_TRUE(dialog.errorLabel()->text().contains(QStringLiteral("before the start date")))
        << dialog.errorLabel()->text().toStdString();
    EXPECT_TRUE(session->store().medications().isEmpty());

    dialog.startedEdit()->setDate(kToday.addDays(3));
    dialog.stoppedBox()->setChecked(false);
    EXPECT_FALSE(dialog.addMedication());
    EXPECT_TRUE(dialog.errorLabel()->text().contains(QStringLiteral("future")));
    EXPECT_TRUE(session->store().medications().isEmpty());
}

TEST_F(Daily, MedicationEditStopDeleteAndUndo)
{
    MedicationsDialog dialog(*window->editor(), window.get());
    type(dialog.nameEdit(), QStringLiteral("sertraline"));
    dialog.startedEdit()->setDate(QDate(2026, 10, 1));
    ASSERT_TRUE(dialog.addMedication());
    ASSERT_EQ(dialog.list()->currentRow(), 0);
    type(dialog.doseEdit(), QStringLiteral("100 mg"));
    ASSERT_TRUE(dialog.saveSelected());
    EXPECT_EQ(session->store().medications().constFirst().dose, QStringLiteral("100 mg"));
    ASSERT_TRUE(dialog.stopSelected());
    EXPECT_EQ(session->store().medications().constFirst().stopped, kToday);
    window->undoAction()->trigger(); // the stop
    EXPECT_FALSE(session->store().medications().constFirst().stopped);
    ASSERT_TRUE(dialog.deleteSelected());
    EXPECT_TRUE(session->store().medications().isEmpty());
    EXPECT_EQ(dialog.list()->count(), 0);
    window->undoAction()->trigger();
    ASSERT_EQ(session->store().medications().size(), 1);
    EXPECT_EQ(session->store().medications().constFirst().dose, QStringLiteral("100 mg"));
    EXPECT_EQ(dialog.list()->count(), 1);
}

} // namespace
