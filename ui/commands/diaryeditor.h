// Every change the user makes to the diary is an undoable command.
//
// Ownership and flow (after Subsurface's commands/command_base.h):
//
//   MainWindow ──owns──> DiaryEditor ──owns──> QUndoStack ──owns──> commands
//        │                    │                                         │
//        │                    └── refers to ──> DiarySession <── calls ──┘
//        └── pages (Today, History, dialogs) call DiaryEditor, never DiarySession's writes
//
// - A command holds *values* (the entry before and after), never pointers into a view or
//   a model, so it stays valid whatever the views do. Entries are named by their id; an
//   undone removal puts the entry back under the same id, so later commands on the stack
//   still find it. The stack is linear, so ids taken meanwhile have been released again.
// - A command is pushed only after its first execution succeeded: a failed write leaves
//   nothing on the stack and errorString() says why. If undo or redo fails later (disk
//   full, read-only), failed() carries the message; the stack is not rewound.
// - DiarySession emits dayChanged/diaryChanged for every write, so views update the same
//   way for a new edit, an undo and a redo. Writes that bypass the stack (import, restore
//   from backup) emit diaryChanged, which clears the stack: its commands would no longer
//   describe the diary.
// - Each command's text is the action's name, shown in Edit > Undo <name>.
#pragma once

#include "models/diarysession.h"

#include <QObject>

#include <functional>

class QUndoStack;

namespace td::ui {

class DiaryEditor : public QObject
{
    Q_OBJECT
public:
    explicit DiaryEditor(DiarySession &session, QObject *parent = nullptr);

    QUndoStack *undoStack() const { return m_stack; }
    DiarySession &session() const { return m_session; }
    QString errorString() const { return m_error; }

    // Episodes and intakes. add* set the new id on the argument.
    [[nodiscard]] bool addEpisode(Episode &e);
    [[nodiscard]] bool updateEpisode(const Episode &e);
    [[nodiscard]] bool removeEpisode(qint64 id);
    [[nodiscard]] bool addIntake(Intake &i);
    [[nodiscard]] bool removeIntake(qint64 id);

    // Per-day values; nullopt clears.
    [[nodiscard]] bool setSleep(const QDate &date, const std::optional<Sleep> &sleep);
    [[nodiscard]] bool setStress(const QDate &date, const std::optional<Stress> &stress);
    [[nodiscard]] bool setCheckedIn(const QDate &date, bool checkedIn);
    [[nodiscard]] bool setCustomValue(const QDate &date, const QString &name, std::optional<double> value);

    // Medications.
    [[nodiscard]] bool addMedication(Medication &m);
    [[nodiscard]] bool updateMedication(const Medication &m);
    [[nodiscard]] bool removeMedication(qint64 id);

    // Several changes as one undo step (History's "delete selected"): either all of
    // them happen or, after a failure, those already made are taken back.
    struct Step {
        std::function<bool()> redo;
        std::function<bool()> undo;
    };
    std::optional<Step> removeEpisodeStep(qint64 id);
    std::optional<Step> removeIntakeStep(qint64 id);
    std::optional<Step> setSleepStep(const QDate &date, const std::optional<Sleep> &sleep);
    std::optional<Step> setStressStep(const QDate &date, const std::optional<Stress> &stress);
    std::optional<Step> setCheckedInStep(const QDate &date, bool checkedIn);
    [[nodiscard]] bool run(const QString &text, const QList<Step> &steps);

Q_SIGNALS:
    // An undo or redo could not be written.
    void failed(const QString &message);

private:
    friend class UndoStep;
    bool run(const QString &text, Step step, int mergeId = -1, const QString &mergeKey = {});
    bool missing(const QString &what);
    bool unreadable();

    DiarySession &m_session;
    QUndoStack *m_stack;
    QString m_error;
};

} // namespace td::ui
