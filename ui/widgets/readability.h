// Colours picked from the palette and checked for contrast (WCAG 2: 4.5:1 for text, 3:1
// for marks), so every page reads in a light and a dark palette alike; and the guards
// that keep a control from changing by accident (the mouse wheel over an unfocused
// slider, spin box or combo box scrolls the page instead).
#pragma once

#include <QColor>
#include <QPalette>

class QAbstractButton;
class QWidget;

namespace td::ui {

// WCAG 2 relative luminance (0 black … 1 white) and contrast ratio (1 … 21).
double relativeLuminance(const QColor &c);
double contrastRatio(const QColor &a, const QColor &b);

// `fg` made lighter (on a dark `bg`) or darker (on a light one), keeping its hue, until it
// reaches `ratio` against `bg`; black or white when the hue cannot get there.
QColor withContrast(const QColor &fg, const QColor &bg, double ratio = 4.5);
// Black or white, whichever reads better on `bg`.
QColor readableTextOn(const QColor &bg);
bool isDarkPalette(const QPalette &palette);

// Named colours of the window, for `palette`. Text colours reach 4.5:1 on their background.
struct UiColours {
    QColor errorText;         // on Window
    QColor warningBackground; // banners: amber, quiet in a dark palette
    QColor warningText;       // on warningBackground
    QColor warningBorder;     // 3:1 on Window
    QColor twitchDayMark;     // the History legend's swatch (3:1 on Window)

    static UiColours forPalette(const QPalette &palette);
    // Background of a History calendar day with `episodes` episodes (1…; 8 and more alike)
    // and its text colour (4.5:1).
    static QColor twitchDay(const QPalette &palette, int episodes);
    static QColor twitchDayText(const QPalette &palette, int episodes);
};

// The application palette with a placeholder text that reads (4.5:1 on Base): some
// colour schemes (e.g. a dark one) make it nearly invisible. Other roles are unchanged.
QPalette withReadablePlaceholder(QPalette palette);

// A checkable button shows its checked state in the palette's highlight colours, so a
// selected strength, duration or sleep quality stands out in any palette or style.
void showCheckedInHighlight(QAbstractButton *button);

// Installs (once) an application-wide filter: sliders, spin boxes (date and time edits
// too) and combo boxes take keyboard focus only by click or Tab (Qt::StrongFocus) and
// the mouse wheel only while they have focus; otherwise the wheel goes to the scroll
// area around them. Also makes the application palette's placeholder text readable.
void installInputGuards();
// Sets the application palette's placeholder text to withReadablePlaceholder()'s.
void makePlaceholderReadable();

} // namespace td::ui
