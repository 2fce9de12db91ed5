// The main window arranges the pages and the menus; it computes nothing itself.
#pragma once

#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>

class QTabWidget;

namespace td::ui {

class AnalysisRunner;
class AppSettings;
class Reminder;
class TrayIcon;
class WelcomePanel;
class DiaryEditor;
class DiarySession;
class ExperimentsPage;
class HistoryPage;
class InsightsPage;
class ReportPage;
class TodayPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Own: the user's diary (tray icon, reminders, settings). Sample: the generated diary
    // of "Explore with sample data", labelled as such and without tray or reminders.
    enum class Kind { Own, Sample };
    explicit MainWindow(DiarySession &session, QWidget *parent = nullptr, Kind kind = Kind::Own);
    ~MainWindow() override;

    Kind kind() const { return m_kind; }
    AppSettings *settings() const { return m_settings; }
    Reminder *reminder() const { return m_reminder; }
    TrayIcon *trayIcon() const { return m_tray; }
    WelcomePanel *welcomePanel() const { return m_welcome; }

    // Opens the sample diary in a new window of its own (which deletes itself and its
    // diary session when closed); null with a message when it could not be made.
    MainWindow *openSampleWindow();
    // Edit > Settings…
    void showSettings();
    // A reminder for a day not marked complete: a notification from the tray icon, or
    // without a tray the window's status bar and Today page.
    void showReminder();

    TodayPage *todayPage() const { return m_today; }
    HistoryPage *historyPage() const { return m_history; }
    InsightsPage *insightsPage() const { return m_insights; }
    ReportPage *reportPage() const { return m_report; }
    ExperimentsPage *experimentsPage() const { return m_experiments; }
    AnalysisRunner *analysisRunner() const { return m_runner; }
    QTabWidget *tabs() const { return m_tabs; }
    // The size of a first start: 1200 × 780 bounded by the screen's available geometry.
    QSize firstRunSize() const;
    DiaryEditor *editor() const { return m_editor; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }

    void importFile(const QString &path);
    void exportFile(const QString &path);
    // The two spreadsheet tables, <path>-episodes.csv and <path>-days.csv.
    void exportCsv(const QString &path);
    // Restores `backupPath` over the open diary (after the user confirmed).
    bool restoreBackup(const QString &backupPath);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void applySettings();
    void updateTitle();
    void bringToFront();
    void quitApplication();
    void updateWelcome();
    void showAbout();
    void chooseBackup();
    void showReadError(const QString &message);

    DiarySession &m_session;
    DiaryEditor *m_editor; // before the pages: they write through it
    QTabWidget *m_tabs;
    AnalysisRunner *m_runner;
    TodayPage *m_today;
    HistoryPage *m_history;
    InsightsPage *m_insights;
    ReportPage *m_report;
    ExperimentsPage *m_experiments;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    Kind m_kind;
    AppSettings *m_settings;
    Reminder *m_reminder = nullptr;
    TrayIcon *m_tray = nullptr;
    WelcomePanel *m_welcome = nullptr;
    bool m_quitting = false;
    bool m_toldAboutTray = false;
    QString m_reminderMessage;          // the reminder shown in the status bar (no tray), if any
    QPointer<QMessageBox> m_readError;  // the open "could not be read" message, if any
    bool m_damageBeingReported = false; // the "damaged" box (and the restore it offers) is open
};

} // namespace td::ui
