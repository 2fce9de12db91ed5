#include "widgets/readability.h"

#include <QAbstractButton>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QPointer>
#include <QScrollBar>

#include <cmath>

namespace td::ui {

double relativeLuminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableTextOn(const QColor &bg)
{
    return contrastRatio(Qt::black, bg) >= contrastRatio(Qt::white, bg) ? QColor(Qt::black) : QColor(Qt::white);
}

QColor withContrast(const QColor &fg, const QColor &bg, double ratio)
{
    if (contrastRatio(fg, bg) >= ratio)
        return fg;
    const bool lighten = relativeLuminance(bg) < 0.18;
    QColor c = fg.toHsl();
    float h, s, l, a;
    c.getHslF(&h, &s, &l, &a);
    for (int step = 0; step < 100; ++step) {
        l = std::clamp(l + (lighten ? 0.01f : -0.01f), 0.0f, 1.0f);
        c = QColor::fromHslF(h, s, l, a).toRgb();
        if (contrastRatio(c, bg) >= ratio)
            return c;
    }
    return readableTextOn(bg);
}

bool isDarkPalette(const QPalette &palette) { return palette.color(QPalette::Window).lightness() < 128; }

namespace {

QColor mix(const QColor &a, const QColor &b, double f)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * f),
                            float(a.greenF() + (b.greenF() - a.greenF()) * f),
                            float(a.blueF() + (b.blueF() - a.blueF()) * f));
}

const QColor kRed(0xc6, 0x28, 0x28);
const QColor kAmber(0xe0, 0x9a, 0x00);

} // namespace

UiColours UiColours::forPalette(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const bool dark = isDarkPalette(palette);
    UiColours c;
    c.errorText = withContrast(dark ? QColor(0xff, 0x80, 0x80) : QColor(0xb0, 0x20, 0x20), window);
    // Light: a pale amber; dark: the window tinted amber, so the banner does not glare.
    c.warningBackground = dark ? mix(window, kAmber, 0.22) : QColor(0xff, 0xf4, 0xd6);
    c.warningText = withContrast(dark ? QColor(0xff, 0xf0, 0xc8) : QColor(0x3a, 0x2a, 0x00), c.warningBackground, 7.0);
    c.warningBorder = withContrast(kAmber, window, 3.0);
    c.twitchDayMark = withContrast(kRed, window, 3.0);
    return c;
}

QColor UiColours::twitchDay(const QPalette &palette, int episodes)
{
    // Light to strong red by count, starting from the calendar's own background.
    const int level = std::clamp(episodes, 1, 8);
    return mix(palette.color(QPalette::Base), kRed, 0.15 + 0.1 * level);
}

QColor UiColours::twitchDayText(const QPalette &palette, int episodes)
{
    return readableTextOn(twitchDay(palette, episodes));
}

QPalette withReadablePlaceholder(QPalette palette)
{
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        const QColor base = palette.color(group, QPalette::Base);
        QColor placeholder = palette.color(group, QPalette::PlaceholderText);
        // Flatten a translucent placeholder onto the field before measuring it.
        placeholder = mix(base, QColor(placeholder.red(), placeholder.green(), placeholder.blue()),
                          placeholder.alphaF());
        if (contrastRatio(placeholder, base) < 4.5)
            palette.setColor(group, QPalette::PlaceholderText, withContrast(placeholder, base));
    }
    return palette;
}

namespace {

class CheckedHighlighter : public QObject
{
public:
    explicit CheckedHighlighter(QAbstractButton *button) : QObject(button), m_button(button)
    {
        button->installEventFilter(this);
        connect(button, &QAbstractButton::toggled, this, &CheckedHighlighter::apply);
        apply();
    }
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::ParentChange)
            apply();
        return false;
    }

private:
    void apply()
    {
        QWidget *parent = m_button->parentWidget();
        QPalette p = parent ? parent->palette() : QApplication::palette(m_button);
        if (m_button->isChecked()) {
            for (const auto group : {QPalette::Active, QPalette::Inactive}) {
                // The highlight, deepened where needed so its text reads (4.5:1).
                const QColor text = p.color(group, QPalette::HighlightedText);
                p.setColor(group, QPalette::Button, withContrast(p.color(group, QPalette::Highlight), text));
                p.setColor(group, QPalette::ButtonText, text);
            }
        }
        m_button->setPalette(p);
    }
    QAbstractButton *m_button;
};

bool takesWheelOnlyWithFocus(QObject *o)
{
    // Not scroll bars: they are what the wheel should reach.
    return (qobject_cast<QAbstractSlider *>(o) && !qobject_cast<QScrollBar *>(o)) ||
           qobject_cast<QAbstractSpinBox *>(o) || qobject_cast<QComboBox *>(o);
}

class InputGuard : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::Polish:
        case QEvent::Show: // also for controls polished before the guard was installed
            if (takesWheelOnlyWithFocus(watched)) {
                auto *w = static_cast<QWidget *>(watched);
                if (w->focusPolicy() == Qt::WheelFocus)
                    w->setFocusPolicy(Qt::StrongFocus);
            }
            break;
        case QEvent::ApplicationPaletteChange:
            // A colour scheme changed while running: its placeholder text is checked too.
            if (watched == qApp)
                QMetaObject::invokeMethod(this, &makePlaceholderReadable, Qt::QueuedConnection);
            break;
        case QEvent::Wheel:
            // Ignored and filtered: QApplication passes the wheel on to the parent, up to
            // the scroll area, which scrolls.
            if (takesWheelOnlyWithFocus(watched) && !static_cast<QWidget *>(watched)->hasFocus()) {
                event->ignore();
                return true;
            }
            break;
        default: break;
        }
        return false;
    }
};

} // namespace

void makePlaceholderReadable()
{
    const QPalette readable = withReadablePlaceholder(QApplication::palette());
    if (readable != QApplication::palette())
        QApplication::setPalette(readable);
}

void showCheckedInHighlight(QAbstractButton *button)
{
    if (!button->findChild<CheckedHighlighter *>(QString(), Qt::FindDirectChildrenOnly))
        new CheckedHighlighter(button);
}

void installInputGuards()
{
    if (!qApp)
        return;
    makePlaceholderReadable();
    static QPointer<InputGuard> guard;
    if (guard)
        return;
    guard = new InputGuard(qApp);
    qApp->installEventFilter(guard);
}

} // namespace td::ui
