// The open diary as the window sees it: one store, day-oriented reads, and one signal
// that tells every view what changed (Subsurface's notifier idea). Qt Core only.
#pragma once

#include "storage/database.h"
#include "storage/diarystore.h"

#include <QObject>

#include <functional>
#include <memory>

namespace td::ui {

struct DayEntries {
    QDate date;
    QList<Episode> episodes; // oldest first
    QList<Intake> intakes;   // oldest first
    std::optional<Sleep> sleep;
    std::optional<Stress> stress;
    bool checkedIn = false;
};

class DiarySession : public QObject
{
    Q_OBJECT
public:
    explicit DiarySession(std::unique_ptr<Database> db, QObject *parent = nullptr);
    ~DiarySession() override;

    // Read access only: every write is a private member below, reached through
    // DiaryEditor (ui/commands/diaryeditor.h), so a page or dialog cannot write past the
    // undo stack (tests/layering/pages_write_session.cpp must not compile).
    const DiaryStore &store() const { return m_store; }
    const Database &database() const { return *m_db; }
    QString path() const { return m_db->path(); }
    bool isReadOnly() const { return m_db->isReadOnly(); }
    QString errorString() const { return m_store.errorString(); }

    int dayBoundaryHour() const { return m_dayBoundaryHour; }
    void setDayBoundaryHour(int hour) { m_dayBoundaryHour = hour; }
    QDate today() const;
    QDate dayOf(const QDateTime &at) const { return diaryDay(at, m_dayBoundaryHour); }
    // When an entry for `day` is made now: now if `day` is today, else noon of that day.
    QDateTime entryTime(const QDate &day) const;

    DayEntries day(const QDate &date) const;
    std::optional<Medication> medication(qint64 id) const;
    QList<experiments::Plan> experiments() const { return m_store.experiments(); }
    // The notes for the doctor (Report page), kept in the diary.
    QString doctorNotes() const;

    // A function that reads the whole diary on any thread: a file diary through its own
    // read-only connection (so a long read never blocks the window), an in-memory one from
    // a copy taken now. When the diary cannot be read it returns an empty one and sets
    // *error (never null) to why; the caller hands that to reportReadFailure() on the
    // window's thread instead of showing the empty diary as if it were the user's.
    std::function<Diary(QString *error)> diaryReader() const;
    // Tells the window a read failed (emits readFailed): for reads done off the store,
    // such as diaryReader()'s.
    void reportReadFailure(const QString &message) { Q_EMIT readFailed(message); }

    // Runs what open() deferred (Database::setDeferredChecks): the page check on a worker
    // thread, then, only if the file is sound, the daily backup. Emits checked() when
    // done; does nothing (and emits nothing) when nothing was deferred.
    void runDeferredChecks();

Q_SIGNALS:
    // Something on `day` was added, changed or removed.
    void dayChanged(const QDate &day);
    // Many days changed at once (an import, a restored backup, a renamed or removed
    // factor): views reload. It does not clear the undo stack by itself: DiaryEditor does
    // that for the whole-file operations only.
    void diaryChanged();
    void medicationsChanged();
    void experimentsChanged();
    void customFactorsChanged();
    void caffeinePresetsChanged();
    void doctorNotesChanged();
    // The deferred checks finished: `damage` says what is wrong with the file (empty when
    // sound); `warning` a backup that could not be made.
    void checked(const QString &damage, const QString &warning);
    // The diary file is now at another path (moveTo).
    void pathChanged(const QString &path);
    // A read of the diary failed (a damaged page, a disk error): what is shown may be
    // incomplete. `message` says why, as a sentence. Every failed store read emits it.
    void readFailed(const QString &message);

private:
    // The writes. Only DiaryEditor calls them: it puts each change on the undo stack, and
    // keeps the whole-file operations (import, restore, move) off it, clearing the stack
    // where they replace what its commands describe.
    friend class DiaryEditor;

    // Writes: each is one transaction; on failure nothing changed and errorString() says why.
    [[nodiscard]] bool addEpisode(Episode &e);
    [[nodiscard]] bool removeEpisode(qint64 id);
    // Changes a stored episode (by id); a new time may move it to another day.
    [[nodiscard]] bool updateEpisode(const Episode &e);
    // Puts a removed episode back under its old id (what undoing a removal needs).
    [[nodiscard]] bool restoreEpisode(const Episode &e);
    [[nodiscard]] bool addIntake(Intake &i);
    [[nodiscard]] bool removeIntake(qint64 id);
    [[nodiscard]] bool updateIntake(const Intake &i);
    [[nodiscard]] bool restoreIntake(const Intake &i);
    [[nodiscard]] bool setSleep(const Sleep &s);
    [[nodiscard]] bool clearSleep(const QDate &date);
    [[nodiscard]] bool setStress(const Stress &s);
    [[nodiscard]] bool clearStress(const QDate &date);
    [[nodiscard]] bool setCheckedIn(const QDate &date, bool checkedIn);
    // A custom factor's value on a day; nullopt removes it.
    [[nodiscard]] bool setCustomValue(const QDate &date, const QString &name, std::optional<double> value);
    [[nodiscard]] bool defineCustomFactor(const CustomFactor &f);
    // Renaming or removing a factor changes many days at once: both emit
    // customFactorsChanged() and diaryChanged() (views reload; the undo history stays,
    // see ui/commands/diaryeditor.h). removeCustomFactor takes a backup of the diary first.
    [[nodiscard]] bool renameCustomFactor(const QString &name, const QString &newName);
    [[nodiscard]] bool removeCustomFactor(const QString &name, QString *error, QString *backupPath = nullptr);
    // Undoing a removal: the factor back under its old id with all its values.
    [[nodiscard]] bool restoreCustomFactor(const CustomFactorRecord &r);
    // Undoing a definition: removes the factor without a backup (DiaryEditor first checks
    // that it has no values).
    [[nodiscard]] bool undefineCustomFactor(const QString &name);

    // Medications (not tied to a day): medicationsChanged() after each write.
    [[nodiscard]] bool addMedication(Medication &m);
    [[nodiscard]] bool updateMedication(const Medication &m);
    [[nodiscard]] bool removeMedication(qint64 id);
    [[nodiscard]] bool restoreMedication(const Medication &m);
    // Experiments (docs/experiments.md): experimentsChanged() after each write; DiaryEditor
    // makes plan, pause and stop undoable.
    [[nodiscard]] bool addExperiment(const experiments::Plan &p);
    [[nodiscard]] bool removeExperiment(const QString &title);
    [[nodiscard]] bool replaceExperiment(const QString &title, const experiments::Plan &p);
    // Replaces the diary with a backup (the current state is kept as a backup first): the
    // file is closed, restored all-or-nothing, and opened again. *savedAs names the kept
    // old version. False with *error when nothing was restored.
    [[nodiscard]] bool restoreBackup(const QString &backupPath, QString *error, QString *savedAs);
    // Moves the diary file to `newPath` (which must not exist yet): the file is closed,
    // copied, the copy opened and checked, and only then the old file removed. On failure
    // the diary stays where it was, open, and *error says why. Backups already made stay
    // in the old folder's backups/.
    [[nodiscard]] bool moveTo(const QString &newPath, QString *error);
    // The caffeine buttons on Today (name and mg each); caffeinePresetsChanged() after.
    [[nodiscard]] bool setCaffeinePresets(const QList<CaffeinePreset> &presets);
    // doctorNotesChanged() after.
    [[nodiscard]] bool setDoctorNotes(const QString &notes);
    // All-or-nothing import of a validated file; errorIsBadInput() tells whose fault.
    [[nodiscard]] bool importDiary(const Diary &diary, ImportSummary *summary, bool replaceDayValues = false);

    bool notify(bool ok, const QDate &day);

    std::unique_ptr<Database> m_db;
    DiaryStore m_store;
    int m_dayBoundaryHour = 4;
};

} // namespace td::ui
