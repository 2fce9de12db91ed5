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

class DiaryEditor;
class EpisodeForm;
class FactorsPanel;
class RedFlagBanner;

class TodayPage : public QWidget
{
    Q_OBJECT
public:
    explicit TodayPage(DiaryEditor &editor, QWidget *parent = nullptr);

    QDate date() const { return m_date; }
    void setDate(const QDate &date);
    // Back to the current day (a new day may have begun while the window was open).
    void showToday();
    // Active warning signs, shown above the form (hidden when there are none).
    void setFlags(const std::vector<analysis::Flag> &flags, const QDate &silentSince = {});

    EpisodeForm *episodeForm() const { return m_form; }
    FactorsPanel *factorsPanel() const { return m_factors; }
    QListWidget *dayList() const { return m_list; }
    QLabel *statusLabel() const { return m_status; }
    // What the day is in a running experiment (hidden without one).
    QLabel *experimentLabel() const { return m_experiment; }

Q_SIGNALS:
    void message(const QString &text);

private:
    void logEpisode(const Episode &entered);
    void reloadList();
    // offerUndo shows the Undo button, which undoes the command just pushed.
    void showStatus(const QString &text, bool error, bool offerUndo = false);
    QDateTime episodeTime() const;
    void setClockTime(const QTime &time);

    DiaryEditor &m_editor;
    DiarySession &m_session;
    QDate m_date;
    QDateEdit *m_dateEdit;
    QTimeEdit *m_time;
    bool m_timeEdited = false;
    EpisodeForm *m_form;
    FactorsPanel *m_factors;
    QListWidget *m_list;
    QLabel *m_summary;
    QLabel *m_experiment;
    QLabel *m_status;
    QPushButton *m_undo;
    int m_undoIndex = -1; // undo stack index right after the logged episode
    QTimer *m_clockTimer;
    RedFlagBanner *m_banner;
};

} // namespace td::ui
