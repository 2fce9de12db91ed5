// The main window arranges the pages and the menus; it computes nothing itself.
#pragma once

#include <QMainWindow>

class QTabWidget;

namespace td::ui {

class AnalysisRunner;
class DiaryEditor;
class DiarySession;
class HistoryPage;
class InsightsPage;
class ReportPage;
class TodayPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(DiarySession &session, QWidget *parent = nullptr);

    TodayPage *todayPage() const { return m_today; }
    HistoryPage *historyPage() const { return m_history; }
    InsightsPage *insightsPage() const { return m_insights; }
    ReportPage *reportPage() const { return m_report; }
    AnalysisRunner *analysisRunner() const { return m_runner; }
    QTabWidget *tabs() const { return m_tabs; }
    DiaryEditor *editor() const { return m_editor; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }

    void importFile(const QString &path);
    void exportFile(const QString &path);
    // The two spreadsheet tables, <path>-episodes.csv and <path>-days.csv.
    void exportCsv(const QString &path);
    // Restores `backupPath` over the open diary (after the user confirmed).
    bool restoreBackup(const QString &backupPath);

private:
    void createMenus();
    void showAbout();
    void chooseBackup();

    DiarySession &m_session;
    DiaryEditor *m_editor;  // before the pages: they write through it
    QTabWidget *m_tabs;
    AnalysisRunner *m_runner;
    TodayPage *m_today;
    HistoryPage *m_history;
    InsightsPage *m_insights;
    ReportPage *m_report;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
};

} // namespace td::ui
