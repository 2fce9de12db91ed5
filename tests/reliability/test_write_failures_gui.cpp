// A write that fails in the window: a message says so and what was entered stays to retry.
#include "domain/clock.h"
#include "models/diarysession.h"
#include "pages/factorspanel.h"
#include "pages/todaypage.h"
#include "printers.h"
#include "widgets/episodeform.h"
#include "widgets/facemap.h"
#include "widgets/numberfield.h"
#include "window/mainwindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include "windowtest.h"

#include <gtest/gtest.h>

using namespace td;
using namespace td::ui;

namespace {

class FailingWindow : public WindowTest
{
protected:
    TodayPage *today() { return window->todayPage(); }
};

} // namespace

TEST_F(FailingWindow, EpisodeKeepsItsSelectionAndCanBeRetried)
{
    EpisodeForm *form = today()->episodeForm();
    QTest::mouseClick(form->faceMap(), Qt::LeftButton, {}, form->faceMap()->regionCentre(Zone::UpperLip, Side::Right));
    form->setIntensity(7);
    db->failNextCommitsForTesting(1);
    QTest::mouseClick(form->logButton(), Qt::LeftButton);

    EXPECT_TRUE(session->store().episodes().isEmpty());
    EXPECT_TRUE(today()->statusLabel()->text().contains(QStringLiteral("Could not")))
        << today()->statusLabel()->text().toStdString();
    const auto entered = form->episode();
    ASSERT_TRUE(entered.has_value());
    EXPECT_EQ(entered->zone, Zone::UpperLip);
    EXPECT_EQ(entered->side, Side::Right);
    EXPECT_EQ(entered->intensity, 7);

    QTest::mouseClick(form->logButton(), Qt::LeftButton); // retry: the disk is back
    ASSERT_EQ(session->store().episodes().size(), 1);
    EXPECT_EQ(session->store().episodes()[0].intensity, 7);
}

TEST_F(FailingWindow, SleepHoursStayInTheirField)
{
    NumberField *hours = today()->factorsPanel()->sleepHoursField();
    db->failNextCommitsForTesting(1);
    QLineEdit *edit = hours->lineEdit();
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("6.5"));
    QTest::keyClick(edit, Qt::Key_Return);
    EXPECT_FALSE(session->store().sleep(QDate(2026, 11, 27)).has_value());
    EXPECT_EQ(edit->text(), QStringLiteral("6.5"));
}
