#include "charts/chartstyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace td::ui {

ChartStyle ChartStyle::forPalette(const QPalette &palette, const QFont &font)
{
    ChartStyle s;
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    s.background = palette.color(QPalette::Base);
    s.text = palette.color(QPalette::Text);
    s.grid = dark ? QColor(0x55, 0x55, 0x55) : QColor(0xdd, 0xdd, 0xdd);
    s.episodes = dark ? QColor(0x6f, 0xa8, 0xdc) : QColor(0x2f, 0x6f, 0x8f);
    s.factor = dark ? QColor(0xf0, 0xa0, 0x50) : QColor(0xc0, 0x5a, 0x10);
    s.missing = dark ? QColor(0x77, 0x77, 0x77) : QColor(0xb0, 0xb0, 0xb0);
    s.accent = dark ? QColor(0xee, 0xee, 0xee) : QColor(0x22, 0x22, 0x22);
    s.font = font;
    return s;
}

ChartStyle ChartStyle::forPrint(const QFont &font)
{
    ChartStyle s;
    s.background = Qt::white;
    s.text = Qt::black;
    s.grid = QColor(0xcc, 0xcc, 0xcc);
    s.episodes = QColor(0x40, 0x40, 0x40);
    s.factor = QColor(0x00, 0x00, 0x00);
    s.missing = QColor(0x99, 0x99, 0x99);
    s.accent = Qt::black;
    s.font = font;
    s.print = true;
    return s;
}

QBrush ChartStyle::missingBrush() const { return QBrush(missing, Qt::BDiagPattern); }

QColor ChartStyle::heat(int count, int max) const
{
    if (count <= 0 || max <= 0)
        return background;
    // Light to dark in the episodes colour; square-root scale so single episodes show.
    const double f = std::sqrt(double(count) / max);
    const QColor lo = QColor::fromRgbF(0.93f, 0.95f, 0.97f);
    auto mix = [f](float a, float b) { return float(a + (b - a) * std::clamp(f, 0.15, 1.0)); };
    return QColor::fromRgbF(mix(lo.redF(), episodes.redF()), mix(lo.greenF(), episodes.greenF()),
                            mix(lo.blueF(), episodes.blueF()));
}

void applyChartStyle(QChart *chart, const ChartStyle &style)
{
    chart->setBackgroundBrush(style.background);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    // Axis numbers in the user's language: "0,5" in German, as in the sentences.
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->legend()->setLabelColor(style.text);
    chart->legend()->setFont(style.font);
    chart->setTitleBrush(style.text);
    QFont title = style.font;
    title.setBold(true);
    chart->setTitleFont(title);
}

void styleChartAxis(QAbstractAxis *axis, const ChartStyle &style, const QString &title)
{
    axis->setTitleText(title);
    axis->setTitleBrush(style.text);
    axis->setLabelsBrush(style.text);
    axis->setLabelsFont(style.font);
    QFont t = style.font;
    t.setBold(false);
    axis->setTitleFont(t);
    axis->setGridLineColor(style.grid);
    axis->setLinePenColor(style.grid);
}

} // namespace td::ui
