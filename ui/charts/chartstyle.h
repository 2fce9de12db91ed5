// Colours, pens and fonts for the charts, on screen (light or dark palette) and on paper
// (black and white: meaning is carried by shape, pattern and label, never colour alone).
#pragma once

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPalette>
#include <QPen>

class QAbstractAxis;
class QChart;

namespace td::ui {

struct ChartStyle {
    QColor background;
    QColor text;
    QColor grid;
    QColor episodes; // bars
    QColor factor;   // overlaid factor line
    QColor missing;  // unlogged days
    QColor accent;   // the line at RR = 1, selection
    QFont font;
    bool print = false; // on paper: no animation, no hover, black and white friendly

    static ChartStyle forPalette(const QPalette &palette, const QFont &font);
    static ChartStyle forPrint(const QFont &font);
    QBrush missingBrush() const; // hatched, so missing reads as "unknown" even in grey
    // Colour of a heat-map cell for `count` episodes where `max` is the largest count.
    QColor heat(int count, int max) const;
};

// The background, margins, legend and title of `chart` in `style` (no animation, numbers
// in the user's language).
void applyChartStyle(QChart *chart, const ChartStyle &style);
// `axis` in `style`, with the title `title`.
void styleChartAxis(QAbstractAxis *axis, const ChartStyle &style, const QString &title);

} // namespace td::ui
