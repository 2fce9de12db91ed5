// Reads and writes diary entities. Each public write is one transaction: it either
// happens completely or not at all, and errorString() says why it did not.
#pragma once

#include "domain/domain.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <initializer_list>
#include <utility>

namespace td {

class Database;
class SqlQuery;

struct CaffeinePreset {
    QString name;
    double mg = 0;
    friend bool operator==(const CaffeinePreset &, const CaffeinePreset &) = default;
};

// A custom factor with its place among the factors (its row id, which orders them) and
// every value logged for it: what putting a removed factor back needs.
struct CustomFactorRecord {
    CustomFactor factor;
    qint64 id = 0;
    QList<CustomValue> values; // by date
};

struct ImportSummary {
    int added = 0;    // entries stored
    int skipped = 0;  // already in the diary (identical)
    int replaced = 0; // per-day values (sleep, stress, custom) that the file changed
};

// A value the diary and an imported file both have, with different contents: sleep hours
// or quality, stress, a custom value on one day, or a custom factor's unit.
struct ImportConflict {
    QDate date;      // invalid for a factor's unit
    QString field;   // "sleep hours", "stress", "custom value \"Coffee\"", ...
    QString inDiary; // as text, e.g. "6.5"
    QString inFile;
    // "sleep hours on 2026-11-20: 6.5 in the diary, 2 in the file"
    QString describe() const;
};

// Reads (the const methods) cannot fail silently: a read that fails (a damaged page, a
// missing table, a disk error) returns nothing (an empty list, nullopt, false, an empty
// Diary) and sets readFailed(), with errorString() saying why ("Could not read the diary:
// …"). A caller that would act on the empty result (export it, show "no entries", take it
// as "not there yet") checks readFailed() right after the read and tells the user. A
// read-error handler, when set, hears every failed read too (once per public read): the
// window's session installs one that shows the message (see docs/reliability.md).
class DiaryStore
{
public:
    explicit DiaryStore(Database &db);

    QString errorString() const { return m_error; }
    // True when the last failure was the input's fault (an import naming an unknown
    // factor), false when the environment failed (disk, permissions).
    bool errorIsBadInput() const { return m_badInput; }
    // True when the last read failed (errorString() says why); the next read clears it.
    bool readFailed() const { return m_readFailed; }
    // Called with errorString() after each read that failed (not for the reads a write
    // such as import() does itself: those fail the write).
    void setReadErrorHandler(std::function<void(const QString &)> handler) { m_readErrorHandler = std::move(handler); }
    bool isReadOnly() const;

    // Episodes
    [[nodiscard]] bool addEpisode(Episode &e); // sets e.id
    [[nodiscard]] bool updateEpisode(const Episode &e);
    [[nodiscard]] bool removeEpisode(qint64 id);
    // Puts a removed entry back under its old id (undo of a removal); fails if the id is taken.
    [[nodiscard]] bool restoreEpisode(const Episode &e);
    QList<Episode> episodes() const; // oldest first
    QList<Episode> episodesBetween(const QDateTime &from, const QDateTime &to) const;
    std::optional<Episode> episode(qint64 id) const;
    std::optional<Episode> lastEpisode() const;

    // Intakes
    [[nodiscard]] bool addIntake(Intake &i);
    [[nodiscard]] bool updateIntake(const Intake &i);
    [[nodiscard]] bool removeIntake(qint64 id);
    [[nodiscard]] bool restoreIntake(const Intake &i);
    QList<Intake> intakes() const;
    std::optional<Intake> intake(qint64 id) const;
    QList<Intake> intakesBetween(const QDateTime &from, const QDateTime &to) const;

    // Per-day values
    [[nodiscard]] bool setSleep(const Sleep &s);
    [[nodiscard]] bool removeSleep(const QDate &date);
    std::optional<Sleep> sleep(const QDate &date) const;
    [[nodiscard]] bool setStress(const Stress &s);
    [[nodiscard]] bool removeStress(const QDate &date);
    std::optional<Stress> stress(const QDate &date) const;
    [[nodiscard]] bool setCheckedIn(const QDate &date, bool checkedIn);
    bool isCheckedIn(const QDate &date) const;

    // Medications
    [[nodiscard]] bool addMedication(Medication &m);
    [[nodiscard]] bool updateMedication(const Medication &m);
    [[nodiscard]] bool removeMedication(qint64 id);
    [[nodiscard]] bool restoreMedication(const Medication &m);
    QList<Medication> medications() const;
    QList<experiments::Plan> experiments() const; // oldest window first
    // Stops the experiment (descriptive only from then on) and marks a pause; false with
    // errorString() when there is no such experiment.
    bool stopExperiment(const QString &title, const QDate &on);
    bool addExperimentPause(const QString &title, const QDate &from, const QDate &to);
    // The window's undoable plan, pause and stop (ui/commands/diaryeditor.h): a new plan
    // (its title unused), the removal of one, and one plan put back exactly as `p` (its
    // pauses and stop included). Each is one transaction.
    [[nodiscard]] bool addExperiment(const experiments::Plan &p);
    [[nodiscard]] bool removeExperiment(const QString &title);
    [[nodiscard]] bool replaceExperiment(const QString &title, const experiments::Plan &p);

    // Custom factors
    [[nodiscard]] bool defineCustomFactor(const CustomFactor &f);
    [[nodiscard]] bool setCustomValue(const CustomValue &v);
    [[nodiscard]] bool removeCustomValue(const QDate &date, const QString &name);
    std::optional<double> customValue(const QDate &date, const QString &name) const;
    QList<CustomFactor> customFactors() const;
    // How many values are logged for the factor `name`.
    int customValueCount(const QString &name) const;
    // Renames a factor (its values follow); fails when `newName` is taken.
    [[nodiscard]] bool renameCustomFactor(const QString &name, const QString &newName);
    // Removes a factor and every value logged for it.
    [[nodiscard]] bool removeCustomFactor(const QString &name);
    // The factor `name` with its id and values (nullopt when there is none).
    std::optional<CustomFactorRecord> customFactorRecord(const QString &name) const;
    // Puts a removed factor back under its old id with all its values, all or nothing
    // (undo of a removal); fails if the id or the name is taken.
    [[nodiscard]] bool restoreCustomFactor(const CustomFactorRecord &r);

    // Caffeine presets
    QList<CaffeinePreset> caffeinePresets() const;
    [[nodiscard]] bool setCaffeinePresets(const QList<CaffeinePreset> &presets);

    // Small per-diary texts (the notes for the doctor). Empty when unset.
    QString meta(const QString &key) const;
    [[nodiscard]] bool setMeta(const QString &key, const QString &value);

    // Every entity, sorted (episodes and intakes by time, days by date).
    Diary load() const;
    // Adds a validated file's entries all-or-nothing. Identical entries already in the
    // diary are skipped, so importing the same file twice adds nothing. A per-day value the
    // file does not have is never removed (a file with only sleep hours keeps the diary's
    // sleep quality). Where the file and the diary disagree on a per-day value, nothing is
    // stored and importConflicts() lists them (errorIsBadInput() is true), unless
    // `replaceDayValues`: then the file's values are taken for those days.
    [[nodiscard]] bool import(const Diary &d, ImportSummary *summary = nullptr, bool replaceDayValues = false);
    // The disagreements the last import() found (all of them, in the file's order).
    QList<ImportConflict> importConflicts() const { return m_conflicts; }

    // Why `value` may not be stored as the text `field`, or empty: a lone UTF-16 surrogate
    // (not Unicode), U+FFFE or U+FFFF (noncharacters SQLite would read back as U+FFFD).
    static QString textProblem(const QString &field, const QString &value);

    // Distinct food tags the user has logged, most used first.
    QStringList foodTags() const;

private:
    class ReadScope;
    struct DayValues;
    using Binds = std::initializer_list<std::pair<QString, QVariant>>;

    bool fail(const QString &what, const QString &reason);
    bool badInput(const QString &message);
    bool readFailure(const SqlQuery &q) const;
    bool checkText(const QString &field, const QString &value);
    bool checkTime(const QString &field, const QDateTime &at);
    bool writeStatement(const QString &what, const QString &sql, Binds binds, int *rowsAffected = nullptr);
    bool selectOne(SqlQuery &q, const QString &sql, Binds binds) const;
    QList<Episode> selectEpisodes(const QString &where, Binds binds) const;
    QList<Intake> selectIntakes(const QString &where, Binds binds) const;
    bool writeEpisode(SqlQuery &q, Episode &e, bool insert, bool keepId = false);
    bool writeOneEpisode(Episode &e, bool insert, bool keepId);
    bool writeIntake(SqlQuery &q, Intake &i, bool insert, bool keepId = false);
    bool writeOneIntake(Intake &i, bool insert, bool keepId);
    bool writeMedication(SqlQuery &q, Medication &m, bool insert, bool keepId = false);
    bool writeOneMedication(Medication &m, bool insert, bool keepId);
    bool removeById(const QString &table, qint64 id);
    bool upsertSleep(SqlQuery &q, const Sleep &s);
    bool upsertStress(SqlQuery &q, const Stress &s);
    bool upsertCustomValue(SqlQuery &q, qint64 factorId, const CustomValue &v);
    bool insertCustomFactor(const CustomFactor &f);
    bool deleteExperiment(const QString &title, const QString &what);
    bool insertExperiment(const experiments::Plan &p);
    bool customFactorId(const QString &name, std::optional<qint64> *id) const;
    bool readDayValues(DayValues &v) const;

    Database &m_db;
    mutable QString m_error;
    mutable bool m_badInput = false;
    mutable bool m_readFailed = false;
    mutable int m_readDepth = 0;
    bool m_quietReads = false;
    std::function<void(const QString &)> m_readErrorHandler;
    QList<ImportConflict> m_conflicts;
};

} // namespace td
