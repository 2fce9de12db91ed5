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
//   way for a new edit, an undo and a redo.
// - DiarySession's writes are private to this class (friend): pages and dialogs can only
//   read the session, and write through the editor.
// - Custom factors are named by their name in commands (setCustomValue, rename, remove).
//   That stays right across a rename or a removal because those are commands on the same
//   linear stack: a command below a rename runs again (undo, or redo after an undo) only
//   once the rename has been undone, so the factor has the name the command recorded; a
//   command above it was recorded with the new name and runs only while the rename is
//   done. An undone removal puts the factor back under its old id with every value
//   (DiaryStore::restoreCustomFactor), so older commands find it as they left it and the
//   factors keep their order. So renaming or removing a factor keeps the history.
//   Undoing a definition removes the factor; by the same argument it has no values then
//   (the commands that set them are above it, undone first), and the editor refuses
//   rather than drop values without a backup should that ever not hold.
// - The whole-file operations (importDiary, restoreBackup, moveTo) are not undoable: a
//   restore keeps the diary as it was as a backup, a move keeps the old file until the
//   copy is checked, an import is all or nothing. An import or a restore clears the stack
//   (its commands would no longer describe the diary); a move keeps it (same entries,
//   same ids, only the file's place changed).
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

    // Experiments (docs/experiments.md). planExperiment stores `plan` as given (its
    // schedule already drawn: a redo puts back the same schedule, never a new one);
    // pauseExperiment adds a pause; stopExperiment stops it on `on`. The caller checks
    // that only one experiment runs at a time and that pauses are not in the past.
    [[nodiscard]] bool planExperiment(const experiments::Plan &plan);
    [[nodiscard]] bool pauseExperiment(const QString &title, const QDate &from, const QDate &to);
    [[nodiscard]] bool stopExperiment(const QString &title, const QDate &on);

    // Custom factors (Edit › Custom factors…). The dialog checks names first.
    [[nodiscard]] bool defineCustomFactor(const CustomFactor &f);
    [[nodiscard]] bool renameCustomFactor(const QString &name, const QString &newName);
    // Takes a backup of the diary first, each time it is done or redone; *backupPath
    // names the first one (empty for an in-memory diary).
    [[nodiscard]] bool removeCustomFactor(const QString &name, QString *backupPath = nullptr);

    // The caffeine drinks on Today, as a whole list.
    [[nodiscard]] bool setCaffeinePresets(const QList<CaffeinePreset> &presets);
    // The notes for the doctor (Report page). Saves in a row merge into one undo step.
    [[nodiscard]] bool setDoctorNotes(const QString &notes);

    // Whole-file operations, not undoable (see above). Each says why it failed in *error
    // or errorString().
    [[nodiscard]] bool importDiary(const Diary &diary, ImportSummary *summary, bool replaceDayValues = false);
    [[nodiscard]] bool restoreBackup(const QString &backupPath, QString *error, QString *savedAs);
    [[nodiscard]] bool moveTo(const QString &newPath, QString *error);

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
    // Why the last step failed: its own message (stepFailed) or the session's.
    QString stepError() const;
    bool stepFailed(const QString &message);
    bool unreadable();

    DiarySession &m_session;
    QUndoStack *m_stack;
    QString m_error;
    QString m_stepError; // set by a step that fails for a reason of its own
};

} // namespace td::ui
