// History: every day with its entries, newest first. Entries can be edited in place and
// deleted (one or several), all undoable.
#pragma once

#include <QWidget>

#include <functional>

class QCalendarWidget;
class QLabel;
class QPushButton;
class QTreeView;

namespace td::ui {

class DiaryEditor;
class DiarySession;
class EpisodeDialog;
class HistoryModel;

class HistoryPage : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPage(DiaryEditor &editor, QWidget *parent = nullptr);
    HistoryModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *editButton() const { return m_edit; }
    QCalendarWidget *calendar() const { return m_calendar; }

    // Shows `date` in the list (scrolled to, expanded and selected) and the calendar.
    void showDay(const QDate &date);

    // Deletes the selected entries (a selected day: all of its entries) as one undo step.
    bool deleteSelected();
    // Opens the selected episode in the edit dialog. A test may call this with a
    // callback that fills in the dialog instead of exec() (no modal loop in tests).
    void editSelected();
    static inline std::function<bool(EpisodeDialog &)> dialogRunner;
    // Deleting a whole day of more than one entry asks first (widgets/prompts.h), listing
    // what goes.

Q_SIGNALS:
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateButtons();
    // Marks the calendar: days with twitching in shades of red by count, other logged
    // days in bold, unlogged days plain.
    void updateCalendar();
    // One day row's shade and tooltip.
    void markDay(const QModelIndex &day);

    DiaryEditor &m_editor;
    HistoryModel *m_model;
    QTreeView *m_view;
    QLabel *m_empty;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QCalendarWidget *m_calendar;
    QLabel *m_dayNote;
    bool m_loaded = false;
};

} // namespace td::ui
