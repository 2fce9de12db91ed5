// twitchdiary-cli in-process: exit codes and messages of docs/format.md.
#include "cli/cli.h"
#include "domain/clock.h"
#include "format/diaryjson.h"
#include "olddiary.h"
#include "printers.h"
#include "sample/diarygenerator.h"
#include "storage/database.h"
#include "storage/diarystore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>

#include <gtest/gtest.h>

using namespace td;

namespace {

class Cli : public ::testing::Test
{
protected:
    void SetUp() override { Clock::setFixed(QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::OffsetFromUTC, 3600)); }
    void TearDown() override { Clock::setFixed(std::nullopt); }

    int run(QStringList args)
    {
        out.clear();
        err.clear();
        QTextStream o(&out), e(&err);
        cli::Environment env{o, e, {}};
        args.prepend(QStringLiteral("twitchdiary-cli"));
        if (std::none_of(args.cbegin(), args.cend(), [](const QString &a) { return a.startsWith(u"--db"); }))
            args << QStringLiteral("--db") << db();
        return cli::run(args, env);
    }
    QString db() const { return dir.filePath(QStringLiteral("diary.sqlite")); }
    QString file(const QString &name, const QByteArray &content)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(content);
        return path;
    }
    Diary stored()
    {
        Database d;
        EXPECT_TRUE(d.open(db()));
        return DiaryStore(d).load();
    }

    QTemporaryDir dir;
    QString out, err;
};

TEST_F(Cli, NoCommandIsUsageError)
{
    QString o, e;
    QTextStream os(&o), es(&e);
    cli::Environment env{os, es, {}};
    EXPECT_EQ(cli::run({QStringLiteral("twitchdiary-cli")}, env), cli::BadInput);
    EXPECT_TRUE(e.contains(QStringLiteral("Usage")));
}

TEST_F(Cli, UnknownCommandAndOptionAreUsageErrors)
{
    EXPECT_EQ(run({QStringLiteral("frobnicate")}), cli::BadInput);
    EXPECT_TRUE(err.contains(QStringLiteral("\"frobnicate\" is not a command")));
    EXPECT_EQ(run({QStringLiteral("check-in"), QStringLiteral("--bogus")}), cli::BadInput);
    EXPECT_TRUE(err.contains(QStringLiteral("bogus")));
}

TEST_F(Cli, DbIsAcceptedBeforeOrAfterTheCommand)
{
    // Before the command, as 'git -C DIR status' or 'sqlite3 FILE'.
    ASSERT_EQ(run({QStringLiteral("--db"), db(), QStringLiteral("log-episode"), QStringLiteral("--zone"),
                   QStringLiteral("lower_lip"), QStringLiteral("--side"), QStringLiteral("left"),
                   QStringLiteral("--intensity"), QStringLiteral("3")}),
              cli::Ok)
        << err.toStdString();
    ASSERT_EQ(run({QStringLiteral("--db=") + db(), QStringLiteral("check-in"), QStringLiteral("2026-11-26")}), cli::Ok)
        << err.toStdString();
    // After it, as before.
    ASSERT_EQ(run({QStringLiteral("export"), QStringLiteral("--db"), db()}), cli::Ok) << err.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("lower_lip")));
    ASSERT_EQ(run({QStringLiteral("--db"), db(), QStringLiteral("export")}), cli::Ok) << err.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("lower_lip")));
    EXPECT_EQ(stored().episodes.size(), 1);
}

TEST_F(Cli, DbMistakesAreUsageErrors)
{
    // Twice, on both sides: which one was meant is unclear.
    EXPECT_EQ(run({QStringLiteral("--db"), db(), QStringLiteral("export"), QStringLiteral("--db"), db()}),
              cli::BadInput);
    EXPECT_TRUE(err.contains(QStringLiteral("--db is given 2 times"))) << err.toStdString();
    // No value, no command, or an empty path.
    EXPECT_EQ(run({QStringLiteral("--db")}), cli::BadInput);
    EXPECT_TRUE(err.contains(QStringLiteral("--db needs a PATH"))) << err.toStdString();
    EXPECT_EQ(run({QStringLiteral("--db"), db()}), cli::BadInput);
    EXPECT_TRUE(err.contains(QStringLiteral("needs a command"))) << err.toStdString();
    EXPECT_EQ(run({QStringLiteral("export"), QStringLiteral("--db"), QString()}), cli::BadInput);
    EXPECT_TRUE(err.contains(QStringLiteral("not an empty text"))) << err.toStdString();
    EXPECT_FALSE(QFile::exists(db()));
}

TEST_F(Cli, UsageShowsDbBeforeTheCommand)
{
    EXPECT_EQ(run({QStringLiteral("--help")}), cli::Ok);
    EXPECT_TRUE(out.contains(QStringLiteral("twitchdiary-cli [--db PATH] COMMAND"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("before or after the command"))) << out.toStdString();
}

TEST_F(Cli, EveryCommandHasHelp)
{
    for (const char *cmd : {"import", "export", "log-episode", "check-in"}) {
        EXPECT_EQ(run({QString::fromUtf8(cmd), QStringLiteral("--help")}), cli::Ok) << cmd;
        EXPECT_TRUE(out.contains(QStringLiteral("Usage: twitchdiary-cli ") + QString::fromUtf8(cmd))) << cmd;
        EXPECT_TRUE(out.contains(QStringLiteral("--db"))) << cmd;
    }
}

TEST_F(Cli, LogEpisodeStoresIt)
{
    ASSERT_EQ(run({QStringLiteral("log-episode"), QStringLiteral("--zone"), QStringLiteral("upper_eyelid"),
                   QStringLiteral("--side"), QStringLiteral("right"), QStringLiteral("--intensity"),
                   QStringLiteral("6"), QStringLiteral("--duration-s"), QStringLiteral("30"),
                   QStringLiteral("--symptom"), QStringLiteral("pain"), QStringLiteral("--at"),
                   QStringLiteral("2026-11-26T22:15:00+01:00")}),
              cli::Ok)
        << err.toStdString();
    const Diary d = stored();
    ASSERT_EQ(d.episodes.size(), 1);
    EXPECT_EQ(d.episodes[0].zone, Zone::UpperEyelid);
    EXPECT_EQ(d.episodes[0].side, Side::Right);
    EXPECT_EQ(d.episodes[0].intensity, 6);
    EXPECT_EQ(d.episodes[0].durationS, 30);
    EXPECT_EQ(d.episodes[0].symptoms, QList<Symptom>{Symptom::Pain});
    EXPECT_EQ(isoWithOffset(d.episodes[0].at), QStringLiteral("2026-11-26T22:15:00+01:00"));
}

TEST_F(Cli, LogEpisodeBadValuesExit2AndStoreNothing)
{
    const QStringList base = {QStringLiteral("log-episode"), QStringLiteral("--zone"), QStringLiteral("lower_lip"),
                              QStringLiteral("--side"), QStringLiteral("left")};
    EXPECT_EQ(run(base + QStringList{QStringLiteral("--intensity"), QStringLiteral("12")}), cli::BadInput);
    EXPECT_TRUE(err.contains(QStringLiteral("--intensity")));
    EXPECT_EQ(run(base), cli::BadInput);
    EXPECT_TRUE(err.contains(QStringLiteral("needs --intensity")));
    EXPECT_EQ(run({QStringLiteral("log-episode"), QStringLiteral("--zone"), QStringLiteral("elbow"),
                   QStringLiteral("--side"), QStringLiteral("left"), QStringLiteral("--intensity"),
                   QStringLiteral("3")}),
              cli::BadInput);
    EXPECT_TRUE(err.contains(QStringLiteral("--zone")));
    EXPECT_EQ(run(base + QStringList{QStringLiteral("--intensity"), QStringLiteral("3"), QStringLiteral("--at"),
                                     QStringLiteral("2027-01-01T10:00:00+01:00")}),
              cli::BadInput);
    EXPECT_TRUE(err.contains(QStringLiteral("future")));
    EXPECT_EQ(run(base + QStringList{QStringLiteral("--intensity"), QStringLiteral("3"), QStringLiteral("--symptom"),
                                     QStringLiteral("itch")}),
              cli::BadInput);
    EXPECT_EQ(run(base + QStringList{QStringLiteral("--intensity"), QStringLiteral("3"), QStringLiteral("--duration-s"),
                                     QStringLiteral("-4")}),
              cli::BadInput);
    EXPECT_FALSE(QFile::exists(db())) << "bad input must not even create the diary";
}

TEST_F(Cli, CheckInTodayAndAGivenDay)
{
    ASSERT_EQ(run({QStringLiteral("check-in")}), cli::Ok) << err.toStdString();
    ASSERT_EQ(run({QStringLiteral("check-in"), QStringLiteral("2026-11-20")}), cli::Ok);
    EXPECT_EQ(stored().checkins, (QList<QDate>{QDate(2026, 11, 20), QDate(2026, 11, 27)}));
    EXPECT_EQ(run({QStringLiteral("check-in"), QStringLiteral("2026-11-31")}), cli::BadInput);
    EXPECT_EQ(run({QStringLiteral("check-in"), QStringLiteral("2026-12-05")}), cli::BadInput);
    EXPECT_TRUE(err.contains(QStringLiteral("future")));
}

TEST_F(Cli, ImportExportRoundTripAndReimportAddsNothing)
{
    sample::GeneratorOptions o;
    o.days = 120;
    const QByteArray json = toDiaryJson(sample::generateDiary(o));
    const QString in = file(QStringLiteral("in.json"), json);
    ASSERT_EQ(run({QStringLiteral("import"), in}), cli::Ok) << err.toStdString();
    ASSERT_EQ(run({QStringLiteral("import"), in}), cli::Ok);
    EXPECT_TRUE(out.contains(QStringLiteral(" 0 entries added")));
    const QString outPath = dir.filePath(QStringLiteral("out.json"));
    ASSERT_EQ(run({QStringLiteral("export"), QStringLiteral("--out"), outPath}), cli::Ok) << err.toStdString();
    QFile f(outPath);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), json);
    EXPECT_EQ(f.permissions() & 0x7077, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    ASSERT_EQ(run({QStringLiteral("export")}), cli::Ok);
    EXPECT_EQ(out.toUtf8(), json);
}

TEST_F(Cli, BadFileIsRejectedWholeWithPathAndExit2)
{
    sample::GeneratorOptions o;
    o.days = 30;
    ASSERT_EQ(run({QStringLiteral("import"), file(QStringLiteral("good.json"), toDiaryJson(sample::generateDiary(o)))}),
              cli::Ok);
    const QByteArray before = toDiaryJson(stored());

    Diary bad = sample::generateDiary(o);
    bad.episodes.last().intensity = 12;
    bad.episodes.last().at = bad.episodes.last().at.addDays(400);
    o.seed = 99;
    QByteArray badJson = toDiaryJson(bad);
    const int n = int(bad.episodes.size()) - 1;
    EXPECT_EQ(run({QStringLiteral("import"), file(QStringLiteral("bad.json"), badJson)}), cli::BadInput);
    EXPECT_TRUE(err.contains(QStringLiteral("bad.json")));
    EXPECT_TRUE(err.contains(QStringLiteral("episodes[%1].intensity: 12 is outside 1–10").arg(n))) << err.toStdString();
    EXPECT_EQ(toDiaryJson(stored()), before);

    EXPECT_EQ(run({QStringLiteral("import"), dir.filePath(QStringLiteral("missing.json"))}), cli::BadInput);
    EXPECT_TRUE(err.contains(QStringLiteral("missing.json")));
    EXPECT_EQ(run({QStringLiteral("import")}), cli::BadInput);
}

TEST_F(Cli, UnusableDiaryIsAFailure)
{
    const QString notDb = file(QStringLiteral("notes.txt"), QByteArray("just text, not a diary\n").repeated(100));
    EXPECT_EQ(run({QStringLiteral("check-in"), QStringLiteral("--db"), notDb}), cli::Failure);
    EXPECT_TRUE(err.contains(QStringLiteral("notes.txt")));
    EXPECT_EQ(run({QStringLiteral("export"), QStringLiteral("--db"), dir.filePath(QStringLiteral("none.sqlite"))}),
              cli::BadInput);
}

TEST_F(Cli, EveryCommandHelpIncludesAnalyze)
{
    EXPECT_EQ(run({QStringLiteral("analyze"), QStringLiteral("--help")}), cli::Ok);
    EXPECT_TRUE(out.contains(QStringLiteral("--json")));
}

} // namespace

namespace {

QByteArray golden(const char *name)
{
    QFile f(QStringLiteral(TD_GOLDEN_DIR "/") + QString::fromUtf8(name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name;
    return f.readAll();
}

TEST_F(Cli, AnalyzeJsonHasTheFormatMdShape)
{
    ASSERT_EQ(run({QStringLiteral("import"), file(QStringLiteral("g.json"), golden("g56_planted.json"))}), cli::Ok);
    ASSERT_EQ(run({QStringLiteral("analyze"), QStringLiteral("--json"), QStringLiteral("--to"),
                   QStringLiteral("2025-03-02")}),
              cli::Ok)
        << err.toStdString();
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(out.toUtf8(), &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << out.toStdString();
    EXPECT_EQ(o.value(QStringLiteral("format")).toString(), QStringLiteral("twitchdiary-analysis"));
    EXPECT_EQ(o.value(QStringLiteral("version")).toInt(), 1);
    EXPECT_EQ(o.value(QStringLiteral("period")).toObject().value(QStringLiteral("from")).toString(),
              QStringLiteral("2025-01-06"));
    const QJsonObject days = o.value(QStringLiteral("days")).toObject();
    EXPECT_EQ(days.value(QStringLiteral("observed")).toInt(), 56);
    EXPECT_TRUE(o.value(QStringLiteral("gate")).toObject().value(QStringLiteral("shown")).toBool());
    bool sawAspartame = false, sawUntested = false;
    for (const QJsonValue &v : o.value(QStringLiteral("associations")).toArray()) {
        const QJsonObject a = v.toObject();
        for (const char *key : {"factor", "exposed_when", "lag", "rate_ratio", "ci_low", "ci_high", "p", "q",
                                "exposed_days", "unexposed_days", "verdict"})
            EXPECT_TRUE(a.contains(QString::fromUtf8(key))) << key;
        if (a.value(QStringLiteral("factor")).toString() == u"food:aspartame") {
            sawAspartame = true;
            EXPECT_EQ(a.value(QStringLiteral("verdict")).toString(), QStringLiteral("likely"));
            EXPECT_NEAR(a.value(QStringLiteral("rate_ratio")).toDouble(), 4.597456264408998, 1e-9);
            EXPECT_EQ(a.value(QStringLiteral("lag")).toInt(), 0);
        }
        if (a.value(QStringLiteral("verdict")).toString() == u"insufficient") {
            sawUntested = true;
            EXPECT_TRUE(a.value(QStringLiteral("rate_ratio")).isNull());
        }
    }
    EXPECT_TRUE(sawAspartame);
    EXPECT_TRUE(sawUntested) << "stress has 2 exposed days in g56_planted: insufficient";
}

TEST_F(Cli, AnalyzeTextAndBadDates)
{
    ASSERT_EQ(run({QStringLiteral("import"), file(QStringLiteral("g.json"), golden("g56_planted.json"))}), cli::Ok);
    ASSERT_EQ(run({QStringLiteral("analyze"), QStringLiteral("--to"), QStringLiteral("2025-03-02")}), cli::Ok);
    EXPECT_TRUE(out.contains(QStringLiteral("not a clinical measurement")));
    EXPECT_TRUE(out.contains(QStringLiteral("An association, not proof."))) << out.toStdString();
    EXPECT_EQ(run({QStringLiteral("analyze"), QStringLiteral("--from"), QStringLiteral("yesterday")}), cli::BadInput);
    EXPECT_EQ(run({QStringLiteral("analyze"), QStringLiteral("--from"), QStringLiteral("2025-03-01"),
                   QStringLiteral("--to"), QStringLiteral("2025-02-01")}),
              cli::BadInput);
}

TEST_F(Cli, AnalyzeFewDaysSaysKeepLogging)
{
    ASSERT_EQ(run({QStringLiteral("log-episode"), QStringLiteral("--zone"), QStringLiteral("lower_lip"),
                   QStringLiteral("--side"), QStringLiteral("left"), QStringLiteral("--intensity"),
                   QStringLiteral("3")}),
              cli::Ok);
    ASSERT_EQ(run({QStringLiteral("analyze"), QStringLiteral("--json")}), cli::Ok);
    const QJsonObject gate = QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("gate")).toObject();
    EXPECT_FALSE(gate.value(QStringLiteral("shown")).toBool());
    EXPECT_GT(gate.value(QStringLiteral("more_days_needed")).toInt(), 0);
    ASSERT_EQ(run({QStringLiteral("analyze")}), cli::Ok);
    EXPECT_TRUE(out.contains(QStringLiteral("Keep logging"))) << out.toStdString();
}

} // namespace

namespace {

TEST_F(Cli, ExportCsvWritesTwoPrivateTables)
{
    ASSERT_EQ(run({QStringLiteral("log-episode"), QStringLiteral("--zone"), QStringLiteral("chin"),
                   QStringLiteral("--side"), QStringLiteral("centre"), QStringLiteral("--intensity"),
                   QStringLiteral("2")}),
              cli::Ok);
    EXPECT_EQ(run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv")}), cli::BadInput);
    EXPECT_TRUE(err.contains(QStringLiteral("--out")));
    EXPECT_EQ(run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xml")}), cli::BadInput);
    const QString base = dir.filePath(QStringLiteral("diary.csv"));
    ASSERT_EQ(run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
                   base}),
              cli::Ok)
        << err.toStdString();
    for (const char *name : {"diary-episodes.csv", "diary-days.csv"}) {
        QFile f(dir.filePath(QString::fromUtf8(name)));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << name;
        EXPECT_EQ(f.permissions() & 0x7077, QFileDevice::ReadOwner | QFileDevice::WriteOwner) << name;
        EXPECT_EQ(f.readAll().count("\r\n"), 2) << name << ": header and one row";
    }
}

} // namespace

// ---- experiments ------------------------------------------------------------------------

namespace {

QByteArray experimentFile(const QString &experimentsJson)
{
    return QStringLiteral("{\"format\": \"twitchdiary\", \"version\": 1, \"experiments\": [%1]}")
        .arg(experimentsJson)
        .toUtf8();
}

QString plan(const QString &title, const QString &start, int pairs = 6, const QString &schedule = {})
{
    QStringList orders;
    for (int k = 0; k < pairs; ++k)
        orders << QStringLiteral("\"AB\"");
    return QStringLiteral(
               "{\"title\": \"%1\", \"factor\": \"caffeine_mg\", \"change\": {\"op\": \"<=\", \"value\": 100}, "
               "\"design\": \"paired_periods\", \"start\": \"%2\", \"pairs\": %3, \"period_days\": 7, "
               "\"washout_days\": 2, \"schedule\": [%4], \"equivalence\": [0.8, 1.25], \"pauses\": [], "
               "\"stopped\": null, \"note\": \"\"}")
        .arg(title, start)
        .arg(pairs)
        .arg(schedule.isEmpty() ? orders.join(QStringLiteral(", ")) : schedule);
}

} // namespace

// The golden experiment goes in through import and comes out of `experiment result --json`
// with the independent implementation's numbers; export then import is lossless.
TEST_F(Cli, ExperimentResultMatchesTheGoldenThroughTheDiary)
{
    const QString golden = QStringLiteral(TD_EXPERIMENTS_GOLDEN_DIR "/");
    ASSERT_EQ(run({QStringLiteral("import"), golden + QStringLiteral("g_paused.json")}), cli::Ok) << err.toStdString();
    ASSERT_EQ(run({QStringLiteral("experiment"), QStringLiteral("result"), QStringLiteral("--json")}), cli::Ok)
        << err.toStdString();
    const QJsonObject got = QJsonDocument::fromJson(out.toUtf8()).object();
    QFile f(golden + QStringLiteral("g_paused.expected.json"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QJsonObject want = QJsonDocument::fromJson(f.readAll()).object();
    EXPECT_EQ(got.value(u"format").toString(), QStringLiteral("twitchdiary-experiment"));
    EXPECT_EQ(got.value(u"verdict"), want.value(u"verdict"));
    EXPECT_EQ(got.value(u"p"), want.value(u"p"));
    EXPECT_EQ(got.value(u"schedules"), want.value(u"schedules"));
    EXPECT_NEAR(got.value(u"rate_ratio").toDouble(), want.value(u"rate_ratio").toDouble(), 1e-9);
    EXPECT_NEAR(got.value(u"ci_low").toDouble(), want.value(u"ci_low").toDouble(), 1e-3);
    EXPECT_EQ(got.value(u"state").toString(), QStringLiteral("finished"));
    // The object of docs/experiments.md, key by key: the balance table stays out of it.
    EXPECT_EQ(got.keys().size(), 16) << QStringList(got.keys()).join(u',').toStdString();
    EXPECT_FALSE(got.contains(u"balance"));

    // The text output: the sentence, then the balance table (docs/experiments.md).
    ASSERT_EQ(run({QStringLiteral("experiment"), QStringLiteral("result")}), cli::Ok) << err.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("Balance on analysed days:"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("sleep_hours"))) << out.toStdString();
    EXPECT_FALSE(out.contains(QStringLiteral("  caffeine_mg"))) << out.toStdString(); // the plan's own factor
    EXPECT_TRUE(out.contains(QStringLiteral("by day since the last switch"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("1 (washout)"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("later"))) << out.toStdString();

    ASSERT_EQ(run({QStringLiteral("export")}), cli::Ok);
    const QString exported = out;
    EXPECT_TRUE(exported.contains(QStringLiteral("\"experiments\"")));
    EXPECT_TRUE(exported.contains(QStringLiteral("\"pauses\"")));
    // Re-importing the export adds nothing and never redraws the schedule.
    ASSERT_EQ(run({QStringLiteral("import"), file(QStringLiteral("again.json"), exported.toUtf8())}), cli::Ok)
        << err.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral(" 0 entries added"))) << out.toStdString();
    ASSERT_EQ(run({QStringLiteral("export")}), cli::Ok);
    EXPECT_EQ(out, exported);
}

// A bad plan is refused with its JSON path, exit 2, and nothing is stored.
TEST_F(Cli, BadExperimentPlansAreRefusedWithTheirPath)
{
    const std::pair<QString, QString> cases[] = {
        {plan(QStringLiteral("x"), QStringLiteral("2026-12-07"), 5), QStringLiteral("experiments[0].pairs")},
        {plan(QStringLiteral("x"), QStringLiteral("2026-12-07"), 6, QStringLiteral("\"AB\", \"BA\"")),
         QStringLiteral("experiments[0].schedule")},
        {plan(QStringLiteral("x"), QStringLiteral("2026-12-07"))
             .replace(QStringLiteral("caffeine_mg"), QStringLiteral("coffee")),
         QStringLiteral("experiments[0].factor")},
        {plan(QStringLiteral("x"), QStringLiteral("2026-12-07"), 6,
              QStringLiteral("\"AB\", \"AB\", \"AB\", \"AB\", \"AB\", \"CD\"")),
         QStringLiteral("experiments[0].schedule[5]")},
        {plan(QStringLiteral("a"), QStringLiteral("2026-12-07")) + u',' +
             plan(QStringLiteral("b"), QStringLiteral("2027-01-01")),
         QStringLiteral("experiments[1].start")},
        {plan(QStringLiteral("a"), QStringLiteral("2026-12-07")) + u',' +
             plan(QStringLiteral("a"), QStringLiteral("2027-12-07")),
         QStringLiteral("experiments[1].title")},
        // Pauses given as something other than a list were read as "no pauses".
        {plan(QStringLiteral("x"), QStringLiteral("2026-12-07"))
             .replace(QStringLiteral("\"pauses\": []"), QStringLiteral("\"pauses\": 5")),
         QStringLiteral("experiments[0].pauses: expected a list of pauses")},
        {plan(QStringLiteral("x"), QStringLiteral("2026-12-07"))
             .replace(QStringLiteral("\"pauses\": []"), QStringLiteral("\"pauses\": {\"from\": \"2026-12-09\"}")),
         QStringLiteral("experiments[0].pauses: expected a list of pauses")},
    };
    for (const auto &[json, path] : cases) {
        EXPECT_EQ(run({QStringLiteral("import"), file(QStringLiteral("bad.json"), experimentFile(json))}),
                  cli::BadInput)
            << path.toStdString();
        EXPECT_TRUE(err.contains(path)) << path.toStdString() << ": " << err.toStdString();
    }
    EXPECT_FALSE(QFile::exists(db()));
}

// plan draws and stores a schedule; one experiment at a time; pause only from today on;
// result says nothing about p while running; stop.
TEST_F(Cli, ExperimentPlanListPauseStopResult)
{
    ASSERT_EQ(run({QStringLiteral("experiment"), QStringLiteral("plan"), QStringLiteral("--title"),
                   QStringLiteral("Less caffeine"), QStringLiteral("--factor"), QStringLiteral("caffeine_mg"),
                   QStringLiteral("--change"), QStringLiteral("<=100"), QStringLiteral("--start"),
                   QStringLiteral("2026-11-28")}),
              cli::Ok)
        << err.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("Schedule (A usual, B change, per pair)"))) << out.toStdString();
    const Diary d = stored();
    ASSERT_EQ(d.experiments.size(), 1);
    EXPECT_EQ(d.experiments[0].schedule.size(), 8u);
    EXPECT_EQ(d.experiments[0].windowTo(), QDate(2026, 11, 28).addDays(111));

    // A second one while the first runs: refused, saying why.
    EXPECT_EQ(run({QStringLiteral("experiment"), QStringLiteral("plan"), QStringLiteral("--title"),
                   QStringLiteral("Magnesium"), QStringLiteral("--factor"), QStringLiteral("supplement:magnesium"),
                   QStringLiteral("--change"), QStringLiteral("present"), QStringLiteral("--start"),
                   QStringLiteral("2026-12-01")}),
              cli::BadInput);
    EXPECT_TRUE(err.contains(QStringLiteral("one experiment at a time"))) << err.toStdString();
    // Five pairs: the option and its range.
    EXPECT_EQ(run({QStringLiteral("experiment"), QStringLiteral("plan"), QStringLiteral("--title"),
                   QStringLiteral("Short"), QStringLiteral("--factor"), QStringLiteral("alcohol_units"),
                   QStringLiteral("--change"), QStringLiteral("<=0"), QStringLiteral("--pairs"), QStringLiteral("5")}),
              cli::BadInput);
    EXPECT_TRUE(err.contains(QStringLiteral("--pairs"))) << err.toStdString();

    ASSERT_EQ(run({QStringLiteral("experiment"), QStringLiteral("list")}), cli::Ok);
    EXPECT_TRUE(out.contains(QStringLiteral("Less caffeine: caffeine_mg <=100"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("running")));
    ASSERT_EQ(run({QStringLiteral("experiment"), QStringLiteral("result"), QStringLiteral("--json")}), cli::Ok);
    const QJsonObject running = QJsonDocument::fromJson(out.toUtf8()).object();
    EXPECT_EQ(running.value(u"state").toString(), QStringLiteral("running"));
    EXPECT_TRUE(running.value(u"p").isNull());
    EXPECT_TRUE(running.value(u"rate_ratio").isNull());

    // Pauses never reach back in time.
    EXPECT_EQ(run({QStringLiteral("experiment"), QStringLiteral("pause"), QStringLiteral("--from"),
                   QStringLiteral("2026-11-20"), QStringLiteral("--to"), QStringLiteral("2026-11-30")}),
              cli::BadInput);
    ASSERT_EQ(run({QStringLiteral("experiment"), QStringLiteral("pause"), QStringLiteral("--from"),
                   QStringLiteral("2026-12-24"), QStringLiteral("--to"), QStringLiteral("2026-12-27")}),
              cli::Ok)
        << err.toStdString();
    EXPECT_EQ(stored().experiments[0].pauses.size(), 1);
    ASSERT_EQ(run({QStringLiteral("experiment"), QStringLiteral("stop")}), cli::Ok) << err.toStdString();
    EXPECT_TRUE(stored().experiments[0].stopped.has_value());
    ASSERT_EQ(run({QStringLiteral("experiment"), QStringLiteral("result"), QStringLiteral("--json")}), cli::Ok);
    EXPECT_EQ(QJsonDocument::fromJson(out.toUtf8()).object().value(u"verdict").toString(), QStringLiteral("stopped"));
    EXPECT_EQ(run({QStringLiteral("experiment"), QStringLiteral("frobnicate")}), cli::BadInput);
}

// A diary from before the experiments migration: a read-only command (export, analyze,
// report) upgrades it, backed up first, and says so, instead of refusing to read it.
TEST_F(Cli, ReadingAnOlderDiaryUpgradesItFirst)
{
    writeDiaryAtVersion(db(), 1,
                        "INSERT INTO episodes (at_utc, utc_offset, zone, side, intensity) "
                        "VALUES (1793520000, 3600, 'lower_lip', 'left', 3);");
    {
        Database readOnly;
        EXPECT_FALSE(readOnly.open(db(), Database::Mode::ReadOnly));
        EXPECT_EQ(readOnly.errorKind(), Database::ErrorKind::NeedsUpgrade);
        EXPECT_TRUE(readOnly.errorString().contains(QStringLiteral("older diary format")))
            << readOnly.errorString().toStdString();
    }
    ASSERT_EQ(run({QStringLiteral("export")}), cli::Ok) << err.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("lower_lip")));
    EXPECT_TRUE(err.contains(QStringLiteral("upgraded"))) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("backup"))) << err.toStdString();
    Database after;
    ASSERT_TRUE(after.open(db(), Database::Mode::ReadOnly)) << after.errorString().toStdString();
    EXPECT_EQ(after.schemaVersion(), Database::latestSchemaVersion());
}
