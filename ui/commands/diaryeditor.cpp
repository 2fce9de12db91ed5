#include "commands/diaryeditor.h"

#include "models/labels.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>

namespace td::ui {

// One undoable change: two closures that write through the session. The first redo()
// (QUndoStack::push calls it) is skipped: the editor has already done the change.
class UndoStep : public QUndoCommand
{
public:
    UndoStep(DiaryEditor &editor, const QString &text, DiaryEditor::Step step, int mergeId, QString mergeKey)
        : QUndoCommand(text), m_editor(editor), m_step(std::move(step)), m_mergeId(mergeId),
          m_mergeKey(std::move(mergeKey))
    {}
    void redo() override
    {
        if (m_done) {
            m_done = false;
            return;
        }
        m_editor.m_stepError.clear();
        if (!m_step.redo())
            Q_EMIT m_editor.failed(tr("Could not redo “%1”: %2").arg(text(), m_editor.stepError()));
    }
    void undo() override
    {
        m_editor.m_stepError.clear();
        if (!m_step.undo())
            Q_EMIT m_editor.failed(tr("Could not undo “%1”: %2").arg(text(), m_editor.stepError()));
    }
    int id() const override { return m_mergeId; }
    // Moving the stress slider step by step is one change, not ten.
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const UndoStep *>(other);
        if (o->m_mergeKey != m_mergeKey)
            return false;
        m_step.redo = o->m_step.redo;
        return true;
    }

private:
    static QString tr(const char *s) { return QCoreApplication::translate("td::ui::UndoStep", s); }

    DiaryEditor &m_editor;
    DiaryEditor::Step m_step;
    int m_mergeId;
    QString m_mergeKey;
    bool m_done = true;
};

namespace {
enum MergeId { StressMerge = 1, NotesMerge = 2 };
} // namespace

DiaryEditor::DiaryEditor(DiarySession &session, QObject *parent)
    : QObject(parent), m_session(session), m_stack(new QUndoStack(this))
{}

QString DiaryEditor::stepError() const { return m_stepError.isEmpty() ? m_session.errorString() : m_stepError; }

bool DiaryEditor::stepFailed(const QString &message)
{
    m_stepError = message;
    return false;
}

bool DiaryEditor::run(const QString &text, Step step, int mergeId, const QString &mergeKey)
{
    m_error.clear();
    m_stepError.clear();
    if (!step.redo()) {
        m_error = stepError();
        return false;
    }
    m_stack->push(new UndoStep(*this, text, std::move(step), mergeId, mergeKey));
    return true;
}

bool DiaryEditor::run(const QString &text, const QList<Step> &steps)
{
    if (steps.isEmpty())
        return true;
    Step all;
    all.redo = [steps, this] {
        for (qsizetype i = 0; i < steps.size(); ++i) {
            if (!steps[i].redo()) {
                const QString error = stepError();
                for (qsizetype j = i - 1; j >= 0; --j)
                    (void)steps[j].undo();
                m_error = error;
                return false;
            }
        }
        return true;
    };
    all.undo = [steps, this] {
        for (qsizetype i = steps.size() - 1; i >= 0; --i) {
            if (!steps[i].undo()) {
                const QString error = stepError();
                for (qsizetype j = i + 1; j < steps.size(); ++j)
                    (void)steps[j].redo();
                m_error = error;
                return false;
            }
        }
        return true;
    };
    m_error.clear();
    m_stepError.clear();
    if (!all.redo()) {
        if (m_error.isEmpty())
            m_error = stepError();
        return false;
    }
    m_stack->push(new UndoStep(*this, text, std::move(all), -1, {}));
    return true;
}

bool DiaryEditor::missing(const QString &what)
{
    // Not found because the diary could not be read: say that, not "no longer there".
    if (m_session.store().readFailed())
        return unreadable();
    m_error = tr("%1 is no longer in the diary.").arg(what);
    return false;
}

bool DiaryEditor::unreadable()
{
    // Without the value before the change, undo could not put it back: change nothing.
    m_error = m_session.store().errorString();
    return false;
}

// ---- episodes and intakes ------------------------------------------------------------

bool DiaryEditor::addEpisode(Episode &e)
{
    DiarySession &s = m_session;
    // The first run gives the episode its id; a redo after an undo puts it back under it.
    auto added = std::make_shared<Episode>(e);
    added->id = 0;
    Step step{[&s, added] { return added->id ? s.restoreEpisode(*added) : s.addEpisode(*added); },
              [&s, added] { return s.removeEpisode(added->id); }};
    if (!run(tr("Log twitch"), std::move(step)))
        return false;
    e.id = added->id;
    return true;
}

bool DiaryEditor::updateEpisode(const Episode &e)
{
    const auto before = m_session.store().episode(e.id);
    if (!before)
        return missing(tr("The episode"));
    DiarySession &s = m_session;
    return run(tr("Edit twitch"),
               Step{[&s, e] { return s.updateEpisode(e); }, [&s, b = *before] { return s.updateEpisode(b); }});
}

std::optional<DiaryEditor::Step> DiaryEditor::removeEpisodeStep(qint64 id)
{
    const auto before = m_session.store().episode(id);
    if (!before)
        return std::nullopt;
    DiarySession &s = m_session;
    return Step{[&s, id] { return s.removeEpisode(id); }, [&s, b = *before] { return s.restoreEpisode(b); }};
}

bool DiaryEditor::removeEpisode(qint64 id)
{
    auto step = removeEpisodeStep(id);
    return step ? run(tr("Delete twitch"), std::move(*step)) : missing(tr("The episode"));
}

bool DiaryEditor::addIntake(Intake &i)
{
    DiarySession &s = m_session;
    auto added = std::make_shared<Intake>(i);
    added->id = 0;
    Step step{[&s, added] { return added->id ? s.restoreIntake(*added) : s.addIntake(*added); },
              [&s, added] { return s.removeIntake(added->id); }};
    if (!run(tr("Add %1").arg(intakeDescription(i)), std::move(step)))
        return false;
    i.id = added->id;
    return true;
}

std::optional<DiaryEditor::Step> DiaryEditor::removeIntakeStep(qint64 id)
{
    const auto before = m_session.store().intake(id);
    if (!before)
        return std::nullopt;
    DiarySession &s = m_session;
    return Step{[&s, id] { return s.removeIntake(id); }, [&s, b = *before] { return s.restoreIntake(b); }};
}

bool DiaryEditor::removeIntake(qint64 id)
{
    const auto before = m_session.store().intake(id);
    auto step = removeIntakeStep(id);
    return step ? run(tr("Remove %1").arg(intakeDescription(*before)), std::move(*step)) : missing(tr("The entry"));
}

// ---- per-day values ------------------------------------------------------------------

std::optional<DiaryEditor::Step> DiaryEditor::setSleepStep(const QDate &date, const std::optional<Sleep> &sleep)
{
    DiarySession &s = m_session;
    auto write = [&s, date](const std::optional<Sleep> &v) { return v ? s.setSleep(*v) : s.clearSleep(date); };
    const auto before = m_session.store().sleep(date);
    if (m_session.store().readFailed())
        return std::nullopt;
    return Step{[write, sleep] { return write(sleep); }, [write, before] { return write(before); }};
}

bool DiaryEditor::setSleep(const QDate &date, const std::optional<Sleep> &sleep)
{
    auto step = setSleepStep(date, sleep);
    if (!step)
        return unreadable();
    if (m_session.store().sleep(date) == sleep)
        return true;
    return run(sleep ? tr("Set sleep") : tr("Clear sleep"), std::move(*step));
}

std::optional<DiaryEditor::Step> DiaryEditor::setStressStep(const QDate &date, const std::optional<Stress> &stress)
{
    DiarySession &s = m_session;
    auto write = [&s, date](const std::optional<Stress> &v) { return v ? s.setStress(*v) : s.clearStress(date); };
    const auto before = m_session.store().stress(date);
    if (m_session.store().readFailed())
        return std::nullopt;
    return Step{[write, stress] { return write(stress); }, [write, before] { return write(before); }};
}

bool DiaryEditor::setStress(const QDate &date, const std::optional<Stress> &stress)
{
    auto step = setStressStep(date, stress);
    if (!step)
        return unreadable();
    if (m_session.store().stress(date) == stress)
        return true;
    return run(stress ? tr("Set stress") : tr("Clear stress"), std::move(*step), StressMerge,
               date.toString(Qt::ISODate));
}

std::optional<DiaryEditor::Step> DiaryEditor::setCheckedInStep(const QDate &date, bool checkedIn)
{
    DiarySession &s = m_session;
    const bool before = m_session.store().isCheckedIn(date);
    if (m_session.store().readFailed())
        return std::nullopt;
    return Step{[&s, date, checkedIn] { return s.setCheckedIn(date, checkedIn); },
                [&s, date, before] { return s.setCheckedIn(date, before); }};
}

bool DiaryEditor::setCheckedIn(const QDate &date, bool checkedIn)
{
    auto step = setCheckedInStep(date, checkedIn);
    if (!step)
        return unreadable();
    if (m_session.store().isCheckedIn(date) == checkedIn)
        return true;
    return run(checkedIn ? tr("Mark day complete") : tr("Reopen day"), std::move(*step));
}

bool DiaryEditor::setCustomValue(const QDate &date, const QString &name, std::optional<double> value)
{
    const auto before = m_session.store().customValue(date, name);
    if (m_session.store().readFailed())
        return unreadable();
    if (before == value)
        return true;
    DiarySession &s = m_session;
    return run(tr("Set %1").arg(name), Step{[&s, date, name, value] { return s.setCustomValue(date, name, value); },
                                            [&s, date, name, before] { return s.setCustomValue(date, name, before); }});
}

// ---- medications ---------------------------------------------------------------------

bool DiaryEditor::addMedication(Medication &m)
{
    DiarySession &s = m_session;
    auto added = std::make_shared<Medication>(m);
    added->id = 0;
    Step step{[&s, added] { return added->id ? s.restoreMedication(*added) : s.addMedication(*added); },
              [&s, added] { return s.removeMedication(added->id); }};
    if (!run(tr("Add medication %1").arg(m.name), std::move(step)))
        return false;
    m.id = added->id;
    return true;
}

bool DiaryEditor::updateMedication(const Medication &m)
{
    const auto before = m_session.medication(m.id);
    if (!before)
        return missing(tr("The medication"));
    DiarySession &s = m_session;
    return run(tr("Edit medication %1").arg(m.name),
               Step{[&s, m] { return s.updateMedication(m); }, [&s, b = *before] { return s.updateMedication(b); }});
}

bool DiaryEditor::removeMedication(qint64 id)
{
    const auto before = m_session.medication(id);
    if (!before)
        return missing(tr("The medication"));
    DiarySession &s = m_session;
    return run(tr("Delete medication %1").arg(before->name),
               Step{[&s, id] { return s.removeMedication(id); }, [&s, b = *before] { return s.restoreMedication(b); }});
}

// ---- experiments ---------------------------------------------------------------------

namespace {
std::optional<experiments::Plan> findExperiment(const DiarySession &s, const QString &title)
{
    for (const experiments::Plan &p : s.experiments())
        if (p.title == title)
            return p;
    return std::nullopt;
}
} // namespace

bool DiaryEditor::planExperiment(const experiments::Plan &plan)
{
    DiarySession &s = m_session;
    return run(tr("Plan experiment “%1”").arg(plan.title),
               Step{[&s, plan] { return s.addExperiment(plan); },
                    [&s, t = plan.title] { return s.removeExperiment(t); }});
}

bool DiaryEditor::pauseExperiment(const QString &title, const QDate &from, const QDate &to)
{
    const auto before = findExperiment(m_session, title);
    if (!before)
        return missing(tr("The experiment"));
    experiments::Plan after = *before;
    after.pauses.append({from, to});
    std::sort(after.pauses.begin(), after.pauses.end(),
              [](const experiments::Pause &a, const experiments::Pause &b) { return a.from < b.from; });
    DiarySession &s = m_session;
    return run(tr("Pause experiment “%1”").arg(title),
               Step{[&s, title, after] { return s.replaceExperiment(title, after); },
                    [&s, title, b = *before] { return s.replaceExperiment(title, b); }});
}

bool DiaryEditor::stopExperiment(const QString &title, const QDate &on)
{
    const auto before = findExperiment(m_session, title);
    if (!before)
        return missing(tr("The experiment"));
    experiments::Plan after = *before;
    after.stopped = on;
    DiarySession &s = m_session;
    return run(tr("Stop experiment “%1”").arg(title),
               Step{[&s, title, after] { return s.replaceExperiment(title, after); },
                    [&s, title, b = *before] { return s.replaceExperiment(title, b); }});
}

// ---- custom factors --------------------------------------------------------------------
// Named by their name: why that stays right across renames and removals is in
// ui/commands/diaryeditor.h.

bool DiaryEditor::defineCustomFactor(const CustomFactor &f)
{
    const auto before = m_session.store().customFactorRecord(f.name);
    if (before && before->factor == f)
        return true;
    DiarySession &s = m_session;
    Step step{[&s, f] { return s.defineCustomFactor(f); },
              [this, &s, f, before] {
        if (before) // it was there: it gets its old kind and unit back
            return s.defineCustomFactor(before->factor);
        if (const int values = s.store().customValueCount(f.name); values > 0)
            return stepFailed(tr("“%1” has %n value(s) logged, so it was not removed.", nullptr, values).arg(f.name));
        return s.undefineCustomFactor(f.name);
              }};
    return run(tr("Add factor %1").arg(f.name), std::move(step));
}

bool DiaryEditor::renameCustomFactor(const QString &name, const QString &newName)
{
    if (!m_session.store().customFactorRecord(name))
        return missing(tr("The factor “%1”").arg(name));
    if (name == newName)
        return true;
    DiarySession &s = m_session;
    return run(tr("Rename factor %1 to %2").arg(name, newName),
               Step{[&s, name, newName] { return s.renameCustomFactor(name, newName); },
                    [&s, name, newName] { return s.renameCustomFactor(newName, name); }});
}

bool DiaryEditor::removeCustomFactor(const QString &name, QString *backupPath)
{
    // Everything needed to put it back: its id (its place among the factors) and values.
    const auto record = m_session.store().customFactorRecord(name);
    if (!record)
        return missing(tr("The factor “%1”").arg(name));
    DiarySession &s = m_session;
    auto backup = std::make_shared<QString>();
    Step step{[this, &s, name, backup] {
        QString error;
        QString made;
        if (!s.removeCustomFactor(name, &error, &made))
            return stepFailed(error);
        if (backup->isEmpty())
            *backup = made;
        return true;
              },
              [&s, r = *record] { return s.restoreCustomFactor(r); }};
    if (!run(tr("Remove factor %1").arg(name), std::move(step)))
        return false;
    if (backupPath)
        *backupPath = *backup;
    return true;
}

// ---- caffeine drinks and notes ---------------------------------------------------------

bool DiaryEditor::setCaffeinePresets(const QList<CaffeinePreset> &presets)
{
    const QList<CaffeinePreset> before = m_session.store().caffeinePresets();
    if (before == presets)
        return true;
    DiarySession &s = m_session;
    return run(tr("Edit caffeine drinks"), Step{[&s, presets] { return s.setCaffeinePresets(presets); },
                                                [&s, before] { return s.setCaffeinePresets(before); }});
}

bool DiaryEditor::setDoctorNotes(const QString &notes)
{
    const QString before = m_session.doctorNotes();
    if (before == notes)
        return true;
    DiarySession &s = m_session;
    // Typing pauses save the notes now and then; saves in a row are one undo step, back
    // to the notes as they were before the first (UndoStep::mergeWith keeps the first undo).
    return run(tr("Edit notes for the doctor"),
               Step{[&s, notes] { return s.setDoctorNotes(notes); }, [&s, before] { return s.setDoctorNotes(before); }},
               NotesMerge, QStringLiteral("doctor_notes"));
}

// ---- whole-file operations ---------------------------------------------------------------

bool DiaryEditor::importDiary(const Diary &diary, ImportSummary *summary, bool replaceDayValues)
{
    m_error.clear();
    if (!m_session.importDiary(diary, summary, replaceDayValues)) {
        m_error = m_session.errorString();
        return false;
    }
    // New entries took ids and day values may have changed under the commands.
    m_stack->clear();
    return true;
}

bool DiaryEditor::restoreBackup(const QString &backupPath, QString *error, QString *savedAs)
{
    const bool restored = m_session.restoreBackup(backupPath, error, savedAs);
    // The file was closed and opened again, restored or not: nothing on the stack is
    // known to describe it any more.
    m_stack->clear();
    return restored;
}

bool DiaryEditor::moveTo(const QString &newPath, QString *error)
{
    // The same diary at another path: the commands stay valid.
    return m_session.moveTo(newPath, error);
}

} // namespace td::ui
