#include "charts/charts.h"

#include "analysis/wording.h"
#include "models/labels.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace td::ui {
namespace {

qreal ms(const QDate &d) { return qreal(QDateTime(d, QTime(0, 0)).toMSecsSinceEpoch()); }

// Bars drawn as one area series on a date axis (Qt Charts' bar series cannot share a
// date axis): a step outline for each day with episodes.
QAreaSeries *dayBars(const std::vector<DailyPoint> &points, bool missing, double top)
{
    auto *upper = new QLineSeries;
    for (const DailyPoint &p : points) {
        const bool draw = missing ? !p.observed : (p.observed && p.episodes > 0);
        if (!draw)
            continue;
        const qreal x0 = ms(p.date) + 2.0 * 3600 * 1000;
        const qreal x1 = ms(p.date) + 22.0 * 3600 * 1000;
        const qreal y = missing ? top : p.episodes;
        *upper << QPointF(x0, 0) << QPointF(x0, y) << QPointF(x1, y) << QPointF(x1, 0);
    }
    return new QAreaSeries(upper);
}

} // namespace

QChart *createDailyChart(const std::vector<DailyPoint> &points, const QString &factorName, const ChartStyle &style)
{
    auto *chart = new QChart;
    applyChartStyle(chart, style);
    int maxEpisodes = 1;
    double maxFactor = 0;
    bool anyFactor = false;
    for (const DailyPoint &p : points) {
        maxEpisodes = std::max(maxEpisodes, p.episodes);
        if (!std::isnan(p.factor)) {
            maxFactor = std::max(maxFactor, p.factor);
            anyFactor = true;
        }
    }
    const double top = maxEpisodes * 1.1 + 0.5;

    auto *axisX = new QDateTimeAxis;
    const qint64 span = points.empty() ? 0 : points.front().date.daysTo(points.back().date);
    // Ticks are evenly spaced in time, not on month starts: a month format is used only
    // when ticks are more than a month apart (else "Jul, Jul" repeats), and short periods
    // get a tick at every midnight.
    if (span <= 10) {
        axisX->setFormat(QStringLiteral("d MMM"));
        axisX->setTickCount(int(span) + 2);
    } else if (span <= 400) {
        axisX->setFormat(span > 120 ? QStringLiteral("d MMM yy") : QStringLiteral("d MMM"));
        axisX->setTickCount(6);
    } else {
        axisX->setFormat(QStringLiteral("MMM yyyy"));
        axisX->setTickCount(7);
    }
    styleChartAxis(axisX, style, QObject::tr("Date"));
    if (!points.empty())
        axisX->setRange(QDateTime(points.front().date, QTime(0, 0)),
                        QDateTime(points.back().date.addDays(1), QTime(0, 0)));
    chart->addAxis(axisX, Qt::AlignBottom);

    auto *axisY = new QValueAxis;
    axisY->setRange(0, top);
    axisY->setLabelFormat(QStringLiteral("%d"));
    axisY->setTickType(QValueAxis::TicksDynamic);
    axisY->setTickAnchor(0);
    axisY->setTickInterval(std::max(1, int(std::ceil(top / 6))));
    styleChartAxis(axisY, style, QObject::tr("Episodes per day"));
    chart->addAxis(axisY, Qt::AlignLeft);

    QAreaSeries *missing = dayBars(points, true, top);
    missing->setName(QObject::tr("Not logged"));
    missing->setBrush(style.missingBrush());
    missing->setPen(Qt::NoPen);
    chart->addSeries(missing);
    missing->attachAxis(axisX);
    missing->attachAxis(axisY);

    QAreaSeries *bars = dayBars(points, false, top);
    bars->setName(QObject::tr("Episodes"));
    bars->setBrush(style.episodes);
    bars->setPen(QPen(style.episodes.darker(130), 0.5));
    chart->addSeries(bars);
    bars->attachAxis(axisX);
    bars->attachAxis(axisY);

    auto *zeros = new QScatterSeries;
    zeros->setName(QObject::tr("Logged, no twitching"));
    zeros->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    const bool dense = points.size() > 120;
    zeros->setMarkerSize(dense ? 2.5 : 4);
    zeros->setColor(style.text);
    zeros->setBorderColor(Qt::transparent);
    for (const DailyPoint &p : points) {
        if (p.observed && p.episodes == 0)
            zeros->append(ms(p.date) + 12.0 * 3600 * 1000, 0);
    }
    chart->addSeries(zeros);
    zeros->attachAxis(axisX);
    zeros->attachAxis(axisY);

    // A yes/no factor (food, supplement, yes/no custom) is drawn as marks on the days it
    // was present; a numeric one as a line with gaps where it was not recorded.
    bool yesNo = anyFactor;
    for (const DailyPoint &p : points) {
        if (!std::isnan(p.factor) && p.factor != 0 && p.factor != 1)
            yesNo = false;
    }
    if (!factorName.isEmpty() && yesNo) {
        auto *axisF = new QValueAxis;
        axisF->setRange(0, 1.15);
        axisF->setTickCount(2);
        axisF->setLabelsVisible(false);
        axisF->setGridLineVisible(false);
        styleChartAxis(axisF, style, QString());
        chart->addAxis(axisF, Qt::AlignRight);
        auto *marks = new QScatterSeries;
        marks->setName(QObject::tr("%1 (days with it)").arg(factorName));
        marks->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
        marks->setMarkerSize(dense ? 6 : 9);
        marks->setColor(style.factor);
        marks->setBorderColor(style.factor);
        for (const DailyPoint &p : points) {
            if (p.factor == 1)
                marks->append(ms(p.date) + 12.0 * 3600 * 1000, 1.07);
        }
        chart->addSeries(marks);
        marks->attachAxis(axisX);
        marks->attachAxis(axisF);
    } else if (!factorName.isEmpty()) {
        auto *axisF = new QValueAxis;
        axisF->setRange(0, anyFactor ? maxFactor * 1.15 + (maxFactor == 0 ? 1 : 0) : 1);
        // Round ticks (0, 100, 200 …, not 0, 137, 273 …).
        axisF->applyNiceNumbers();
        axisF->setLabelFormat(axisF->max() >= 10 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
        styleChartAxis(axisF, style, factorName);
        axisF->setGridLineVisible(false);
        chart->addAxis(axisF, Qt::AlignRight);
        // One series per run of recorded days: no line is drawn across a gap. Over many
        // months (dense) every chart series costs its own graphics items, and a year with
        // a few unlogged days a month makes hundreds of runs (≈ 90 MB for ten years); the
        // line is then one series that joins across the unlogged days, which stay marked
        // by their grey "not logged" bars beneath it.
        QLineSeries *run = nullptr;
        bool first = true;
        QPen pen(style.factor, dense ? 1.0 : 1.8, style.print ? Qt::DashLine : Qt::SolidLine);
        for (const DailyPoint &p : points) {
            if (std::isnan(p.factor)) {
                if (!dense)
                    run = nullptr;
                continue;
            }
            if (!run) {
                run = new QLineSeries;
                run->setPen(pen);
                run->setPointsVisible(!dense);
                run->setMarkerSize(4);
                run->setName(factorName);
                chart->addSeries(run);
                run->attachAxis(axisX);
                run->attachAxis(axisF);
                if (!first) {
                    for (QLegendMarker *m : chart->legend()->markers(run))
                        m->setVisible(false);
                }
                first = false;
            }
            run->append(ms(p.date) + 12.0 * 3600 * 1000, p.factor);
        }
    }
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Area series show as filled squares in the legend: hatched grey for "Not logged",
    // solid for "Episodes" (from the series they were both empty outlines).
    for (QLegendMarker *m : chart->legend()->markers(missing)) {
        m->setShape(QLegend::MarkerShapeRectangle);
        m->setBrush(style.missingBrush());
        m->setPen(QPen(style.missing, 1));
    }
    for (QLegendMarker *m : chart->legend()->markers(bars)) {
        m->setShape(QLegend::MarkerShapeRectangle);
        m->setBrush(style.episodes);
        m->setPen(QPen(style.episodes.darker(130), 1));
    }
    return chart;
}

std::vector<analysis::Association> forestRows(const std::vector<analysis::Association> &all)
{
    std::vector<analysis::Association> rows;
    for (const analysis::Association &a : all) {
        if (a.tested && std::isfinite(a.rateRatio))
            rows.push_back(a);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.rateRatio > b.rateRatio; });
    return rows;
}

QString forestRowLabel(const analysis::Association &a)
{
    // Plain words on two lines: "Caffeine (mg), one day before" / "33 days with, 116 without".
    // A long custom name is cut, never the numbers: labels are not truncated by the chart.
    constexpr int kMaxNameChars = 28;
    QString name = factorDisplayName(a.factor, a.unit);
    if (name.size() > kMaxNameChars)
        name = name.left(kMaxNameChars - 1) + QChar(0x2026);
    return QObject::tr("%1, %2<br>%3 days with, %4 without")
        .arg(name.toHtmlEscaped(), analysis::lagWords(a))
        .arg(a.exposedDays)
        .arg(a.unexposedDays);
}

QChart *createForestChart(const std::vector<analysis::Association> &tested, const ChartStyle &style)
{
    auto *chart = new QChart;
    applyChartStyle(chart, style);
    const std::vector<analysis::Association> rows = forestRows(tested);
    double lo = 0.5, hi = 2.0;
    for (const auto &a : rows) {
        if (std::isfinite(a.ciLow))
            lo = std::min(lo, a.ciLow);
        if (std::isfinite(a.ciHigh))
            hi = std::max(hi, a.ciHigh);
    }
    lo = std::max(0.05, lo / 1.25);
    hi = std::min(40.0, hi * 1.25);

    auto *axisX = new QLogValueAxis;
    axisX->setBase(2);
    axisX->setRange(lo, hi);
    axisX->setLabelFormat(QStringLiteral("%.2g"));
    axisX->setMinorTickCount(-1);
    styleChartAxis(axisX, style, QObject::tr("× as many episodes on days with it (1 = no difference)"));
    chart->addAxis(axisX, Qt::AlignBottom);

    const int n = int(rows.size());
    auto *axisY = new QCategoryAxis;
    axisY->setRange(-0.5, std::max(0, n - 1) + 0.5);
    axisY->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // Category end values must increase: the bottom row (the last) first.
    for (int i = n - 1; i >= 0; --i)
        axisY->append(forestRowLabel(rows[std::size_t(i)]), n - 1 - i);
    styleChartAxis(axisY, style, QString());
    axisY->setTruncateLabels(false); // the plot narrows instead: a cut label hides its numbers
    axisY->setGridLineVisible(false);
    chart->addAxis(axisY, Qt::AlignLeft);

    auto *one = new QLineSeries;
    one->setName(QObject::tr("No association (1)"));
    one->setPen(QPen(style.accent, 1, Qt::DashLine));
    *one << QPointF(1, -0.5) << QPointF(1, std::max(0, n - 1) + 0.5);
    chart->addSeries(one);
    one->attachAxis(axisX);
    one->attachAxis(axisY);

    struct Mark {
        analysis::Verdict verdict;
        QString name;
        QScatterSeries::MarkerShape shape;
        bool filled;
    };
    const Mark marks[] = {
        {analysis::Verdict::Likely, QObject::tr("Likely"), QScatterSeries::MarkerShapeRectangle, true},
        {analysis::Verdict::Possible, QObject::tr("Possible"), QScatterSeries::MarkerShapeTriangle, true},
        {analysis::Verdict::None, QObject::tr("No clear association"), QScatterSeries::MarkerShapeCircle, false},
    };
    for (const Mark &m : marks) {
        auto *points = new QScatterSeries;
        points->setName(m.name);
        points->setMarkerShape(m.shape);
        points->setMarkerSize(m.verdict == analysis::Verdict::None ? 9 : 12);
        points->setColor(m.filled ? style.accent : style.background);
        points->setBorderColor(style.accent);
        points->setPen(QPen(style.accent, 1.5));
        for (int i = 0; i < n; ++i) {
            const auto &a = rows[std::size_t(i)];
            if (a.verdict == m.verdict)
                points->append(a.rateRatio, n - 1 - i);
        }
        chart->addSeries(points);
        points->attachAxis(axisX);
        points->attachAxis(axisY);
    }
    // Rows whose interval and verdict disagree (docs/analysis.md) have a dashed interval;
    // the text beside the chart says so (a legend entry would be cut at this width).
    for (int i = 0; i < n; ++i) {
        const auto &a = rows[std::size_t(i)];
        if (!std::isfinite(a.ciLow) || !std::isfinite(a.ciHigh))
            continue;
        auto *ci = new QLineSeries;
        const bool disagrees = analysis::agreement(a) != analysis::Agreement::Agree;
        ci->setPen(QPen(style.accent, 1.6, disagrees ? Qt::DashLine : Qt::SolidLine));
        *ci << QPointF(std::max(lo, a.ciLow), n - 1 - i) << QPointF(std::min(hi, a.ciHigh), n - 1 - i);
        chart->addSeries(ci);
        ci->attachAxis(axisX);
        ci->attachAxis(axisY);
        for (QLegendMarker *m : chart->legend()->markers(ci))
            m->setVisible(false);
    }
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QChart *createTimeOfDayChart(const std::array<int, 24> &hours, const ChartStyle &style)
{
    auto *chart = new QChart;
    applyChartStyle(chart, style);
    auto *set = new QBarSet(QObject::tr("Episodes"));
    set->setColor(style.episodes);
    set->setBorderColor(style.episodes.darker(130));
    int max = 1;
    for (int h = 0; h < 24; ++h) {
        *set << hours[std::size_t(h)];
        max = std::max(max, hours[std::size_t(h)]);
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.85);
    chart->addSeries(series);
    // A value axis (bars sit on 0..23) labels every third hour without eliding.
    auto *axisX = new QValueAxis;
    axisX->setRange(-0.5, 23.5);
    axisX->setTickType(QValueAxis::TicksDynamic);
    axisX->setTickAnchor(0);
    axisX->setTickInterval(3);
    axisX->setLabelFormat(QStringLiteral("%02d:00"));
    styleChartAxis(axisX, style, QObject::tr("Hour of the day"));
    axisX->setGridLineVisible(false);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, max * 1.1);
    axisY->applyNiceNumbers();
    axisY->setLabelFormat(QStringLiteral("%d"));
    styleChartAxis(axisY, style, QObject::tr("Episodes"));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    chart->legend()->hide();
    return chart;
}

} // namespace td::ui
