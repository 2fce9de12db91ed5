#include "storage/diarystore.h"

#include "storage/database.h"
#include "storage/transaction.h"
#include "domain/inputlimits.h"
#include "domain/experimentplan.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cstdlib>

namespace td {
namespace {

const QString kDateFormat = QStringLiteral("yyyy-MM-dd");

QString dateText(const QDate &d) { return d.toString(kDateFormat); }
QDate parseDate(const QVariant &v) { return QDate::fromString(v.toString(), kDateFormat); }

// Every text is bound through this. Qt binds a null QString as SQL NULL; text columns are
// NOT NULL with '' for "none". Qt binds text as UTF-16, and SQLite takes a leading U+FEFF
// of such text for a byte-order mark and drops it: one more U+FEFF in front is the one
// SQLite drops, so the text is stored as it was given. (U+FFFE, which SQLite would take
// for a swapped mark, is refused with U+FFFF by textProblem(): SQLite reads both back as
// U+FFFD.)
QString text(const QString &s)
{
    if (s.isNull())
        return QStringLiteral("");
    if (s.startsWith(QChar(0xFEFF)))
        return QChar(0xFEFF) + s;
    return s;
}

QVariant optionalValue(const std::optional<int> &v) { return v ? QVariant(*v) : QVariant(); }
QVariant optionalValue(const std::optional<double> &v) { return v ? QVariant(*v) : QVariant(); }

QDateTime instant(const QVariant &atUtc, const QVariant &offset)
{
    return QDateTime::fromSecsSinceEpoch(atUtc.toLongLong(), Qt::OffsetFromUTC, offset.toInt());
}

QString symptomsText(const QList<Symptom> &symptoms)
{
    QStringList ids;
    for (Symptom s : symptoms)
        ids.append(symptomId(s));
    return ids.join(u',');
}

QList<Symptom> parseSymptoms(const QString &text)
{
    QList<Symptom> result;
    for (const QString &id : text.split(u',', Qt::SkipEmptyParts)) {
        if (auto s = symptomFromId(id))
            result.append(*s);
    }
    return result;
}

QString episodeKey(const Episode &e)
{
    return QStringList{QString::number(e.at.toSecsSinceEpoch()),
                       QString::number(e.at.offsetFromUtc()), zoneId(e.zone), sideId(e.side),
                       e.durationS ? QString::number(*e.durationS) : QString(),
                       QString::number(e.intensity), symptomsText(e.symptoms), e.note}
        .join(QChar(0x1f));
}

QString intakeKey(const Intake &i)
{
    return QStringList{QString::number(i.at.toSecsSinceEpoch()),
                       QString::number(i.at.offsetFromUtc()), intakeKindId(i.kind), i.name,
                       i.amount ? QString::number(*i.amount, 'g', 17) : QString()}
        .join(QChar(0x1f));
}

QString medicationKey(const Medication &m)
{
    return QStringList{m.name, m.dose, dateText(m.started),
                       m.stopped ? dateText(*m.stopped) : QString()}
        .join(QChar(0x1f));
}

Episode readEpisode(const QSqlQuery &q)
{
    Episode e;
    e.id = q.value(0).toLongLong();
    e.at = instant(q.value(1), q.value(2));
    e.zone = zoneFromId(q.value(3).toString()).value_or(Zone::Other);
    e.side = sideFromId(q.value(4).toString()).value_or(Side::Both);
    if (!q.value(5).isNull())
        e.durationS = q.value(5).toInt();
    e.intensity = q.value(6).toInt();
    e.symptoms = parseSymptoms(q.value(7).toString());
    e.note = q.value(8).toString();
    return e;
}

Intake readIntake(const QSqlQuery &q)
{
    Intake i;
    i.id = q.value(0).toLongLong();
    i.at = instant(q.value(1), q.value(2));
    i.kind = intakeKindFromId(q.value(3).toString()).value_or(IntakeKind::Food);
    i.name = q.value(4).toString();
    if (!q.value(5).isNull())
        i.amount = q.value(5).toDouble();
    return i;
}

const QString kEpisodeColumns =
    QStringLiteral("id, at_utc, utc_offset, zone, side, duration_s, intensity, symptoms, note");
const QString kIntakeColumns = QStringLiteral("id, at_utc, utc_offset, kind, name, amount");

} // namespace

DiaryStore::DiaryStore(Database &db) : m_db(db) {}

bool DiaryStore::isReadOnly() const { return m_db.isReadOnly(); }

bool DiaryStore::fail(const QString &what, const QString &reason)
{
    m_error = limits::sentence(QStringLiteral("Could not %1: %2").arg(what, reason));
    m_badInput = false;
    return false;
}

bool DiaryStore::badInput(const QString &message)
{
    m_error = limits::sentence(message);
    m_badInput = true;
    return false;
}

QString DiaryStore::textProblem(const QString &field, const QString &value)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c.isHighSurrogate() && i + 1 < value.size() && value.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate())
            return QStringLiteral("%1: character %2 is half of a UTF-16 pair (U+%3), which is not "
                                  "Unicode text; correct the text")
                .arg(field)
                .arg(i + 1)
                .arg(c.unicode(), 4, 16, QChar(u'0'));
        if (c.unicode() >= 0xFFFE)
            return QStringLiteral("%1: character %2 is U+%3, a Unicode noncharacter that is not "
                                  "text; remove it")
                .arg(field)
                .arg(i + 1)
                .arg(c.unicode(), 4, 16, QChar(u'0'));
    }
    return {};
}

bool DiaryStore::checkText(const QString &field, const QString &value)
{
    const QString why = textProblem(field, value);
    return why.isEmpty() || badInput(why);
}

bool DiaryStore::checkTime(const QString &field, const QDateTime &at)
{
    if (!at.isValid())
        return badInput(QStringLiteral("%1: no valid time").arg(field));
    if (std::abs(at.offsetFromUtc()) > limits::kMaxUtcOffsetS)
        return badInput(QStringLiteral("%1: %2 has a UTC offset beyond ±18:00")
                            .arg(field, at.toString(Qt::ISODate)));
    return true;
}

// ---- episodes -------------------------------------------------------------------------

bool DiaryStore::writeEpisode(Episode &e, bool insert, bool keepId)
{
    if (!checkTime(QStringLiteral("episode time"), e.at) || !checkText(QStringLiteral("note"), e.note))
        return false;
    QSqlQuery q(m_db.connection());
    // An id of NULL lets SQLite choose one; keepId puts an undone removal back as it was.
    q.prepare(insert ? QStringLiteral("INSERT INTO episodes (id, at_utc, utc_offset, zone, side, "
                                      "duration_s, intensity, symptoms, note) VALUES (?,?,?,?,?,?,?,?,?)")
                     : QStringLiteral("UPDATE episodes SET at_utc=?, utc_offset=?, zone=?, side=?, "
                                      "duration_s=?, intensity=?, symptoms=?, note=? WHERE id=?"));
    if (insert)
        q.addBindValue(keepId ? QVariant(e.id) : QVariant());
    q.addBindValue(e.at.toSecsSinceEpoch());
    q.addBindValue(e.at.offsetFromUtc());
    q.addBindValue(zoneId(e.zone));
    q.addBindValue(sideId(e.side));
    q.addBindValue(optionalValue(e.durationS));
    q.addBindValue(e.intensity);
    q.addBindValue(text(symptomsText(e.symptoms)));
    q.addBindValue(text(e.note));
    if (!insert)
        q.addBindValue(e.id);
    if (!q.exec())
        return fail(QStringLiteral("save the episode"), describeSqlError(q.lastError()));
    if (insert)
        e.id = q.lastInsertId().toLongLong();
    return true;
}

bool DiaryStore::addEpisode(Episode &e)
{
    Transaction t(m_db);
    if (!t.isActive())
        return fail(QStringLiteral("write to the diary"), t.errorString());
    Episode copy = e;
    if (!writeEpisode(copy, true))
        return false;
    if (!t.commit())
        return fail(QStringLiteral("save the episode"), t.errorString());
    e.id = copy.id;
    return true;
}

bool DiaryStore::restoreEpisode(const Episode &e)
{
    Transaction t(m_db);
    if (!t.isActive())
        return fail(QStringLiteral("write to the diary"), t.errorString());
    Episode copy = e;
    return writeEpisode(copy, true, true) &&
           (t.commit() || fail(QStringLiteral("save the episode"), t.errorString()));
}

bool DiaryStore::updateEpisode(const Episode &e)
{
    Transaction t(m_db);
    if (!t.isActive())
        return fail(QStringLiteral("write to the diary"), t.errorString());
    Episode copy = e;
    if (!writeEpisode(copy, false))
        return false;
    return t.commit() || fail(QStringLiteral("save the episode"), t.errorString());
}

bool DiaryStore::removeById(const QString &table, qint64 id)
{
    Transaction t(m_db);
    if (!t.isActive())
        return fail(QStringLiteral("write to the diary"), t.errorString());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (!q.exec())
        return fail(QStringLiteral("delete the entry"), describeSqlError(q.lastError()));
    return t.commit() || fail(QStringLiteral("delete the entry"), t.errorString());
}

bool DiaryStore::removeEpisode(qint64 id) { return removeById(QStringLiteral("episodes"), id); }

QList<Episode> DiaryStore::episodes() const
{
    QList<Episode> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT %1 FROM episodes ORDER BY at_utc, id").arg(kEpisodeColumns))) {
        while (q.next())
            result.append(readEpisode(q));
    }
    return result;
}

QList<Episode> DiaryStore::episodesBetween(const QDateTime &from, const QDateTime &to) const
{
    QList<Episode> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM episodes WHERE at_utc >= ? AND at_utc < ? "
                             "ORDER BY at_utc, id")
                  .arg(kEpisodeColumns));
    q.addBindValue(from.toSecsSinceEpoch());
    q.addBindValue(to.toSecsSinceEpoch());
    if (q.exec()) {
        while (q.next())
            result.append(readEpisode(q));
    }
    return result;
}

std::optional<Episode> DiaryStore::episode(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM episodes WHERE id = ?").arg(kEpisodeColumns));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readEpisode(q);
    return std::nullopt;
}

std::optional<Episode> DiaryStore::lastEpisode() const
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT %1 FROM episodes ORDER BY at_utc DESC, id DESC LIMIT 1")
                   .arg(kEpisodeColumns)) &&
        q.next())
        return readEpisode(q);
    return std::nullopt;
}

// ---- intakes --------------------------------------------------------------------------

bool DiaryStore::writeIntake(Intake &i, bool insert, bool keepId)
{
    if (!checkTime(QStringLiteral("intake time"), i.at) || !checkText(QStringLiteral("name"), i.name))
        return false;
    QSqlQuery q(m_db.connection());
    q.prepare(insert ? QStringLiteral("INSERT INTO intakes (id, at_utc, utc_offset, kind, name, amount) "
                                      "VALUES (?,?,?,?,?,?)")
                     : QStringLiteral("UPDATE intakes SET at_utc=?, utc_offset=?, kind=?, name=?, "
                                      "amount=? WHERE id=?"));
    if (insert)
        q.addBindValue(keepId ? QVariant(i.id) : QVariant());
    q.addBindValue(i.at.toSecsSinceEpoch());
    q.addBindValue(i.at.offsetFromUtc());
    q.addBindValue(intakeKindId(i.kind));
    q.addBindValue(text(i.name));
    q.addBindValue(optionalValue(i.amount));
    if (!insert)
        q.addBindValue(i.id);
    if (!q.exec())
        return fail(QStringLiteral("save the %1 entry").arg(intakeKindId(i.kind)),
                    describeSqlError(q.lastError()));
    if (insert)
        i.id = q.lastInsertId().toLongLong();
    return true;
}

bool DiaryStore::addIntake(Intake &i)
{
    Transaction t(m_db);
    if (!t.isActive())
        return fail(QStringLiteral("write to the diary"), t.errorString());
    Intake copy = i;
    if (!writeIntake(copy, true))
        return false;
    if (!t.commit())
        return fail(QStringLiteral("save the entry"), t.errorString());
    i.id = copy.id;
    return true;
}

bool DiaryStore::restoreIntake(const Intake &i)
{
    Transaction t(m_db);
    if (!t.isActive())
        return fail(QStringLiteral("write to the diary"), t.errorString());
    Intake copy = i;
    return writeIntake(copy, true, true) &&
           (t.commit() || fail(QStringLiteral("save the entry"), t.errorString()));
}

bool DiaryStore::updateIntake(const Intake &i)
{
    Transaction t(m_db);
    if (!t.isActive())
        return fail(QStringLiteral("write to the diary"), t.errorString());
    Intake copy = i;
    return writeIntake(copy, false) &&
           (t.commit() || fail(QStringLiteral("save the entry"), t.errorString()));
}

bool DiaryStore::removeIntake(qint64 id) { return removeById(QStringLiteral("intakes"), id); }

QList<Intake> DiaryStore::intakes() const
{
    QList<Intake> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT %1 FROM intakes ORDER BY at_utc, id").arg(kIntakeColumns))) {
        while (q.next())
            result.append(readIntake(q));
    }
    return result;
}

std::optional<Intake> DiaryStore::intake(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM intakes WHERE id = ?").arg(kIntakeColumns));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readIntake(q);
    return std::nullopt;
}

QList<Intake> DiaryStore::intakesBetween(const QDateTime &from, const QDateTime &to) const
{
    QList<Intake> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM intakes WHERE at_utc >= ? AND at_utc < ? "
                             "ORDER BY at_utc, id")
                  .arg(kIntakeColumns));
    q.addBindValue(from.toSecsSinceEpoch());
    q.addBindValue(to.toSecsSinceEpoch());
    if (q.exec()) {
        while (q.next())
            result.append(readIntake(q));
    }
    return result;
}

// ---- per-day values -------------------------------------------------------------------

bool DiaryStore::upsertSleep(const Sleep &s)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO sleep (date, hours, quality) VALUES (?,?,?) "
                             "ON CONFLICT(date) DO UPDATE SET hours=excluded.hours, "
                             "quality=excluded.quality"));
    q.addBindValue(dateText(s.date));
    q.addBindValue(optionalValue(s.hours));
    q.addBindValue(optionalValue(s.quality));
    return q.exec() || fail(QStringLiteral("save the sleep entry"), describeSqlError(q.lastError()));
}

bool DiaryStore::setSleep(const Sleep &s)
{
    Transaction t(m_db);
    if (!t.isActive())
        return fail(QStringLiteral("write to the diary"), t.errorString());
    return upsertSleep(s) &&
           (t.commit() || fail(QStringLiteral("save the sleep entry"), t.errorString()));
}

bool DiaryStore::removeSleep(const QDate &date)
{
    Transaction t(m_db);
    if (!t.isActive())
        return fail(QStringLiteral("write to the diary"), t.errorString());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM sleep WHERE date = ?"));
    q.addBindValue(dateText(date));
    return (q.exec() || fail(QStringLiteral("delete the sleep entry"), describeSqlError(q.lastError()))) &&
           (t.commit() || fail(QStringLiteral("delete the sleep entry"), t.errorString()));
}

std::optional<Sleep> DiaryStore::sleep(const QDate &date) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT hours, quality FROM sleep WHERE date = ?"));
    q.addBindValue(dateText(date));
    if (!q.exec() || !q.next())
        return std::nullopt;
    Sleep s{date, {}, {}};
    if (!q.value(0).isNull())
        s.hours = q.value(0).toDouble();
    if (!q.value(1).isNull())
        s.quality = q.value(1).toInt();
    return s;
}

bool DiaryStore::upsertStress(const Stress &s)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO stress (date, level) VALUES (?,?) "
                             "ON CONFLICT(date) DO UPDATE SET level=excluded.level"));
    q.addBindValue(dateText(s.date));
    q.addBindValue(s.level);
    return q.exec() || fail(QStringLiteral("save the stress level"), describeSqlError(q.lastError()));
}

bool DiaryStore::setStress(const Stress &s)
{
    Transaction t(m_db);
    if (!t.isActive())
        return fail(QStringLiteral("write to the diary"), t.errorString());
    return upsertStress(s) &&
           (t.commit() || fail(QStringLiteral("save the stress level"), t.errorString()));
}

bool DiaryStore::removeStress(const QDate &date)
{
    Transaction t(m_db);
    if (!t.isActive())
        return fail(QStringLiteral("write to the diary"), t.errorString());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM stress WHERE date = ?"));
    q.addBindValue(dateText(date));
    return (q.exec() || fail(QStringLiteral("delete the stress level"), describeSqlError(q.lastError()))) &&
           (t.commit() || fail(QStringLiteral("delete the stress level"), t.errorString()));
}

std::optional<Stress> DiaryStore::stress(const QDate &date) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT level FROM stress WHERE date = ?"));
    q.addBindValue(dateText(date));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Stress{date, q.value(0).toInt()};
}

bool DiaryStore::setCheckedIn(const QDate &date, bool checkedIn)
{
    Transaction t(m_db);
    if (!t.isActive())
        return fail(QStringLiteral("write to the diary"), t.errorString());
    QSqlQuery q(m_db.connection());
    q.prepare(checkedIn ? QStringLiteral("INSERT OR IGNORE INTO checkins (date) VALUES (?)")
                        : QStringLiteral("DELETE FROM checkins WHERE date = ?"));
    q.addBindValue(dateText(date));
    return (q.exec() || fail(QStringLiteral("save the check-in"), describeSqlError(q.lastError()))) &&
           (t.commit() || fail(QStringLiteral("save the check-in"), t.errorString()));
}

bool DiaryStore::isCheckedIn(const QDate &date) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM checkins WHERE date = ?"));
    q.addBindValue(dateText(date));
    return q.exec() && q.next();
}

// ---- medications ----------------------------------------------------------------------

bool DiaryStore::writeMedication(Medication &m, bool insert, bool keepId)
{
    if (!checkText(QStringLiteral("medication name"), m.name) || !checkText(QStringLiteral("dose"), m.dose))
        return false;
    QSqlQuery q(m_db.connection());
    q.prepare(insert ? QStringLiteral("INSERT INTO medications (id, name, dose, started, stopped) "
                                      "VALUES (?,?,?,?,?)")
                     : QStringLiteral("UPDATE medications SET name=?, dose=?, started=?, "
                                      "stopped=? WHERE id=?"));
    if (insert)
        q.addBindValue(keepId ? QVariant(m.id) : QVariant());
    q.addBindValue(text(m.name));
    q.addBindValue(text(m.dose));
    q.addBindValue(dateText(m.started));
    q.addBindValue(m.stopped ? QVariant(dateText(*m.stopped)) : QVariant());
    if (!insert)
        q.addBindValue(m.id);
    if (!q.exec())
        return fail(QStringLiteral("save the medication"), describeSqlError(q.lastError()));
    if (insert)
        m.id = q.lastInsertId().toLongLong();
    return true;
}

bool DiaryStore::addMedication(Medication &m)
{
    Transaction t(m_db);
    if (!t.isActive())
        return fail(QStringLiteral("write to the diary"), t.errorString());
    Medication copy = m;
    if (!writeMedication(copy, true))
        return false;
    if (!t.commit())
        return fail(QStringLiteral("save the medication"), t.errorString());
    m.id = copy.id;
    return true;
}

bool DiaryStore::restoreMedication(const Medication &m)
{
    Transaction t(m_db);
    if (!t.isActive())
        return fail(QStringLiteral("write to the diary"), t.errorString());
    Medication copy = m;
    return writeMedication(copy, true, true) &&
           (t.commit() || fail(QStringLiteral("save the medication"), t.errorString()));
}

bool DiaryStore::updateMedication(const Medication &m)
{
    Transaction t(m_db);
    if (!t.isActive())
        return fail(QStringLiteral("write to the diary"), t.errorString());
    Medication copy = m;
    return writeMedication(copy, false) &&
           (t.commit() || fail(QStringLiteral("save the medication"), t.errorString()));
}

bool DiaryStore::removeMedication(qint64 id)
{
    return removeById(QStringLiteral("medications"), id);
}

QList<Medication> DiaryStore::medications() const
{
    QList<Medication> result;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT id, name, dose, started, stopped FROM medications "
                              "ORDER BY started, id"))) {
        while (q.next()) {
            Medication m{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                         parseDate(q.value(3)), {}};
            if (!q.value(4).isNull())
                m.stopped = parseDate(q.value(4));
            result.append(m);
        }
    }
    return result;
}

// ---- custom factors -------------------------------------------------------------------

std::optional<qint64> DiaryStore::customFactorId(const QString &name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM custom_factors WHERE name = ?"));
    q.addBindValue(text(name));
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

bool DiaryStore::insertCustomFactor(const CustomFactor &f)
{
    if (!checkText(QStringLiteral("factor name"), f.name) || !checkText(QStringLiteral("unit"), f.unit))
        return false;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO custom_factors (name, type, unit) VALUES (?,?,?) "
                             "ON CONFLICT(name) DO UPDATE SET type=excluded.type, unit=excluded.unit"));
    q.addBindValue(text(f.name));
    q.addBindValue(customFactorTypeId(f.type));
    q.addBindValue(text(f.unit));
    return q.exec() || fail(QStringLiteral("save the factor \"%1\"").arg(f.name),
                            describeSqlError(q.lastError()));
}

bool DiaryStore::defineCustomFactor(const CustomFactor &f)
{
    Transaction t(m_db);
    if (!t.isActive())
        return fail(QStringLiteral("write to the diary"), t.errorString());
    return insertCustomFactor(f) &&
           (t.commit() || fail(QStringLiteral("save the factor"), t.errorString()));
}

int DiaryStore::customValueCount(const QString &name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM custom_values v JOIN custom_factors f ON f.id = v.factor_id "
                             "WHERE f.name = ?"));
    q.addBindValue(text(name));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

bool DiaryStore::renameCustomFactor(const QString &name, const QString &newName)
{
    if (!checkText(QStringLiteral("factor name"), newName))
        return false;
    if (name == newName)
        return true;
    if (customFactorId(newName))
        return fail(QStringLiteral("rename the factor \"%1\"").arg(name),
                    QStringLiteral("a factor called \"%1\" already exists").arg(newName));
    Transaction t(m_db);
    if (!t.isActive())
        return fail(QStringLiteral("write to the diary"), t.errorString());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE custom_factors SET name = ? WHERE name = ?"));
    q.addBindValue(text(newName));
    q.addBindValue(text(name));
    if (!q.exec())
        return fail(QStringLiteral("rename the factor \"%1\"").arg(name), describeSqlError(q.lastError()));
    if (q.numRowsAffected() != 1)
        return fail(QStringLiteral("rename the factor \"%1\"").arg(name), QStringLiteral("no such factor is defined"));
    return t.commit() || fail(QStringLiteral("rename the factor"), t.errorString());
}

bool DiaryStore::removeCustomFactor(const QString &name)
{
    Transaction t(m_db);
    if (!t.isActive())
        return fail(QStringLiteral("write to the diary"), t.errorString());
    QSqlQuery q(m_db.connection());
    // Values go with the factor (ON DELETE CASCADE).
    q.prepare(QStringLiteral("DELETE FROM custom_factors WHERE name = ?"));
    q.addBindValue(text(name));
    if (!q.exec())
        return fail(QStringLiteral("remove the factor \"%1\"").arg(name), describeSqlError(q.lastError()));
    return t.commit() || fail(QStringLiteral("remove the factor"), t.errorString());
}

std::optional<CustomFactorRecord> DiaryStore::customFactorRecord(const QString &name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, type, unit FROM custom_factors WHERE name = ?"));
    q.addBindValue(text(name));
    if (!q.exec() || !q.next())
        return std::nullopt;
    CustomFactorRecord r;
    r.id = q.value(0).toLongLong();
    r.factor = {name, customFactorTypeFromId(q.value(1).toString()).value_or(CustomFactorType::Number),
                q.value(2).toString()};
    QSqlQuery v(m_db.connection());
    v.prepare(QStringLiteral("SELECT date, value FROM custom_values WHERE factor_id = ? ORDER BY date"));
    v.addBindValue(r.id);
    if (!v.exec())
        return std::nullopt;
    while (v.next())
        r.values.append({parseDate(v.value(0)), name, v.value(1).toDouble()});
    return r;
}

bool DiaryStore::restoreCustomFactor(const CustomFactorRecord &r)
{
    const CustomFactor &f = r.factor;
    if (!checkText(QStringLiteral("factor name"), f.name) || !checkText(QStringLiteral("unit"), f.unit))
        return false;
    Transaction t(m_db);
    if (!t.isActive())
        return fail(QStringLiteral("write to the diary"), t.errorString());
    QSqlQuery q(m_db.connection());
    // No ON CONFLICT: a taken id or name fails the whole restore.
    q.prepare(QStringLiteral("INSERT INTO custom_factors (id, name, type, unit) VALUES (?,?,?,?)"));
    q.addBindValue(r.id);
    q.addBindValue(text(f.name));
    q.addBindValue(customFactorTypeId(f.type));
    q.addBindValue(text(f.unit));
    if (!q.exec())
        return fail(QStringLiteral("restore the factor \"%1\"").arg(f.name), describeSqlError(q.lastError()));
    q.prepare(QStringLiteral("INSERT INTO custom_values (factor_id, date, value) VALUES (?,?,?)"));
    for (const CustomValue &v : r.values) {
        q.addBindValue(r.id);
        q.addBindValue(dateText(v.date));
        q.addBindValue(v.value);
        if (!q.exec())
            return fail(QStringLiteral("restore the values of \"%1\"").arg(f.name), describeSqlError(q.lastError()));
    }
    return t.commit() || fail(QStringLiteral("restore the factor"), t.errorString());
}

bool DiaryStore::upsertCustomValue(const CustomValue &v)
{
    const auto id = customFactorId(v.name);
    if (!id)
        return fail(QStringLiteral("save the value of \"%1\"").arg(v.name),
                    QStringLiteral("no such factor is defined"));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO custom_values (factor_id, date, value) VALUES (?,?,?) "
                             "ON CONFLICT(factor_id, date) DO UPDATE SET value=excluded.value"));
    q.addBindValue(*id);
    q.addBindValue(dateText(v.date));
    q.addBindValue(v.value);
    return q.exec() || fail(QStringLiteral("save the value of \"%1\"").arg(v.name),
                            describeSqlError(q.lastError()));
}

bool DiaryStore::setCustomValue(const CustomValue &v)
{
    Transaction t(m_db);
    if (!t.isActive())
        return fail(QStringLiteral("write to the diary"), t.errorString());
    return upsertCustomValue(v) &&
           (t.commit() || fail(QStringLiteral("save the value"), t.errorString()));
}

bool DiaryStore::removeCustomValue(const QDate &date, const QString &name)
{
    Transaction t(m_db);
    if (!t.isActive())
        return fail(QStringLiteral("write to the diary"), t.errorString());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM custom_values WHERE date = ? AND factor_id = "
                             "(SELECT id FROM custom_factors WHERE name = ?)"));
    q.addBindValue(dateText(date));
    q.addBindValue(text(name));
    return (q.exec() || fail(QStringLiteral("delete the value"), describeSqlError(q.lastError()))) &&
           (t.commit() || fail(QStringLiteral("delete the value"), t.errorString()));
}

std::optional<double> DiaryStore::customValue(const QDate &date, const QString &name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT v.value FROM custom_values v JOIN custom_factors f ON "
                             "f.id = v.factor_id WHERE v.date = ? AND f.name = ?"));
    q.addBindValue(dateText(date));
    q.addBindValue(text(name));
    if (q.exec() && q.next())
        return q.value(0).toDouble();
    return std::nullopt;
}

QList<CustomFactor> DiaryStore::customFactors() const
{
    QList<CustomFactor> result;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT name, type, unit FROM custom_factors ORDER BY id"))) {
        while (q.next())
            result.append({q.value(0).toString(),
                           customFactorTypeFromId(q.value(1).toString())
                               .value_or(CustomFactorType::Number),
                           q.value(2).toString()});
    }
    return result;
}

// ---- caffeine presets -----------------------------------------------------------------

QList<CaffeinePreset> DiaryStore::caffeinePresets() const
{
    QList<CaffeinePreset> result;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT name, mg FROM caffeine_presets ORDER BY position"))) {
        while (q.next())
            result.append({q.value(0).toString(), q.value(1).toDouble()});
    }
    return result;
}

bool DiaryStore::setCaffeinePresets(const QList<CaffeinePreset> &presets)
{
    for (const CaffeinePreset &p : presets) {
        if (!checkText(QStringLiteral("drink name"), p.name))
            return false;
    }
    Transaction t(m_db);
    if (!t.isActive())
        return fail(QStringLiteral("write to the diary"), t.errorString());
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("DELETE FROM caffeine_presets")))
        return fail(QStringLiteral("save the caffeine presets"), describeSqlError(q.lastError()));
    q.prepare(QStringLiteral("INSERT INTO caffeine_presets (position, name, mg) VALUES (?,?,?)"));
    for (int i = 0; i < presets.size(); ++i) {
        q.addBindValue(i);
        q.addBindValue(text(presets[i].name));
        q.addBindValue(presets[i].mg);
        if (!q.exec())
            return fail(QStringLiteral("save the caffeine preset \"%1\"").arg(presets[i].name),
                        describeSqlError(q.lastError()));
    }
    return t.commit() || fail(QStringLiteral("save the caffeine presets"), t.errorString());
}

QStringList DiaryStore::foodTags() const
{
    QStringList result;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT name FROM intakes WHERE kind = 'food' GROUP BY name "
                              "ORDER BY count(*) DESC, name"))) {
        while (q.next())
            result.append(q.value(0).toString());
    }
    return result;
}

// ---- meta -----------------------------------------------------------------------------

QString DiaryStore::meta(const QString &key) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(text(key));
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool DiaryStore::setMeta(const QString &key, const QString &value)
{
    if (!checkText(key, value))
        return false;
    Transaction t(m_db);
    if (!t.isActive())
        return fail(QStringLiteral("write to the diary"), t.errorString());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(text(key));
    q.addBindValue(text(value));
    return (q.exec() || fail(QStringLiteral("save the notes"), describeSqlError(q.lastError()))) &&
           (t.commit() || fail(QStringLiteral("save the notes"), t.errorString()));
}

// ---- experiments ----------------------------------------------------------------------

QList<experiments::Plan> DiaryStore::experiments() const
{
    using namespace td::experiments;
    QList<Plan> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, title, factor, op, value, design, start, pairs, period_days, "
                               "washout_days, schedule, before_days, change_days, equivalence_low, "
                               "equivalence_high, stopped, note FROM experiments ORDER BY start, id")))
        return out;
    QList<qint64> ids;
    while (q.next()) {
        Plan p;
        ids.append(q.value(0).toLongLong());
        p.title = q.value(1).toString();
        p.factor = q.value(2).toString();
        p.op = opFromId(q.value(3).toString()).value_or(Op::AtMost);
        p.value = q.value(4).toDouble();
        p.design = designFromId(q.value(5).toString()).value_or(Design::PairedPeriods);
        p.start = parseDate(q.value(6));
        p.pairs = q.value(7).toInt();
        p.periodDays = q.value(8).toInt();
        p.washoutDays = q.value(9).toInt();
        const QString schedule = q.value(10).toString();
        for (const QString &order : schedule.split(u',', Qt::SkipEmptyParts))
            p.schedule.push_back(order == u"AB" ? Order::AB : Order::BA);
        p.beforeDays = q.value(11).toInt();
        p.changeDays = q.value(12).toInt();
        p.equivalenceLow = q.value(13).toDouble();
        p.equivalenceHigh = q.value(14).toDouble();
        if (!q.value(15).isNull())
            p.stopped = parseDate(q.value(15));
        p.note = q.value(16).toString();
        out.append(p);
    }
    for (qsizetype i = 0; i < out.size(); ++i) {
        QSqlQuery pq(m_db.connection());
        pq.prepare(QStringLiteral("SELECT from_date, to_date FROM experiment_pauses WHERE experiment_id = ? "
                                  "ORDER BY from_date"));
        pq.addBindValue(ids[i]);
        if (pq.exec())
            while (pq.next())
                out[i].pauses.append({parseDate(pq.value(0)), parseDate(pq.value(1))});
    }
    return out;
}

bool DiaryStore::stopExperiment(const QString &title, const QDate &on)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE experiments SET stopped = ? WHERE title = ? AND stopped IS NULL"));
    q.addBindValue(on.toString(Qt::ISODate));
    q.addBindValue(title);
    if (!q.exec())
        return fail(QStringLiteral("stop the experiment"), describeSqlError(q.lastError()));
    if (q.numRowsAffected() != 1)
        return badInput(QStringLiteral("there is no running experiment \"%1\"").arg(limits::excerpt(title)));
    return true;
}

bool DiaryStore::addExperimentPause(const QString &title, const QDate &from, const QDate &to)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO experiment_pauses (experiment_id, from_date, to_date) "
                             "SELECT id, ?, ? FROM experiments WHERE title = ?"));
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    q.addBindValue(title);
    if (!q.exec())
        return fail(QStringLiteral("pause the experiment"), describeSqlError(q.lastError()));
    if (q.numRowsAffected() != 1)
        return badInput(QStringLiteral("there is no experiment \"%1\"").arg(limits::excerpt(title)));
    return true;
}

bool DiaryStore::addExperiment(const experiments::Plan &p)
{
    return replaceExperiment(QString(), p);
}

bool DiaryStore::removeExperiment(const QString &title)
{
    Transaction t(m_db);
    if (!t.isActive())
        return fail(QStringLiteral("write to the diary"), t.errorString());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM experiments WHERE title = ?"));  // pauses cascade
    q.addBindValue(title);
    if (!q.exec())
        return fail(QStringLiteral("remove the experiment"), describeSqlError(q.lastError()));
    if (q.numRowsAffected() != 1)
        return badInput(QStringLiteral("there is no experiment \"%1\"").arg(limits::excerpt(title)));
    return t.commit() || fail(QStringLiteral("remove the experiment"), t.errorString());
}

bool DiaryStore::replaceExperiment(const QString &title, const experiments::Plan &p)
{
    if (const QString why = experiments::validate(p); !why.isEmpty())
        return badInput(QStringLiteral("experiment: %1").arg(why));
    Transaction t(m_db);
    if (!t.isActive())
        return fail(QStringLiteral("write to the diary"), t.errorString());
    if (!title.isNull()) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM experiments WHERE title = ?"));
        q.addBindValue(title);
        if (!q.exec())
            return fail(QStringLiteral("change the experiment"), describeSqlError(q.lastError()));
        if (q.numRowsAffected() != 1)
            return badInput(QStringLiteral("there is no experiment \"%1\"").arg(limits::excerpt(title)));
    }
    if (!insertExperiment(p))
        return false;
    return t.commit() || fail(QStringLiteral("save the experiment"), t.errorString());
}

bool DiaryStore::insertExperiment(const experiments::Plan &p)
{
    QStringList schedule;
    for (experiments::Order order : p.schedule)
        schedule << (order == experiments::Order::AB ? QStringLiteral("AB") : QStringLiteral("BA"));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO experiments (title, factor, op, value, design, start, pairs, "
                             "period_days, washout_days, schedule, before_days, change_days, equivalence_low, "
                             "equivalence_high, stopped, note) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(p.title);
    q.addBindValue(p.factor);
    q.addBindValue(experiments::opId(p.op));
    q.addBindValue(p.value);
    q.addBindValue(experiments::designId(p.design));
    q.addBindValue(p.start.toString(Qt::ISODate));
    q.addBindValue(p.pairs);
    q.addBindValue(p.periodDays);
    q.addBindValue(p.washoutDays);
    q.addBindValue(schedule.join(u','));
    q.addBindValue(p.beforeDays);
    q.addBindValue(p.changeDays);
    q.addBindValue(p.equivalenceLow);
    q.addBindValue(p.equivalenceHigh);
    q.addBindValue(p.stopped ? QVariant(p.stopped->toString(Qt::ISODate)) : QVariant());
    q.addBindValue(p.note.isNull() ? QStringLiteral("") : p.note);  // a null QString binds as NULL
    if (!q.exec())
        return fail(QStringLiteral("save the experiment \"%1\"").arg(limits::excerpt(p.title)), describeSqlError(q.lastError()));
    const QVariant id = q.lastInsertId();
    for (const experiments::Pause &pause : p.pauses) {
        QSqlQuery pq(m_db.connection());
        pq.prepare(QStringLiteral("INSERT INTO experiment_pauses (experiment_id, from_date, to_date) VALUES (?,?,?)"));
        pq.addBindValue(id);
        pq.addBindValue(pause.from.toString(Qt::ISODate));
        pq.addBindValue(pause.to.toString(Qt::ISODate));
        if (!pq.exec())
            return fail(QStringLiteral("save a pause of \"%1\"").arg(limits::excerpt(p.title)), describeSqlError(pq.lastError()));
    }
    return true;
}

// ---- whole diary ----------------------------------------------------------------------

Diary DiaryStore::load() const
{
    Diary d;
    d.episodes = episodes();
    d.intakes = intakes();
    d.medications = medications();
    d.customFactors = customFactors();
    d.experiments = experiments();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT date, hours, quality FROM sleep ORDER BY date"))) {
        while (q.next()) {
            Sleep s{parseDate(q.value(0)), {}, {}};
            if (!q.value(1).isNull())
                s.hours = q.value(1).toDouble();
            if (!q.value(2).isNull())
                s.quality = q.value(2).toInt();
            d.sleep.append(s);
        }
    }
    if (q.exec(QStringLiteral("SELECT date, level FROM stress ORDER BY date"))) {
        while (q.next())
            d.stress.append({parseDate(q.value(0)), q.value(1).toInt()});
    }
    if (q.exec(QStringLiteral("SELECT date FROM checkins ORDER BY date"))) {
        while (q.next())
            d.checkins.append(parseDate(q.value(0)));
    }
    if (q.exec(QStringLiteral("SELECT v.date, f.name, v.value FROM custom_values v JOIN "
                              "custom_factors f ON f.id = v.factor_id ORDER BY v.date, f.name"))) {
        while (q.next())
            d.customValues.append({parseDate(q.value(0)), q.value(1).toString(),
                                   q.value(2).toDouble()});
    }
    return d;
}

QString ImportConflict::describe() const
{
    return QStringLiteral("%1%2: %3 in the diary, %4 in the file")
        .arg(field, date.isValid() ? QStringLiteral(" on ") + dateText(date) : QString(),
             limits::excerpt(inDiary), limits::excerpt(inFile));
}

namespace {
QString numberText(double v) { return QString::number(v, 'g', 15); }
} // namespace

bool DiaryStore::import(const Diary &d, ImportSummary *summaryOut, bool replaceDayValues)
{
    ImportSummary summary;
    m_badInput = false;
    m_conflicts.clear();
    Transaction t(m_db);
    if (!t.isActive())
        return fail(QStringLiteral("write to the diary"), t.errorString());
    if (!t.isActive())
        return fail(QStringLiteral("start the import"), t.errorString());

    // Multisets of what is already stored: an identical entry in the file is skipped
    // once per stored copy, so a re-import adds nothing and a file's own duplicates stay.
    QHash<QString, int> existing;
    for (const Episode &e : episodes())
        ++existing[episodeKey(e)];
    for (Episode e : d.episodes) {
        int &count = existing[episodeKey(e)];
        if (count > 0) {
            --count;
            ++summary.skipped;
        } else if (!writeEpisode(e, true)) {
            return false;
        } else {
            ++summary.added;
        }
    }

    existing.clear();
    for (const Intake &i : intakes())
        ++existing[intakeKey(i)];
    for (Intake i : d.intakes) {
        int &count = existing[intakeKey(i)];
        if (count > 0) {
            --count;
            ++summary.skipped;
        } else if (!writeIntake(i, true)) {
            return false;
        } else {
            ++summary.added;
        }
    }

    // Per-day values: what the file lacks is kept; what it adds is stored; where it
    // disagrees with the diary, the file wins only with replaceDayValues.
    const auto conflict = [&](const QDate &date, const QString &field, const QString &inDiary,
                              const QString &inFile) {
        m_conflicts.append({date, field, inDiary, inFile});
        return replaceDayValues;
    };
    for (const Sleep &s : d.sleep) {
        const auto old = sleep(s.date);
        if (!old) {
            if (!upsertSleep(s))
                return false;
            ++summary.added;
            continue;
        }
        Sleep merged = *old;
        bool take = true;
        if (s.hours && old->hours && *s.hours != *old->hours)
            take = conflict(s.date, QStringLiteral("sleep hours"), numberText(*old->hours), numberText(*s.hours)) && take;
        if (s.quality && old->quality && *s.quality != *old->quality)
            take = conflict(s.date, QStringLiteral("sleep quality"), QString::number(*old->quality),
                            QString::number(*s.quality)) && take;
        if (!take)
            continue;
        if (s.hours)
            merged.hours = s.hours;
        if (s.quality)
            merged.quality = s.quality;
        if (merged == *old) {
            ++summary.skipped;
            continue;
        }
        if (!upsertSleep(merged))
            return false;
        ++summary.replaced;
    }
    for (const Stress &s : d.stress) {
        const auto old = stress(s.date);
        if (old == s) {
            ++summary.skipped;
            continue;
        }
        if (old && !conflict(s.date, QStringLiteral("stress"), QString::number(old->level),
                             QString::number(s.level)))
            continue;
        if (!upsertStress(s))
            return false;
        ++(old ? summary.replaced : summary.added);
    }

    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO checkins (date) VALUES (?)"));
        for (const QDate &date : d.checkins) {
            q.addBindValue(dateText(date));
            if (!q.exec())
                return fail(QStringLiteral("import the check-ins"), describeSqlError(q.lastError()));
            ++(q.numRowsAffected() > 0 ? summary.added : summary.skipped);
        }
    }

    existing.clear();
    for (const Medication &m : medications())
        ++existing[medicationKey(m)];
    for (Medication m : d.medications) {
        int &count = existing[medicationKey(m)];
        if (count > 0) {
            --count;
            ++summary.skipped;
        } else if (!writeMedication(m, true)) {
            return false;
        } else {
            ++summary.added;
        }
    }

    QHash<QString, CustomFactor> factors;
    for (const CustomFactor &f : customFactors())
        factors.insert(f.name, f);
    for (qsizetype i = 0; i < d.customFactors.size(); ++i) {
        const CustomFactor &f = d.customFactors[i];
        const auto it = factors.constFind(f.name);
        if (it != factors.cend() && it->type != f.type) {
            m_error = QStringLiteral("custom_factors[%1].type: \"%2\" is already in the diary "
                                     "as a %3 factor; rename one of them.")
                          .arg(i)
                          .arg(f.name, it->type == CustomFactorType::YesNo
                                           ? QStringLiteral("yes/no")
                                           : QStringLiteral("numeric"));
            m_badInput = true;
            return false;
        }
        if (it != factors.cend() && *it == f) {
            ++summary.skipped;
            continue;
        }
        if (it != factors.cend() &&
            !conflict({}, QStringLiteral("unit of the custom factor \"%1\"").arg(limits::excerpt(f.name)),
                      it->unit.isEmpty() ? QStringLiteral("none") : it->unit,
                      f.unit.isEmpty() ? QStringLiteral("none") : f.unit))
            continue;
        if (!insertCustomFactor(f))
            return false;
        ++(it != factors.cend() ? summary.replaced : summary.added);
        factors.insert(f.name, f);
    }
    for (qsizetype i = 0; i < d.customValues.size(); ++i) {
        const CustomValue &v = d.customValues[i];
        const auto it = factors.constFind(v.name);
        if (it == factors.cend()) {
            m_error = QStringLiteral("custom_values[%1].name: \"%2\" is not a custom factor "
                                     "defined in this file or in the diary; add it to "
                                     "custom_factors.")
                          .arg(i)
                          .arg(v.name);
            m_badInput = true;
            return false;
        }
        if (it->type == CustomFactorType::YesNo && v.value != 0 && v.value != 1) {
            m_error = QStringLiteral("custom_values[%1].value: %2 is not 1 (yes) or 0 (no), "
                                     "which the yes/no factor \"%3\" needs.")
                          .arg(i)
                          .arg(v.value)
                          .arg(v.name);
            m_badInput = true;
            return false;
        }
        const auto old = customValue(v.date, v.name);
        if (old == v.value) {
            ++summary.skipped;
            continue;
        }
        if (old && !conflict(v.date, QStringLiteral("\"%1\"").arg(limits::excerpt(v.name)),
                             numberText(*old), numberText(v.value)))
            continue;
        if (!upsertCustomValue(v))
            return false;
        ++(old ? summary.replaced : summary.added);
    }

    // Experiments: an identical plan (same title) is already there; a different plan under
    // the same title, or a window overlapping another experiment's, is refused. The
    // schedule is stored as written, never redrawn.
    const QList<experiments::Plan> stored = experiments();
    for (qsizetype i = 0; i < d.experiments.size(); ++i) {
        const experiments::Plan &p = d.experiments[i];
        bool same = false;
        for (const experiments::Plan &kept : stored) {
            if (kept.title == p.title) {
                if (kept == p) {
                    same = true;
                    break;
                }
                return badInput(QStringLiteral("experiments[%1].title: \"%2\" is already in the diary with "
                                               "another plan; rename one of them")
                                    .arg(i)
                                    .arg(limits::excerpt(p.title)));
            }
            if (kept.windowFrom() <= p.windowTo() && p.windowFrom() <= kept.windowTo())
                return badInput(QStringLiteral("experiments[%1].start: its window (%2 to %3) overlaps the "
                                               "experiment \"%4\" in the diary (%5 to %6); one experiment "
                                               "runs at a time")
                                    .arg(i)
                                    .arg(p.windowFrom().toString(Qt::ISODate), p.windowTo().toString(Qt::ISODate),
                                         limits::excerpt(kept.title), kept.windowFrom().toString(Qt::ISODate),
                                         kept.windowTo().toString(Qt::ISODate)));
        }
        if (same) {
            ++summary.skipped;
            continue;
        }
        if (p.factor.startsWith(u"custom:") && !factors.contains(p.factor.mid(7)))
            return badInput(QStringLiteral("experiments[%1].factor: \"%2\" is not a custom factor defined in "
                                           "this file or in the diary")
                                .arg(i)
                                .arg(limits::excerpt(p.factor)));
        if (!insertExperiment(p))
            return false;
        ++summary.added;
    }

    if (!m_conflicts.isEmpty() && !replaceDayValues) {
        constexpr int kListed = 10;
        QStringList listed;
        for (qsizetype i = 0; i < m_conflicts.size() && i < kListed; ++i)
            listed << m_conflicts[i].describe();
        QString message = QStringLiteral("the file disagrees with the diary on %1 day value%2: %3")
                              .arg(m_conflicts.size())
                              .arg(m_conflicts.size() == 1 ? QString() : QStringLiteral("s"))
                              .arg(listed.join(QStringLiteral("; ")));
        if (m_conflicts.size() > kListed)
            message += QStringLiteral("; and %1 more").arg(m_conflicts.size() - kListed);
        return badInput(message); // the transaction rolls back: nothing stored
    }

    if (!t.commit())
        return fail(QStringLiteral("finish the import"), t.errorString());
    if (summaryOut)
        *summaryOut = summary;
    return true;
}

} // namespace td
