#include "models/diarysession.h"

#include "domain/clock.h"
#include "storage/backup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace td::ui {

DiarySession::DiarySession(std::unique_ptr<Database> db, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_store(*m_db)
{
    // Every read of the window that fails reaches the user (MainWindow shows it).
    m_store.setReadErrorHandler([this](const QString &message) { Q_EMIT readFailed(message); });
}

DiarySession::~DiarySession() = default;

QDate DiarySession::today() const { return Clock::today(m_dayBoundaryHour); }

QDateTime DiarySession::entryTime(const QDate &day) const
{
    const QDateTime now = Clock::now();
    const QDateTime wholeSeconds = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::OffsetFromUTC,
                                                                 now.offsetFromUtc());
    if (day == today())
        return wholeSeconds;
    return QDateTime(day, QTime(12, 0), Qt::OffsetFromUTC, now.offsetFromUtc());
}

DayEntries DiarySession::day(const QDate &date) const
{
    DayEntries d;
    d.date = date;
    // Entries keep the offset they were made in; look a day either side in UTC and keep
    // those whose own local day is `date`.
    const QDateTime from(date.addDays(-1), QTime(0, 0), Qt::UTC);
    const QDateTime to(date.addDays(3), QTime(0, 0), Qt::UTC);
    for (const Episode &e : m_store.episodesBetween(from, to)) {
        if (dayOf(e.at) == date)
            d.episodes.append(e);
    }
    for (const Intake &i : m_store.intakesBetween(from, to)) {
        if (dayOf(i.at) == date)
            d.intakes.append(i);
    }
    d.sleep = m_store.sleep(date);
    d.stress = m_store.stress(date);
    d.checkedIn = m_store.isCheckedIn(date);
    return d;
}

std::function<Diary(QString *error)> DiarySession::diaryReader() const
{
    const QString path = m_db->path();
    if (path == u":memory:") {
        const Diary copy = m_store.load();
        const QString why = m_store.readFailed() ? m_store.errorString() : QString();
        return [copy, why](QString *error) {
            *error = why;
            return copy;
        };
    }
    return [path](QString *error) {
        Database db;
        if (!db.open(path, Database::Mode::ReadOnly)) {
            *error = db.errorString();
            return Diary{};
        }
        DiaryStore store(db);
        Diary diary = store.load();
        *error = store.readFailed() ? store.errorString() : QString();
        return diary;
    };
}

bool DiarySession::notify(bool ok, const QDate &day)
{
    if (ok)
        Q_EMIT dayChanged(day);
    return ok;
}

bool DiarySession::addEpisode(Episode &e) { return notify(m_store.addEpisode(e), dayOf(e.at)); }

bool DiarySession::removeEpisode(qint64 id)
{
    const auto e = m_store.episode(id);
    return notify(m_store.removeEpisode(id), e ? dayOf(e->at) : today());
}

bool DiarySession::updateEpisode(const Episode &e)
{
    const auto before = m_store.episode(e.id);
    if (!m_store.updateEpisode(e))
        return false;
    if (before && dayOf(before->at) != dayOf(e.at))
        Q_EMIT dayChanged(dayOf(before->at));
    return notify(true, dayOf(e.at));
}

bool DiarySession::restoreEpisode(const Episode &e) { return notify(m_store.restoreEpisode(e), dayOf(e.at)); }

bool DiarySession::updateIntake(const Intake &i)
{
    const auto before = m_store.intake(i.id);
    if (!m_store.updateIntake(i))
        return false;
    if (before && dayOf(before->at) != dayOf(i.at))
        Q_EMIT dayChanged(dayOf(before->at));
    return notify(true, dayOf(i.at));
}

bool DiarySession::restoreIntake(const Intake &i) { return notify(m_store.restoreIntake(i), dayOf(i.at)); }

bool DiarySession::addIntake(Intake &i) { return notify(m_store.addIntake(i), dayOf(i.at)); }

bool DiarySession::removeIntake(qint64 id)
{
    const auto i = m_store.intake(id);
    return notify(m_store.removeIntake(id), i ? dayOf(i->at) : today());
}

bool DiarySession::setSleep(const Sleep &s) { return notify(m_store.setSleep(s), s.date); }
bool DiarySession::clearSleep(const QDate &date) { return notify(m_store.removeSleep(date), date); }
bool DiarySession::setStress(const Stress &s) { return notify(m_store.setStress(s), s.date); }
bool DiarySession::clearStress(const QDate &date) { return notify(m_store.removeStress(date), date); }
bool DiarySession::setCheckedIn(const QDate &date, bool checkedIn)
{
    return notify(m_store.setCheckedIn(date, checkedIn), date);
}

bool DiarySession::setCustomValue(const QDate &date, const QString &name, std::optional<double> value)
{
    return notify(value ? m_store.setCustomValue({date, name, *value}) : m_store.removeCustomValue(date, name), date);
}

bool DiarySession::defineCustomFactor(const CustomFactor &f)
{
    if (!m_store.defineCustomFactor(f))
        return false;
    Q_EMIT customFactorsChanged();
    return true;
}

namespace {
bool emitIf(bool ok, DiarySession *s)
{
    if (ok)
        Q_EMIT s->medicationsChanged();
    return ok;
}
} // namespace

bool DiarySession::addMedication(Medication &m) { return emitIf(m_store.addMedication(m), this); }
bool DiarySession::updateMedication(const Medication &m) { return emitIf(m_store.updateMedication(m), this); }
bool DiarySession::removeMedication(qint64 id) { return emitIf(m_store.removeMedication(id), this); }
bool DiarySession::restoreMedication(const Medication &m) { return emitIf(m_store.restoreMedication(m), this); }

bool DiarySession::addExperiment(const experiments::Plan &p)
{
    const bool ok = m_store.addExperiment(p);
    if (ok)
        Q_EMIT experimentsChanged();
    return ok;
}

bool DiarySession::removeExperiment(const QString &title)
{
    const bool ok = m_store.removeExperiment(title);
    if (ok)
        Q_EMIT experimentsChanged();
    return ok;
}

bool DiarySession::replaceExperiment(const QString &title, const experiments::Plan &p)
{
    const bool ok = m_store.replaceExperiment(title, p);
    if (ok)
        Q_EMIT experimentsChanged();
    return ok;
}

std::optional<Medication> DiarySession::medication(qint64 id) const
{
    for (const Medication &m : m_store.medications()) {
        if (m.id == id)
            return m;
    }
    return std::nullopt;
}

bool DiarySession::restoreBackup(const QString &backupPath, QString *error, QString *savedAs)
{
    const QString path = m_db->path();
    const Database::Mode mode = m_db->isReadOnly() ? Database::Mode::ReadOnly : Database::Mode::ReadWrite;
    // The restore needs the file to itself (our lock and connection are released first).
    m_db->close();
    const bool restored = backups::restore(path, backupPath, error, savedAs);
    if (!m_db->open(path, mode)) {
        *error = restored ? tr("The backup was restored, but the diary could not be opened again: %1")
                                .arg(m_db->errorString())
                          : *error + u' ' + m_db->errorString();
        Q_EMIT diaryChanged();
        return false;
    }
    Q_EMIT diaryChanged();
    return restored;
}

bool DiarySession::moveTo(const QString &newPath, QString *error)
{
    const QString oldPath = m_db->path();
    const QString target = QFileInfo(newPath).absoluteFilePath();
    const QString native = QDir::toNativeSeparators(target);
    if (m_db->isReadOnly() || oldPath.isEmpty()) {
        *error = tr("This diary is open read-only, so it cannot be moved.");
        return false;
    }
    if (target == QFileInfo(oldPath).absoluteFilePath())
        return true;
    if (QFileInfo::exists(target)) {
        *error = tr("There is already a file at %1. Choose a new file name; nothing was moved.").arg(native);
        return false;
    }
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        *error = tr("The folder %1 could not be created; nothing was moved.")
                     .arg(QDir::toNativeSeparators(QFileInfo(target).absolutePath()));
        return false;
    }
    // Closing the last connection folds the write-ahead log into the file, so the one
    // file is the whole diary. Copy to a temporary name, then rename: a crash leaves
    // either no new file or a whole one, and the old file is untouched until the end.
    m_db->close();
    const QString part = target + QStringLiteral(".part");
    QFile::remove(part);
    auto reopenOld = [&](const QString &why) {
        QFile::remove(part);
        QFile::remove(target);
        if (!m_db->open(oldPath))
            *error = why + u' ' +
                     tr("The diary could not be opened again at %1: %2")
                         .arg(QDir::toNativeSeparators(oldPath), m_db->errorString());
        else
            *error = why;
        Q_EMIT diaryChanged();
        return false;
    };
    // Another connection (a report or analysis still reading) keeps the log alive; then
    // the file alone is not the whole diary and copying it would lose entries.
    if (QFileInfo(oldPath + QStringLiteral("-wal")).size() > 0)
        return reopenOld(tr("The diary is being read (an analysis or report is running). Wait a moment "
                            "and move it again; nothing was moved."));
    if (!QFile::copy(oldPath, part))
        return reopenOld(tr("The diary could not be copied to %1 (is the folder writable, and is there "
                            "space?); it stays where it was.")
                             .arg(native));
    QFile::setPermissions(part, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (QFileInfo(part).size() != QFileInfo(oldPath).size() || !QFile::rename(part, target))
        return reopenOld(tr("The copy at %1 was incomplete; the diary stays where it was.").arg(native));
    if (!m_db->open(target))
        return reopenOld(tr("The moved diary could not be opened (%1); it stays where it was.")
                             .arg(m_db->errorString()));
    // The new file works: now the old one (and any leftovers of its log) can go.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(oldPath + suffix);
    Q_EMIT pathChanged(target);
    Q_EMIT diaryChanged();
    return true;
}

void DiarySession::runDeferredChecks()
{
    if (!m_db->checksDeferred() || m_db->isReadOnly() || m_db->path().isEmpty())
        return;
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QString damage = watcher->result();
        // Until now nothing was written to the file; from here on only if it is sound.
        m_db->setCheckResult(damage.isEmpty());
        QString warning;
        if (damage.isEmpty() && m_db->isOpen() && !backups::createDailyIfDue(*m_db, &warning))
            warning = warning.isEmpty() ? tr("The daily backup could not be made.") : warning;
        Q_EMIT checked(damage, warning);
    });
    watcher->setFuture(QtConcurrent::run(&Database::quickCheck, m_db->path()));
}

bool DiarySession::renameCustomFactor(const QString &name, const QString &newName)
{
    if (!m_store.renameCustomFactor(name, newName))
        return false;
    Q_EMIT customFactorsChanged();
    Q_EMIT diaryChanged();
    return true;
}

bool DiarySession::removeCustomFactor(const QString &name, QString *error, QString *backupPath)
{
    // Its values are gone with it: keep the diary as it was first (in-memory diaries,
    // used by tests, have no backups).
    if (!m_db->path().isEmpty() && m_db->path() != u":memory:") {
        QString why;
        const auto backup = backups::create(*m_db, QStringLiteral("factor"), &why);
        if (!backup) {
            *error = tr("No backup could be made, so nothing was removed: %1").arg(why);
            return false;
        }
        if (backupPath)
            *backupPath = *backup;
    }
    if (!m_store.removeCustomFactor(name)) {
        *error = m_store.errorString();
        return false;
    }
    Q_EMIT customFactorsChanged();
    Q_EMIT diaryChanged();
    return true;
}

bool DiarySession::restoreCustomFactor(const CustomFactorRecord &r)
{
    if (!m_store.restoreCustomFactor(r))
        return false;
    Q_EMIT customFactorsChanged();
    Q_EMIT diaryChanged();
    return true;
}

bool DiarySession::undefineCustomFactor(const QString &name)
{
    if (!m_store.removeCustomFactor(name))
        return false;
    Q_EMIT customFactorsChanged();
    return true;
}

bool DiarySession::setCaffeinePresets(const QList<CaffeinePreset> &presets)
{
    if (!m_store.setCaffeinePresets(presets))
        return false;
    Q_EMIT caffeinePresetsChanged();
    return true;
}

namespace {
const QString kDoctorNotesKey = QStringLiteral("doctor_notes");
} // namespace

QString DiarySession::doctorNotes() const { return m_store.meta(kDoctorNotesKey); }

bool DiarySession::setDoctorNotes(const QString &notes)
{
    if (!m_store.setMeta(kDoctorNotesKey, notes))
        return false;
    Q_EMIT doctorNotesChanged();
    return true;
}

bool DiarySession::importDiary(const Diary &diary, ImportSummary *summary, bool replaceDayValues)
{
    if (!m_store.import(diary, summary, replaceDayValues))
        return false;
    Q_EMIT diaryChanged();
    return true;
}

} // namespace td::ui
