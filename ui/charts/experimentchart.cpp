#include "charts/experimentchart.h"

#include "models/experimenttext.h"

#include <QAreaSeries>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

namespace td::ui {
namespace {

// The context lupdate gives a free tr() in namespace td::ui.
QString tr(const char *s) { return QCoreApplication::translate("td::ui", s); }

qreal ms(const QDate &d) { return qreal(QDateTime(d, QTime(0, 0)).toMSecsSinceEpoch()); }

// One series of rectangles from the baseline to `top`, one per run of consecutive days
// for which `pick` holds.
template <typename Pick>
QAreaSeries *bands(const experiments::Plan &plan, double top, Pick pick)
{
    auto *upper = new QLineSeries;
    const QDate from = plan.windowFrom();
    const QDate to = plan.windowTo();
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        if (!pick(d))
            continue;
        QDate end = d;
        while (end < to && pick(end.addDays(1)))
            end = end.addDays(1);
        const qreal x0 = ms(d), x1 = ms(end.addDays(1));
        *upper << QPointF(x0, 0) << QPointF(x0, top) << QPointF(x1, top) << QPointF(x1, 0);
        d = end;
    }
    return new QAreaSeries(upper);
}

} // namespace

QChart *createExperimentChart(const experiments::Plan &plan, const std::vector<DailyPoint> &points, const QDate &today,
                              const ChartStyle &style)
{
    auto *chart = new QChart;
    applyChartStyle(chart, style);
    chart->legend()->setAlignment(Qt::AlignBottom);

    int most = 1;
    for (const DailyPoint &p : points)
        if (p.observed && p.date <= today)
            most = std::max(most, p.episodes);
    double top = most + 1;

    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("d MMM"));
    x->setRange(QDateTime(plan.windowFrom(), QTime(0, 0)), QDateTime(plan.windowTo().addDays(1), QTime(0, 0)));
    x->setTickCount(std::clamp(int(plan.windowFrom().daysTo(plan.windowTo())) / 14 + 2, 3, 9));
    auto *y = new QValueAxis;
    y->setRange(0, top);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTickCount(std::min(int(top) + 1, 6));
    y->applyNiceNumbers(); // whole, evenly spaced counts (0, 2, 4 … rather than 0, 2, 4, 7)
    top = y->max();        // the bands reach the top of the widened axis
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(x), static_cast<QAbstractAxis *>(y)}) {
        styleChartAxis(axis, style, axis == y ? tr("Episodes") : QString());
        chart->addAxis(axis, axis == x ? Qt::AlignBottom : Qt::AlignLeft);
    }

    auto add = [&](QAbstractSeries *s, const QString &name, bool legend = true) {
        s->setName(name);
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
        if (!legend)
            for (QLegendMarker *m : chart->legend()->markers(s))
                m->setVisible(false);
    };
    auto dayOf = [&plan](const QDate &d) { return experimentDay(plan, d); };

    // Change periods in the factor line's colour, usual ones in the grid's, both faint.
    QColor usualColour = style.grid;
    usualColour.setAlpha(60);
    QAreaSeries *usual = bands(plan, top,
                               [&](const QDate &d) { return dayOf(d).state == ExperimentDay::State::Usual; });
    usual->setBrush(usualColour);
    usual->setPen(Qt::NoPen);
    add(usual, tr("Usual"));
    QColor changeColour = style.factor;
    changeColour.setAlpha(70);
    QAreaSeries *change = bands(plan, top,
                                [&](const QDate &d) { return dayOf(d).state == ExperimentDay::State::Change; });
    change->setBrush(changeColour);
    change->setPen(Qt::NoPen);
    add(change, tr("Change"));
    QAreaSeries *washout = bands(plan, top, [&](const QDate &d) { return dayOf(d).washout; });
    QColor hatch = style.text;
    hatch.setAlpha(110);
    washout->setBrush(QBrush(hatch, Qt::BDiagPattern));
    washout->setPen(Qt::NoPen);
    add(washout, tr("Washout (not counted)"));
    QAreaSeries *paused = bands(plan, top, [&](const QDate &d) { return dayOf(d).paused; });
    // Pauses cross-hatched, so they read apart from washout and from the periods.
    QColor grey = style.text;
    grey.setAlpha(150);
    paused->setBrush(QBrush(grey, Qt::DiagCrossPattern));
    paused->setPen(Qt::NoPen);
    add(paused, tr("Paused"));

    // Episodes: one bar per logged day up to today.
    auto *upper = new QLineSeries;
    for (const DailyPoint &p : points) {
        if (!p.observed || p.date > today || p.episodes <= 0)
            continue;
        const qreal x0 = ms(p.date) + 3.0 * 3600 * 1000, x1 = ms(p.date) + 21.0 * 3600 * 1000;
        *upper << QPointF(x0, 0) << QPointF(x0, p.episodes) << QPointF(x1, p.episodes) << QPointF(x1, 0);
    }
    auto *bars = new QAreaSeries(upper);
    bars->setBrush(style.episodes);
    bars->setPen(QPen(style.episodes, 1));
    add(bars, tr("Episodes per logged day"));

    if (today >= plan.windowFrom() && today <= plan.windowTo()) {
        auto *line = new QLineSeries;
        *line << QPointF(ms(today.addDays(1)), 0) << QPointF(ms(today.addDays(1)), top);
        line->setPen(QPen(style.text, 1.5, Qt::DashLine));
        add(line, tr("Today"));
    }
    return chart;
}

} // namespace td::ui
