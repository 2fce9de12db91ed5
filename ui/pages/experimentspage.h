// Experiments: plan a randomized change (with its preview), follow it day by day, read
// the result (docs/experiments.md). Planning, pausing and stopping go through
// DiaryEditor, so Edit › Undo takes them back.
#pragma once

#include "experiments/experiment.h"
#include "report/insights.h" // DailyPoint

#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class QChartView;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace td::ui {

class DiaryEditor;
class DiarySession;
class ExperimentPlanDialog;

class ExperimentsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ExperimentsPage(DiaryEditor &editor, QWidget *parent = nullptr);
    ~ExperimentsPage() override;

    // Re-reads the experiments and shows the selected one (or the running one).
    void refresh();
    // Shows the experiment `title`.
    void select(const QString &title);
    QString selectedTitle() const;

    // New experiment…: opens the plan dialog (window-modal, not blocking), or says why
    // not when one is already running. `prefill` adjusts the dialog before it shows.
    // Returns the dialog, or null when refused.
    ExperimentPlanDialog *newExperiment(const std::function<void(ExperimentPlanDialog &)> &prefill = {});
    // Draws the schedule (once, QRandomGenerator::system()) and stores the plan.
    bool start(experiments::Plan plan);
    // Pause the shown experiment from `from` to `to` (today or later) / stop it today.
    bool pause(const QDate &from, const QDate &to);
    bool stop();

    // For tests and screenshots: waits (running the event loop) until the shown
    // experiment's result is on the page; false after `timeoutMs`.
    bool waitForResult(int timeoutMs = 10000);
    // For tests and screenshots.
    QListWidget *list() const { return m_list; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *stateLabel() const { return m_state; }
    QLabel *verdictLabel() const { return m_verdict; }
    QLabel *detailsLabel() const { return m_details; }
    QTableWidget *balanceTable() const { return m_balance; }
    QTableWidget *carryOverTable() const { return m_carry; }
    QChartView *chartView() const { return m_chart; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *stopButton() const { return m_stop; }

Q_SIGNALS:
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // What the worker thread works out for the shown experiment.
    struct Evaluation {
        experiments::Result result;
        std::vector<DailyPoint> points; // the timeline's days
        QString readError;
    };
    void showExperiment();
    void showResult(const experiments::Plan &plan, const Evaluation &e);
    void dropPendingResult();
    void clearResult(const QString &why);
    void showMessage(const QString &text, bool error);
    void askPause();
    void askStop();
    void showTables(const experiments::Result &r);

    DiaryEditor &m_editor;
    DiarySession &m_session;
    QList<experiments::Plan> m_plans;
    QPushButton *m_new;
    QLabel *m_message;
    QListWidget *m_list;
    QLabel *m_empty;
    QWidget *m_detail;
    QLabel *m_title;
    QLabel *m_plan;
    QLabel *m_verdict;
    QLabel *m_state;
    QLabel *m_details;
    QLabel *m_balanceTitle;
    QTableWidget *m_balance;
    QLabel *m_carryTitle;
    QTableWidget *m_carry;
    QChartView *m_chart;
    QPushButton *m_pause;
    QPushButton *m_stop;
    bool m_dirty = true;
    QString m_resultTitle; // the experiment whose result is shown (or on its way)
    // The evaluation whose result may be shown; the workers read it too (a superseded one
    // that has not begun skips its read).
    std::shared_ptr<std::atomic<int>> m_latestEvaluation = std::make_shared<std::atomic<int>>(0);
    bool m_evaluating = false;
};

} // namespace td::ui
