// Clicking through the window as a person would, on the offscreen platform.
#include "domain/clock.h"
#include "format/diarycsv.h"
#include "models/diarysession.h"
#include "models/historymodel.h"
#include "pages/factorspanel.h"
#include "pages/historypage.h"
#include "pages/todaypage.h"
#include "printers.h"
#include "widgets/episodeform.h"
#include "widgets/facemap.h"
#include "widgets/numberfield.h"
#include "window/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSlider>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include "windowtest.h"

#include <gtest/gtest.h>

using namespace td;
using namespace td::ui;

namespace {

class Window : public WindowTest
{
protected:
    TodayPage *today() { return window->todayPage(); }
    void click(QAbstractButton *b)
    {
        ASSERT_NE(b, nullptr);
        ASSERT_TRUE(b->isVisible());
        ASSERT_TRUE(b->isEnabled());
        QTest::mouseClick(b, Qt::LeftButton);
    }
    void typeInto(NumberField *field, const QString &text)
    {
        QLineEdit *edit = field->lineEdit();
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }
};

TEST_F(Window, LogsAnEpisodeInTwoClicks)
{
    FaceMap *map = today()->episodeForm()->faceMap();
    QTest::mouseClick(map, Qt::LeftButton, {}, map->regionCentre(Zone::LowerLip, Side::Left));
    click(today()->episodeForm()->logButton());

    const auto episodes = session->store().episodes();
    ASSERT_EQ(episodes.size(), 1);
    EXPECT_EQ(episodes[0].zone, Zone::LowerLip);
    EXPECT_EQ(episodes[0].side, Side::Left);
    EXPECT_EQ(episodes[0].intensity, 4);
    EXPECT_EQ(episodes[0].at.toSecsSinceEpoch(), Clock::now().toSecsSinceEpoch());
    EXPECT_EQ(episodes[0].at.offsetFromUtc(), 3600);
    EXPECT_EQ(today()->dayList()->count(), 1);
    EXPECT_TRUE(today()->statusLabel()->text().contains(QStringLiteral("Lower lip, left")));
}

TEST_F(Window, EveryFaceRegionIsClickable)
{
    FaceMap *map = today()->episodeForm()->faceMap();
    for (const FaceMap::Region &r : map->regions()) {
        QTest::mouseClick(map, Qt::LeftButton, {}, map->regionCentre(r.zone, r.side));
        ASSERT_TRUE(map->selected()) << zoneId(r.zone).toStdString();
        EXPECT_EQ(map->selected()->zone, r.zone) << zoneId(r.zone).toStdString() << " " << sideId(r.side).toStdString();
        EXPECT_EQ(map->selected()->side, r.side) << zoneId(r.zone).toStdString();
    }
    // Every facial zone of docs/format.md has a region.
    for (int z = 0; z <= int(Zone::Neck); ++z) {
        const bool found = std::any_of(map->regions().cbegin(), map->regions().cend(),
                                       [z](const FaceMap::Region &r) { return int(r.zone) == z; });
        EXPECT_TRUE(found) << zoneId(Zone(z)).toStdString();
    }
}

TEST_F(Window, LastSiteIsPreselectedNextTime)
{
    Episode e{0, Clock::now().addSecs(-3600), Zone::UpperEyelid, Side::Right, 20, 7, {}, {}};
    ASSERT_TRUE(writer->addEpisode(e));
    MainWindow second(*session);
    EXPECT_TRUE(second.todayPage()->episodeForm()->hasSite());
    const auto entered = second.todayPage()->episodeForm()->episode();
    ASSERT_TRUE(entered);
    EXPECT_EQ(entered->zone, Zone::UpperEyelid);
    EXPECT_EQ(entered->side, Side::Right);
    EXPECT_EQ(entered->intensity, 7);
}

TEST_F(Window, DayFactorsSaveWhenClicked)
{
    FactorsPanel *f = today()->factorsPanel();
    ASSERT_FALSE(f->caffeineButtons().isEmpty());
    click(f->caffeineButtons().constFirst());
    typeInto(f->sleepHoursField(), QStringLiteral("6.5"));
    f->stressSlider()->setFocus();
    QTest::keyClick(f->stressSlider(), Qt::Key_Right);
    click(f->dayCompleteButton());

    const DayEntries day = session->day(QDate(2026, 11, 27));
    ASSERT_EQ(day.intakes.size(), 1);
    EXPECT_EQ(day.intakes[0].kind, IntakeKind::Caffeine);
    EXPECT_EQ(day.intakes[0].amount, 63.0);
    ASSERT_TRUE(day.sleep);
    EXPECT_EQ(day.sleep->hours, 6.5);
    ASSERT_TRUE(day.stress);
    EXPECT_EQ(day.stress->level, 1);
    EXPECT_TRUE(day.checkedIn);
}

TEST_F(Window, OutOfRangeSleepSaysSoAndSavesNothing)
{
    NumberField *sleep = today()->factorsPanel()->sleepHoursField();
    typeInto(sleep, QStringLiteral("30"));
    EXPECT_TRUE(sleep->hasError());
    EXPECT_TRUE(sleep->errorText().contains(QStringLiteral("between 0 and 24"))) << sleep->errorText().toStdString();
    EXPECT_FALSE(session->store().sleep(QDate(2026, 11, 27)));
    EXPECT_EQ(sleep->lineEdit()->text(), QStringLiteral("30")) << "what was typed stays to be corrected";

    typeInto(sleep, QStringLiteral("-2"));
    EXPECT_TRUE(sleep->errorText().contains(QStringLiteral("negative")));
    typeInto(sleep, QStringLiteral("7"));
    EXPECT_FALSE(sleep->hasError());
    EXPECT_EQ(session->store().sleep(QDate(2026, 11, 27))->hours, 7.0);
}

TEST_F(Window, FoodTagIsAddedWithReturn)
{
    QLineEdit *food = today()->factorsPanel()->foodEdit();
    food->setFocus();
    QTest::keyClicks(food, QStringLiteral("Aspartame"));
    QTest::keyClick(food, Qt::Key_Return);
    const DayEntries day = session->day(QDate(2026, 11, 27));
    ASSERT_EQ(day.intakes.size(), 1);
    EXPECT_EQ(day.intakes[0].kind, IntakeKind::Food);
    EXPECT_EQ(day.intakes[0].name, QStringLiteral("aspartame"));
    EXPECT_TRUE(food->text().isEmpty());
}

TEST_F(Window, LoggedEpisodeAppearsInHistory)
{
    FaceMap *map = today()->episodeForm()->faceMap();
    QTest::mouseClick(map, Qt::LeftButton, {}, map->regionCentre(Zone::Cheek, Side::Right));
    click(today()->episodeForm()->logButton());
    window->tabs()->setCurrentWidget(window->historyPage());
    HistoryModel *model = window->historyPage()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model->rowCount(), 1);
    const QModelIndex day = model->index(0, 0);
    EXPECT_EQ(model->data(day, HistoryModel::DateRole).toDate(), QDate(2026, 11, 27));
    ASSERT_EQ(model->rowCount(day), 1);
    EXPECT_EQ(model->index(0, HistoryModel::WhatColumn, day).data().toString(), QStringLiteral("Twitch: Cheek, right"));

    // A later entry on another day inserts a row live, under the tester's eye.
    Episode older{0, Clock::now().addDays(-3), Zone::Chin, Side::Centre, std::nullopt, 2, {}, {}};
    ASSERT_TRUE(writer->addEpisode(older));
    ASSERT_EQ(model->rowCount(), 2);
    EXPECT_EQ(model->data(model->index(1, 0), HistoryModel::DateRole).toDate(), QDate(2026, 11, 24));
    ASSERT_TRUE(writer->removeEpisode(older.id));
    EXPECT_EQ(model->rowCount(), 1);
}

TEST_F(Window, UndoRemovesTheEpisodeJustLogged)
{
    FaceMap *map = today()->episodeForm()->faceMap();
    QTest::mouseClick(map, Qt::LeftButton, {}, map->regionCentre(Zone::UpperLip, Side::Centre));
    click(today()->episodeForm()->logButton());
    ASSERT_EQ(session->store().episodes().size(), 1);
    const auto buttons = today()->findChildren<QPushButton *>();
    QPushButton *undoButton = nullptr;
    for (QPushButton *b : buttons) {
        if (b->text() == QStringLiteral("Undo"))
            undoButton = b;
    }
    click(undoButton);
    EXPECT_TRUE(session->store().episodes().isEmpty());
    EXPECT_EQ(today()->dayList()->count(), 0);
}

} // namespace

namespace {

TEST_F(Window, ExportCsvFromTheFileMenuWritesBothTables)
{
    FaceMap *map = today()->episodeForm()->faceMap();
    QTest::mouseClick(map, Qt::LeftButton, {}, map->regionCentre(Zone::Jaw, Side::Right));
    click(today()->episodeForm()->logButton());
    QTemporaryDir dir;
    window->exportCsv(dir.filePath(QStringLiteral("mine.csv")));
    QFile episodes(dir.filePath(QStringLiteral("mine-episodes.csv")));
    ASSERT_TRUE(episodes.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = csv::parse(episodes.readAll());
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[1][3], QStringLiteral("jaw"));
    EXPECT_EQ(rows[1][4], QStringLiteral("right"));
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("mine-days.csv"))));
}

} // namespace
