// Insights: warning signs first, then what goes with the twitching, with the evidence.
// The analysis runs on a worker thread; the page never freezes while it does.
#pragma once

#include "report/insights.h"

#include <QWidget>

class QChartView;
class QGraphicsRectItem;
class QGroupBox;
class QHBoxLayout;
class QVBoxLayout;
class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace td::ui {

class AnalysisRunner;
class DiarySession;
class HeatmapView;
class RedFlagBanner;

class InsightsPage : public QWidget
{
    Q_OBJECT
public:
    enum class Period { Last4Weeks, Last3Months, Last12Months, All, Custom };

    InsightsPage(DiarySession &session, AnalysisRunner &runner, QWidget *parent = nullptr);

    void setPeriod(Period period);
    Period period() const;
    void setCustomRange(const QDate &from, const QDate &to);
    void setOverlayFactor(const QString &factorId);
    QString overlayFactor() const;
    // Asks for a fresh analysis of the chosen period (superseding any running one).
    void refresh();

    // For tests and screenshots.
    QChartView *dailyChart() const { return m_dailyView; }
    QChartView *forestChart() const { return m_forestView; }
    QChartView *timeOfDayChart() const { return m_hoursView; }
    RedFlagBanner *banner() const { return m_banner; }
    QLabel *gateLabel() const { return m_gate; }
    QLabel *sentenceLabel() const { return m_sentence; }
    // "Test this…" under the selected row: asks for an experiment on its factor.
    QPushButton *testThisButton() const { return m_testThis; }
    QLabel *verdictsLabel() const { return m_verdicts; }
    QComboBox *overlayCombo() const { return m_overlay; }
    QComboBox *periodCombo() const { return m_period; }
    // Opens "What do the verdicts mean?".
    QPushButton *verdictHelpButton() const { return m_verdictHelp; }
    bool isBusy() const;
    // Selects a forest-plot row (top is 0) and shows its sentence.
    void selectForestRow(int row);
    int selectedForestRow() const { return m_forestSelected; }
    int hoveredForestRow() const { return m_forestHovered; }
    // The whole width of row `row` (its label, line and marker) in the forest view's
    // viewport coordinates; the row under a viewport point, or -1.
    QRect forestRowRect(int row) const;
    int forestRowAt(const QPoint &viewportPos) const;

Q_SIGNALS:
    // Plan an experiment on `factor` with the change `op` (experiments::Op) and `value`.
    void testRequested(const QString &factor, int op, double value);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QHBoxLayout *buildPeriodBar();
    QGroupBox *buildDailySection(QWidget *content);
    void buildForestSection();
    void addWhereAndWhen(QWidget *content, QVBoxLayout *layout);
    void connectUpdates();
    void show(const InsightsData &insights);
    void rebuildDailyChart();
    void rebuildForest();
    std::pair<QDate, QDate> range() const;

    DiarySession &m_session;
    AnalysisRunner &m_runner;
    const InsightsData *m_data = nullptr;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QProgressBar *m_busy;
    QLabel *m_status;
    RedFlagBanner *m_banner;
    QLabel *m_gate;
    QComboBox *m_overlay;
    QChartView *m_dailyView;
    QWidget *m_triggers;
    QChartView *m_forestView;
    QLabel *m_sentence;
    QPushButton *m_testThis = nullptr;
    QLabel *m_untested;
    QLabel *m_verdicts; // likely ones by name, then the weak hints, with the same weight as the report

    HeatmapView *m_sites;
    QChartView *m_hoursView;
    HeatmapView *m_calendar;
    QTimer *m_refreshTimer;
    std::vector<analysis::Association> m_forestRows;
    QRectF forestRowInChart(int row) const;
    void setForestHover(int row);
    void placeForestBands();
    int m_forestSelected = -1;
    int m_forestHovered = -1;
    QGraphicsRectItem *m_forestSelectedBand = nullptr; // owned by the chart
    QGraphicsRectItem *m_forestHoverBand = nullptr;
    bool m_dirty = true;
    QPushButton *m_verdictHelp = nullptr;
};

} // namespace td::ui
