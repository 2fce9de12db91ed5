// A front view of a face with a clickable region for every facial zone and side.
// The face looks at the user, as in a mirror turned around: the person's right side is
// on the viewer's left, and the labels say so.
#pragma once

#include "domain/domain.h"

#include <QPainterPath>
#include <QWidget>

namespace td::ui {

class FaceMap : public QWidget
{
    Q_OBJECT
public:
    struct Region {
        Zone zone;
        Side side;
        QPainterPath path; // in the map's 100 × 120 design coordinates
    };

    explicit FaceMap(QWidget *parent = nullptr);

    std::optional<Region> selected() const;
    // Selects the region of (zone, side); a face zone with side "both" selects its left
    // region. Returns false when the map has no such region (a body zone).
    bool select(Zone zone, Side side);
    void clearSelection();
    const QList<Region> &regions() const { return m_regions; }
    // Centre of a region in widget coordinates (for tests and tooltips).
    QPoint regionCentre(Zone zone, Side side) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int w) const override;

    static QString siteName(Zone zone, Side side);

Q_SIGNALS:
    void siteClicked(td::Zone zone, td::Side side);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    QTransform toWidget() const;
    int regionAt(const QPointF &widgetPos) const;
    void setSelectedIndex(int index, bool emitClick);
    void updateAccessibleName();

    QList<Region> m_regions;
    int m_hovered = -1;
    int m_selected = -1;
};

} // namespace td::ui
