#include "format/diarycsv.h"

#include "format/diaryjson.h"

#include <QMap>
#include <QSet>

#include <map>

namespace td::csv {
namespace {

QString field(const QString &v)
{
    if (!v.contains(u',') && !v.contains(u'"') && !v.contains(u'\n') && !v.contains(u'\r') && v.trimmed() == v &&
        !v.startsWith(u'\''))
        return v;
    QString quoted = v;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

// Text the user typed (a note, a food, a supplement or factor name), made safe for a
// spreadsheet as OWASP recommends against formula injection: a cell whose first
// character, or first after spaces, is = + - @ tab or CR would be run as a formula, so
// it gets a leading single quote (and field() quotes it). Numbers the program writes
// itself (a negative custom value, say) are not text and stay numbers. JSON export keeps
// the text as it is.
QString userText(const QString &v)
{
    static const QString triggers = QStringLiteral("=+-@\t\r");
    const auto starts = [&](const QString &t) { return !t.isEmpty() && triggers.contains(t.front()); };
    QString afterSpaces = v;
    while (afterSpaces.startsWith(u' '))
        afterSpaces.remove(0, 1);
    return starts(v) || starts(afterSpaces) ? u'\'' + v : v;
}

void row(QString &out, const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted.append(field(f));
    out += quoted.join(u',');
    out += QStringLiteral("\r\n");
}

QString num(double v) { return QString::number(v, 'g', 10); }
QString num(std::optional<double> v) { return v ? num(*v) : QString(); }

struct DayRow {
    bool checkedIn = false;
    bool anyIntake = false;
    int episodes = 0;
    std::optional<Sleep> sleep;
    std::optional<int> stress;
    std::optional<double> caffeine, alcohol, water;
    QStringList foods;
    QMap<QString, double> supplements;
    QMap<QString, double> custom;
};

void add(std::optional<double> &sum, std::optional<double> v) { sum = sum.value_or(0) + v.value_or(0); }

} // namespace

QByteArray episodesTable(const Diary &diary, int boundaryHour)
{
    QString out;
    row(out, {QStringLiteral("at"), QStringLiteral("date"), QStringLiteral("time"), QStringLiteral("zone"),
              QStringLiteral("side"), QStringLiteral("duration_s"), QStringLiteral("intensity"),
              QStringLiteral("symptoms"), QStringLiteral("note")});
    for (const Episode &e : diary.episodes) {
        QStringList symptoms;
        for (Symptom s : e.symptoms)
            symptoms.append(symptomId(s));
        row(out, {isoWithOffset(e.at), diaryDay(e.at, boundaryHour).toString(Qt::ISODate),
                  e.at.time().toString(QStringLiteral("HH:mm:ss")), zoneId(e.zone), sideId(e.side),
                  e.durationS ? QString::number(*e.durationS) : QString(), QString::number(e.intensity),
                  symptoms.join(u';'), userText(e.note)});
    }
    return out.toUtf8();
}

QByteArray daysTable(const Diary &diary, int boundaryHour)
{
    std::map<QDate, DayRow> days;
    QSet<QString> supplementNames;
    for (const Episode &e : diary.episodes)
        ++days[diaryDay(e.at, boundaryHour)].episodes;
    for (const Intake &i : diary.intakes) {
        DayRow &d = days[diaryDay(i.at, boundaryHour)];
        d.anyIntake = true;
        switch (i.kind) {
        case IntakeKind::Caffeine: add(d.caffeine, i.amount); break;
        case IntakeKind::Alcohol: add(d.alcohol, i.amount); break;
        case IntakeKind::Water: add(d.water, i.amount); break;
        case IntakeKind::Food:
            if (!d.foods.contains(i.name))
                d.foods.append(i.name);
            break;
        case IntakeKind::Supplement:
            d.supplements[i.name] += i.amount.value_or(0);
            supplementNames.insert(i.name);
            break;
        }
    }
    for (const Sleep &s : diary.sleep)
        days[s.date].sleep = s;
    for (const Stress &s : diary.stress)
        days[s.date].stress = s.level;
    for (const QDate &c : diary.checkins)
        days[c].checkedIn = true;
    for (const CustomValue &v : diary.customValues)
        days[v.date].custom[v.name] = v.value;

    QStringList supplements(supplementNames.cbegin(), supplementNames.cend());
    supplements.sort();
    QStringList header{QStringLiteral("date"),        QStringLiteral("checked_in"),    QStringLiteral("episodes"),
                       QStringLiteral("sleep_hours"), QStringLiteral("sleep_quality"), QStringLiteral("stress"),
                       QStringLiteral("caffeine_mg"), QStringLiteral("alcohol_units"), QStringLiteral("water_l"),
                       QStringLiteral("foods")};
    for (const QString &s : supplements)
        header.append(userText(s + QStringLiteral("_mg")));
    for (const CustomFactor &f : diary.customFactors)
        header.append(userText(QStringLiteral("custom:") + f.name));
    QString out;
    row(out, header);
    for (auto &[date, d] : days) {
        // As in the analysis: on a checked-in day, or one with any intake, an intake that
        // was not entered is zero; on other days it is unknown (an empty cell).
        if (d.checkedIn || d.anyIntake) {
            for (std::optional<double> *sum : {&d.caffeine, &d.alcohol, &d.water})
                *sum = sum->value_or(0);
        }
        QStringList r{date.toString(Qt::ISODate),
                      d.checkedIn ? QStringLiteral("yes") : QStringLiteral("no"),
                      QString::number(d.episodes),
                      d.sleep ? num(d.sleep->hours) : QString(),
                      d.sleep && d.sleep->quality ? QString::number(*d.sleep->quality) : QString(),
                      d.stress ? QString::number(*d.stress) : QString(),
                      num(d.caffeine),
                      num(d.alcohol),
                      num(d.water),
                      userText(d.foods.join(u';'))};
        for (const QString &s : supplements)
            r.append(d.supplements.contains(s) ? num(d.supplements.value(s)) : QString());
        for (const CustomFactor &f : diary.customFactors)
            r.append(d.custom.contains(f.name) ? num(d.custom.value(f.name)) : QString());
        row(out, r);
    }
    return out.toUtf8();
}

namespace {
QString base(const QString &out)
{
    return out.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive) ? out.chopped(4) : out;
}
} // namespace

QString episodesPath(const QString &out) { return base(out) + QStringLiteral("-episodes.csv"); }
QString daysPath(const QString &out) { return base(out) + QStringLiteral("-days.csv"); }

QList<QStringList> parse(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList current;
    QString f;
    bool quoted = false, any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                f += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                f += c;
            }
            continue;
        }
        if (c == u'"') {
            quoted = true;
            any = true;
        } else if (c == u',') {
            current.append(f);
            f.clear();
            any = true;
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            current.append(f);
            rows.append(current);
            current.clear();
            f.clear();
            any = false;
        } else {
            f += c;
            any = true;
        }
    }
    if (any) {
        current.append(f);
        rows.append(current);
    }
    return rows;
}

} // namespace td::csv
