#include "charts/heatmaps.h"

#include "models/labels.h"

#include <QHelpEvent>
#include <QLocale>
#include <QToolTip>

#include <algorithm>
#include <vector>

namespace td::ui {
namespace {

void drawCell(QPainter &p, const QRectF &r, bool known, int count, int max, const ChartStyle &style)
{
    if (!known) {
        p.fillRect(r, style.background);
        p.fillRect(r, style.missingBrush());
    } else {
        p.fillRect(r, style.heat(count, max));
    }
    p.setPen(QPen(style.grid, 0.5));
    p.setBrush(Qt::NoBrush);
    p.drawRect(r);
}

void drawLegend(QPainter &p, const QPointF &at, qreal cell, int max, const ChartStyle &style)
{
    const QFontMetricsF fm(p.font(), p.device());
    qreal x = at.x();
    // Distinct values only ("0, 1, 2, 4", never "0, 1, 1, 1"): a small maximum has fewer.
    std::vector<int> steps;
    for (int v : {0, max / 4, max / 2, max}) {
        if (steps.empty() || v > steps.back())
            steps.push_back(v);
    }
    p.setPen(style.text);
    p.drawText(QPointF(x, at.y() + cell - fm.descent()), QObject::tr("Episodes:"));
    x += fm.horizontalAdvance(QObject::tr("Episodes:")) + 6;
    for (int v : steps) {
        drawCell(p, QRectF(x, at.y(), cell, cell), true, v, max, style);
        x += cell + 3;
        p.setPen(style.text);
        const QString t = QLocale().toString(v);
        p.drawText(QPointF(x, at.y() + cell - fm.descent()), t);
        x += fm.horizontalAdvance(t) + 10;
    }
    drawCell(p, QRectF(x, at.y(), cell, cell), false, 0, max, style);
    x += cell + 3;
    p.setPen(style.text);
    p.drawText(QPointF(x, at.y() + cell - fm.descent()), QObject::tr("not logged"));
}

} // namespace

QString HeatCells::tooltipAt(const QPointF &p) const
{
    for (const auto &[rect, text] : cells) {
        if (rect.contains(p))
            return text;
    }
    return {};
}

HeatCells paintCalendarHeatmap(QPainter &p, const QRectF &area, const std::vector<CalendarDay> &all,
                               const ChartStyle &style)
{
    HeatCells cells;
    p.save();
    p.setFont(style.font);
    // Metrics of the device painted on: a 300 dpi PDF page is not a 96 dpi screen.
    const QFontMetricsF fm(p.font(), p.device());
    if (all.empty()) {
        p.setPen(style.text);
        p.drawText(area, Qt::AlignCenter, QObject::tr("Nothing logged in this period."));
        p.restore();
        return cells;
    }
    const QDate last = all.back().date;
    const QDate firstShown = std::max(all.front().date, last.addDays(-7 * 53 + 1));
    const QDate firstMonday = firstShown.addDays(1 - firstShown.dayOfWeek());
    const int weeks = int(firstMonday.daysTo(last) / 7) + 1;
    int max = 1;
    for (const CalendarDay &d : all)
        max = std::max(max, d.episodes);

    const qreal labelW = fm.horizontalAdvance(QStringLiteral("Mon")) + 6;
    const qreal top = fm.height() + 2;
    const qreal legendH = fm.height() + 6;
    const qreal cell = std::max<qreal>(4,
                                       std::min((area.width() - labelW) / weeks, (area.height() - top - legendH) / 7));
    const QPointF origin(area.left() + labelW, area.top() + top);
    const QLocale locale;

    p.setPen(style.text);
    for (int row : {0, 2, 4})
        p.drawText(QRectF(area.left(), origin.y() + row * cell, labelW - 4, cell), Qt::AlignRight | Qt::AlignVCenter,
                   locale.dayName(row + 1, QLocale::ShortFormat));
    int lastMonth = -1;
    qreal lastLabelRight = -1e9;
    for (const CalendarDay &d : all) {
        if (d.date < firstShown)
            continue;
        const int col = int(firstMonday.daysTo(d.date) / 7);
        const int row = d.date.dayOfWeek() - 1;
        const QRectF r(origin.x() + col * cell, origin.y() + row * cell, cell - 1, cell - 1);
        drawCell(p, r, d.observed, d.episodes, max, style);
        cells.cells.emplace_back(r, d.observed ? QObject::tr("%1: %n episode(s)", nullptr, d.episodes)
                                                     .arg(locale.toString(d.date, QLocale::ShortFormat))
                                               : QObject::tr("%1: not logged")
                                                     .arg(locale.toString(d.date, QLocale::ShortFormat)));
        if (d.date.month() != lastMonth && d.date.day() <= 7 && r.left() > lastLabelRight) {
            lastMonth = d.date.month();
            p.setPen(style.text);
            const QString label = locale.toString(d.date, QStringLiteral("MMM"));
            p.drawText(QPointF(r.left(), area.top() + fm.ascent()), label);
            lastLabelRight = r.left() + fm.horizontalAdvance(label) + 4;
        }
    }
    drawLegend(p, QPointF(origin.x(), origin.y() + 7 * cell + 6), std::min<qreal>(cell, fm.height() - 2), max, style);
    p.restore();
    return cells;
}

qreal siteWeeksHeight(const SiteWeeks &data, const ChartStyle &style, QPaintDevice *device)
{
    const QFontMetricsF fm(style.font, device);
    const qreal row = fm.height() + 6;
    return fm.height() * 2 + 8 + row * qreal(std::max<std::size_t>(1, data.sites.size()));
}

HeatCells paintSiteWeeks(QPainter &p, const QRectF &area, const SiteWeeks &data, const ChartStyle &style)
{
    HeatCells cells;
    p.save();
    p.setFont(style.font);
    const QFontMetricsF fm(p.font(), p.device());
    if (data.sites.empty() || data.weeks.empty()) {
        p.setPen(style.text);
        p.drawText(area, Qt::AlignCenter, QObject::tr("No episodes in this period."));
        p.restore();
        return cells;
    }
    const QLocale locale;
    // Row labels: the site and when it was first seen.
    QStringList labels;
    qreal labelW = 0;
    for (const analysis::SiteSummary &s : data.sites) {
        labels << QObject::tr("%1 (from %2)")
                      .arg(siteName(s.zone, s.side), locale.toString(s.firstSeen, QLocale::ShortFormat));
        labelW = std::max(labelW, fm.horizontalAdvance(labels.constLast()) + 8);
    }
    labelW = std::min(labelW, area.width() * 0.45);
    const int weeks = int(data.weeks.size());
    const int group = std::max(1, (weeks + 59) / 60); // at most 60 columns
    const int cols = (weeks + group - 1) / group;
    const qreal rowH = fm.height() + 6;
    const qreal top = area.top() + fm.height() + 4;
    const qreal colW = std::max<qreal>(2, (area.width() - labelW) / cols);
    int max = 1;
    std::vector<std::vector<int>> grouped(data.sites.size(), std::vector<int>(std::size_t(cols), 0));
    std::vector<int> logged(std::size_t(cols), 0);
    for (std::size_t s = 0; s < data.sites.size(); ++s) {
        for (int w = 0; w < weeks; ++w)
            grouped[s][std::size_t(w / group)] += data.episodes[s][std::size_t(w)];
        for (int c = 0; c < cols; ++c)
            max = std::max(max, grouped[s][std::size_t(c)]);
    }
    for (int w = 0; w < weeks; ++w)
        logged[std::size_t(w / group)] += data.loggedDays[std::size_t(w)];

    for (std::size_t s = 0; s < data.sites.size(); ++s) {
        const qreal y = top + qreal(s) * rowH;
        p.setPen(style.text);
        p.drawText(QRectF(area.left(), y, labelW - 6, rowH), Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(labels[qsizetype(s)], Qt::ElideMiddle, labelW - 6));
        for (int c = 0; c < cols; ++c) {
            const QRectF r(area.left() + labelW + c * colW, y + 2, colW, rowH - 4);
            const int n = grouped[s][std::size_t(c)];
            drawCell(p, r, logged[std::size_t(c)] > 0, n, max, style);
            const QDate from = data.weeks[std::size_t(c * group)];
            cells.cells.emplace_back(r, QObject::tr("%1, %2 weeks from %3: %n episode(s)", nullptr, n)
                                            .arg(siteName(data.sites[s].zone, data.sites[s].side))
                                            .arg(group)
                                            .arg(locale.toString(from, QLocale::ShortFormat)));
        }
    }
    // Column labels: a few dates along the top.
    p.setPen(style.text);
    const int every = std::max(1, int(std::ceil(fm.horizontalAdvance(QStringLiteral("00 MMM 00")) / colW)));
    for (int c = 0; c < cols; c += every)
        p.drawText(QPointF(area.left() + labelW + c * colW, area.top() + fm.ascent()),
                   locale.toString(data.weeks[std::size_t(c * group)], QStringLiteral("d MMM")));
    drawLegend(p, QPointF(area.left() + labelW, top + qreal(data.sites.size()) * rowH + 4), fm.height() - 2, max,
               style);
    p.restore();
    return cells;
}

HeatmapView::HeatmapView(Kind kind, QWidget *parent) : QWidget(parent), m_kind(kind)
{
    setMouseTracking(true);
    setMinimumHeight(kind == Kind::Calendar ? 150 : 120);
}

void HeatmapView::setData(const InsightsData *insights)
{
    m_data = insights;
    m_calendar = insights ? insights->calendar() : std::vector<CalendarDay>{};
    if (m_kind == Kind::SiteWeeks && insights)
        setMinimumHeight(int(siteWeeksHeight(insights->siteWeeks, ChartStyle::forPalette(palette(), font()), this)) +
                         24);
    updateGeometry();
    update();
}

QSize HeatmapView::sizeHint() const { return {700, m_kind == Kind::Calendar ? 170 : minimumHeight()}; }

void HeatmapView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const ChartStyle style = ChartStyle::forPalette(palette(), font());
    p.fillRect(rect(), style.background);
    const QRectF area = QRectF(rect()).adjusted(8, 6, -8, -6);
    if (!m_data) {
        m_cells = {};
        return;
    }
    m_cells = m_kind == Kind::Calendar ? paintCalendarHeatmap(p, area, m_calendar, style)
                                       : paintSiteWeeks(p, area, m_data->siteWeeks, style);
}

bool HeatmapView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = m_cells.tooltipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace td::ui
