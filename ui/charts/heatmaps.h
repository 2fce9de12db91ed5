// Heat maps painted with QPainter, so the same code draws on screen and, as vectors, in
// the PDF: a calendar of episodes per day, and sites by week (spreading made visible).
#pragma once

#include "charts/chartstyle.h"
#include "report/insights.h"

#include <QPainter>
#include <QWidget>

namespace td::ui {

// Where each cell went and what its tooltip says.
struct HeatCells {
    std::vector<std::pair<QRectF, QString>> cells;
    QString tooltipAt(const QPointF &p) const;
};

// Latest 53 weeks of `days` (Mondays in columns, weekdays in rows).
HeatCells paintCalendarHeatmap(QPainter &p, const QRectF &area, const std::vector<CalendarDay> &days,
                               const ChartStyle &style);
// One row per site, one column per week (weeks are grouped when there are many).
HeatCells paintSiteWeeks(QPainter &p, const QRectF &area, const SiteWeeks &data, const ChartStyle &style);
// Height the site map needs for its rows at the style's font on `device`.
qreal siteWeeksHeight(const SiteWeeks &data, const ChartStyle &style, QPaintDevice *device);

// A widget showing one of the heat maps with tooltips.
class HeatmapView : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Calendar, SiteWeeks };
    explicit HeatmapView(Kind kind, QWidget *parent = nullptr);
    void setData(const InsightsData *insights);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    Kind m_kind;
    const InsightsData *m_data = nullptr;
    std::vector<CalendarDay> m_calendar;
    HeatCells m_cells;
};

} // namespace td::ui
