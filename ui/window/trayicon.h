// The system-tray icon: Log twitch now (the current time, the last site, one click, a
// notification that undoes it when clicked), Open, Quit, and the evening reminder.
// Without a system tray none of this is created and the window shows reminders itself.
#pragma once

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace td::ui {

class DiaryEditor;

class TrayIcon : public QObject
{
    Q_OBJECT
public:
    // `undo` is the window's Edit > Undo action (it names what it undoes).
    TrayIcon(DiaryEditor &editor, QAction *undo, QObject *parent = nullptr);
    ~TrayIcon() override;

    // Whether this desktop has a system tray (tests may pretend either way).
    static bool available();
    static inline std::function<bool()> availableOverride;

    void show();
    bool isVisible() const;

    // Logs a twitch now at the last site and announces it; false (and a message) when it
    // could not be saved or there is no earlier episode to take the site from.
    bool logNow();
    // The reminder for a day not yet marked complete.
    // `experiment`: a line about a running experiment (ExperimentText::reminderLine), or empty.
    void remind(const QString &experiment = {});
    // Said once when the window is closed: the program keeps running in the tray.
    void notifyStillRunning();

    QMenu *menu() const { return m_menu; }
    QAction *logNowAction() const { return m_logNow; }
    // What the last notification said (tests).
    QString lastMessage() const { return m_lastMessage; }
    // Clicking the last notification: undoes the logged twitch, or opens Today.
    void notificationClicked();

Q_SIGNALS:
    void openRequested();
    void todayRequested();
    void quitRequested();

private:
    enum class Last { None, Logged, Reminder };
    void notify(const QString &title, const QString &message, Last kind);
    void updateLogNowText();

    DiaryEditor &m_editor;
    QSystemTrayIcon *m_icon = nullptr;
    QMenu *m_menu;
    QAction *m_logNow;
    Last m_last = Last::None;
    int m_undoIndex = -1;
    QString m_lastMessage;
};

} // namespace td::ui
