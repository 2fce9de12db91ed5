#include "window/trayicon.h"
#include "models/timings.h"

#include "commands/diaryeditor.h"
#include "domain/clock.h"
#include "models/labels.h"

#include <QLocale>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QUndoStack>

namespace td::ui {

TrayIcon::TrayIcon(DiaryEditor &editor, QAction *undo, QObject *parent)
    : QObject(parent), m_editor(editor), m_menu(new QMenu), m_logNow(new QAction(this))
{
    m_menu->addAction(m_logNow);
    connect(m_logNow, &QAction::triggered, this, &TrayIcon::logNow);
    if (undo)
        m_menu->addAction(undo);
    m_menu->addSeparator();
    m_menu->addAction(tr("&Open Twitch Diary"), this, &TrayIcon::openRequested);
    m_menu->addAction(tr("&Quit"), this, &TrayIcon::quitRequested);
    connect(m_menu, &QMenu::aboutToShow, this, &TrayIcon::updateLogNowText);
    connect(&m_editor.session(), &DiarySession::dayChanged, this, &TrayIcon::updateLogNowText);
    updateLogNowText();

    if (!available())
        return;
    m_icon = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/twitchdiary.svg")), this);
    m_icon->setToolTip(tr("Twitch Diary"));
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT openRequested();
    });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayIcon::notificationClicked);
}

TrayIcon::~TrayIcon() { delete m_menu; }

bool TrayIcon::available()
{
    return availableOverride ? availableOverride() : QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::show()
{
    if (m_icon)
        m_icon->show();
}

bool TrayIcon::isVisible() const { return m_icon && m_icon->isVisible(); }

void TrayIcon::updateLogNowText()
{
    const auto last = m_editor.session().store().lastEpisode();
    m_logNow->setText(last ? tr("&Log twitch now (%1)").arg(siteName(last->zone, last->side)) : tr("&Log twitch now…"));
    m_logNow->setEnabled(!m_editor.session().isReadOnly());
}

bool TrayIcon::logNow()
{
    DiarySession &session = m_editor.session();
    const auto last = session.store().lastEpisode();
    if (!last) {
        // No site to repeat yet: the first episode is logged on the face map.
        Q_EMIT todayRequested();
        return false;
    }
    Episode e;
    e.at = session.entryTime(session.today());
    e.zone = last->zone;
    e.side = last->side;
    e.intensity = last->intensity;
    e.durationS = last->durationS;
    if (!m_editor.addEpisode(e)) {
        notify(tr("Not saved"), m_editor.errorString(), Last::None);
        return false;
    }
    m_undoIndex = m_editor.undoStack()->index();
    notify(tr("Twitch logged"),
           tr("%1 at %2, strength %3. Click here to undo.")
               .arg(siteName(e.zone, e.side), QLocale().toString(e.at.time(), QLocale::ShortFormat))
               .arg(e.intensity),
           Last::Logged);
    return true;
}

void TrayIcon::remind(const QString &experiment)
{
    QString text = tr("Today is not marked complete yet. Note caffeine, sleep, stress and food, then press "
                      "Day complete. Click here to open Today.");
    if (!experiment.isEmpty())
        text += u' ' + experiment;
    notify(tr("Is today's diary complete?"), text, Last::Reminder);
}

void TrayIcon::notifyStillRunning()
{
    notify(tr("Twitch Diary is still running"),
           tr("It stays here for Log twitch now and the evening reminder. Quit it from this icon's menu."), Last::None);
}

void TrayIcon::notify(const QString &title, const QString &message, Last kind)
{
    m_last = kind;
    m_lastMessage = message;
    if (m_icon && m_icon->isVisible())
        m_icon->showMessage(title, message, QIcon(QStringLiteral(":/icons/twitchdiary.svg")), timing::kTrayMessageMs);
}

void TrayIcon::notificationClicked()
{
    const Last last = std::exchange(m_last, Last::None);
    if (last == Last::Logged) {
        QUndoStack *stack = m_editor.undoStack();
        // Only while the logged twitch is still the latest change.
        if (stack->index() == m_undoIndex && stack->canUndo())
            stack->undo();
    } else if (last == Last::Reminder) {
        Q_EMIT todayRequested();
    }
}

} // namespace td::ui
