#include "cli/cli.h"

#include "domain/clock.h"
#include "domain/inputlimits.h"
#include "experiments/experiment.h"
#include "format/diarycsv.h"
#include "format/diaryjson.h"
#include "format/privatefile.h"
#include "report/analysisreport.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/diarystore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cmath>
#include <cstdlib>
#include <map>

namespace td::cli {
namespace {

struct Command {
    QString name;
    QString synopsis;
    QString description;
    int (*handler)(QCommandLineParser &, Environment &);
    QList<QCommandLineOption> options;
    QString positional; // e.g. "FILE.json"; empty when none
    bool positionalRequired = false;
};

const QCommandLineOption
    kDbOption(QStringLiteral("db"),
              QStringLiteral("The diary file (default: %1).").arg(QStringLiteral("the diary the window opens")),
              QStringLiteral("PATH"));

QString dbPath(const QCommandLineParser &p) { return p.isSet(kDbOption) ? p.value(kDbOption) : defaultDiaryPath(); }

int openStore(const QCommandLineParser &p, Environment &env, Database &db,
              Database::Mode mode = Database::Mode::ReadWrite)
{
    const QString path = dbPath(p);
    if (mode == Database::Mode::ReadOnly && !QFileInfo::exists(path)) {
        env.err << QStringLiteral("twitchdiary-cli: %1: no diary there yet. Log an entry or "
                                  "import a file first, or pass --db PATH.\n")
                       .arg(QDir::toNativeSeparators(path));
        return BadInput;
    }
    if (!db.open(path, mode) && db.errorKind() == Database::ErrorKind::NeedsUpgrade) {
        // A diary from an older version: reading it needs the upgrade (backed up first),
        // as the window does on opening. Say so; a diary held by the window is already
        // upgraded, so this only happens when nothing else has it open.
        if (db.open(path, Database::Mode::ReadWrite))
            env.err << QStringLiteral("twitchdiary-cli: upgraded %1 to diary format %2 (a backup was taken "
                                      "first).\n")
                           .arg(QDir::toNativeSeparators(path))
                           .arg(Database::latestSchemaVersion());
    }
    if (!db.isOpen()) {
        env.err << QStringLiteral("twitchdiary-cli: %1\n").arg(db.errorString());
        return Failure;
    }
    // Opened, but not all is well (permissions tightened, the daily backup failed): said,
    // never skipped in silence; the command itself goes on.
    if (!db.warningString().isEmpty()) {
        for (const QString &line : db.warningString().split(u'\n'))
            env.err << QStringLiteral("twitchdiary-cli: warning: %1\n").arg(line);
    }
    return Ok;
}

int badInput(Environment &env, const QString &message)
{
    env.err << QStringLiteral("twitchdiary-cli: %1\n").arg(limits::sentence(message));
    return BadInput;
}

// A value from the command line, quoted in a message: cut when it is long.
QString shown(const QString &value) { return limits::excerpt(value); }

// A store's failure: bad input (exit 2) or the environment (exit 1).
int storeFailed(Environment &env, const Database &db, const DiaryStore &store)
{
    env.err << QStringLiteral("twitchdiary-cli: %1: %2\n")
                   .arg(QDir::toNativeSeparators(db.path()), limits::sentence(store.errorString()));
    return store.errorIsBadInput() ? BadInput : Failure;
}

// The whole diary; nullopt after telling the user why it could not be read (a damaged
// page, a missing table): a command never goes on with an empty diary it did not read.
std::optional<Diary> readDiary(Environment &env, Database &db)
{
    DiaryStore store(db);
    Diary diary = store.load();
    if (store.readFailed()) {
        storeFailed(env, db, store);
        return std::nullopt;
    }
    return diary;
}

// ---- import ---------------------------------------------------------------------------

int cmdImport(QCommandLineParser &p, Environment &env)
{
    const QString file = p.positionalArguments().value(0);
    const QString native = QDir::toNativeSeparators(file);
    // A regular file of at most limits::kMaxImportBytes: never a FIFO (which would block)
    // or a device (which would be read without end).
    QByteArray bytes;
    QString readError;
    if (!limits::readRegularFile(file, limits::kMaxImportBytes, &bytes, &readError))
        return badInput(env, readError + QStringLiteral(" Nothing was imported."));
    const ParseResult parsed = parseDiaryJson(bytes);
    if (!parsed.diary)
        return badInput(env,
                        QStringLiteral("%1: %2 Nothing was imported.").arg(native, limits::sentence(parsed.message())));

    Database db;
    if (const int rc = openStore(p, env, db))
        return rc;
    DiaryStore store(db);
    ImportSummary summary;
    const bool replace = p.isSet(QStringLiteral("replace-day-values"));
    if (!store.import(*parsed.diary, &summary, replace)) {
        env.err << QStringLiteral("twitchdiary-cli: %1: %2 Nothing was imported.%3\n")
                       .arg(native, limits::sentence(store.errorString()),
                            store.importConflicts().isEmpty()
                                ? QString()
                                : QStringLiteral(" To take the file's values for these days, "
                                                 "import it again with --replace-day-values."));
        return store.errorIsBadInput() ? BadInput : Failure;
    }
    env.out << QStringLiteral("Imported %1: %2 entries added, %3 already in the diary, %4 "
                              "day values updated.\n")
                   .arg(native)
                   .arg(summary.added)
                   .arg(summary.skipped)
                   .arg(summary.replaced);
    return Ok;
}

// ---- export ---------------------------------------------------------------------------

int cmdExport(QCommandLineParser &p, Environment &env)
{
    const QString format = p.value(QStringLiteral("format"));
    if (format != u"json" && format != u"csv")
        return badInput(env, QStringLiteral("--format: \"%1\" is not json or csv.").arg(shown(format)));
    const bool csv = format == u"csv";
    if (csv && !p.isSet(QStringLiteral("out")))
        return badInput(env, QStringLiteral("--format csv writes two files and needs --out FILE "
                                            "(FILE-episodes.csv and FILE-days.csv)."));
    Database db;
    if (const int rc = openStore(p, env, db, Database::Mode::ReadOnly))
        return rc;
    const std::optional<Diary> read = readDiary(env, db);
    if (!read)
        return Failure;
    const Diary &diary = *read;
    QString error;
    if (csv) {
        const QString out = p.value(QStringLiteral("out"));
        if (!writePrivateFileAtomically(csv::episodesPath(out), csv::episodesTable(diary), &error) ||
            !writePrivateFileAtomically(csv::daysPath(out), csv::daysTable(diary), &error)) {
            env.err << QStringLiteral("twitchdiary-cli: %1\n").arg(error);
            return Failure;
        }
        env.out << QStringLiteral("Wrote %1 and %2.\n")
                       .arg(QDir::toNativeSeparators(csv::episodesPath(out)),
                            QDir::toNativeSeparators(csv::daysPath(out)));
        return Ok;
    }
    const QByteArray json = toDiaryJson(diary);
    if (!p.isSet(QStringLiteral("out"))) {
        env.out << QString::fromUtf8(json);
        return Ok;
    }
    if (!writePrivateFileAtomically(p.value(QStringLiteral("out")), json, &error)) {
        env.err << QStringLiteral("twitchdiary-cli: %1\n").arg(error);
        return Failure;
    }
    return Ok;
}

// ---- log-episode ----------------------------------------------------------------------

bool parseInt(const QString &text, int lo, int hi, int *out)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < lo || v > hi)
        return false;
    *out = v;
    return true;
}

int cmdLogEpisode(QCommandLineParser &p, Environment &env)
{
    Episode e;
    for (const char16_t *required : {u"zone", u"side", u"intensity"}) {
        if (!p.isSet(QString::fromUtf16(required)))
            return badInput(env,
                            QStringLiteral("log-episode needs --%1; see --help.").arg(QString::fromUtf16(required)));
    }
    const QString zone = p.value(QStringLiteral("zone"));
    const auto z = zoneFromId(zone);
    if (!z)
        return badInput(env, QStringLiteral("--zone: \"%1\" is not a zone. Zones: upper_eyelid, "
                                            "lower_eyelid, brow_forehead, cheek, nose, upper_lip, "
                                            "lower_lip, mouth_corner, chin, jaw, neck, arm, hand, "
                                            "leg, foot, torso, other.")
                                 .arg(shown(zone)));
    e.zone = *z;
    const QString side = p.value(QStringLiteral("side"));
    const auto s = sideFromId(side);
    if (!s)
        return badInput(env, QStringLiteral("--side: \"%1\" is not left, right, both or centre.").arg(shown(side)));
    e.side = *s;
    const QString intensity = p.value(QStringLiteral("intensity"));
    if (!parseInt(intensity, limits::kIntensity.min, limits::kIntensity.max, &e.intensity))
        return badInput(env, QStringLiteral("--intensity: \"%1\" is not a whole number from %2 to %3.")
                                 .arg(shown(intensity))
                                 .arg(limits::kIntensity.min)
                                 .arg(limits::kIntensity.max));
    if (p.isSet(QStringLiteral("duration-s"))) {
        int d = 0;
        const QString text = p.value(QStringLiteral("duration-s"));
        if (!parseInt(text, limits::kDurationS.min, limits::kDurationS.max, &d))
            return badInput(env, QStringLiteral("--duration-s: \"%1\" is not a whole number of "
                                                "seconds from %2 to %3 (a week).")
                                     .arg(shown(text))
                                     .arg(limits::kDurationS.min)
                                     .arg(limits::kDurationS.max));
        e.durationS = d;
    }
    const QDateTime now = Clock::now();
    e.at = now;
    if (p.isSet(QStringLiteral("at"))) {
        const QString text = p.value(QStringLiteral("at"));
        e.at = parseIsoWithOffset(text);
        if (!e.at.isValid())
            return badInput(env, QStringLiteral("--at: \"%1\" is not a time like "
                                                "2026-11-02T14:03:00+01:00.")
                                     .arg(shown(text)));
        if (std::abs(e.at.offsetFromUtc()) <= limits::kMaxUtcOffsetS && e.at > now.addSecs(300))
            return badInput(env, QStringLiteral("--at: %1 is in the future; a time may be from "
                                                "%2 to now.")
                                     .arg(shown(text), limits::earliestDate().toString(Qt::ISODate)));
        if (const QString why = limits::timeProblem(e.at, text); !why.isEmpty())
            return badInput(env, QStringLiteral("--at: %1.").arg(why));
    } else {
        e.at = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::OffsetFromUTC, now.offsetFromUtc());
    }
    for (const QString &id : p.values(QStringLiteral("symptom"))) {
        const auto sym = symptomFromId(id);
        if (!sym)
            return badInput(env, QStringLiteral("--symptom: \"%1\" is not a symptom. Symptoms: "
                                                "weakness, drooping, numbness, pain, "
                                                "speech_difficulty, swallowing_difficulty, "
                                                "triggered_by_movement, "
                                                "interferes_with_daily_life.")
                                     .arg(shown(id)));
        if (!e.symptoms.contains(*sym))
            e.symptoms.append(*sym);
    }
    std::sort(e.symptoms.begin(), e.symptoms.end());
    e.note = p.value(QStringLiteral("note"));
    if (const QString why = DiaryStore::textProblem(QStringLiteral("--note"), e.note); !why.isEmpty())
        return badInput(env, why);

    Database db;
    if (const int rc = openStore(p, env, db))
        return rc;
    DiaryStore store(db);
    if (!store.addEpisode(e))
        return storeFailed(env, db, store);
    env.out << QStringLiteral("Logged %1 %2, intensity %3, at %4.\n")
                   .arg(sideId(e.side), zoneId(e.zone))
                   .arg(e.intensity)
                   .arg(isoWithOffset(e.at));
    return Ok;
}

// ---- check-in -------------------------------------------------------------------------

int cmdCheckIn(QCommandLineParser &p, Environment &env)
{
    QDate date = Clock::today();
    if (!p.positionalArguments().isEmpty()) {
        const QString text = p.positionalArguments().constFirst();
        date = parseIsoDate(text);
        if (!date.isValid())
            return badInput(env, QStringLiteral("\"%1\" is not a date like 2026-11-02.").arg(shown(text)));
        if (date > Clock::now().date())
            return badInput(env, QStringLiteral("%1 is in the future; a day can be checked in "
                                                "once it has begun (from %2 to today).")
                                     .arg(text, limits::earliestDate().toString(Qt::ISODate)));
        if (const QString why = limits::dateProblem(date); !why.isEmpty())
            return badInput(env, why);
    }
    Database db;
    if (const int rc = openStore(p, env, db))
        return rc;
    DiaryStore store(db);
    if (!store.setCheckedIn(date, true))
        return storeFailed(env, db, store);
    env.out << QStringLiteral("%1 is checked in as complete.\n").arg(date.toString(Qt::ISODate));
    return Ok;
}

// ---- analyze --------------------------------------------------------------------------

int parseDateOption(QCommandLineParser &p, Environment &env, const QString &name, QDate *out)
{
    if (!p.isSet(name))
        return Ok;
    const QString text = p.value(name);
    *out = parseIsoDate(text);
    if (!out->isValid())
        return badInput(env, QStringLiteral("--%1: \"%2\" is not a date like 2026-11-02.").arg(name, shown(text)));
    if (const QString why = limits::dateProblem(*out); !why.isEmpty())
        return badInput(env, QStringLiteral("--%1: %2.").arg(name, why));
    return Ok;
}

int cmdAnalyze(QCommandLineParser &p, Environment &env)
{
    QDate from, to;
    if (const int rc = parseDateOption(p, env, QStringLiteral("from"), &from))
        return rc;
    if (const int rc = parseDateOption(p, env, QStringLiteral("to"), &to))
        return rc;
    if (from.isValid() && to.isValid() && from > to)
        return badInput(env, QStringLiteral("--from %1 is after --to %2.")
                                 .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    Database db;
    if (const int rc = openStore(p, env, db, Database::Mode::ReadOnly))
        return rc;
    analysis::Options options;
    if (from.isValid())
        options.from = from;
    // The period runs to today unless told otherwise: days since the last entry are
    // unlogged, which the analysis treats as missing, never as twitch-free.
    options.to = to.isValid() ? to : Clock::today(options.dayBoundaryHour);
    const std::optional<Diary> diary = readDiary(env, db);
    if (!diary)
        return Failure;
    const analysis::AnalysisResult result = analysis::analyze(*diary, options);
    if (p.isSet(QStringLiteral("json")))
        env.out << QString::fromUtf8(toAnalysisJson(result));
    else
        env.out << toAnalysisText(result);
    return Ok;
}

// ---- experiment -----------------------------------------------------------------------

// A date for an experiment's plan or pause: plans reach into the future, so the range is
// from today to a year ahead rather than "up to tomorrow".
int parsePlanDate(QCommandLineParser &p, Environment &env, const QString &name, QDate *out)
{
    if (!p.isSet(name))
        return Ok;
    const QString text = p.value(name);
    *out = parseIsoDate(text);
    const QDate today = Clock::today();
    if (!out->isValid())
        return badInput(env, QStringLiteral("--%1: \"%2\" is not a date like 2026-11-02.").arg(name, shown(text)));
    if (*out < today || *out > today.addDays(366))
        return badInput(env, QStringLiteral("--%1: %2 is outside %3 to %4 (today to a year ahead; a pause or a "
                                            "plan is never set back in time).")
                                 .arg(name, out->toString(Qt::ISODate), today.toString(Qt::ISODate),
                                      today.addDays(366).toString(Qt::ISODate)));
    return Ok;
}

// The balance table of `experiment result` (docs/experiments.md "Balance table"): the
// other factors' means on analysed change and usual days, and episodes per day by day
// since the last switch. The number of days behind each figure is in brackets.
QString balanceText(const experiments::Plan &plan, const experiments::Result &r)
{
    auto figure = [](double v, int days, int decimals) {
        const QString n = std::isfinite(v) ? QString::number(v, 'f', decimals) : QStringLiteral("–");
        return QStringLiteral("%1 (%2 d)").arg(n).arg(days).leftJustified(14);
    };
    QString out;
    if (!r.balance.empty()) {
        out += QStringLiteral("Balance on analysed days:\n  %1%2%3\n")
                   .arg(QStringLiteral("factor").leftJustified(16), QStringLiteral("change").leftJustified(14),
                        QStringLiteral("usual"));
        for (const experiments::BalanceFactor &f : r.balance) {
            const int decimals = f.factor == u"caffeine_mg" ? 0 : 1;
            out += QStringLiteral("  %1%2%3\n")
                       .arg(f.factor.leftJustified(16), figure(f.changeMean, f.changeDays, decimals),
                            figure(f.usualMean, f.usualDays, decimals).trimmed());
        }
    }
    if (!r.carryOver.empty()) {
        out += QStringLiteral("Episodes per day by day since the last switch (carry-over; washout days are not "
                              "analysed):\n  %1%2%3\n")
                   .arg(QStringLiteral("day").leftJustified(16), QStringLiteral("change").leftJustified(14),
                        QStringLiteral("usual"));
        for (const experiments::CarryOverRow &row : r.carryOver) {
            const QString day = row.later ? QStringLiteral("later")
                                          : QString::number(row.day) +
                                                (row.washout ? QStringLiteral(" (washout)") : QString());
            out += QStringLiteral("  %1%2%3\n")
                       .arg(day.leftJustified(16), figure(row.changePerDay, row.changeDays, 2),
                            figure(row.usualPerDay, row.usualDays, 2).trimmed());
        }
        out += QStringLiteral("  (\"later\": day %1 or later of a run of one condition, or before the first "
                              "switch)\n")
                   .arg(plan.periodDays + 1);
    }
    return out;
}

const experiments::Plan *chooseExperiment(const QList<experiments::Plan> &all, const QString &title)
{
    if (title.isEmpty())
        return all.isEmpty() ? nullptr : &all.constLast();
    for (const experiments::Plan &p : all)
        if (p.title == title)
            return &p;
    return nullptr;
}

int cmdExperiment(QCommandLineParser &p, Environment &env)
{
    using namespace td::experiments;
    const QString what = p.positionalArguments().value(0);
    const QString title = p.value(QStringLiteral("title")).trimmed();
    const QDate today = Clock::today();
    if (what == u"list" || what == u"result") {
        Database db;
        if (const int rc = openStore(p, env, db, Database::Mode::ReadOnly))
            return rc;
        const std::optional<Diary> read = readDiary(env, db);
        if (!read)
            return Failure;
        const Diary &diary = *read;
        if (diary.experiments.isEmpty()) {
            env.out << QStringLiteral("No experiments yet. Plan one with 'twitchdiary-cli experiment plan'.\n");
            return what == u"list" ? Ok : BadInput;
        }
        if (what == u"list") {
            for (const Plan &plan : diary.experiments) {
                const Result r = evaluate(diary, plan, today);
                env.out << QStringLiteral("%1: %2 %3%4, %5 to %6, %7\n")
                               .arg(plan.title, plan.factor, opId(plan.op),
                                    plan.op == Op::AtMost || plan.op == Op::AtLeast ? QString::number(plan.value)
                                                                                    : QString(),
                                    plan.windowFrom().toString(Qt::ISODate), plan.windowTo().toString(Qt::ISODate),
                                    verdictId(r.verdict));
            }
            return Ok;
        }
        const Plan *plan = chooseExperiment(diary.experiments, title);
        if (!plan)
            return badInput(env, QStringLiteral("--title: no experiment \"%1\"; see 'twitchdiary-cli experiment list'.")
                                     .arg(shown(title)));
        const Result r = evaluate(diary, *plan, today);
        if (p.isSet(QStringLiteral("json")))
            env.out << QString::fromUtf8(resultJson(*plan, r));
        else
            env.out << plan->title << QStringLiteral(": ") << resultSentence(*plan, r) << u'\n'
                    << balanceText(*plan, r);
        return Ok;
    }
    Database db;
    if (const int rc = openStore(p, env, db))
        return rc;
    DiaryStore store(db);
    const QList<Plan> all = store.experiments();
    if (store.readFailed())
        return storeFailed(env, db, store);
    if (what == u"plan") {
        Plan plan;
        plan.title = title;
        plan.factor = p.value(QStringLiteral("factor")).trimmed();
        const QString change = p.value(QStringLiteral("change")).trimmed();
        // "<=100", ">=7", "present", "absent"
        if (change == u"present" || change == u"absent") {
            plan.op = change == u"present" ? Op::Present : Op::Absent;
        } else if (change.startsWith(u"<=") || change.startsWith(u">=")) {
            plan.op = change.startsWith(u"<=") ? Op::AtMost : Op::AtLeast;
            bool ok = false;
            plan.value = change.mid(2).trimmed().toDouble(&ok);
            if (!ok)
                return badInput(env, QStringLiteral("--change: \"%1\" needs a number after %2, e.g. <=100.")
                                         .arg(shown(change), change.left(2)));
        } else {
            return badInput(env, QStringLiteral("--change: \"%1\" is not <=VALUE, >=VALUE, present or absent.")
                                     .arg(shown(change)));
        }
        const auto design = designFromId(p.value(QStringLiteral("design")));
        if (!design)
            return badInput(env, QStringLiteral("--design: \"%1\" is not paired_periods or before_after.")
                                     .arg(shown(p.value(QStringLiteral("design")))));
        plan.design = *design;
        plan.start = today.addDays(1);
        if (const int rc = parsePlanDate(p, env, QStringLiteral("start"), &plan.start))
            return rc;
        for (const auto &[name, field] : {std::pair{QStringLiteral("pairs"), &plan.pairs},
                                          std::pair{QStringLiteral("period-days"), &plan.periodDays},
                                          std::pair{QStringLiteral("washout-days"), &plan.washoutDays}}) {
            if (p.isSet(name) && !parseInt(p.value(name), 0, 1000, field))
                return badInput(env,
                                QStringLiteral("--%1: \"%2\" is not a whole number.").arg(name, shown(p.value(name))));
        }
        if (plan.design == Design::PairedPeriods)
            plan.schedule = drawSchedule(plan.pairs, *QRandomGenerator::system()); // drawn once, stored
        if (const QString why = validate(plan); !why.isEmpty())
            return badInput(env, why.left(why.indexOf(u':')).replace(u'_', u'-').prepend(QStringLiteral("--")) +
                                     why.mid(why.indexOf(u':')) + u'.');
        for (const Plan &other : all)
            if (!other.stopped && other.windowTo() >= today && other.windowFrom() <= plan.windowTo() &&
                plan.windowFrom() <= other.windowTo())
                return badInput(env, QStringLiteral("\"%1\" runs from %2 to %3: one experiment at a time, because "
                                                    "two changes at once would confound each other. Stop it first "
                                                    "or start after %3.")
                                         .arg(other.title, other.windowFrom().toString(Qt::ISODate),
                                              other.windowTo().toString(Qt::ISODate)));
        Diary one;
        one.experiments.append(plan);
        if (!store.import(one)) {
            env.err << QStringLiteral("twitchdiary-cli: %1\n").arg(store.errorString());
            return store.errorIsBadInput() ? BadInput : Failure;
        }
        QStringList orders;
        for (Order o : plan.schedule)
            orders << (o == Order::AB ? QStringLiteral("AB") : QStringLiteral("BA"));
        env.out << QStringLiteral("Planned \"%1\" from %2 to %3.%4\n")
                       .arg(plan.title, plan.windowFrom().toString(Qt::ISODate), plan.windowTo().toString(Qt::ISODate),
                            orders.isEmpty() ? QString()
                                             : QStringLiteral(" Schedule (A usual, B change, per pair): %1.")
                                                   .arg(orders.join(QStringLiteral(" "))));
        return Ok;
    }
    if (what == u"stop" || what == u"pause") {
        const Plan *plan = chooseExperiment(all, title);
        if (!plan)
            return badInput(env, QStringLiteral("--title: no experiment \"%1\"; see 'twitchdiary-cli experiment list'.")
                                     .arg(shown(title)));
        bool ok = false;
        if (what == u"stop") {
            ok = store.stopExperiment(plan->title, today);
        } else {
            QDate from, to;
            if (const int rc = parsePlanDate(p, env, QStringLiteral("from"), &from))
                return rc;
            if (const int rc = parsePlanDate(p, env, QStringLiteral("to"), &to))
                return rc;
            if (!from.isValid() || !to.isValid() || to < from)
                return badInput(env, QStringLiteral("pause needs --from DATE and --to DATE, from today on, --from "
                                                    "not after --to."));
            ok = store.addExperimentPause(plan->title, from, to);
        }
        if (!ok) {
            env.err << QStringLiteral("twitchdiary-cli: %1\n").arg(store.errorString());
            return store.errorIsBadInput() ? BadInput : Failure;
        }
        env.out << (what == u"stop" ? QStringLiteral("Stopped \"%1\".\n") : QStringLiteral("Paused \"%1\".\n"))
                       .arg(plan->title);
        return Ok;
    }
    return badInput(env,
                    QStringLiteral("experiment: \"%1\" is not plan, list, pause, stop or result.").arg(shown(what)));
}

// ---- restore --------------------------------------------------------------------------

int cmdRestore(QCommandLineParser &p, Environment &env)
{
    // The file the path resolves to, as Database::open takes it: its backups lie beside it.
    const QFileInfo given(dbPath(p));
    const QString diary = given.exists() ? given.canonicalFilePath() : given.absoluteFilePath();
    const QList<BackupInfo> all = backups::list(diary);
    const QString wanted = p.positionalArguments().value(0);
    if (p.isSet(QStringLiteral("list")) || wanted.isEmpty()) {
        if (wanted.isEmpty() && !p.isSet(QStringLiteral("list")))
            return badInput(env, QStringLiteral("restore needs BACKUP (a file, or a number from "
                                                "'twitchdiary-cli restore --list')."));
        if (all.isEmpty()) {
            env.out << QStringLiteral("No backups of %1 yet (they are kept in %2).\n")
                           .arg(QDir::toNativeSeparators(diary), QDir::toNativeSeparators(backups::folderFor(diary)));
            return Ok;
        }
        env.out << QStringLiteral("Backups of %1, newest first:\n").arg(QDir::toNativeSeparators(diary));
        for (qsizetype i = 0; i < all.size(); ++i) {
            const BackupInfo &b = all[i];
            env.out << QStringLiteral("%1  %2  %3  %4 entries (%5 episodes)  %6\n")
                           .arg(i + 1, 3)
                           .arg(b.created.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), b.kind.leftJustified(9))
                           .arg(b.entries, 6)
                           .arg(b.episodes)
                           .arg(QDir::toNativeSeparators(b.path));
        }
        return Ok;
    }
    QString backup = wanted;
    bool isNumber = false;
    const int n = wanted.toInt(&isNumber);
    if (isNumber && !QFileInfo::exists(wanted)) {
        if (n < 1 || n > all.size())
            return badInput(env, QStringLiteral("there is no backup number %1; see "
                                                "'twitchdiary-cli restore --list'.")
                                     .arg(shown(wanted)));
        backup = all[n - 1].path;
    }
    if (const QString why = limits::notRegularFileProblem(backup); !why.isEmpty())
        return badInput(env, why + QStringLiteral(" Nothing was changed."));
    if (!QFileInfo(backup).isFile())
        return badInput(env, QStringLiteral("%1: no such backup file.").arg(QDir::toNativeSeparators(backup)));
    if (const QString why = backups::unusableReason(backup); !why.isEmpty())
        return badInput(env, QStringLiteral("%1 cannot be restored: %2. Nothing was changed.")
                                 .arg(QDir::toNativeSeparators(backup), why));
    QString error, savedAs;
    if (!backups::restore(diary, backup, &error, &savedAs)) {
        env.err << QStringLiteral("twitchdiary-cli: %1\n").arg(error);
        return Failure;
    }
    env.out << QStringLiteral("Restored %1 from %2. The diary as it was is kept as %3.\n")
                   .arg(QDir::toNativeSeparators(diary), QDir::toNativeSeparators(backup),
                        QDir::toNativeSeparators(savedAs));
    return Ok;
}

// ---- report ---------------------------------------------------------------------------

int cmdReport(QCommandLineParser &p, Environment &env)
{
    if (!env.reportWriter)
        return badInput(env, QStringLiteral("report is not available in this build."));
    if (!p.isSet(QStringLiteral("out")))
        return badInput(env, QStringLiteral("report needs --out FILE.pdf; see 'twitchdiary-cli report --help'."));
    report::Options options;
    if (const int rc = parseDateOption(p, env, QStringLiteral("from"), &options.from))
        return rc;
    if (const int rc = parseDateOption(p, env, QStringLiteral("to"), &options.to))
        return rc;
    if (options.from.isValid() && options.to.isValid() && options.from > options.to)
        return badInput(env, QStringLiteral("--from %1 is after --to %2.")
                                 .arg(options.from.toString(Qt::ISODate), options.to.toString(Qt::ISODate)));
    if (p.isSet(QStringLiteral("paper"))) {
        const QString paper = p.value(QStringLiteral("paper")).toLower();
        if (paper == u"a4")
            options.paper = report::Paper::A4;
        else if (paper == u"letter")
            options.paper = report::Paper::Letter;
        else
            return badInput(env, QStringLiteral("--paper: \"%1\" is not a4 or letter.").arg(shown(paper)));
    }
    const QString out = p.value(QStringLiteral("out"));
    if (QFileInfo(out).isDir())
        return badInput(env,
                        QStringLiteral("--out: %1 is a folder; give a file name.").arg(QDir::toNativeSeparators(out)));
    Database db;
    if (const int rc = openStore(p, env, db, Database::Mode::ReadOnly))
        return rc;
    const std::optional<Diary> diary = readDiary(env, db);
    if (!diary)
        return Failure;
    QString error;
    if (!env.reportWriter(*diary, options, out, &error)) {
        env.err << QStringLiteral("twitchdiary-cli: %1\n").arg(error);
        return Failure;
    }
    env.out << QStringLiteral("Wrote %1.\n").arg(QDir::toNativeSeparators(out));
    return Ok;
}

QList<Command> commands()
{
    using O = QCommandLineOption;
    return {
        {QStringLiteral("import"),
         QStringLiteral("import FILE.json [--replace-day-values]"),
         QStringLiteral("Adds the file's entries to the diary, all or nothing. Entries already "
                        "in the diary are not added twice; a day value the file lacks is kept. "
                        "Where the file and the diary disagree on a day value (sleep, stress, a "
                        "custom value), they are listed and nothing is imported, unless "
                        "--replace-day-values. The file must be a regular file of at most 256 MiB."),
         cmdImport,
         {O(QStringLiteral("replace-day-values"),
            QStringLiteral("Where the file and the diary disagree on a day value, take the file's."))},
         QStringLiteral("FILE.json"),
         true},
        {QStringLiteral("export"),
         QStringLiteral("export [--out FILE] [--format json|csv]"),
         QStringLiteral("Writes the whole diary as JSON (to standard output without --out), or as "
                        "two spreadsheet tables with --format csv: FILE-episodes.csv (one row per "
                        "episode) and FILE-days.csv (one row per day with its factors); UTF-8, ISO "
                        "dates, one header row, an empty cell where nothing was recorded."),
         cmdExport,
         {O(QStringLiteral("out"),
            QStringLiteral("Write to FILE (mode 0600) instead of "
                           "standard output."),
            QStringLiteral("FILE")),
          O(QStringLiteral("format"), QStringLiteral("json (default) or csv."), QStringLiteral("FORMAT"),
            QStringLiteral("json"))},
         {},
         false},
        {QStringLiteral("log-episode"),
         QStringLiteral("log-episode --zone Z --side S --intensity N [--duration-s N] [--at TIME] "
                        "[--symptom X]..."),
         QStringLiteral("Adds one twitch episode (now, unless --at is given)."),
         cmdLogEpisode,
         {O(QStringLiteral("zone"),
            QStringLiteral("Where: upper_eyelid, lower_eyelid, "
                           "brow_forehead, cheek, nose, upper_lip, "
                           "lower_lip, mouth_corner, chin, jaw, neck, "
                           "arm, hand, leg, foot, torso, other."),
            QStringLiteral("Z")),
          O(QStringLiteral("side"), QStringLiteral("left, right, both or centre."), QStringLiteral("S")),
          O(QStringLiteral("intensity"), QStringLiteral("1 (barely) to 10 (strongest)."), QStringLiteral("N")),
          O(QStringLiteral("duration-s"), QStringLiteral("How long it lasted, in seconds."), QStringLiteral("N")),
          O(QStringLiteral("at"),
            QStringLiteral("When, e.g. 2026-11-02T14:03:00+01:00 "
                           "(default: now)."),
            QStringLiteral("TIME")),
          O(QStringLiteral("symptom"),
            QStringLiteral("An accompanying symptom (repeatable): "
                           "weakness, drooping, numbness, pain, "
                           "speech_difficulty, swallowing_difficulty, "
                           "triggered_by_movement, "
                           "interferes_with_daily_life."),
            QStringLiteral("X")),
          O(QStringLiteral("note"), QStringLiteral("A free-text note."), QStringLiteral("TEXT"))},
         {},
         false},
        {QStringLiteral("check-in"),
         QStringLiteral("check-in [DATE]"),
         QStringLiteral("Marks a day (default: today) as completely logged, so a day without "
                        "episodes counts as a twitch-free day rather than a missing one."),
         cmdCheckIn,
         {},
         QStringLiteral("DATE"),
         false},
        {QStringLiteral("analyze"),
         QStringLiteral("analyze [--from DATE] [--to DATE] [--json]"),
         QStringLiteral("Looks for triggers and warning signs in the diary, as the Insights page "
                        "does. Prints sentences, or the JSON object of the diary format with --json."),
         cmdAnalyze,
         {O(QStringLiteral("from"), QStringLiteral("First day of the period (default: the first entry)."),
            QStringLiteral("DATE")),
          O(QStringLiteral("to"), QStringLiteral("Last day of the period (default: today)."), QStringLiteral("DATE")),
          O(QStringLiteral("json"), QStringLiteral("Print the analysis as JSON."))},
         {},
         false},
        {QStringLiteral("restore"),
         QStringLiteral("restore [BACKUP] [--list]"),
         QStringLiteral("Lists the diary's automatic backups (--list), or replaces the diary with "
                        "BACKUP (a backup file, or its number in the list). The diary as it was "
                        "is kept as a backup first; a damaged diary is kept under another name."),
         cmdRestore,
         {O(QStringLiteral("list"), QStringLiteral("List the backups with their dates and entry "
                                                   "counts, newest first."))},
         QStringLiteral("BACKUP"),
         false},
        {QStringLiteral("experiment"),
         QStringLiteral("experiment plan|list|pause|stop|result [--title T] [--json] [plan and pause options]"),
         QStringLiteral("Randomized personal experiments (docs/experiments.md). plan --title T --factor F --change "
                        "OP[VALUE] --design paired_periods|before_after [--start DATE] [--pairs N] [--period-days N] "
                        "[--washout-days N] draws and stores the schedule; list; pause --from DATE --to DATE; stop; "
                        "result [--json] (default: the latest experiment)."),
         cmdExperiment,
         {O(QStringLiteral("title"), QStringLiteral("The experiment's title."), QStringLiteral("T")),
          O(QStringLiteral("json"), QStringLiteral("Print the result as JSON.")),
          O(QStringLiteral("factor"), QStringLiteral("The factor to change: caffeine_mg, sleep_hours, food:NAME, ..."),
            QStringLiteral("F")),
          O(QStringLiteral("change"), QStringLiteral("<=VALUE, >=VALUE, present or absent."), QStringLiteral("OP")),
          O(QStringLiteral("design"), QStringLiteral("paired_periods (a test) or before_after (a description)."),
            QStringLiteral("D"), QStringLiteral("paired_periods")),
          O(QStringLiteral("start"), QStringLiteral("First day (default: tomorrow)."), QStringLiteral("DATE")),
          O(QStringLiteral("pairs"), QStringLiteral("Pairs of periods, 6-12 (default 8)."), QStringLiteral("N")),
          O(QStringLiteral("period-days"), QStringLiteral("Days per period, 3-14 (default 7)."), QStringLiteral("N")),
          O(QStringLiteral("washout-days"), QStringLiteral("Days not analysed after a switch (default 2)."),
            QStringLiteral("N")),
          O(QStringLiteral("from"), QStringLiteral("First day of a pause."), QStringLiteral("DATE")),
          O(QStringLiteral("to"), QStringLiteral("Last day of a pause."), QStringLiteral("DATE"))},
         QStringLiteral("SUBCOMMAND"),
         true},
        {QStringLiteral("report"),
         QStringLiteral("report --out FILE.pdf [--from DATE] [--to DATE] [--paper a4|letter]"),
         QStringLiteral("Writes the doctor summary PDF: a one-page summary, charts and the chronological "
                        "log. Works without a display."),
         cmdReport,
         {O(QStringLiteral("out"), QStringLiteral("The PDF to write (mode 0600; replaced if it exists)."),
            QStringLiteral("FILE")),
          O(QStringLiteral("from"), QStringLiteral("First day of the period (default: the first entry)."),
            QStringLiteral("DATE")),
          O(QStringLiteral("to"), QStringLiteral("Last day of the period (default: today)."), QStringLiteral("DATE")),
          O(QStringLiteral("paper"), QStringLiteral("a4 or letter (default: from your locale)."),
            QStringLiteral("SIZE"))},
         {},
         false},
    };
}

void printUsage(QTextStream &s, const QList<Command> &all)
{
    s << QStringLiteral("Usage: twitchdiary-cli [--db PATH] COMMAND [options]\n\n"
                        "Twitch Diary on the command line. Commands:\n");
    for (const Command &c : all)
        s << QStringLiteral("  %1\n").arg(c.synopsis);
    s << QStringLiteral("\nEvery command takes --db PATH (default: %1), before or after "
                        "the command.\n"
                        "Run 'twitchdiary-cli COMMAND --help' for a command's options.\n"
                        "Exit status: 0 success, 1 failure of the program or its environment, "
                        "2 bad input or usage.\n")
             .arg(QDir::toNativeSeparators(defaultDiaryPath()));
}

} // namespace

int run(const QStringList &args, Environment &env)
{
    const QList<Command> all = commands();
    QStringList rest = args.mid(1);
    // Global options may come before the command, as in 'git -C DIR status':
    // 'twitchdiary-cli --db PATH export' is 'twitchdiary-cli export --db PATH'.
    QStringList global;
    while (!rest.isEmpty() && (rest.constFirst() == u"--db" || rest.constFirst().startsWith(u"--db="))) {
        if (rest.constFirst() == u"--db") {
            if (rest.size() < 2)
                return badInput(env, QStringLiteral("--db needs a PATH: twitchdiary-cli --db PATH "
                                                    "COMMAND. See 'twitchdiary-cli --help'."));
            global << rest.takeFirst();
        }
        global << rest.takeFirst();
    }
    if (!global.isEmpty() && rest.isEmpty())
        return badInput(env, QStringLiteral("--db PATH needs a command after it, e.g. "
                                            "'twitchdiary-cli --db PATH export'. See "
                                            "'twitchdiary-cli --help'."));
    if (rest.isEmpty() || rest.constFirst() == u"--help" || rest.constFirst() == u"-h" ||
        rest.constFirst() == u"help") {
        printUsage(rest.isEmpty() ? env.err : env.out, all);
        return rest.isEmpty() ? BadInput : Ok;
    }
    if (rest.constFirst() == u"--version") {
        env.out << QStringLiteral("twitchdiary-cli %1\n").arg(QStringLiteral(TD_VERSION));
        return Ok;
    }
    const QString name = rest.constFirst();
    const auto it = std::find_if(all.cbegin(), all.cend(), [&](const Command &c) { return c.name == name; });
    if (it == all.cend()) {
        env.err << QStringLiteral("twitchdiary-cli: \"%1\" is not a command.\n\n").arg(shown(name));
        printUsage(env.err, all);
        return BadInput;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(it->description);
    parser.addOption(kDbOption);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    parser.addOptions(it->options);
    if (!it->positional.isEmpty())
        parser.addPositionalArgument(it->positional, QString(), it->positional);
    QStringList commandArgs = rest;
    commandArgs[0] = QStringLiteral("twitchdiary-cli ") + name;
    commandArgs += global;
    if (!parser.parse(commandArgs))
        return badInput(env, QStringLiteral("%1: %2 See 'twitchdiary-cli %1 --help'.")
                                 .arg(name, limits::sentence(limits::excerpt(parser.errorText(), 200))));
    if (parser.values(kDbOption).size() > 1)
        return badInput(env, QStringLiteral("%1: --db is given %2 times; give the diary once, "
                                            "before or after the command.")
                                 .arg(name)
                                 .arg(parser.values(kDbOption).size()));
    if (parser.isSet(kDbOption) && parser.value(kDbOption).trimmed().isEmpty())
        return badInput(env, QStringLiteral("%1: --db needs the path of a diary file, not an "
                                            "empty text. Leave --db out to use %2.")
                                 .arg(name, QDir::toNativeSeparators(defaultDiaryPath())));
    if (parser.isSet(help)) {
        env.out << QStringLiteral("Usage: twitchdiary-cli %1 [--db PATH]\n\n").arg(it->synopsis);
        QString text = parser.helpText();
        // Drop Qt's generic first line ("Usage: ..."): ours above is more precise.
        text = text.mid(text.indexOf(u'\n') + 1);
        env.out << text;
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (it->positionalRequired && positional.isEmpty())
        return badInput(env, QStringLiteral("%1 needs %2; see 'twitchdiary-cli %1 --help'.").arg(name, it->positional));
    if (positional.size() > (it->positional.isEmpty() ? 0 : 1))
        return badInput(env, QStringLiteral("%1: unexpected argument \"%2\"; see "
                                            "'twitchdiary-cli %1 --help'.")
                                 .arg(name, shown(positional.constLast())));
    return it->handler(parser, env);
}

} // namespace td::cli
