#include "widgets/facemap.h"

#include "models/labels.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QToolTip>

namespace td::ui {
namespace {

constexpr qreal kDesignW = 100;
constexpr qreal kDesignH = 120;

QPainterPath rect(qreal x, qreal y, qreal w, qreal h)
{
    QPainterPath p;
    p.addRect(QRectF(x, y, w, h));
    return p;
}

QPainterPath faceOutline()
{
    QPainterPath p;
    p.addEllipse(QPointF(50, 55), 36, 48);
    return p;
}

// Mirror a region drawn on the viewer's left (the person's right) to the other side.
QPainterPath mirrored(const QPainterPath &p) { return QTransform(-1, 0, 0, 1, kDesignW, 0).map(p); }

QList<FaceMap::Region> buildRegions()
{
    const QPainterPath face = faceOutline();
    QPainterPath nose;
    nose.addPolygon(QPolygonF({QPointF(46, 40), QPointF(54, 40), QPointF(58, 62), QPointF(42, 62)}));
    nose.closeSubpath();

    QList<FaceMap::Region> r;
    auto both = [&](Zone z, const QPainterPath &personsRight) {
        r.append({z, Side::Right, personsRight});
        r.append({z, Side::Left, mirrored(personsRight)});
    };
    both(Zone::BrowForehead, face.intersected(rect(0, 0, 50, 31)));
    both(Zone::UpperEyelid, rect(22, 31, 24, 9));
    both(Zone::LowerEyelid, rect(22, 40, 24, 7));
    both(Zone::Cheek,
         face.intersected(rect(0, 47, 50, 21)).subtracted(nose).united(face.intersected(rect(0, 31, 22, 16))));
    r.append({Zone::Nose, Side::Centre, nose.united(rect(46, 31, 8, 9))});
    both(Zone::UpperLip, rect(38, 64, 9, 8));
    r.append({Zone::UpperLip, Side::Centre, rect(47, 64, 6, 8)});
    both(Zone::MouthCorner, rect(31, 66, 7, 12));
    both(Zone::LowerLip, rect(38, 72, 9, 8));
    r.append({Zone::LowerLip, Side::Centre, rect(47, 72, 6, 8)});
    r.append({Zone::Chin, Side::Centre, face.intersected(rect(38, 80, 24, 30))});
    both(Zone::Jaw, face.intersected(rect(0, 68, 50, 40)).subtracted(rect(31, 64, 19, 46)));
    QPainterPath neck;
    neck.addRoundedRect(QRectF(37, 101, 26, 18), 3, 3);
    r.append({Zone::Neck, Side::Centre, neck.subtracted(face)});
    // Later (smaller, more specific) regions win where shapes overlap: make them disjoint
    // so a click and a highlight always mean exactly one region.
    for (qsizetype i = r.size() - 2; i >= 0; --i) {
        for (qsizetype j = i + 1; j < r.size(); ++j)
            r[i].path = r[i].path.subtracted(r[j].path);
    }
    return r;
}

} // namespace

QString FaceMap::siteName(Zone zone, Side side) { return td::ui::siteName(zone, side); }

FaceMap::FaceMap(QWidget *parent) : QWidget(parent), m_regions(buildRegions())
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setAccessibleDescription(tr("Click where it twitches. Arrow keys move between regions, "
                                "Space or Enter selects."));
    updateAccessibleName();
}

QSize FaceMap::sizeHint() const { return {300, 360}; }
QSize FaceMap::minimumSizeHint() const { return {200, 240}; }
int FaceMap::heightForWidth(int w) const { return int(w * kDesignH / kDesignW); }

QTransform FaceMap::toWidget() const
{
    const qreal scale = std::min(width() / kDesignW, height() / kDesignH);
    const qreal dx = (width() - kDesignW * scale) / 2;
    const qreal dy = (height() - kDesignH * scale) / 2;
    return QTransform(scale, 0, 0, scale, dx, dy);
}

int FaceMap::regionAt(const QPointF &widgetPos) const
{
    const QPointF p = toWidget().inverted().map(widgetPos);
    for (int i = 0; i < m_regions.size(); ++i) {
        if (m_regions[i].path.contains(p))
            return i;
    }
    return -1;
}

QPoint FaceMap::regionCentre(Zone zone, Side side) const
{
    for (const Region &r : m_regions) {
        if (r.zone == zone && r.side == side) {
            // The centroid of a concave region may fall outside it: probe for a point inside.
            const QRectF b = r.path.boundingRect();
            QPointF c = b.center();
            for (int step = 0; !r.path.contains(c) && step < 100; ++step)
                c = QPointF(b.left() + b.width() * ((step * 37) % 100) / 100.0,
                            b.top() + b.height() * ((step * 61) % 100) / 100.0);
            return toWidget().map(c).toPoint();
        }
    }
    return {};
}

std::optional<FaceMap::Region> FaceMap::selected() const
{
    if (m_selected < 0)
        return std::nullopt;
    return m_regions[m_selected];
}

bool FaceMap::select(Zone zone, Side side)
{
    const Side wanted = side == Side::Both ? Side::Left : side;
    for (int i = 0; i < m_regions.size(); ++i) {
        if (m_regions[i].zone == zone && m_regions[i].side == wanted) {
            setSelectedIndex(i, false);
            return true;
        }
    }
    // A centre-only zone (nose, chin, neck) logged with a side still selects it.
    for (int i = 0; i < m_regions.size(); ++i) {
        if (m_regions[i].zone == zone) {
            setSelectedIndex(i, false);
            return true;
        }
    }
    return false;
}

void FaceMap::clearSelection() { setSelectedIndex(-1, false); }

void FaceMap::setSelectedIndex(int index, bool emitClick)
{
    m_selected = index;
    updateAccessibleName();
    update();
    if (emitClick && index >= 0)
        Q_EMIT siteClicked(m_regions[index].zone, m_regions[index].side);
}

void FaceMap::updateAccessibleName()
{
    const int shown = m_selected >= 0 ? m_selected : m_hovered;
    setAccessibleName(shown >= 0 ? tr("Face map: %1").arg(siteName(m_regions[shown].zone, m_regions[shown].side))
                                 : tr("Face map"));
}

void FaceMap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    const QColor skin = dark ? QColor(0x6b, 0x58, 0x4c) : QColor(0xf3, 0xdc, 0xc8);
    const QColor line = dark ? QColor(0xe8, 0xdc, 0xd0) : QColor(0x5a, 0x45, 0x38);
    const QColor highlight = pal.color(QPalette::Highlight);

    p.setTransform(toWidget());
    // Neck, face, features.
    p.setPen(QPen(line, 0.6));
    p.setBrush(skin);
    for (const Region &r : m_regions) {
        if (r.zone == Zone::Neck)
            p.drawPath(r.path);
    }
    p.drawPath(faceOutline());

    // Regions: hover and selection, then thin dotted borders so targets are visible.
    for (int i = 0; i < m_regions.size(); ++i) {
        if (i == m_selected) {
            QColor c = highlight;
            c.setAlpha(170);
            p.fillPath(m_regions[i].path, c);
        } else if (i == m_hovered) {
            QColor c = highlight;
            c.setAlpha(70);
            p.fillPath(m_regions[i].path, c);
        }
    }
    QPen dotted(line, 0.25, Qt::DotLine);
    p.setPen(dotted);
    p.setBrush(Qt::NoBrush);
    for (const Region &r : m_regions)
        p.drawPath(r.path);

    p.setPen(QPen(line, 1.1, Qt::SolidLine, Qt::RoundCap));
    for (qreal cx : {34.0, 66.0}) {
        p.drawArc(QRectF(cx - 10, 29, 20, 6), 20 * 16, 140 * 16); // eyebrow
        p.drawEllipse(QPointF(cx, 40), 8, 3.6);                   // eye
        p.setBrush(line);
        p.drawEllipse(QPointF(cx, 40), 2, 2); // pupil
        p.setBrush(Qt::NoBrush);
    }
    p.drawPath([] {
        QPainterPath n;
        n.moveTo(50, 42);
        n.cubicTo(49, 52, 45, 58, 46, 60);
        n.cubicTo(48, 62, 52, 62, 54, 60);
        return n;
    }());
    QPainterPath mouth;
    mouth.moveTo(38, 72);
    mouth.cubicTo(44, 69.5, 56, 69.5, 62, 72);
    mouth.cubicTo(56, 76, 44, 76, 38, 72);
    p.drawPath(mouth);

    // Orientation labels in widget coordinates, so text stays crisp at any size.
    p.resetTransform();
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    p.setFont(f);
    p.setPen(pal.color(QPalette::WindowText));
    const QTransform t = toWidget();
    const QRectF area = t.mapRect(QRectF(0, 0, kDesignW, 8));
    p.drawText(area, Qt::AlignLeft | Qt::AlignTop, tr("Your right"));
    p.drawText(area, Qt::AlignRight | Qt::AlignTop, tr("Your left"));

    if (hasFocus()) {
        p.setPen(QPen(highlight, 1, Qt::DashLine));
        p.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void FaceMap::mouseMoveEvent(QMouseEvent *event)
{
    const int i = regionAt(event->position());
    if (i != m_hovered) {
        m_hovered = i;
        setCursor(i >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
}

void FaceMap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const int i = regionAt(event->position());
    if (i >= 0)
        setSelectedIndex(i, true);
}

void FaceMap::leaveEvent(QEvent *event)
{
    m_hovered = -1;
    update();
    QWidget::leaveEvent(event);
}

void FaceMap::keyPressEvent(QKeyEvent *event)
{
    const int n = int(m_regions.size());
    int current = m_hovered >= 0 ? m_hovered : std::max(m_selected, 0);
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down: m_hovered = (current + 1) % n; break;
    case Qt::Key_Left:
    case Qt::Key_Up: m_hovered = (current - 1 + n) % n; break;
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter: setSelectedIndex(current, true); return;
    default: return QWidget::keyPressEvent(event);
    }
    updateAccessibleName();
    update();
}

bool FaceMap::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int i = regionAt(help->pos());
        if (i >= 0)
            QToolTip::showText(help->globalPos(), siteName(m_regions[i].zone, m_regions[i].side), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace td::ui
