// The evening reminder: once a day, at the chosen time, and only when that diary day has
// not been checked in ("Day complete"). It reads the time from Clock, so tests move the
// clock instead of waiting. Qt Core only; the window decides how to show it (tray
// notification, or the window itself when there is no system tray).
#pragma once

#include "models/timings.h"

#include <QDate>
#include <QObject>

class QTimer;

namespace td::ui {

class AppSettings;
class DiarySession;

class Reminder : public QObject
{
    Q_OBJECT
public:
    Reminder(DiarySession &session, AppSettings &settings, QObject *parent = nullptr);

    // Checks every `intervalMs` (a minute by default) from now on.
    void start(int intervalMs = timing::kReminderCheckMs);
    void stop();

    // Emits due() when the reminder time has passed today, reminders are on, the day has
    // not been checked in and no reminder was given for it yet. Returns whether it fired.
    bool check();

Q_SIGNALS:
    void due(const QDate &day);

private:
    DiarySession &m_session;
    AppSettings &m_settings;
    QTimer *m_timer;
    QDate m_reminded;
};

} // namespace td::ui
