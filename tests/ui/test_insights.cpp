// Insights: the numbers fed to each chart, and the page driven as a user would.
#include "charts/charts.h"
#include "commands/diaryeditor.h"
#include "domain/clock.h"
#include "format/diaryjson.h"
#include "models/analysisrunner.h"
#include "models/diarysession.h"
#include "pages/insightspage.h"
#include "printers.h"
#include "report/insights.h"
#include "widgets/redflagbanner.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QAreaSeries>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QGraphicsScene>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QScatterSeries>
#include <QTabWidget>
#include <QTest>
#include <QValueAxis>

#include <gtest/gtest.h>

#include <cmath>
#include <map>

using namespace td;
using namespace td::ui;

namespace {

Diary golden(const char *name)
{
    QFile f(QStringLiteral(TD_GOLDEN_DIR "/") + QString::fromUtf8(name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    const ParseResult r = parseDiaryJson(f.readAll());
    EXPECT_TRUE(r.diary) << r.message().toStdString();
    return r.diary.value_or(Diary{});
}

template <typename T>
QList<T *> seriesOf(QChart *chart)
{
    QList<T *> out;
    for (QAbstractSeries *s : chart->series()) {
        if (auto *t = qobject_cast<T *>(s))
            out.append(t);
    }
    return out;
}

TEST(InsightsData, DailyPointsMatchTheDiary)
{
    const Diary d = golden("g56_planted.json");
    analysis::Options o;
    const InsightsData data = computeInsights(d, o);
    const std::vector<DailyPoint> points = data.daily(QStringLiteral("caffeine_mg"));
    ASSERT_EQ(points.size(), 56u);
    std::map<QDate, int> episodes;
    for (const Episode &e : d.episodes)
        ++episodes[diaryDay(e.at)];
    std::map<QDate, double> caffeine;
    for (const Intake &i : d.intakes) {
        if (i.kind == IntakeKind::Caffeine)
            caffeine[diaryDay(i.at)] += *i.amount;
    }
    for (const DailyPoint &p : points) {
        EXPECT_EQ(p.episodes, episodes[p.date]) << p.date.toString(Qt::ISODate).toStdString();
        EXPECT_TRUE(p.observed); // every day of g56_planted is logged
        EXPECT_DOUBLE_EQ(p.factor, caffeine[p.date]) << p.date.toString(Qt::ISODate).toStdString();
    }
    EXPECT_EQ(data.siteWeeks.sites.size(), data.result.summary.sites.size());
    int total = 0;
    for (const auto &row : data.siteWeeks.episodes)
        for (int n : row)
            total += n;
    EXPECT_EQ(total, int(d.episodes.size()));
}

TEST(InsightsData, MissingDaysAreNotZeroDays)
{
    const InsightsData data = computeInsights(golden("g56_missing.json"), {});
    int missing = 0;
    for (const DailyPoint &p : data.daily(QStringLiteral("sleep_hours"))) {
        if (!p.observed) {
            ++missing;
            EXPECT_EQ(p.episodes, 0);
        }
    }
    EXPECT_GT(missing, 0);
    EXPECT_EQ(data.result.observedDays + missing, data.days.days);
}

TEST(Charts, DailyChartIsFedTheDailyNumbers)
{
    const InsightsData data = computeInsights(golden("g56_missing.json"), {});
    const auto points = data.daily(QStringLiteral("caffeine_mg"));
    std::unique_ptr<QChart> chart(createDailyChart(points, QStringLiteral("Caffeine (mg)"),
                                                   ChartStyle::forPrint(QFont())));
    const auto areas = seriesOf<QAreaSeries>(chart.get());
    ASSERT_EQ(areas.size(), 2);
    QAreaSeries *bars = areas[0]->name() == u"Episodes" ? areas[0] : areas[1];
    QAreaSeries *missing = areas[0]->name() == u"Not logged" ? areas[0] : areas[1];
    int episodeDays = 0, missingDays = 0, zeroDays = 0, recorded = 0;
    double maxEpisodes = 0;
    for (const DailyPoint &p : points) {
        episodeDays += p.observed && p.episodes > 0;
        missingDays += !p.observed;
        zeroDays += p.observed && p.episodes == 0;
        recorded += !std::isnan(p.factor);
        maxEpisodes = std::max(maxEpisodes, double(p.episodes));
    }
    EXPECT_EQ(bars->upperSeries()->count(), 4 * episodeDays);
    EXPECT_EQ(missing->upperSeries()->count(), 4 * missingDays);
    double top = 0;
    for (const QPointF &pt : bars->upperSeries()->points())
        top = std::max(top, pt.y());
    EXPECT_EQ(top, maxEpisodes);
    int scatterPoints = 0, factorPoints = 0;
    for (auto *s : seriesOf<QScatterSeries>(chart.get()))
        scatterPoints += s->count();
    for (auto *s : seriesOf<QLineSeries>(chart.get())) {
        if (s->name() == u"Caffeine (mg)")
            factorPoints += s->count();
    }
    EXPECT_EQ(scatterPoints, zeroDays);
    EXPECT_EQ(factorPoints, recorded);
}

TEST(Charts, ForestPlotIsFedTheRateRatios)
{
    const InsightsData data = computeInsights(golden("g56_planted.json"), {});
    const auto rows = forestRows(data.result.associations);
    ASSERT_FALSE(rows.empty());
    std::unique_ptr<QChart> chart(createForestChart(data.result.associations, ChartStyle::forPrint(QFont())));
    std::vector<double> plotted;
    for (auto *s : seriesOf<QScatterSeries>(chart.get())) {
        for (const QPointF &p : s->points())
            plotted.push_back(p.x());
        if (s->name() == u"Likely") {
            ASSERT_EQ(s->count(), 1);
            EXPECT_NEAR(s->at(0).x(), 4.597456264408998, 1e-9); // food:aspartame, golden
        }
    }
    std::vector<double> expected;
    for (const auto &a : rows)
        expected.push_back(a.rateRatio);
    std::sort(plotted.begin(), plotted.end());
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(plotted, expected);
    EXPECT_TRUE(forestRowLabel(rows.front()).contains(QStringLiteral("aspartame")));
}

// Issue 15: the legend tells "Not logged" (hatched) from "Episodes" (solid); the factor
// axis ticks are round numbers; axis numbers follow the locale ("0,5" in German).
TEST(Charts, DailyChartLegendTicksAndLocale)
{
    const InsightsData data = computeInsights(golden("g56_missing.json"), {});
    const auto points = data.daily(QStringLiteral("caffeine_mg"));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    std::unique_ptr<QChart> chart(createDailyChart(points, QStringLiteral("Caffeine (mg)"),
                                                   ChartStyle::forPalette(QPalette(), QFont())));
    QLocale::setDefault(QLocale::c());
    EXPECT_TRUE(chart->localizeNumbers());
    EXPECT_EQ(chart->locale().language(), QLocale::German);
    std::map<QString, QBrush> swatch;
    for (QAbstractSeries *s : chart->series()) {
        for (QLegendMarker *m : chart->legend()->markers(s))
            swatch[m->label()] = m->brush();
    }
    ASSERT_TRUE(swatch.count(QStringLiteral("Not logged")) && swatch.count(QStringLiteral("Episodes")));
    EXPECT_EQ(swatch[QStringLiteral("Not logged")].style(), Qt::BDiagPattern);
    EXPECT_EQ(swatch[QStringLiteral("Episodes")].style(), Qt::SolidPattern);
    EXPECT_NE(swatch[QStringLiteral("Not logged")].color(), swatch[QStringLiteral("Episodes")].color());
    bool factorAxis = false;
    for (QAbstractAxis *axis : chart->axes(Qt::Vertical)) {
        auto *value = qobject_cast<QValueAxis *>(axis);
        if (!value || value->titleText() != u"Caffeine (mg)")
            continue;
        factorAxis = true;
        // Every tick a round number: the step is 1, 2, 2.5 or 5 times a power of ten.
        const double step = (value->max() - value->min()) / (value->tickCount() - 1);
        const double mantissa = step / std::pow(10.0, std::floor(std::log10(step)));
        EXPECT_TRUE(std::abs(mantissa - 1) < 1e-9 || std::abs(mantissa - 2) < 1e-9 || std::abs(mantissa - 2.5) < 1e-9 ||
                    std::abs(mantissa - 5) < 1e-9)
            << value->min() << " … " << value->max() << " in " << value->tickCount() << " ticks";
        EXPECT_EQ(value->min(), 0);
    }
    EXPECT_TRUE(factorAxis);
}

TEST(Charts, ForestRowLabelsAreNeverCut)
{
    const InsightsData data = computeInsights(golden("g56_planted.json"), analysis::Options{});
    QGraphicsScene scene;
    QChart *chart = createForestChart(data.result.associations, ChartStyle::forPrint(QFont()));
    scene.addItem(chart);                       // the scene owns it
    chart->setGeometry(QRectF(0, 0, 520, 360)); // narrower than the report's page
    QApplication::processEvents();
    ASSERT_FALSE(chart->axes(Qt::Vertical).isEmpty());
    for (QAbstractAxis *axis : chart->axes(Qt::Vertical))
        EXPECT_FALSE(axis->labelsTruncated());
    // The lag in words ("same day", "2 days before"), not "lag 2".
    for (const auto &a : forestRows(data.result.associations))
        EXPECT_FALSE(forestRowLabel(a).contains(QStringLiteral("lag"))) << forestRowLabel(a).toStdString();
}

class InsightsWindow : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Clock::setFixed(QDateTime(QDate(2025, 3, 2), QTime(20, 0), Qt::OffsetFromUTC, 3600));
        auto db = std::make_unique<Database>();
        ASSERT_TRUE(db->openInMemory());
        ASSERT_TRUE(DiaryStore(*db).import(golden("g56_planted.json")));
        session = std::make_unique<DiarySession>(std::move(db));
        window = std::make_unique<MainWindow>(*session);
        window->show();
        window->tabs()->setCurrentWidget(window->insightsPage());
        ASSERT_TRUE(window->analysisRunner()->waitForLatest());
    }
    void TearDown() override
    {
        window.reset();
        session.reset();
        Clock::setFixed(std::nullopt);
    }
    InsightsPage *page() { return window->insightsPage(); }
    std::unique_ptr<DiarySession> session;
    std::unique_ptr<MainWindow> window;
};

TEST_F(InsightsWindow, ShowsTriggersAndTheSelectedSentence)
{
    EXPECT_FALSE(page()->gateLabel()->isVisible());
    EXPECT_TRUE(page()->sentenceLabel()->text().contains(QStringLiteral("aspartame")));
    EXPECT_TRUE(page()->sentenceLabel()->text().contains(QStringLiteral("An association, not proof.")));
    EXPECT_FALSE(page()->banner()->text().isEmpty());
    EXPECT_TRUE(page()->banner()->text().contains(QStringLiteral("not a diagnosis")));
}

TEST_F(InsightsWindow, ChangingTheOverlayFactorChangesTheChart)
{
    QComboBox *overlay = page()->overlayCombo();
    const int sleep = overlay->findData(QStringLiteral("sleep_hours"));
    ASSERT_GE(sleep, 0);
    overlay->setCurrentIndex(sleep);
    Q_EMIT overlay->activated(sleep);
    bool found = false;
    for (auto *s : seriesOf<QLineSeries>(page()->dailyChart()->chart())) {
        if (s->name() == u"Sleep (h)") {
            found = true;
            EXPECT_GT(s->count(), 0);
            for (const QPointF &p : s->points())
                EXPECT_TRUE(p.y() >= 0 && p.y() <= 24);
        }
    }
    EXPECT_TRUE(found);
}

TEST_F(InsightsWindow, ChangingThePeriodReanalyses)
{
    page()->setPeriod(InsightsPage::Period::Last4Weeks);
    ASSERT_TRUE(window->analysisRunner()->waitForLatest());
    const InsightsData *data = window->analysisRunner()->latest();
    EXPECT_EQ(data->result.to, QDate(2025, 3, 2));
    EXPECT_LE(data->days.days, 28);
    // Four weeks are below gate G0 in this diary? It has 28 logged days: the trigger
    // analysis needs at least 28 observed and 10 episode days, so it may show; either
    // way the daily chart holds at most 28 days of bars.
    auto areas = seriesOf<QAreaSeries>(page()->dailyChart()->chart());
    ASSERT_EQ(areas.size(), 2);
    for (auto *a : areas)
        EXPECT_LE(a->upperSeries()->count(), 4 * 28);
}

TEST_F(InsightsWindow, NewEntryRefreshesInTheBackground)
{
    const int before = window->analysisRunner()->latest()->result.episodes;
    Episode e{0, Clock::now().addSecs(-60), Zone::Chin, Side::Centre, 10, 3, {}, {}};
    ASSERT_TRUE(window->editor()->addEpisode(e));
    QTest::qWait(600); // the page debounces edits before re-analysing
    ASSERT_TRUE(window->analysisRunner()->waitForLatest());
    EXPECT_EQ(window->analysisRunner()->latest()->result.episodes, before + 1);
}

// Issue 15: "Click a row for the details" — a whole row (label, line, marker) is the
// target, with hover feedback, and Up/Down/Enter select from the keyboard.
TEST_F(InsightsWindow, ForestRowsAreWholeTargetsForMouseAndKeyboard)
{
    window->resize(1200, 1000);
    QChartView *view = page()->forestChart();
    QTest::qWait(50);
    ASSERT_FALSE(page()->forestRowRect(1).isEmpty()) << "at least two rows";
    EXPECT_EQ(page()->selectedForestRow(), 0);
    const QString first = page()->sentenceLabel()->text();
    auto send = [&](QEvent::Type type, const QPoint &pos) {
        QMouseEvent e(type, pos, view->viewport()->mapToGlobal(pos),
                      type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton,
                      type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &e);
    };
    // The label at the row's left end.
    const QRect row1 = page()->forestRowRect(1);
    send(QEvent::MouseMove, QPoint(row1.left() + 8, row1.center().y()));
    EXPECT_EQ(page()->hoveredForestRow(), 1) << "hover feedback on the label";
    send(QEvent::MouseButtonPress, QPoint(row1.left() + 8, row1.center().y()));
    EXPECT_EQ(page()->selectedForestRow(), 1);
    EXPECT_NE(page()->sentenceLabel()->text(), first);
    // Anywhere along the row, away from its marker (the line, the empty part).
    const QRect row0 = page()->forestRowRect(0);
    for (const int x : {row0.center().x(), row0.right() - 4}) {
        send(QEvent::MouseButtonPress, QPoint(row1.center().x(), row1.center().y()));
        send(QEvent::MouseButtonPress, QPoint(x, row0.center().y() + row0.height() / 3));
        EXPECT_EQ(page()->selectedForestRow(), 0) << x;
    }
    EXPECT_EQ(page()->sentenceLabel()->text(), first);
    // Outside every row (the axis title below): nothing changes.
    send(QEvent::MouseButtonPress, QPoint(row0.center().x(), view->viewport()->height() - 3));
    EXPECT_EQ(page()->selectedForestRow(), 0);
    send(QEvent::MouseMove, QPoint(row0.center().x(), view->viewport()->height() - 3));
    EXPECT_EQ(page()->hoveredForestRow(), -1);

    // Keyboard: Down, Down, Up, End, Home, Enter.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down);
    EXPECT_EQ(page()->selectedForestRow(), 1);
    EXPECT_NE(page()->sentenceLabel()->text(), first);
    QTest::keyClick(view, Qt::Key_Up);
    EXPECT_EQ(page()->selectedForestRow(), 0);
    QTest::keyClick(view, Qt::Key_End);
    const int last = page()->selectedForestRow();
    EXPECT_GE(last, 1);
    QTest::keyClick(view, Qt::Key_Down);
    EXPECT_EQ(page()->selectedForestRow(), last) << "stays on the last row";
    QTest::keyClick(view, Qt::Key_Home);
    QTest::keyClick(view, Qt::Key_Return);
    EXPECT_EQ(page()->selectedForestRow(), 0);
    EXPECT_EQ(page()->sentenceLabel()->text(), first);
    EXPECT_TRUE(view->accessibleDescription().startsWith(QStringLiteral("Row 1 of ")));
}

} // namespace
