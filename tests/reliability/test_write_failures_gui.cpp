// A write that fails in the window: a message says so and what was entered stays to retry.
#include "clock.h"
#include "episodeform.h"
#include "facemap.h"
#include "factorspanel.h"
#include "mainwindow.h"
#include "models/diarysession.h"
#include "numberfield.h"
#include "printers.h"
#include "todaypage.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

using namespace td;
using namespace td::ui;

namespace {

class FailingWindow : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Clock::setFixed(QDateTime(QDate(2026, 11, 27), QTime(14, 3, 20), Qt::OffsetFromUTC, 3600));
        auto owned = std::make_unique<Database>();
        ASSERT_TRUE(owned->openInMemory());
        db = owned.get();
        session = std::make_unique<DiarySession>(std::move(owned));
        window = std::make_unique<MainWindow>(*session);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }
    void TearDown() override
    {
        window.reset();
        session.reset();
        Clock::setFixed(std::nullopt);
    }
    TodayPage *today() { return window->todayPage(); }
    Database *db = nullptr;
    std::unique_ptr<DiarySession> session;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(FailingWindow, EpisodeKeepsItsSelectionAndCanBeRetried)
{
    EpisodeForm *form = today()->episodeForm();
    QTest::mouseClick(form->faceMap(), Qt::LeftButton, {},
                      form->faceMap()->regionCentre(Zone::UpperLip, Side::Right));
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
