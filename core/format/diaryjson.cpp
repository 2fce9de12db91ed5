#include "format/diaryjson.h"

#include "domain/inputlimits.h"
#include "experiments/experiment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace td {
namespace {

// Thrown inside the parser only, caught in parseDiaryJson: the first problem ends it.
struct Invalid {
    QString path;
    QString reason;
};

[[noreturn]] void reject(const QString &path, const QString &reason) { throw Invalid{path, reason}; }

QString describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(v.toDouble(), 'g', 15);
    case QJsonValue::String: return u'"' + limits::excerpt(v.toString()) + u'"';
    case QJsonValue::Array: return QStringLiteral("a list");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

QString range(double lo, double hi) { return QString::number(lo) + QChar(0x2013) + QString::number(hi); }

class Object
{
public:
    Object(const QJsonValue &v, QString path, std::initializer_list<const char16_t *> allowed) : m_path(std::move(path))
    {
        if (!v.isObject())
            reject(m_path, QStringLiteral("expected an object, found %1").arg(describe(v)));
        m_obj = v.toObject();
        for (auto it = m_obj.constBegin(); it != m_obj.constEnd(); ++it) {
            bool known = false;
            for (const char16_t *key : allowed)
                known = known || it.key() == QStringView(key);
            if (!known)
                reject(field(limits::excerpt(it.key())), QStringLiteral("unknown key; check its spelling "
                                                                        "against the diary format"));
        }
    }

    QString field(const QString &key) const { return m_path.isEmpty() ? key : m_path + u'.' + key; }
    bool has(const char16_t *key) const
    {
        const QJsonValue v = m_obj.value(QStringView(key));
        return !v.isUndefined() && !v.isNull();
    }
    QJsonValue value(const char16_t *key) const { return m_obj.value(QStringView(key)); }
    QString path(const char16_t *key) const { return field(QString::fromUtf16(key)); }

    QString string(const char16_t *key, bool required = true) const
    {
        const QJsonValue v = value(key);
        if (!has(key)) {
            if (required)
                reject(path(key), QStringLiteral("is missing"));
            return {};
        }
        if (!v.isString())
            reject(path(key), QStringLiteral("expected text, found %1").arg(describe(v)));
        return v.toString();
    }

    std::optional<double> number(const char16_t *key, bool required, double lo, double hi, bool integer = false) const
    {
        const QJsonValue v = value(key);
        if (!has(key)) {
            if (required)
                reject(path(key), QStringLiteral("is missing"));
            return std::nullopt;
        }
        if (!v.isDouble())
            reject(path(key), QStringLiteral("expected a number, found %1").arg(describe(v)));
        const double d = v.toDouble();
        if (!std::isfinite(d))
            reject(path(key), QStringLiteral("is not a finite number"));
        if (integer && d != std::floor(d))
            reject(path(key), QStringLiteral("%1 is not a whole number").arg(describe(v)));
        if (d < lo || d > hi) {
            if (std::isinf(hi))
                reject(path(key), QStringLiteral("%1 is negative; it must be %2 or more").arg(describe(v)).arg(lo));
            reject(path(key), QStringLiteral("%1 is outside %2").arg(describe(v), range(lo, hi)));
        }
        return d;
    }

    QDateTime time(const char16_t *key) const
    {
        const QString text = string(key);
        const QDateTime at = parseIsoWithOffset(text);
        if (!at.isValid())
            reject(path(key), QStringLiteral("\"%1\" is not a date-time like "
                                             "2026-11-02T14:03:00+01:00")
                                  .arg(limits::excerpt(text)));
        // The diary stores offsets within ±18:00 (as ISO 8601 and QDateTime allow), and
        // dates from 1970 to tomorrow (inputlimits.h).
        if (const QString why = limits::timeProblem(at, text); !why.isEmpty())
            reject(path(key), why);
        return at;
    }

    QDate date(const char16_t *key, bool required = true) const
    {
        const QString text = string(key, required);
        if (text.isNull() && !required)
            return {};
        return checkedDate(value(key), path(key));
    }

    static QDate checkedDate(const QJsonValue &v, const QString &path)
    {
        if (!v.isString())
            reject(path, QStringLiteral("expected a date like 2026-11-02, found %1").arg(describe(v)));
        const QDate d = parseIsoDate(v.toString());
        if (!d.isValid())
            reject(path, QStringLiteral("\"%1\" is not a date like 2026-11-02").arg(limits::excerpt(v.toString())));
        if (const QString why = limits::dateProblem(d); !why.isEmpty())
            reject(path, why);
        return d;
    }

private:
    QJsonObject m_obj;
    QString m_path;
};

QJsonArray arrayAt(const QJsonObject &root, const char16_t *key)
{
    const QJsonValue v = root.value(QStringView(key));
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray())
        reject(QString::fromUtf16(key), QStringLiteral("expected a list, found %1").arg(describe(v)));
    return v.toArray();
}

QString item(const char16_t *key, qsizetype i) { return QStringLiteral("%1[%2]").arg(QString::fromUtf16(key)).arg(i); }

constexpr double kInf = std::numeric_limits<double>::infinity();

Episode parseEpisode(const QJsonValue &v, const QString &path)
{
    const Object o(v, path, {u"at", u"zone", u"side", u"duration_s", u"intensity", u"symptoms", u"note"});
    Episode e;
    e.at = o.time(u"at");
    const QString zone = o.string(u"zone");
    const auto z = zoneFromId(zone);
    if (!z)
        reject(o.path(u"zone"), QStringLiteral("\"%1\" is not a known zone (upper_eyelid, "
                                               "lower_lip, cheek, … see the diary format)")
                                    .arg(limits::excerpt(zone)));
    e.zone = *z;
    const QString side = o.string(u"side");
    const auto s = sideFromId(side);
    if (!s)
        reject(o.path(u"side"), QStringLiteral("\"%1\" is not left, right, both or centre").arg(limits::excerpt(side)));
    e.side = *s;
    if (const auto d = o.number(u"duration_s", false, limits::kDurationS.min, limits::kDurationS.max, true))
        e.durationS = int(*d);
    e.intensity = int(*o.number(u"intensity", true, limits::kIntensity.min, limits::kIntensity.max, true));
    if (o.has(u"symptoms")) {
        const QJsonValue sv = o.value(u"symptoms");
        if (!sv.isArray())
            reject(o.path(u"symptoms"), QStringLiteral("expected a list, found %1").arg(describe(sv)));
        const QJsonArray list = sv.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString p = QStringLiteral("%1[%2]").arg(o.path(u"symptoms")).arg(i);
            if (!list[i].isString())
                reject(p, QStringLiteral("expected a symptom name, found %1").arg(describe(list[i])));
            const auto sym = symptomFromId(list[i].toString());
            if (!sym)
                reject(p, QStringLiteral("\"%1\" is not a known symptom (weakness, drooping, "
                                         "numbness, pain, speech_difficulty, "
                                         "swallowing_difficulty, triggered_by_movement, "
                                         "interferes_with_daily_life)")
                              .arg(limits::excerpt(list[i].toString())));
            if (!e.symptoms.contains(*sym))
                e.symptoms.append(*sym);
        }
        std::sort(e.symptoms.begin(), e.symptoms.end());
    }
    e.note = o.string(u"note", false);
    return e;
}

Intake parseIntake(const QJsonValue &v, const QString &path)
{
    const Object o(v, path, {u"at", u"kind", u"name", u"amount", u"unit"});
    Intake in;
    in.at = o.time(u"at");
    const QString kind = o.string(u"kind");
    const auto k = intakeKindFromId(kind);
    if (!k)
        reject(o.path(u"kind"), QStringLiteral("\"%1\" is not caffeine, alcohol, water, food or "
                                               "supplement")
                                    .arg(limits::excerpt(kind)));
    in.kind = *k;
    in.name = o.string(u"name", false).trimmed();
    const bool needsName = in.kind == IntakeKind::Food || in.kind == IntakeKind::Supplement;
    if (needsName && in.name.isEmpty())
        reject(o.path(u"name"), QStringLiteral("a %1 entry needs a name").arg(limits::excerpt(kind)));
    const bool needsAmount = in.kind == IntakeKind::Caffeine || in.kind == IntakeKind::Alcohol ||
                             in.kind == IntakeKind::Water;
    const double maxAmount = in.kind == IntakeKind::Water ? 20 : 100000;
    in.amount = o.number(u"amount", needsAmount, 0, kInf);
    if (in.amount && *in.amount > maxAmount)
        reject(o.path(u"amount"),
               QStringLiteral("%1 is implausibly large (at most %2)").arg(*in.amount).arg(maxAmount));
    if (in.kind == IntakeKind::Food && in.amount)
        reject(o.path(u"amount"), QStringLiteral("a food entry has no amount"));
    const QString unit = o.string(u"unit", false);
    const QString expected = intakeUnit(in.kind);
    if (!unit.isNull() && unit != expected) {
        reject(o.path(u"unit"), expected.isEmpty() ? QStringLiteral("a food entry has no unit")
                                                   : QStringLiteral("\"%1\" is not the unit of %2, which is \"%3\"")
                                                         .arg(limits::excerpt(unit), kind, expected));
    }
    return in;
}

Sleep parseSleep(const QJsonValue &v, const QString &path)
{
    const Object o(v, path, {u"date", u"hours", u"quality"});
    Sleep s;
    s.date = o.date(u"date");
    s.hours = o.number(u"hours", false, limits::kSleepHours.min, limits::kSleepHours.max);
    if (const auto q = o.number(u"quality", false, limits::kSleepQuality.min, limits::kSleepQuality.max, true))
        s.quality = int(*q);
    if (!s.hours && !s.quality)
        reject(path, QStringLiteral("needs hours, quality or both"));
    return s;
}

Stress parseStress(const QJsonValue &v, const QString &path)
{
    const Object o(v, path, {u"date", u"level"});
    return Stress{o.date(u"date"),
                  int(*o.number(u"level", true, limits::kStressLevel.min, limits::kStressLevel.max, true))};
}

Medication parseMedication(const QJsonValue &v, const QString &path)
{
    const Object o(v, path, {u"name", u"dose", u"started", u"stopped"});
    Medication m;
    m.name = o.string(u"name").trimmed();
    if (m.name.isEmpty())
        reject(o.path(u"name"), QStringLiteral("is empty"));
    m.dose = o.string(u"dose", false);
    m.started = o.date(u"started");
    const QDate stopped = o.date(u"stopped", false);
    if (stopped.isValid()) {
        if (stopped < m.started)
            reject(o.path(u"stopped"), QStringLiteral("%1 is before the start date %2")
                                           .arg(stopped.toString(Qt::ISODate), m.started.toString(Qt::ISODate)));
        m.stopped = stopped;
    }
    return m;
}

CustomFactor parseCustomFactor(const QJsonValue &v, const QString &path)
{
    const Object o(v, path, {u"name", u"type", u"unit"});
    CustomFactor f;
    f.name = o.string(u"name").trimmed();
    if (f.name.isEmpty())
        reject(o.path(u"name"), QStringLiteral("is empty"));
    const QString type = o.string(u"type");
    const auto t = customFactorTypeFromId(type);
    if (!t)
        reject(o.path(u"type"), QStringLiteral("\"%1\" is not yesno or number").arg(limits::excerpt(type)));
    f.type = *t;
    f.unit = o.string(u"unit", false);
    if (f.type == CustomFactorType::YesNo && !f.unit.isEmpty())
        reject(o.path(u"unit"), QStringLiteral("a yes/no factor has no unit"));
    return f;
}

CustomValue parseCustomValue(const QJsonValue &v, const QString &path)
{
    const Object o(v, path, {u"date", u"name", u"value"});
    CustomValue cv;
    cv.date = o.date(u"date");
    cv.name = o.string(u"name").trimmed();
    cv.value = *o.number(u"value", true, limits::kCustomValue.min, limits::kCustomValue.max);
    return cv;
}

// An experiment's plan (docs/experiments.md "Format"): every field checked with its
// path; the schedule is kept exactly as written, never redrawn.
experiments::Plan parseExperiment(const QJsonValue &v, const QString &path)
{
    using namespace experiments;
    const Object o(v, path,
                   {u"title", u"factor", u"change", u"design", u"start", u"pairs", u"period_days", u"washout_days",
                    u"schedule", u"equivalence", u"pauses", u"stopped", u"note", u"before_days", u"change_days"});
    Plan p;
    p.title = o.string(u"title").trimmed();
    p.factor = o.string(u"factor").trimmed();
    static const QStringList builtIn = {QStringLiteral("sleep_hours"),   QStringLiteral("sleep_quality"),
                                        QStringLiteral("stress"),        QStringLiteral("caffeine_mg"),
                                        QStringLiteral("alcohol_units"), QStringLiteral("water_l")};
    const bool tagged = (p.factor.startsWith(u"food:") || p.factor.startsWith(u"supplement:") ||
                         p.factor.startsWith(u"custom:")) &&
                        p.factor.indexOf(u':') + 1 < p.factor.size();
    if (!builtIn.contains(p.factor) && !tagged)
        reject(o.path(u"factor"), QStringLiteral("\"%1\" is not a factor of the diary (e.g. caffeine_mg, "
                                                 "food:aspartame, supplement:magnesium, custom:NAME)")
                                      .arg(limits::excerpt(p.factor)));
    const Object change(o.value(u"change"), o.path(u"change"), {u"op", u"value"});
    const QString op = change.string(u"op");
    const auto parsedOp = opFromId(op);
    if (!parsedOp)
        reject(change.path(u"op"), QStringLiteral("\"%1\" is not <=, >=, present or absent").arg(limits::excerpt(op)));
    p.op = *parsedOp;
    if (p.op == Op::AtMost || p.op == Op::AtLeast)
        p.value = *change.number(u"value", true, limits::kExperimentValue.min, limits::kExperimentValue.max);
    else if (change.has(u"value"))
        reject(change.path(u"value"), QStringLiteral("\"%1\" takes no value").arg(op));
    const QString design = o.string(u"design");
    const auto parsedDesign = designFromId(design);
    if (!parsedDesign)
        reject(o.path(u"design"),
               QStringLiteral("\"%1\" is not paired_periods or before_after").arg(limits::excerpt(design)));
    p.design = *parsedDesign;
    // Plans reach into the future: their dates are not held to "up to tomorrow".
    auto planDate = [](const QJsonValue &value, const QString &where) {
        const QDate d = value.isString() ? parseIsoDate(value.toString()) : QDate();
        if (!d.isValid() || d < QDate(1970, 1, 1) || d > QDate(2200, 12, 31))
            reject(where, QStringLiteral("expected a date like 2026-12-07 between 1970 and 2200"));
        return d;
    };
    p.start = planDate(o.value(u"start"), o.path(u"start"));
    if (p.design == Design::PairedPeriods) {
        for (const char16_t *key : {u"before_days", u"change_days"})
            if (o.has(key))
                reject(o.path(key), QStringLiteral("belongs to the before_after design"));
        p.pairs = int(*o.number(u"pairs", true, kMinPairs, kMaxPairs, true));
        p.periodDays = int(*o.number(u"period_days", true, kMinPeriodDays, kMaxPeriodDays, true));
        p.washoutDays = int(*o.number(u"washout_days", true, 0, p.periodDays - 2, true));
        const QJsonValue schedule = o.value(u"schedule");
        if (!schedule.isArray())
            reject(o.path(u"schedule"), QStringLiteral("expected a list of \"AB\" and \"BA\", one per pair"));
        const QJsonArray list = schedule.toArray();
        if (list.size() != p.pairs)
            reject(o.path(u"schedule"), QStringLiteral("%1 entries for %2 pairs").arg(list.size()).arg(p.pairs));
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString order = list[i].toString();
            if (order != u"AB" && order != u"BA")
                reject(QStringLiteral("%1[%2]").arg(o.path(u"schedule")).arg(i),
                       QStringLiteral("expected \"AB\" or \"BA\""));
            p.schedule.push_back(order == u"AB" ? Order::AB : Order::BA);
        }
    } else {
        for (const char16_t *key : {u"pairs", u"period_days", u"schedule"})
            if (o.has(key))
                reject(o.path(key), QStringLiteral("belongs to the paired_periods design"));
        p.beforeDays = int(*o.number(u"before_days", true, limits::kBeforeAfterDays.min, limits::kBeforeAfterDays.max,
                                     true));
        p.changeDays = int(*o.number(u"change_days", true, limits::kBeforeAfterDays.min, limits::kBeforeAfterDays.max,
                                     true));
    }
    if (o.has(u"equivalence")) {
        const QJsonArray eq = o.value(u"equivalence").toArray();
        if (eq.size() != 2 || !eq[0].isDouble() || !eq[1].isDouble())
            reject(o.path(u"equivalence"), QStringLiteral("expected [low, high], e.g. [0.8, 1.25]"));
        p.equivalenceLow = eq[0].toDouble();
        p.equivalenceHigh = eq[1].toDouble();
    }
    const QJsonArray pauses = o.has(u"pauses") ? o.value(u"pauses").toArray() : QJsonArray();
    for (qsizetype i = 0; i < pauses.size(); ++i) {
        const QString at = QStringLiteral("%1[%2]").arg(o.path(u"pauses")).arg(i);
        const Object pause(pauses[i], at, {u"from", u"to"});
        p.pauses.append({planDate(pause.value(u"from"), pause.path(u"from")),
                         planDate(pause.value(u"to"), pause.path(u"to"))});
    }
    if (o.has(u"stopped"))
        p.stopped = planDate(o.value(u"stopped"), o.path(u"stopped"));
    p.note = o.string(u"note", false);
    if (const QString why = validate(p); !why.isEmpty()) {
        const qsizetype colon = why.indexOf(u':');
        reject(path + u'.' + why.left(colon), why.mid(colon + 2));
    }
    return p;
}

template <typename T, typename F>
QList<T> parseList(const QJsonObject &root, const char16_t *key, F parseOne)
{
    QList<T> result;
    const QJsonArray list = arrayAt(root, key);
    result.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i)
        result.append(parseOne(list[i], item(key, i)));
    return result;
}

Diary parseRoot(const QJsonValue &rootValue)
{
    const Object root(rootValue, QString(),
                      {u"format", u"version", u"episodes", u"intakes", u"sleep", u"stress", u"checkins", u"medications",
                       u"custom_factors", u"custom_values", u"experiments"});
    const QString format = root.string(u"format");
    if (format != u"twitchdiary")
        reject(QStringLiteral("format"), QStringLiteral("\"%1\" is not \"twitchdiary\"; this is "
                                                        "not a Twitch Diary file")
                                             .arg(limits::excerpt(format)));
    const int version = int(*root.number(u"version", true, 1, 1e6, true));
    if (version > kDiaryFormatVersion)
        reject(QStringLiteral("version"),
               QStringLiteral("%1 is newer than this Twitch Diary reads (%2); update the app to "
                              "import this file")
                   .arg(version)
                   .arg(kDiaryFormatVersion));

    const QJsonObject obj = rootValue.toObject();
    Diary d;
    d.episodes = parseList<Episode>(obj, u"episodes", parseEpisode);
    d.intakes = parseList<Intake>(obj, u"intakes", parseIntake);

    d.sleep = parseList<Sleep>(obj, u"sleep", parseSleep);
    QSet<QDate> seen;
    for (qsizetype i = 0; i < d.sleep.size(); ++i) {
        if (seen.contains(d.sleep[i].date))
            reject(item(u"sleep", i) + QStringLiteral(".date"),
                   QStringLiteral("%1 appears twice; one night of sleep per day")
                       .arg(d.sleep[i].date.toString(Qt::ISODate)));
        seen.insert(d.sleep[i].date);
    }
    d.stress = parseList<Stress>(obj, u"stress", parseStress);
    seen.clear();
    for (qsizetype i = 0; i < d.stress.size(); ++i) {
        if (seen.contains(d.stress[i].date))
            reject(item(u"stress", i) + QStringLiteral(".date"),
                   QStringLiteral("%1 appears twice; one stress level per day")
                       .arg(d.stress[i].date.toString(Qt::ISODate)));
        seen.insert(d.stress[i].date);
    }
    d.checkins = parseList<QDate>(obj, u"checkins",
                                  [](const QJsonValue &v, const QString &p) { return Object::checkedDate(v, p); });
    d.medications = parseList<Medication>(obj, u"medications", parseMedication);
    d.customFactors = parseList<CustomFactor>(obj, u"custom_factors", parseCustomFactor);
    QSet<QString> names;
    for (qsizetype i = 0; i < d.customFactors.size(); ++i) {
        if (names.contains(d.customFactors[i].name))
            reject(item(u"custom_factors", i) + QStringLiteral(".name"),
                   QStringLiteral("\"%1\" is defined twice").arg(limits::excerpt(d.customFactors[i].name)));
        names.insert(d.customFactors[i].name);
    }
    d.experiments = parseList<experiments::Plan>(obj, u"experiments", parseExperiment);
    // Titles are unique, and two experiments never run at once (two changes at the same
    // time would confound each other).
    for (qsizetype i = 0; i < d.experiments.size(); ++i)
        for (qsizetype j = 0; j < i; ++j) {
            const experiments::Plan &a = d.experiments[j], &b = d.experiments[i];
            if (a.title == b.title)
                reject(item(u"experiments", i) + QStringLiteral(".title"),
                       QStringLiteral("\"%1\" is the title of experiments[%2] too")
                           .arg(limits::excerpt(b.title))
                           .arg(j));
            if (a.windowFrom() <= b.windowTo() && b.windowFrom() <= a.windowTo())
                reject(item(u"experiments", i) + QStringLiteral(".start"),
                       QStringLiteral(
                           "its window (%1 to %2) overlaps experiments[%3] (%4 to %5); one experiment runs at a time")
                           .arg(b.windowFrom().toString(Qt::ISODate), b.windowTo().toString(Qt::ISODate))
                           .arg(j)
                           .arg(a.windowFrom().toString(Qt::ISODate), a.windowTo().toString(Qt::ISODate)));
        }
    d.customValues = parseList<CustomValue>(obj, u"custom_values", parseCustomValue);
    QSet<QString> valueKeys;
    for (qsizetype i = 0; i < d.customValues.size(); ++i) {
        const CustomValue &cv = d.customValues[i];
        const QString key = cv.name + u'|' + cv.date.toString(Qt::ISODate);
        if (valueKeys.contains(key))
            reject(item(u"custom_values", i), QStringLiteral("\"%1\" on %2 appears twice")
                                                  .arg(limits::excerpt(cv.name), cv.date.toString(Qt::ISODate)));
        valueKeys.insert(key);
        for (const CustomFactor &f : std::as_const(d.customFactors)) {
            if (f.name == cv.name && f.type == CustomFactorType::YesNo && cv.value != 0 && cv.value != 1)
                reject(item(u"custom_values", i) + QStringLiteral(".value"),
                       QStringLiteral("%1 is not 1 (yes) or 0 (no)").arg(cv.value));
        }
    }
    return d;
}

// What QJsonDocument accepts silently and the diary must not: a key twice in one object
// (it keeps the last), a \\u escape of half a surrogate pair and bytes that are not UTF-8
// (it stores U+FFFD instead). A scan of the raw text, run on syntactically valid JSON only,
// with the paths the parser reports ("episodes[2].note").
class RawScan
{
    // Where the scan is, spelled out only for a message ("episodes[2].note"): building the
    // text for each of a big file's million values was most of the scan's time.
    struct Path {
        const Path *parent = nullptr;
        QString key;          // an object's key, or
        qsizetype index = -1; // a list's position
        QString text() const
        {
            const QString above = parent ? parent->text() : QString();
            if (index >= 0)
                return QStringLiteral("%1[%2]").arg(above).arg(index);
            return join(above, limits::excerpt(key));
        }
    };

public:
    explicit RawScan(const QByteArray &json) : m_b(json)
    {
        if (m_b.startsWith("\xEF\xBB\xBF"))
            m_i = 3; // a byte-order mark before the document, as QJsonDocument allows
    }
    void run()
    {
        ws();
        value(nullptr);
    }

private:
    char peek() const { return m_i < m_b.size() ? m_b.at(m_i) : '\0'; }
    void ws()
    {
        while (m_i < m_b.size() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_i;
    }
    static QString join(const QString &path, const QString &key) { return path.isEmpty() ? key : path + u'.' + key; }
    static QString text(const Path *path) { return path ? path->text() : QString(); }
    void value(const Path *path)
    {
        switch (peek()) {
        case '{': {
            ++m_i;
            // A diary's objects have a few keys: compared in a list, hashed only when there
            // are many (a hostile file's object with thousands of keys stays linear).
            QVarLengthArray<QString, 8> few;
            QSet<QString> many;
            const auto seen = [&](const QString &k) {
                return many.isEmpty() ? std::find(few.cbegin(), few.cend(), k) != few.cend() : many.contains(k);
            };
            const auto remember = [&](const QString &k) {
                if (!many.isEmpty()) {
                    many.insert(k);
                    return;
                }
                few.append(k);
                if (few.size() > 8)
                    many = QSet<QString>(few.cbegin(), few.cend());
            };
            ws();
            while (peek() != '}' && m_i < m_b.size()) {
                const QString key = string(path);
                const Path keyPath{path, key, -1};
                if (seen(key))
                    reject(keyPath.text(), QStringLiteral("the key \"%1\" appears twice in one object; "
                                                          "keep one of them")
                                               .arg(limits::excerpt(key)));
                remember(key);
                ws();
                ++m_i; // ':'
                ws();
                value(&keyPath);
                ws();
                if (peek() == ',') {
                    ++m_i;
                    ws();
                }
            }
            ++m_i;
            return;
        }
        case '[': {
            ++m_i;
            ws();
            for (qsizetype n = 0; peek() != ']' && m_i < m_b.size(); ++n) {
                const qsizetype before = m_i;
                const Path itemPath{path, QString(), n};
                value(&itemPath);
                ws();
                if (peek() == ',') {
                    ++m_i;
                    ws();
                }
                if (m_i == before)
                    ++m_i; // malformed (only scanned when QJsonDocument found bad UTF-8): move on
            }
            ++m_i;
            return;
        }
        case '"': string(path); return;
        default:
            while (m_i < m_b.size() && !std::strchr(",]} \t\r\n", peek()))
                ++m_i;
        }
    }
    static int hex4(const QByteArray &v)
    {
        bool ok = false;
        const int n = v.toInt(&ok, 16);
        return ok && v.size() == 4 ? n : -1;
    }
    // Decodes the string at m_i (its opening quote), rejecting what is not Unicode.
    QString string(const Path *path)
    {
        ++m_i;
        QString out;
        QByteArray raw;
        const auto flush = [&] {
            if (raw.isEmpty())
                return;
            QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            out += utf8(raw);
            if (utf8.hasError())
                reject(text(path), QStringLiteral("the text is not valid UTF-8; save the file as UTF-8"));
            raw.clear();
        };
        while (m_i < m_b.size() && peek() != '"') {
            if (peek() != '\\') {
                const qsizetype from = m_i;
                while (m_i < m_b.size() && peek() != '"' && peek() != '\\')
                    ++m_i;
                raw.append(m_b.constData() + from, m_i - from);
                continue;
            }
            flush();
            const char e = m_i + 1 < m_b.size() ? m_b.at(m_i + 1) : '\0';
            m_i += 2;
            if (e != 'u') {
                const char *from = "\"\\/bfnrt";
                const char16_t to[] = u"\"\\/\b\f\n\r\t";
                if (const char *at = std::strchr(from, e); at && e)
                    out += QChar(to[at - from]);
                continue;
            }
            const int unit = hex4(m_b.mid(m_i, 4));
            m_i += 4;
            if (unit >= 0xD800 && unit <= 0xDBFF && peek() == '\\' && m_i + 1 < m_b.size() && m_b.at(m_i + 1) == 'u') {
                const int low = hex4(m_b.mid(m_i + 2, 4));
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    m_i += 6;
                    out += QChar(char16_t(unit));
                    out += QChar(char16_t(low));
                    continue;
                }
            }
            if (unit >= 0xD800 && unit <= 0xDFFF)
                reject(text(path), QStringLiteral("\"\\u%1\" is half of a UTF-16 surrogate pair, which "
                                                  "is not Unicode text; correct the text")
                                       .arg(unit, 4, 16, QChar(u'0')));
            out += QChar(char16_t(unit));
        }
        flush();
        ++m_i; // closing quote
        for (const QChar c : std::as_const(out)) {
            if (c.unicode() >= 0xFFFE) // noncharacters: the diary could not keep them exactly
                reject(text(path), QStringLiteral("the text holds U+%1, a Unicode noncharacter; remove it")
                                       .arg(c.unicode(), 4, 16, QChar(u'0')));
        }
        return out;
    }

    const QByteArray &m_b;
    qsizetype m_i = 0;
};

// QJsonDocument drops a U+FEFF that starts a string when it is written as raw UTF-8
// (EF BB BF), but keeps the escape \\ufeff. Outside strings such bytes are an error either
// way, so every one (but a byte-order mark before the document, which is allowed) is
// given as the escape. An odd run of backslashes before it is left alone: that string is
// malformed and stays so.
QByteArray escapeRawByteOrderMarks(const QByteArray &json)
{
    static const QByteArray bom("\xEF\xBB\xBF");
    qsizetype at = json.indexOf(bom, json.startsWith(bom) ? 3 : 0);
    if (at < 0)
        return json;
    QByteArray out;
    out.reserve(json.size() + 16);
    qsizetype from = 0;
    for (; at >= 0; at = json.indexOf(bom, at + 3)) {
        qsizetype slashes = 0;
        while (at - slashes - 1 >= 0 && json.at(at - slashes - 1) == '\\')
            ++slashes;
        if (slashes % 2 == 1)
            continue;
        out += json.mid(from, at - from);
        out += "\\ufeff";
        from = at + 3;
    }
    out += json.mid(from);
    return out;
}

QString lineAndColumn(const QByteArray &json, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

} // namespace

ParseResult parseDiaryJson(const QByteArray &raw)
{
    const QByteArray json = escapeRawByteOrderMarks(raw);
    ParseResult result;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        if (error.error == QJsonParseError::IllegalUTF8String) {
            // Say in which value: the scan stops at the first bad string, before the
            // place the syntax might go wrong.
            try {
                RawScan(json).run();
            } catch (const Invalid &invalid) {
                result.errorPath = invalid.path;
                result.error = invalid.reason;
                return result;
            }
        }
        result.errorPath = lineAndColumn(json, error.offset);
        result.error = QStringLiteral("malformed JSON (%1)").arg(error.errorString());
        return result;
    }
    try {
        RawScan(json).run();
        result.diary = parseRoot(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
    } catch (const Invalid &invalid) {
        result.errorPath = invalid.path;
        result.error = invalid.reason;
    }
    return result;
}

QString isoWithOffset(const QDateTime &at)
{
    const int offset = at.offsetFromUtc();
    const QDateTime local = at.toOffsetFromUtc(offset);
    const int minutes = std::abs(offset) / 60;
    return local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + (offset < 0 ? u'-' : u'+') +
           QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QChar(u'0')).arg(minutes % 60, 2, 10, QChar(u'0'));
}

namespace {

// The common shape "YYYY-MM-DDTHH:MM[:SS](Z|±HH:MM)" read by hand: a ten-year import reads
// ~90,000 of them, and the regular expression plus QDateTime::fromString took a fifth of
// the import (docs/performance.md). Anything else (no offset: local time; fractions of a
// second; hour 24) is left to the general path below, which gives the same result for
// these. nullopt: not this shape; an invalid QDateTime: this shape but no such moment.
std::optional<QDateTime> parseCommonIsoTime(const QString &text)
{
    const qsizetype n = text.size();
    if (n != 17 && n != 20 && n != 22 && n != 25)
        return std::nullopt;
    const QChar *c = text.constData();
    const auto digits = [c](qsizetype at, int count, int *out) {
        int v = 0;
        for (int i = 0; i < count; ++i) {
            const char16_t d = c[at + i].unicode();
            if (d < u'0' || d > u'9')
                return false;
            v = v * 10 + (d - u'0');
        }
        *out = v;
        return true;
    };
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0;
    if (!digits(0, 4, &y) || c[4] != u'-' || !digits(5, 2, &mo) || c[7] != u'-' || !digits(8, 2, &d) || c[10] != u'T' ||
        !digits(11, 2, &h) || c[13] != u':' || !digits(14, 2, &mi))
        return std::nullopt;
    qsizetype at = 16;
    if (at < n && c[at] == u':') {
        if (at + 3 > n || !digits(at + 1, 2, &sec))
            return std::nullopt;
        at += 3;
    }
    int offset = 0;
    if (at + 1 == n && c[at] == u'Z') {
        offset = 0;
    } else if (at + 6 == n && (c[at] == u'+' || c[at] == u'-') && c[at + 3] == u':') {
        int oh = 0, om = 0;
        if (!digits(at + 1, 2, &oh) || !digits(at + 4, 2, &om) || om > 59 || oh * 3600 + om * 60 > 18 * 3600)
            return std::nullopt; // beyond ±18:00 (limits::kMaxUtcOffsetS): the general path
        offset = (c[at] == u'-' ? -1 : 1) * (oh * 3600 + om * 60);
    } else {
        return std::nullopt;
    }
    if (h == 24)
        return std::nullopt; // "24:00" is the next day's midnight: the general path
    const QDate date(y, mo, d);
    const QTime time(h, mi, sec);
    if (!date.isValid() || !time.isValid())
        return QDateTime();
    const QDateTime local(date, time, Qt::OffsetFromUTC, offset);
    return QDateTime::fromSecsSinceEpoch(local.toSecsSinceEpoch(), Qt::OffsetFromUTC, offset);
}

} // namespace

QDateTime parseIsoWithOffset(const QString &text)
{
    if (const std::optional<QDateTime> common = parseCommonIsoTime(text))
        return *common;
    static const QRegularExpression
        re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})?$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return {};
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        return {};
    // Keep the wall-clock offset the entry was made in (a local time takes today's rule).
    at = at.toOffsetFromUtc(at.offsetFromUtc());
    return QDateTime::fromSecsSinceEpoch(at.toSecsSinceEpoch(), Qt::OffsetFromUTC, at.offsetFromUtc());
}

QDate parseIsoDate(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!re.match(text).hasMatch())
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

QByteArray toDiaryJson(const Diary &d)
{
    QJsonArray episodes;
    for (const Episode &e : d.episodes) {
        QJsonArray symptoms;
        for (Symptom s : e.symptoms)
            symptoms.append(symptomId(s));
        QJsonObject o{{QStringLiteral("at"), isoWithOffset(e.at)}, {QStringLiteral("zone"), zoneId(e.zone)},
                      {QStringLiteral("side"), sideId(e.side)},    {QStringLiteral("intensity"), e.intensity},
                      {QStringLiteral("symptoms"), symptoms},      {QStringLiteral("note"), e.note}};
        if (e.durationS)
            o.insert(QStringLiteral("duration_s"), *e.durationS);
        episodes.append(o);
    }
    QJsonArray intakes;
    for (const Intake &i : d.intakes) {
        QJsonObject o{{QStringLiteral("at"), isoWithOffset(i.at)}, {QStringLiteral("kind"), intakeKindId(i.kind)}};
        if (!i.name.isEmpty())
            o.insert(QStringLiteral("name"), i.name);
        if (i.amount) {
            o.insert(QStringLiteral("amount"), *i.amount);
            o.insert(QStringLiteral("unit"), intakeUnit(i.kind));
        }
        intakes.append(o);
    }
    QJsonArray sleep;
    for (const Sleep &s : d.sleep) {
        QJsonObject o{{QStringLiteral("date"), s.date.toString(Qt::ISODate)}};
        if (s.hours)
            o.insert(QStringLiteral("hours"), *s.hours);
        if (s.quality)
            o.insert(QStringLiteral("quality"), *s.quality);
        sleep.append(o);
    }
    QJsonArray stress;
    for (const Stress &s : d.stress)
        stress.append(QJsonObject{{QStringLiteral("date"), s.date.toString(Qt::ISODate)},
                                  {QStringLiteral("level"), s.level}});
    QJsonArray checkins;
    for (const QDate &c : d.checkins)
        checkins.append(c.toString(Qt::ISODate));
    QJsonArray medications;
    for (const Medication &m : d.medications)
        medications.append(QJsonObject{
            {QStringLiteral("name"), m.name},
            {QStringLiteral("dose"), m.dose},
            {QStringLiteral("started"), m.started.toString(Qt::ISODate)},
            {QStringLiteral("stopped"), m.stopped ? QJsonValue(m.stopped->toString(Qt::ISODate)) : QJsonValue()}});
    QJsonArray factors;
    for (const CustomFactor &f : d.customFactors) {
        QJsonObject o{{QStringLiteral("name"), f.name}, {QStringLiteral("type"), customFactorTypeId(f.type)}};
        if (!f.unit.isEmpty())
            o.insert(QStringLiteral("unit"), f.unit);
        factors.append(o);
    }
    QJsonArray values;
    for (const CustomValue &v : d.customValues)
        values.append(QJsonObject{{QStringLiteral("date"), v.date.toString(Qt::ISODate)},
                                  {QStringLiteral("name"), v.name},
                                  {QStringLiteral("value"), v.value}});
    QJsonArray experiments;
    for (const experiments::Plan &p : d.experiments) {
        QJsonObject change{{QStringLiteral("op"), experiments::opId(p.op)}};
        if (p.op == experiments::Op::AtMost || p.op == experiments::Op::AtLeast)
            change.insert(QStringLiteral("value"), p.value);
        QJsonObject o{
            {QStringLiteral("title"), p.title},
            {QStringLiteral("factor"), p.factor},
            {QStringLiteral("change"), change},
            {QStringLiteral("design"), experiments::designId(p.design)},
            {QStringLiteral("start"), p.start.toString(Qt::ISODate)},
            {QStringLiteral("equivalence"), QJsonArray{p.equivalenceLow, p.equivalenceHigh}},
            {QStringLiteral("stopped"), p.stopped ? QJsonValue(p.stopped->toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("note"), p.note}};
        if (p.design == experiments::Design::PairedPeriods) {
            o.insert(QStringLiteral("pairs"), p.pairs);
            o.insert(QStringLiteral("period_days"), p.periodDays);
            o.insert(QStringLiteral("washout_days"), p.washoutDays);
            QJsonArray schedule;
            for (experiments::Order order : p.schedule)
                schedule.append(order == experiments::Order::AB ? QStringLiteral("AB") : QStringLiteral("BA"));
            o.insert(QStringLiteral("schedule"), schedule);
        } else {
            o.insert(QStringLiteral("before_days"), p.beforeDays);
            o.insert(QStringLiteral("change_days"), p.changeDays);
        }
        QJsonArray pauses;
        for (const experiments::Pause &pause : p.pauses)
            pauses.append(QJsonObject{{QStringLiteral("from"), pause.from.toString(Qt::ISODate)},
                                      {QStringLiteral("to"), pause.to.toString(Qt::ISODate)}});
        o.insert(QStringLiteral("pauses"), pauses);
        experiments.append(o);
    }
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("twitchdiary")},
                     {QStringLiteral("version"), kDiaryFormatVersion},
                     {QStringLiteral("episodes"), episodes},
                     {QStringLiteral("intakes"), intakes},
                     {QStringLiteral("sleep"), sleep},
                     {QStringLiteral("stress"), stress},
                     {QStringLiteral("checkins"), checkins},
                     {QStringLiteral("medications"), medications},
                     {QStringLiteral("custom_factors"), factors},
                     {QStringLiteral("custom_values"), values}};
    // A diary without experiments exports exactly as before they existed.
    if (!experiments.isEmpty())
        root.insert(QStringLiteral("experiments"), experiments);
    // A text starting with U+FEFF survives QJsonDocument (and other readers) as an escape.
    return escapeRawByteOrderMarks(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace td
