// Today: log an episode in two clicks, note the day's factors, mark the day complete.
#pragma once

#include "models/diarysession.h"

#include "analysis/redflags.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QTimeEdit;
class QTimer;

namespace td::ui {

class EpisodeForm;
class FactorsPanel;
class RedFlagBanner;

class TodayPage : public QWidget
{
    Q_OBJECT
public:
    explicit TodayPage(DiarySession &session, QWidget *parent = nullptr);

    QDate date() const { return m_date; }
    void setDate(const QDate &date);
    // Back to the current day (a new day may have begun while the window was open).
    void showToday();
    // Active warning signs, shown above the form (hidden when there are none).
    void setFlags(const std::vector<analysis::Flag> &flags);

    EpisodeForm *episodeForm() const { return m_form; }
    FactorsPanel *factorsPanel() const { return m_factors; }
    QListWidget *dayList() const { return m_list; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void message(const QString &text);

private:
    void logEpisode(const Episode &entered);
    void reloadList();
    void showStatus(const QString &text, bool error, qint64 undoEpisodeId = 0);
    QDateTime episodeTime() const;
    void setClockTime(const QTime &time);

    DiarySession &m_session;
    QDate m_date;
    QDateEdit *m_dateEdit;
    QTimeEdit *m_time;
    bool m_timeEdited = false;
    EpisodeForm *m_form;
    FactorsPanel *m_factors;
    QListWidget *m_list;
    QLabel *m_summary;
    QLabel *m_status;
    QPushButton *m_undo;
    qint64 m_undoEpisode = 0;
    QTimer *m_clockTimer;
    RedFlagBanner *m_banner;
};

} // namespace td::ui
