#include "storage/diarystore.h"

#include "domain/experimentplan.h"
#include "domain/inputlimits.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QHash>
#include <QScopeGuard>
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
                       QString::number(e.at.offsetFromUtc()),
                       zoneId(e.zone),
                       sideId(e.side),
                       e.durationS ? QString::number(*e.durationS) : QString(),
                       QString::number(e.intensity),
                       symptomsText(e.symptoms),
                       e.note}
        .join(QChar(0x1f));
}

QString intakeKey(const Intake &i)
{
    return QStringList{QString::number(i.at.toSecsSinceEpoch()), QString::number(i.at.offsetFromUtc()),
                       intakeKindId(i.kind), i.name, i.amount ? QString::number(*i.amount, 'g', 17) : QString()}
        .join(QChar(0x1f));
}

QString medicationKey(const Medication &m)
{
    return QStringList{m.name, m.dose, dateText(m.started), m.stopped ? dateText(*m.stopped) : QString()}
        .join(QChar(0x1f));
}

Episode readEpisode(const SqlQuery &q)
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

Intake readIntake(const SqlQuery &q)
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

// Reads every row of the executed query `q` with `row`; false when a row could not be read.
template <typename Row>
bool readRows(SqlQuery &q, Row &&row)
{
    while (q.next())
        row();
    return !q.failed();
}

// Adds each of `items` that is not already stored, as import() does for episodes, intakes
// and medications. `stored` is what the diary has; `key` says when two are identical. It
// is a multiset: an identical item is skipped once per stored copy, so a re-import adds
// nothing and a file's own duplicates stay. `write` stores one item (false: stop).
template <typename T, typename Key, typename Write>
bool addNew(const QList<T> &stored, const QList<T> &items, Key key, Write write, ImportSummary &summary)
{
    QHash<QString, int> existing;
    existing.reserve(stored.size());
    for (const T &s : stored)
        ++existing[key(s)];
    for (T item : items) {
        if (!existing.isEmpty()) {
            const auto it = existing.find(key(item));
            if (it != existing.end() && *it > 0) {
                --*it;
                ++summary.skipped;
                continue;
            }
        }
        if (!write(item))
            return false;
        ++summary.added;
    }
    return true;
}

const QString kEpisodeColumns =
    QStringLiteral("id, at_utc, utc_offset, zone, side, duration_s, intensity, symptoms, note");
const QString kIntakeColumns = QStringLiteral("id, at_utc, utc_offset, kind, name, amount");

const QString kInsertEpisode =
    QStringLiteral("INSERT INTO episodes (id, at_utc, utc_offset, zone, side, duration_s, intensity, symptoms, "
                   "note) VALUES (:id, :at, :offset, :zone, :side, :duration, :intensity, :symptoms, :note)");
const QString kUpdateEpisode =
    QStringLiteral("UPDATE episodes SET at_utc = :at, utc_offset = :offset, zone = :zone, side = :side, "
                   "duration_s = :duration, intensity = :intensity, symptoms = :symptoms, note = :note "
                   "WHERE id = :id");
const QString kInsertIntake = QStringLiteral("INSERT INTO intakes (id, at_utc, utc_offset, kind, name, amount) "
                                             "VALUES (:id, :at, :offset, :kind, :name, :amount)");
const QString kUpdateIntake = QStringLiteral("UPDATE intakes SET at_utc = :at, utc_offset = :offset, kind = :kind, "
                                             "name = :name, amount = :amount WHERE id = :id");
const QString kInsertMedication = QStringLiteral("INSERT INTO medications (id, name, dose, started, stopped) "
                                                 "VALUES (:id, :name, :dose, :started, :stopped)");
const QString kUpdateMedication = QStringLiteral("UPDATE medications SET name = :name, dose = :dose, "
                                                 "started = :started, stopped = :stopped WHERE id = :id");
const QString kUpsertSleep = QStringLiteral("INSERT INTO sleep (date, hours, quality) VALUES (:date, :hours, :quality) "
                                            "ON CONFLICT(date) DO UPDATE SET hours = excluded.hours, "
                                            "quality = excluded.quality");
const QString kUpsertStress = QStringLiteral("INSERT INTO stress (date, level) VALUES (:date, :level) "
                                             "ON CONFLICT(date) DO UPDATE SET level = excluded.level");
const QString kUpsertCustomValue =
    QStringLiteral("INSERT INTO custom_values (factor_id, date, value) VALUES (:factor, :date, :value) "
                   "ON CONFLICT(factor_id, date) DO UPDATE SET value = excluded.value");

void bindEpisode(SqlQuery &q, const Episode &e)
{
    q.bind(QStringLiteral(":at"), e.at.toSecsSinceEpoch());
    q.bind(QStringLiteral(":offset"), e.at.offsetFromUtc());
    q.bind(QStringLiteral(":zone"), zoneId(e.zone));
    q.bind(QStringLiteral(":side"), sideId(e.side));
    q.bind(QStringLiteral(":duration"), optionalValue(e.durationS));
    q.bind(QStringLiteral(":intensity"), e.intensity);
    q.bind(QStringLiteral(":symptoms"), text(symptomsText(e.symptoms)));
    q.bind(QStringLiteral(":note"), text(e.note));
}

void bindIntake(SqlQuery &q, const Intake &i)
{
    q.bind(QStringLiteral(":at"), i.at.toSecsSinceEpoch());
    q.bind(QStringLiteral(":offset"), i.at.offsetFromUtc());
    q.bind(QStringLiteral(":kind"), intakeKindId(i.kind));
    q.bind(QStringLiteral(":name"), text(i.name));
    q.bind(QStringLiteral(":amount"), optionalValue(i.amount));
}

void bindMedication(SqlQuery &q, const Medication &m)
{
    q.bind(QStringLiteral(":name"), text(m.name));
    q.bind(QStringLiteral(":dose"), text(m.dose));
    q.bind(QStringLiteral(":started"), dateText(m.started));
    q.bind(QStringLiteral(":stopped"), m.stopped ? QVariant(dateText(*m.stopped)) : QVariant());
}

} // namespace

// Every public read is one of these: the outermost clears readFailed(), and when it ends
// with a failure, the read-error handler hears about it once.
class DiaryStore::ReadScope
{
public:
    explicit ReadScope(const DiaryStore &store) : m_store(store)
    {
        if (m_store.m_readDepth++ == 0)
            m_store.m_readFailed = false;
    }
    ~ReadScope()
    {
        if (--m_store.m_readDepth == 0 && m_store.m_readFailed && !m_store.m_quietReads && m_store.m_readErrorHandler)
            m_store.m_readErrorHandler(m_store.m_error);
    }
    ReadScope(const ReadScope &) = delete;
    ReadScope &operator=(const ReadScope &) = delete;

private:
    const DiaryStore &m_store;
};

DiaryStore::DiaryStore(Database &db) : m_db(db) {}

bool DiaryStore::readFailure(const SqlQuery &q) const
{
    m_error = limits::sentence(QStringLiteral("Could not read the diary: %1").arg(q.error()));
    m_badInput = false;
    m_readFailed = true;
    return false;
}

bool DiaryStore::isReadOnly() const { return m_db.isReadOnly(); }

bool DiaryStore::fail(const QString &what, const QString &reason)
{
    m_error = limits::sentence(QStringLiteral("Could not %1: %2").arg(what, reason));
    m_badInput = false;
    m_readFailed = false;
    return false;
}

bool DiaryStore::badInput(const QString &message)
{
    m_error = limits::sentence(message);
    m_badInput = true;
    m_readFailed = false;
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
        return badInput(QStringLiteral("%1: %2 has a UTC offset beyond ±18:00").arg(field, at.toString(Qt::ISODate)));
    return true;
}

// ---- episodes -------------------------------------------------------------------------

// `q` is kInsertEpisode or kUpdateEpisode, prepared (the import prepares it once for all).
bool DiaryStore::writeEpisode(SqlQuery &q, Episode &e, bool insert, bool keepId)
{
    if (!checkTime(QStringLiteral("episode time"), e.at) || !checkText(QStringLiteral("note"), e.note))
        return false;
    bindEpisode(q, e);
    // An id of NULL lets SQLite choose one; keepId puts an undone removal back as it was.
    q.bind(QStringLiteral(":id"), !insert || keepId ? QVariant(e.id) : QVariant());
    if (!q.exec())
        return fail(QStringLiteral("save the episode"), q.error());
    if (insert)
        e.id = q.lastInsertId();
    return true;
}

bool DiaryStore::writeOneEpisode(Episode &e, bool insert, bool keepId)
{
    Transaction t(m_db);
    if (!t.isActive())
        return fail(QStringLiteral("write to the diary"), t.errorString());
    SqlQuery q(m_db.connection());
    if (!q.prepare(insert ? kInsertEpisode : kUpdateEpisode))
        return fail(QStringLiteral("save the episode"), q.error());
    Episode copy = e;
    if (!writeEpisode(q, copy, insert, keepId))
        return false;
    if (!t.commit())
        return fail(QStringLiteral("save the episode"), t.errorString());
    e.id = copy.id;
    return true;
}

bool DiaryStore::addEpisode(Episode &e) { return writeOneEpisode(e, true, false); }

bool DiaryStore::restoreEpisode(const Episode &e)
{
    Episode copy = e;
    return writeOneEpisode(copy, true, true);
}

bool DiaryStore::updateEpisode(const Episode &e)
{
    Episode copy = e;
    return writeOneEpisode(copy, false, false);
}

// Runs `sql` with `binds` (placeholder, value) in a transaction of its own: the per-day
// removals and the small writes that are one statement each.
bool DiaryStore::writeStatement(const QString &what, const QString &sql, Binds binds, int *rowsAffected)
{
    Transaction t(m_db);
    if (!t.isActive())
        return fail(QStringLiteral("write to the diary"), t.errorString());
    SqlQuery q(m_db.connection());
    if (!q.prepare(sql))
        return fail(what, q.error());
    for (const auto &[name, value] : binds)
        q.bind(name, value);
    if (!q.exec())
        return fail(what, q.error());
    if (rowsAffected)
        *rowsAffected = q.numRowsAffected();
    return t.commit() || fail(what, t.errorString());
}

bool DiaryStore::removeById(const QString &table, qint64 id)
{
    return writeStatement(QStringLiteral("delete the entry"),
                          QStringLiteral("DELETE FROM %1 WHERE id = :id").arg(table), {{QStringLiteral(":id"), id}});
}

bool DiaryStore::removeEpisode(qint64 id) { return removeById(QStringLiteral("episodes"), id); }

QList<Episode> DiaryStore::selectEpisodes(const QString &where, Binds binds) const
{
    const ReadScope read(*this);
    QList<Episode> result;
    SqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral("SELECT %1 FROM episodes %2").arg(kEpisodeColumns, where)))
        return readFailure(q), QList<Episode>{};
    for (const auto &[name, value] : binds)
        q.bind(name, value);
    if (!q.exec() || !readRows(q, [&] { result.append(readEpisode(q)); }))
        return readFailure(q), QList<Episode>{};
    return result;
}

QList<Episode> DiaryStore::episodes() const { return selectEpisodes(QStringLiteral("ORDER BY at_utc, id"), {}); }

QList<Episode> DiaryStore::episodesBetween(const QDateTime &from, const QDateTime &to) const
{
    return selectEpisodes(QStringLiteral("WHERE at_utc >= :from AND at_utc < :to ORDER BY at_utc, id"),
                          {{QStringLiteral(":from"), from.toSecsSinceEpoch()},
                           {QStringLiteral(":to"), to.toSecsSinceEpoch()}});
}

std::optional<Episode> DiaryStore::episode(qint64 id) const
{
    const QList<Episode> one = selectEpisodes(QStringLiteral("WHERE id = :id"), {{QStringLiteral(":id"), id}});
    return one.isEmpty() ? std::nullopt : std::optional<Episode>(one.first());
}

std::optional<Episode> DiaryStore::lastEpisode() const
{
    const QList<Episode> one = selectEpisodes(QStringLiteral("ORDER BY at_utc DESC, id DESC LIMIT 1"), {});
    return one.isEmpty() ? std::nullopt : std::optional<Episode>(one.first());
}

// ---- intakes --------------------------------------------------------------------------

bool DiaryStore::writeIntake(SqlQuery &q, Intake &i, bool insert, bool keepId)
{
    if (!checkTime(QStringLiteral("intake time"), i.at) || !checkText(QStringLiteral("name"), i.name))
        return false;
    bindIntake(q, i);
    q.bind(QStringLiteral(":id"), !insert || keepId ? QVariant(i.id) : QVariant());
    if (!q.exec())
        return fail(QStringLiteral("save the %1 entry").arg(intakeKindId(i.kind)), q.error());
    if (insert)
        i.id = q.lastInsertId();
    return true;
}

bool DiaryStore::writeOneIntake(Intake &i, bool insert, bool keepId)
{
    Transaction t(m_db);
    if (!t.isActive())
        return fail(QStringLiteral("write to the diary"), t.errorString());
    SqlQuery q(m_db.connection());
    if (!q.prepare(insert ? kInsertIntake : kUpdateIntake))
        return fail(QStringLiteral("save the entry"), q.error());
    Intake copy = i;
    if (!writeIntake(q, copy, insert, keepId))
        return false;
    if (!t.commit())
        return fail(QStringLiteral("save the entry"), t.errorString());
    i.id = copy.id;
    return true;
}

bool DiaryStore::addIntake(Intake &i) { return writeOneIntake(i, true, false); }

bool DiaryStore::restoreIntake(const Intake &i)
{
    Intake copy = i;
    return writeOneIntake(copy, true, true);
}

bool DiaryStore::updateIntake(const Intake &i)
{
    Intake copy = i;
    return writeOneIntake(copy, false, false);
}

bool DiaryStore::removeIntake(qint64 id) { return removeById(QStringLiteral("intakes"), id); }

QList<Intake> DiaryStore::selectIntakes(const QString &where, Binds binds) const
{
    const ReadScope read(*this);
    QList<Intake> result;
    SqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral("SELECT %1 FROM intakes %2").arg(kIntakeColumns, where)))
        return readFailure(q), QList<Intake>{};
    for (const auto &[name, value] : binds)
        q.bind(name, value);
    if (!q.exec() || !readRows(q, [&] { result.append(readIntake(q)); }))
        return readFailure(q), QList<Intake>{};
    return result;
}

QList<Intake> DiaryStore::intakes() const { return selectIntakes(QStringLiteral("ORDER BY at_utc, id"), {}); }

std::optional<Intake> DiaryStore::intake(qint64 id) const
{
    const QList<Intake> one = selectIntakes(QStringLiteral("WHERE id = :id"), {{QStringLiteral(":id"), id}});
    return one.isEmpty() ? std::nullopt : std::optional<Intake>(one.first());
}

QList<Intake> DiaryStore::intakesBetween(const QDateTime &from, const QDateTime &to) const
{
    return selectIntakes(QStringLiteral("WHERE at_utc >= :from AND at_utc < :to ORDER BY at_utc, id"),
                         {{QStringLiteral(":from"), from.toSecsSinceEpoch()},
                          {QStringLiteral(":to"), to.toSecsSinceEpoch()}});
}

// ---- per-day values -------------------------------------------------------------------

bool DiaryStore::upsertSleep(SqlQuery &q, const Sleep &s)
{
    q.bind(QStringLiteral(":date"), dateText(s.date));
    q.bind(QStringLiteral(":hours"), optionalValue(s.hours));
    q.bind(QStringLiteral(":quality"), optionalValue(s.quality));
    return q.exec() || fail(QStringLiteral("save the sleep entry"), q.error());
}

bool DiaryStore::setSleep(const Sleep &s)
{
    Transaction t(m_db);
    if (!t.isActive())
        return fail(QStringLiteral("write to the diary"), t.errorString());
    SqlQuery q(m_db.connection());
    if (!q.prepare(kUpsertSleep))
        return fail(QStringLiteral("save the sleep entry"), q.error());
    return upsertSleep(q, s) && (t.commit() || fail(QStringLiteral("save the sleep entry"), t.errorString()));
}

bool DiaryStore::removeSleep(const QDate &date)
{
    return writeStatement(QStringLiteral("delete the sleep entry"),
                          QStringLiteral("DELETE FROM sleep WHERE date = :date"),
                          {{QStringLiteral(":date"), dateText(date)}});
}

// Runs a one-row SELECT with `binds`: true with the row in `q` when there is one, false
// when there is none or the read failed (readFailed()).
bool DiaryStore::selectOne(SqlQuery &q, const QString &sql, Binds binds) const
{
    if (!q.prepare(sql))
        return readFailure(q);
    for (const auto &[name, value] : binds)
        q.bind(name, value);
    if (!q.exec())
        return readFailure(q);
    if (q.next())
        return true;
    if (q.failed())
        readFailure(q);
    return false;
}

std::optional<Sleep> DiaryStore::sleep(const QDate &date) const
{
    const ReadScope read(*this);
    SqlQuery q(m_db.connection());
    if (!selectOne(q, QStringLiteral("SELECT hours, quality FROM sleep WHERE date = :date"),
                   {{QStringLiteral(":date"), dateText(date)}}))
        return std::nullopt;
    Sleep s{date, {}, {}};
    if (!q.isNull(0))
        s.hours = q.value(0).toDouble();
    if (!q.isNull(1))
        s.quality = q.value(1).toInt();
    return s;
}

bool DiaryStore::upsertStress(SqlQuery &q, const Stress &s)
{
    q.bind(QStringLiteral(":date"), dateText(s.date));
    q.bind(QStringLiteral(":level"), s.level);
    return q.exec() || fail(QStringLiteral("save the stress level"), q.error());
}

bool DiaryStore::setStress(const Stress &s)
{
    Transaction t(m_db);
    if (!t.isActive())
        return fail(QStringLiteral("write to the diary"), t.errorString());
    SqlQuery q(m_db.connection());
    if (!q.prepare(kUpsertStress))
        return fail(QStringLiteral("save the stress level"), q.error());
    return upsertStress(q, s) && (t.commit() || fail(QStringLiteral("save the stress level"), t.errorString()));
}

bool DiaryStore::removeStress(const QDate &date)
{
    return writeStatement(QStringLiteral("delete the stress level"),
                          QStringLiteral("DELETE FROM stress WHERE date = :date"),
                          {{QStringLiteral(":date"), dateText(date)}});
}

std::optional<Stress> DiaryStore::stress(const QDate &date) const
{
    const ReadScope read(*this);
    SqlQuery q(m_db.connection());
    if (!selectOne(q, QStringLiteral("SELECT level FROM stress WHERE date = :date"),
                   {{QStringLiteral(":date"), dateText(date)}}))
        return std::nullopt;
    return Stress{date, q.value(0).toInt()};
}

bool DiaryStore::setCheckedIn(const QDate &date, bool checkedIn)
{
    return writeStatement(QStringLiteral("save the check-in"),
                          checkedIn ? QStringLiteral("INSERT OR IGNORE INTO checkins (date) VALUES (:date)")
                                    : QStringLiteral("DELETE FROM checkins WHERE date = :date"),
                          {{QStringLiteral(":date"), dateText(date)}});
}

bool DiaryStore::isCheckedIn(const QDate &date) const
{
    const ReadScope read(*this);
    SqlQuery q(m_db.connection());
    return selectOne(q, QStringLiteral("SELECT 1 FROM checkins WHERE date = :date"),
                     {{QStringLiteral(":date"), dateText(date)}});
}

// ---- medications ----------------------------------------------------------------------

bool DiaryStore::writeMedication(SqlQuery &q, Medication &m, bool insert, bool keepId)
{
    if (!checkText(QStringLiteral("medication name"), m.name) || !checkText(QStringLiteral("dose"), m.dose))
        return false;
    bindMedication(q, m);
    q.bind(QStringLiteral(":id"), !insert || keepId ? QVariant(m.id) : QVariant());
    if (!q.exec())
        return fail(QStringLiteral("save the medication"), q.error());
    if (insert)
        m.id = q.lastInsertId();
    return true;
}

bool DiaryStore::writeOneMedication(Medication &m, bool insert, bool keepId)
{
    Transaction t(m_db);
    if (!t.isActive())
        return fail(QStringLiteral("write to the diary"), t.errorString());
    SqlQuery q(m_db.connection());
    if (!q.prepare(insert ? kInsertMedication : kUpdateMedication))
        return fail(QStringLiteral("save the medication"), q.error());
    Medication copy = m;
    if (!writeMedication(q, copy, insert, keepId))
        return false;
    if (!t.commit())
        return fail(QStringLiteral("save the medication"), t.errorString());
    m.id = copy.id;
    return true;
}

bool DiaryStore::addMedication(Medication &m) { return writeOneMedication(m, true, false); }

bool DiaryStore::restoreMedication(const Medication &m)
{
    Medication copy = m;
    return writeOneMedication(copy, true, true);
}

bool DiaryStore::updateMedication(const Medication &m)
{
    Medication copy = m;
    return writeOneMedication(copy, false, false);
}

bool DiaryStore::removeMedication(qint64 id) { return removeById(QStringLiteral("medications"), id); }

QList<Medication> DiaryStore::medications() const
{
    const ReadScope read(*this);
    QList<Medication> result;
    SqlQuery q(m_db.connection());
    const auto row = [&] {
        Medication m{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), parseDate(q.value(3)), {}};
        if (!q.isNull(4))
            m.stopped = parseDate(q.value(4));
        result.append(m);
    };
    if (!q.exec(QStringLiteral("SELECT id, name, dose, started, stopped FROM medications ORDER BY started, id")) ||
        !readRows(q, row))
        return readFailure(q), QList<Medication>{};
    return result;
}

// ---- custom factors -------------------------------------------------------------------

// The id of the factor `name` in *id (nullopt: no such factor); false when the read failed
// (errorString() says why).
bool DiaryStore::customFactorId(const QString &name, std::optional<qint64> *id) const
{
    SqlQuery q(m_db.connection());
    if (!selectOne(q, QStringLiteral("SELECT id FROM custom_factors WHERE name = :name"),
                   {{QStringLiteral(":name"), text(name)}})) {
        *id = std::nullopt;
        return !q.failed();
    }
    *id = q.value(0).toLongLong();
    return true;
}

bool DiaryStore::insertCustomFactor(const CustomFactor &f)
{
    if (!checkText(QStringLiteral("factor name"), f.name) || !checkText(QStringLiteral("unit"), f.unit))
        return false;
    SqlQuery q(m_db.connection());
    const QString what = QStringLiteral("save the factor \"%1\"").arg(f.name);
    if (!q.prepare(QStringLiteral("INSERT INTO custom_factors (name, type, unit) VALUES (:name, :type, :unit) "
                                  "ON CONFLICT(name) DO UPDATE SET type = excluded.type, unit = excluded.unit")))
        return fail(what, q.error());
    q.bind(QStringLiteral(":name"), text(f.name));
    q.bind(QStringLiteral(":type"), customFactorTypeId(f.type));
    q.bind(QStringLiteral(":unit"), text(f.unit));
    return q.exec() || fail(what, q.error());
}

bool DiaryStore::defineCustomFactor(const CustomFactor &f)
{
    Transaction t(m_db);
    if (!t.isActive())
        return fail(QStringLiteral("write to the diary"), t.errorString());
    return insertCustomFactor(f) && (t.commit() || fail(QStringLiteral("save the factor"), t.errorString()));
}

int DiaryStore::customValueCount(const QString &name) const
{
    const ReadScope read(*this);
    SqlQuery q(m_db.connection());
    return selectOne(q,
                     QStringLiteral("SELECT COUNT(*) FROM custom_values v JOIN custom_factors f ON "
                                    "f.id = v.factor_id WHERE f.name = :name"),
                     {{QStringLiteral(":name"), text(name)}})
               ? q.value(0).toInt()
               : 0;
}

bool DiaryStore::renameCustomFactor(const QString &name, const QString &newName)
{
    if (!checkText(QStringLiteral("factor name"), newName))
        return false;
    if (name == newName)
        return true;
    const QString what = QStringLiteral("rename the factor \"%1\"").arg(name);
    std::optional<qint64> taken;
    if (!customFactorId(newName, &taken))
        return fail(what, m_error);
    if (taken)
        return fail(what, QStringLiteral("a factor called \"%1\" already exists").arg(newName));
    int renamed = 0;
    if (!writeStatement(what, QStringLiteral("UPDATE custom_factors SET name = :new WHERE name = :old"),
                        {{QStringLiteral(":new"), text(newName)}, {QStringLiteral(":old"), text(name)}}, &renamed))
        return false;
    // Nothing changed when no row matched (the transaction committed an empty change).
    return renamed == 1 || fail(what, QStringLiteral("no such factor is defined"));
}

bool DiaryStore::removeCustomFactor(const QString &name)
{
    // Values go with the factor (ON DELETE CASCADE).
    return writeStatement(QStringLiteral("remove the factor \"%1\"").arg(name),
                          QStringLiteral("DELETE FROM custom_factors WHERE name = :name"),
                          {{QStringLiteral(":name"), text(name)}});
}

std::optional<CustomFactorRecord> DiaryStore::customFactorRecord(const QString &name) const
{
    const ReadScope read(*this);
    SqlQuery q(m_db.connection());
    if (!selectOne(q, QStringLiteral("SELECT id, type, unit FROM custom_factors WHERE name = :name"),
                   {{QStringLiteral(":name"), text(name)}}))
        return std::nullopt;
    CustomFactorRecord r;
    r.id = q.value(0).toLongLong();
    r.factor = {name, customFactorTypeFromId(q.value(1).toString()).value_or(CustomFactorType::Number),
                q.value(2).toString()};
    SqlQuery v(m_db.connection());
    if (!v.prepare(QStringLiteral("SELECT date, value FROM custom_values WHERE factor_id = :id ORDER BY date")))
        return readFailure(v), std::nullopt;
    v.bind(QStringLiteral(":id"), r.id);
    if (!v.exec() || !readRows(v, [&] { r.values.append({parseDate(v.value(0)), name, v.value(1).toDouble()}); }))
        return readFailure(v), std::nullopt;
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
    const QString what = QStringLiteral("restore the factor \"%1\"").arg(f.name);
    SqlQuery q(m_db.connection());
    // No ON CONFLICT: a taken id or name fails the whole restore.
    if (!q.prepare(
            QStringLiteral("INSERT INTO custom_factors (id, name, type, unit) VALUES (:id, :name, :type, :unit)")))
        return fail(what, q.error());
    q.bind(QStringLiteral(":id"), r.id);
    q.bind(QStringLiteral(":name"), text(f.name));
    q.bind(QStringLiteral(":type"), customFactorTypeId(f.type));
    q.bind(QStringLiteral(":unit"), text(f.unit));
    if (!q.exec())
        return fail(what, q.error());
    const QString valuesWhat = QStringLiteral("restore the values of \"%1\"").arg(f.name);
    if (!q.prepare(QStringLiteral("INSERT INTO custom_values (factor_id, date, value) VALUES (:id, :date, :value)")))
        return fail(valuesWhat, q.error());
    for (const CustomValue &v : r.values) {
        q.bind(QStringLiteral(":id"), r.id);
        q.bind(QStringLiteral(":date"), dateText(v.date));
        q.bind(QStringLiteral(":value"), v.value);
        if (!q.exec())
            return fail(valuesWhat, q.error());
    }
    return t.commit() || fail(QStringLiteral("restore the factor"), t.errorString());
}

bool DiaryStore::upsertCustomValue(SqlQuery &q, qint64 factorId, const CustomValue &v)
{
    q.bind(QStringLiteral(":factor"), factorId);
    q.bind(QStringLiteral(":date"), dateText(v.date));
    q.bind(QStringLiteral(":value"), v.value);
    return q.exec() || fail(QStringLiteral("save the value of \"%1\"").arg(v.name), q.error());
}

bool DiaryStore::setCustomValue(const CustomValue &v)
{
    Transaction t(m_db);
    if (!t.isActive())
        return fail(QStringLiteral("write to the diary"), t.errorString());
    const QString what = QStringLiteral("save the value of \"%1\"").arg(v.name);
    std::optional<qint64> id;
    if (!customFactorId(v.name, &id))
        return fail(what, m_error);
    if (!id)
        return fail(what, QStringLiteral("no such factor is defined"));
    SqlQuery q(m_db.connection());
    if (!q.prepare(kUpsertCustomValue))
        return fail(what, q.error());
    return upsertCustomValue(q, *id, v) && (t.commit() || fail(QStringLiteral("save the value"), t.errorString()));
}

bool DiaryStore::removeCustomValue(const QDate &date, const QString &name)
{
    return writeStatement(QStringLiteral("delete the value"),
                          QStringLiteral("DELETE FROM custom_values WHERE date = :date AND factor_id = "
                                         "(SELECT id FROM custom_factors WHERE name = :name)"),
                          {{QStringLiteral(":date"), dateText(date)}, {QStringLiteral(":name"), text(name)}});
}

std::optional<double> DiaryStore::customValue(const QDate &date, const QString &name) const
{
    const ReadScope read(*this);
    SqlQuery q(m_db.connection());
    if (!selectOne(q,
                   QStringLiteral("SELECT v.value FROM custom_values v JOIN custom_factors f ON "
                                  "f.id = v.factor_id WHERE v.date = :date AND f.name = :name"),
                   {{QStringLiteral(":date"), dateText(date)}, {QStringLiteral(":name"), text(name)}}))
        return std::nullopt;
    return q.value(0).toDouble();
}

QList<CustomFactor> DiaryStore::customFactors() const
{
    const ReadScope read(*this);
    QList<CustomFactor> result;
    SqlQuery q(m_db.connection());
    const auto row = [&] {
        result.append({q.value(0).toString(),
                       customFactorTypeFromId(q.value(1).toString()).value_or(CustomFactorType::Number),
                       q.value(2).toString()});
    };
    if (!q.exec(QStringLiteral("SELECT name, type, unit FROM custom_factors ORDER BY id")) || !readRows(q, row))
        return readFailure(q), QList<CustomFactor>{};
    return result;
}

// ---- caffeine presets -----------------------------------------------------------------

QList<CaffeinePreset> DiaryStore::caffeinePresets() const
{
    const ReadScope read(*this);
    QList<CaffeinePreset> result;
    SqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT name, mg FROM caffeine_presets ORDER BY position")) || !readRows(q, [&] {
            result.append({q.value(0).toString(), q.value(1).toDouble()});
        }))
        return readFailure(q), QList<CaffeinePreset>{};
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
    SqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("DELETE FROM caffeine_presets")))
        return fail(QStringLiteral("save the caffeine presets"), q.error());
    if (!q.prepare(QStringLiteral("INSERT INTO caffeine_presets (position, name, mg) VALUES (:position, :name, :mg)")))
        return fail(QStringLiteral("save the caffeine presets"), q.error());
    for (int i = 0; i < presets.size(); ++i) {
        q.bind(QStringLiteral(":position"), i);
        q.bind(QStringLiteral(":name"), text(presets[i].name));
        q.bind(QStringLiteral(":mg"), presets[i].mg);
        if (!q.exec())
            return fail(QStringLiteral("save the caffeine preset \"%1\"").arg(presets[i].name), q.error());
    }
    return t.commit() || fail(QStringLiteral("save the caffeine presets"), t.errorString());
}

QStringList DiaryStore::foodTags() const
{
    const ReadScope read(*this);
    QStringList result;
    SqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT name FROM intakes WHERE kind = 'food' GROUP BY name "
                               "ORDER BY count(*) DESC, name")) ||
        !readRows(q, [&] { result.append(q.value(0).toString()); }))
        return readFailure(q), QStringList{};
    return result;
}

// ---- meta -----------------------------------------------------------------------------

QString DiaryStore::meta(const QString &key) const
{
    const ReadScope read(*this);
    SqlQuery q(m_db.connection());
    return selectOne(q, QStringLiteral("SELECT value FROM meta WHERE key = :key"),
                     {{QStringLiteral(":key"), text(key)}})
               ? q.value(0).toString()
               : QString();
}

bool DiaryStore::setMeta(const QString &key, const QString &value)
{
    if (!checkText(key, value))
        return false;
    return writeStatement(QStringLiteral("save the notes"),
                          QStringLiteral("INSERT INTO meta (key, value) VALUES (:key, :value) "
                                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                          {{QStringLiteral(":key"), text(key)}, {QStringLiteral(":value"), text(value)}});
}

// ---- experiments ----------------------------------------------------------------------

QList<experiments::Plan> DiaryStore::experiments() const
{
    using namespace td::experiments;
    const ReadScope read(*this);
    QList<Plan> out;
    QHash<qint64, qsizetype> index; // experiment id -> position in out
    SqlQuery q(m_db.connection());
    const auto row = [&] {
        Plan p;
        index.insert(q.value(0).toLongLong(), out.size());
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
        if (!q.isNull(15))
            p.stopped = parseDate(q.value(15));
        p.note = q.value(16).toString();
        out.append(p);
    };
    if (!q.exec(QStringLiteral("SELECT id, title, factor, op, value, design, start, pairs, period_days, "
                               "washout_days, schedule, before_days, change_days, equivalence_low, "
                               "equivalence_high, stopped, note FROM experiments ORDER BY start, id")) ||
        !readRows(q, row))
        return readFailure(q), QList<Plan>{};
    if (out.isEmpty())
        return out;
    // Every pause in one query, in the order each experiment lists them.
    const auto pauseRow = [&] {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it != index.cend())
            out[*it].pauses.append({parseDate(q.value(1)), parseDate(q.value(2))});
    };
    if (!q.exec(QStringLiteral("SELECT experiment_id, from_date, to_date FROM experiment_pauses "
                               "ORDER BY experiment_id, from_date")) ||
        !readRows(q, pauseRow))
        return readFailure(q), QList<Plan>{};
    return out;
}

bool DiaryStore::stopExperiment(const QString &title, const QDate &on)
{
    SqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral("UPDATE experiments SET stopped = :on WHERE title = :title AND stopped IS NULL")))
        return fail(QStringLiteral("stop the experiment"), q.error());
    q.bind(QStringLiteral(":on"), on.toString(Qt::ISODate));
    q.bind(QStringLiteral(":title"), title);
    if (!q.exec())
        return fail(QStringLiteral("stop the experiment"), q.error());
    if (q.numRowsAffected() != 1)
        return badInput(QStringLiteral("there is no running experiment \"%1\"").arg(limits::excerpt(title)));
    return true;
}

bool DiaryStore::addExperimentPause(const QString &title, const QDate &from, const QDate &to)
{
    SqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral("INSERT INTO experiment_pauses (experiment_id, from_date, to_date) "
                                  "SELECT id, :from, :to FROM experiments WHERE title = :title")))
        return fail(QStringLiteral("pause the experiment"), q.error());
    q.bind(QStringLiteral(":from"), from.toString(Qt::ISODate));
    q.bind(QStringLiteral(":to"), to.toString(Qt::ISODate));
    q.bind(QStringLiteral(":title"), title);
    if (!q.exec())
        return fail(QStringLiteral("pause the experiment"), q.error());
    if (q.numRowsAffected() != 1)
        return badInput(QStringLiteral("there is no experiment \"%1\"").arg(limits::excerpt(title)));
    return true;
}

bool DiaryStore::addExperiment(const experiments::Plan &p) { return replaceExperiment(QString(), p); }

// Deletes the experiment `title` (its pauses cascade), inside the caller's transaction;
// `what` names the action for a message ("remove the experiment").
bool DiaryStore::deleteExperiment(const QString &title, const QString &what)
{
    SqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral("DELETE FROM experiments WHERE title = :title")))
        return fail(what, q.error());
    q.bind(QStringLiteral(":title"), title);
    if (!q.exec())
        return fail(what, q.error());
    if (q.numRowsAffected() != 1)
        return badInput(QStringLiteral("there is no experiment \"%1\"").arg(limits::excerpt(title)));
    return true;
}

bool DiaryStore::removeExperiment(const QString &title)
{
    Transaction t(m_db);
    if (!t.isActive())
        return fail(QStringLiteral("write to the diary"), t.errorString());
    const QString what = QStringLiteral("remove the experiment");
    return deleteExperiment(title, what) && (t.commit() || fail(what, t.errorString()));
}

bool DiaryStore::replaceExperiment(const QString &title, const experiments::Plan &p)
{
    if (const QString why = experiments::validate(p); !why.isEmpty())
        return badInput(QStringLiteral("experiment: %1").arg(why));
    Transaction t(m_db);
    if (!t.isActive())
        return fail(QStringLiteral("write to the diary"), t.errorString());
    if (!title.isNull() && !deleteExperiment(title, QStringLiteral("change the experiment")))
        return false;
    if (!insertExperiment(p))
        return false;
    return t.commit() || fail(QStringLiteral("save the experiment"), t.errorString());
}

bool DiaryStore::insertExperiment(const experiments::Plan &p)
{
    QStringList schedule;
    for (experiments::Order order : p.schedule)
        schedule << (order == experiments::Order::AB ? QStringLiteral("AB") : QStringLiteral("BA"));
    const QString what = QStringLiteral("save the experiment \"%1\"").arg(limits::excerpt(p.title));
    SqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral(
            "INSERT INTO experiments (title, factor, op, value, design, start, pairs, period_days, washout_days, "
            "schedule, before_days, change_days, equivalence_low, equivalence_high, stopped, note) VALUES (:title, "
            ":factor, :op, :value, :design, :start, :pairs, :period, :washout, :schedule, :before, :change, "
            ":low, :high, :stopped, :note)")))
        return fail(what, q.error());
    q.bind(QStringLiteral(":title"), p.title);
    q.bind(QStringLiteral(":factor"), p.factor);
    q.bind(QStringLiteral(":op"), experiments::opId(p.op));
    q.bind(QStringLiteral(":value"), p.value);
    q.bind(QStringLiteral(":design"), experiments::designId(p.design));
    q.bind(QStringLiteral(":start"), p.start.toString(Qt::ISODate));
    q.bind(QStringLiteral(":pairs"), p.pairs);
    q.bind(QStringLiteral(":period"), p.periodDays);
    q.bind(QStringLiteral(":washout"), p.washoutDays);
    q.bind(QStringLiteral(":schedule"), schedule.join(u','));
    q.bind(QStringLiteral(":before"), p.beforeDays);
    q.bind(QStringLiteral(":change"), p.changeDays);
    q.bind(QStringLiteral(":low"), p.equivalenceLow);
    q.bind(QStringLiteral(":high"), p.equivalenceHigh);
    q.bind(QStringLiteral(":stopped"), p.stopped ? QVariant(p.stopped->toString(Qt::ISODate)) : QVariant());
    q.bind(QStringLiteral(":note"), p.note.isNull() ? QStringLiteral("") : p.note); // a null QString binds as NULL
    if (!q.exec())
        return fail(what, q.error());
    const qint64 id = q.lastInsertId();
    if (p.pauses.isEmpty())
        return true;
    const QString pauseWhat = QStringLiteral("save a pause of \"%1\"").arg(limits::excerpt(p.title));
    if (!q.prepare(QStringLiteral("INSERT INTO experiment_pauses (experiment_id, from_date, to_date) "
                                  "VALUES (:id, :from, :to)")))
        return fail(pauseWhat, q.error());
    for (const experiments::Pause &pause : p.pauses) {
        q.bind(QStringLiteral(":id"), id);
        q.bind(QStringLiteral(":from"), pause.from.toString(Qt::ISODate));
        q.bind(QStringLiteral(":to"), pause.to.toString(Qt::ISODate));
        if (!q.exec())
            return fail(pauseWhat, q.error());
    }
    return true;
}

// ---- whole diary ----------------------------------------------------------------------

Diary DiaryStore::load() const
{
    const ReadScope read(*this);
    Diary d;
    d.episodes = episodes();
    if (m_readFailed)
        return {};
    d.intakes = intakes();
    if (m_readFailed)
        return {};
    d.medications = medications();
    if (m_readFailed)
        return {};
    d.customFactors = customFactors();
    if (m_readFailed)
        return {};
    d.experiments = experiments();
    if (m_readFailed)
        return {};
    SqlQuery q(m_db.connection());
    const auto sleepRow = [&] {
        Sleep s{parseDate(q.value(0)), {}, {}};
        if (!q.isNull(1))
            s.hours = q.value(1).toDouble();
        if (!q.isNull(2))
            s.quality = q.value(2).toInt();
        d.sleep.append(s);
    };
    if (!q.exec(QStringLiteral("SELECT date, hours, quality FROM sleep ORDER BY date")) || !readRows(q, sleepRow) ||
        !q.exec(QStringLiteral("SELECT date, level FROM stress ORDER BY date")) ||
        !readRows(
            q,
            [&] {
        d.stress.append({parseDate(q.value(0)), q.value(1).toInt()});
            }) ||
        !q.exec(QStringLiteral("SELECT date FROM checkins ORDER BY date")) ||
        !readRows(q, [&] { d.checkins.append(parseDate(q.value(0))); }) ||
        !q.exec(QStringLiteral("SELECT v.date, f.name, v.value FROM custom_values v JOIN custom_factors f ON "
                               "f.id = v.factor_id ORDER BY v.date, f.name")) ||
        !readRows(q, [&] {
            d.customValues.append({parseDate(q.value(0)), q.value(1).toString(), q.value(2).toDouble()});
        }))
        return readFailure(q), Diary{};
    return d;
}

QString ImportConflict::describe() const
{
    return QStringLiteral("%1%2: %3 in the diary, %4 in the file")
        .arg(field, date.isValid() ? QStringLiteral(" on ") + dateText(date) : QString(), limits::excerpt(inDiary),
             limits::excerpt(inFile));
}

namespace {
QString numberText(double v) { return QString::number(v, 'g', 15); }

// The key of a custom value in the import's copy of the diary's values.
QString customValueKey(const QString &name, const QString &date) { return name + QChar(0x1f) + date; }
} // namespace

// The per-day values the diary has, read once for an import (instead of one query per
// day of the file) and kept up to date as the import writes: by date as stored ("yyyy-MM-dd").
struct DiaryStore::DayValues {
    QHash<QString, Sleep> sleep;
    QHash<QString, int> stress;
    QHash<QString, double> custom; // customValueKey(factor name, date)
    QHash<QString, qint64> factorIds;
};

bool DiaryStore::readDayValues(DayValues &v) const
{
    SqlQuery q(m_db.connection());
    const auto sleepRow = [&] {
        Sleep s{parseDate(q.value(0)), {}, {}};
        if (!q.isNull(1))
            s.hours = q.value(1).toDouble();
        if (!q.isNull(2))
            s.quality = q.value(2).toInt();
        v.sleep.insert(q.value(0).toString(), s);
    };
    if (!q.exec(QStringLiteral("SELECT date, hours, quality FROM sleep")) || !readRows(q, sleepRow) ||
        !q.exec(QStringLiteral("SELECT date, level FROM stress")) ||
        !readRows(q, [&] { v.stress.insert(q.value(0).toString(), q.value(1).toInt()); }) ||
        !q.exec(QStringLiteral("SELECT f.name, v.date, v.value FROM custom_values v JOIN custom_factors f ON "
                               "f.id = v.factor_id")) ||
        !readRows(
            q,
            [&] {
        v.custom.insert(customValueKey(q.value(0).toString(), q.value(1).toString()), q.value(2).toDouble());
            }) ||
        !q.exec(QStringLiteral("SELECT name, id FROM custom_factors")) ||
        !readRows(q, [&] { v.factorIds.insert(q.value(0).toString(), q.value(1).toLongLong()); }))
        return readFailure(q);
    return true;
}

bool DiaryStore::import(const Diary &d, ImportSummary *summaryOut, bool replaceDayValues)
{
    ImportSummary summary;
    m_badInput = false;
    m_conflicts.clear();
    Transaction t(m_db);
    if (!t.isActive())
        return fail(QStringLiteral("write to the diary"), t.errorString());
    // The reads below are the import's own: a failure fails the import (errorString() says
    // why) and is not also reported to the read-error handler.
    m_quietReads = true;
    const auto loud = qScopeGuard([this] { m_quietReads = false; });
    const ReadScope quiet(*this);
    // Each statement is prepared once for all rows of its kind.
    const auto prepared = [this](SqlQuery &q, const QString &sql) {
        return q.prepare(sql) || fail(QStringLiteral("start the import"), q.error());
    };

    {
        const QList<Episode> stored = episodes();
        SqlQuery insert(m_db.connection());
        if (m_readFailed || !prepared(insert, kInsertEpisode) ||
            !addNew(
                stored, d.episodes, episodeKey, [&](Episode &e) { return writeEpisode(insert, e, true); }, summary))
            return false;
    }
    {
        const QList<Intake> stored = intakes();
        SqlQuery insert(m_db.connection());
        if (m_readFailed || !prepared(insert, kInsertIntake) ||
            !addNew(
                stored, d.intakes, intakeKey, [&](Intake &i) { return writeIntake(insert, i, true); }, summary))
            return false;
    }

    DayValues day;
    if (!readDayValues(day))
        return false;

    // Per-day values: what the file lacks is kept; what it adds is stored; where it
    // disagrees with the diary, the file wins only with replaceDayValues.
    const auto conflict = [&](const QDate &date, const QString &field, const QString &inDiary, const QString &inFile) {
        m_conflicts.append({date, field, inDiary, inFile});
        return replaceDayValues;
    };
    SqlQuery upsert(m_db.connection());
    if (!d.sleep.isEmpty() && !prepared(upsert, kUpsertSleep))
        return false;
    for (const Sleep &s : d.sleep) {
        const QString date = dateText(s.date);
        const auto found = day.sleep.constFind(date);
        if (found == day.sleep.cend()) {
            if (!upsertSleep(upsert, s))
                return false;
            day.sleep.insert(date, s);
            ++summary.added;
            continue;
        }
        const Sleep old = *found;
        Sleep merged = old;
        bool take = true;
        if (s.hours && old.hours && *s.hours != *old.hours)
            take = conflict(s.date, QStringLiteral("sleep hours"), numberText(*old.hours), numberText(*s.hours)) &&
                   take;
        if (s.quality && old.quality && *s.quality != *old.quality)
            take = conflict(s.date, QStringLiteral("sleep quality"), QString::number(*old.quality),
                            QString::number(*s.quality)) &&
                   take;
        if (!take)
            continue;
        if (s.hours)
            merged.hours = s.hours;
        if (s.quality)
            merged.quality = s.quality;
        if (merged == old) {
            ++summary.skipped;
            continue;
        }
        if (!upsertSleep(upsert, merged))
            return false;
        day.sleep.insert(date, merged);
        ++summary.replaced;
    }
    if (!d.stress.isEmpty() && !prepared(upsert, kUpsertStress))
        return false;
    for (const Stress &s : d.stress) {
        const QString date = dateText(s.date);
        const auto found = day.stress.constFind(date);
        const std::optional<int> old = found == day.stress.cend() ? std::nullopt : std::optional<int>(*found);
        if (old == s.level) {
            ++summary.skipped;
            continue;
        }
        if (old && !conflict(s.date, QStringLiteral("stress"), QString::number(*old), QString::number(s.level)))
            continue;
        if (!upsertStress(upsert, s))
            return false;
        day.stress.insert(date, s.level);
        ++(old ? summary.replaced : summary.added);
    }

    if (!d.checkins.isEmpty()) {
        if (!prepared(upsert, QStringLiteral("INSERT OR IGNORE INTO checkins (date) VALUES (:date)")))
            return false;
        for (const QDate &date : d.checkins) {
            upsert.bind(QStringLiteral(":date"), dateText(date));
            if (!upsert.exec())
                return fail(QStringLiteral("import the check-ins"), upsert.error());
            ++(upsert.numRowsAffected() > 0 ? summary.added : summary.skipped);
        }
    }

    {
        const QList<Medication> stored = medications();
        SqlQuery insert(m_db.connection());
        if (m_readFailed || !prepared(insert, kInsertMedication) ||
            !addNew(
                stored, d.medications, medicationKey, [&](Medication &m) { return writeMedication(insert, m, true); },
                summary))
            return false;
    }

    QHash<QString, CustomFactor> factors;
    for (const CustomFactor &f : customFactors())
        factors.insert(f.name, f);
    if (m_readFailed)
        return false;
    for (qsizetype i = 0; i < d.customFactors.size(); ++i) {
        const CustomFactor &f = d.customFactors[i];
        const auto it = factors.constFind(f.name);
        if (it != factors.cend() && it->type != f.type) {
            m_error = QStringLiteral("custom_factors[%1].type: \"%2\" is already in the diary "
                                     "as a %3 factor; rename one of them.")
                          .arg(i)
                          .arg(f.name, it->type == CustomFactorType::YesNo ? QStringLiteral("yes/no")
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
        if (!day.factorIds.contains(f.name)) {
            std::optional<qint64> id;
            if (!customFactorId(f.name, &id))
                return fail(QStringLiteral("save the factor \"%1\"").arg(f.name), m_error);
            if (id)
                day.factorIds.insert(f.name, *id);
        }
    }
    if (!d.customValues.isEmpty() && !prepared(upsert, kUpsertCustomValue))
        return false;
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
        const QString key = customValueKey(v.name, dateText(v.date));
        const auto found = day.custom.constFind(key);
        const std::optional<double> old = found == day.custom.cend() ? std::nullopt : std::optional<double>(*found);
        if (old == v.value) {
            ++summary.skipped;
            continue;
        }
        if (old && !conflict(v.date, QStringLiteral("\"%1\"").arg(limits::excerpt(v.name)), numberText(*old),
                             numberText(v.value)))
            continue;
        const auto id = day.factorIds.constFind(v.name);
        if (id == day.factorIds.cend())
            return fail(QStringLiteral("save the value of \"%1\"").arg(v.name),
                        QStringLiteral("no such factor is defined"));
        if (!upsertCustomValue(upsert, *id, v))
            return false;
        day.custom.insert(key, v.value);
        ++(old ? summary.replaced : summary.added);
    }

    // Experiments: an identical plan (same title) is already there; a different plan under
    // the same title, or a window overlapping another experiment's, is refused. The
    // schedule is stored as written, never redrawn.
    const QList<experiments::Plan> stored = experiments();
    if (m_readFailed)
        return false;
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
