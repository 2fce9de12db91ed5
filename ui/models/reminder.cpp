#include "models/reminder.h"

#include "domain/clock.h"
#include "models/appsettings.h"
#include "models/diarysession.h"

#include <QTimer>

namespace td::ui {

Reminder::Reminder(DiarySession &session, AppSettings &settings, QObject *parent)
    : QObject(parent), m_session(session), m_settings(settings), m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &Reminder::check);
}

void Reminder::start(int intervalMs) { m_timer->start(intervalMs); }

void Reminder::stop() { m_timer->stop(); }

bool Reminder::check()
{
    if (!m_settings.remindersEnabled() || m_session.isReadOnly())
        return false;
    const QDateTime now = Clock::now();
    const QDate day = m_session.today();
    // Before the day boundary the diary day is still yesterday, but "the evening" has
    // passed: remind in the evening of the calendar day only.
    if (day != now.date() || now.time() < m_settings.reminderTime() || m_reminded == day)
        return false;
    if (m_session.day(day).checkedIn)
        return false;
    m_reminded = day;
    Q_EMIT due(day);
    return true;
}

} // namespace td::ui
