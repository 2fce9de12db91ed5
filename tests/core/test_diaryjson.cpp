// One case per validation rule of docs/format.md: each bad file names the JSON path and why.
#include "format/diaryjson.h"
#include "printers.h"

#include <gtest/gtest.h>

#include <QRandomGenerator>
#include <QRegularExpression>

using namespace td;

namespace {

QByteArray withEpisode(const char *episode)
{
    return QByteArray(R"({"format":"twitchdiary","version":1,"episodes":[)") + episode + "]}";
}
QByteArray withList(const char *key, const char *items)
{
    return QByteArray(R"({"format":"twitchdiary","version":1,")") + key + R"(":[)" + items + "]}";
}

struct Rule {
    const char *name;
    QByteArray json;
    const char *path;
    const char *reason; // a substring of the reason
};

void PrintTo(const Rule &r, std::ostream *os) { *os << r.name; }

class ValidationRule : public ::testing::TestWithParam<Rule>
{};

TEST_P(ValidationRule, RejectsWithPathAndReason)
{
    const Rule &rule = GetParam();
    const ParseResult r = parseDiaryJson(rule.json);
    ASSERT_FALSE(r.diary) << "accepted: " << rule.json.constData();
    EXPECT_EQ(r.errorPath, QString::fromUtf8(rule.path)) << r.message().toStdString();
    EXPECT_TRUE(r.error.contains(QString::fromUtf8(rule.reason))) << r.message().toStdString();
}

const Rule kRules[] = {
    {"MalformedJson", R"({"format":"twitchdiary",)", "line 1, column 25", "malformed JSON"},
    {"MalformedJsonLine", "{\n\"format\":\n}", "line 3, column 2", "malformed JSON"},
    {"RootNotObject", "[1,2]", "", "expected an object"},
    {"FormatMissing", R"({"version":1})", "format", "is missing"},
    {"FormatWrong", R"({"format":"other","version":1})", "format", "not \"twitchdiary\""},
    {"VersionMissing", R"({"format":"twitchdiary"})", "version", "is missing"},
    {"VersionNewer", R"({"format":"twitchdiary","version":2})", "version", "newer"},
    {"VersionNotWhole", R"({"format":"twitchdiary","version":1.5})", "version", "not a whole number"},
    {"UnknownRootKey", R"({"format":"twitchdiary","version":1,"episodez":[]})", "episodez", "unknown key"},
    {"ListNotList", R"({"format":"twitchdiary","version":1,"episodes":{}})", "episodes", "expected a list"},
    {"EpisodeNotObject", withEpisode("3"), "episodes[0]", "expected an object"},
    {"EpisodeAtMissing", withEpisode(R"({"zone":"lower_lip","side":"left","intensity":4})"), "episodes[0].at",
     "is missing"},
    {"EpisodeAtBad", withEpisode(R"({"at":"yesterday","zone":"lower_lip","side":"left","intensity":4})"),
     "episodes[0].at", "not a date-time"},
    {"EpisodeAtImpossibleDate",
     withEpisode(R"({"at":"2026-02-30T10:00:00+01:00","zone":"lower_lip","side":"left","intensity":4})"),
     "episodes[0].at", "not a date-time"},
    {"EpisodeZoneUnknown",
     withEpisode(R"({"at":"2026-11-02T14:03:00+01:00","zone":"elbow","side":"left","intensity":4})"),
     "episodes[0].zone", "not a known zone"},
    {"EpisodeSideUnknown",
     withEpisode(R"({"at":"2026-11-02T14:03:00+01:00","zone":"lower_lip","side":"up","intensity":4})"),
     "episodes[0].side", "not left, right"},
    {"EpisodeIntensityMissing", withEpisode(R"({"at":"2026-11-02T14:03:00+01:00","zone":"lower_lip","side":"left"})"),
     "episodes[0].intensity", "is missing"},
    {"EpisodeIntensityTooHigh",
     withEpisode(R"({"at":"2026-11-02T14:03:00+01:00","zone":"lower_lip","side":"left","intensity":12})"),
     "episodes[0].intensity", "12 is outside 1–10"},
    {"EpisodeIntensityZero",
     withEpisode(R"({"at":"2026-11-02T14:03:00+01:00","zone":"lower_lip","side":"left","intensity":0})"),
     "episodes[0].intensity", "outside 1–10"},
    {"EpisodeIntensityNotWhole",
     withEpisode(R"({"at":"2026-11-02T14:03:00+01:00","zone":"lower_lip","side":"left","intensity":4.5})"),
     "episodes[0].intensity", "not a whole number"},
    {"EpisodeIntensityText",
     withEpisode(R"({"at":"2026-11-02T14:03:00+01:00","zone":"lower_lip","side":"left","intensity":"4"})"),
     "episodes[0].intensity", "expected a number"},
    {"EpisodeDurationNegative",
     withEpisode(
         R"({"at":"2026-11-02T14:03:00+01:00","zone":"lower_lip","side":"left","intensity":4,"duration_s":-5})"),
     "episodes[0].duration_s", "outside"},
    {"EpisodeSymptomsNotList",
     withEpisode(
         R"({"at":"2026-11-02T14:03:00+01:00","zone":"lower_lip","side":"left","intensity":4,"symptoms":"pain"})"),
     "episodes[0].symptoms", "expected a list"},
    {"EpisodeSymptomUnknown",
     withEpisode(
         R"({"at":"2026-11-02T14:03:00+01:00","zone":"lower_lip","side":"left","intensity":4,"symptoms":["pain","itch"]})"),
     "episodes[0].symptoms[1]", "not a known symptom"},
    {"EpisodeNoteNotText",
     withEpisode(R"({"at":"2026-11-02T14:03:00+01:00","zone":"lower_lip","side":"left","intensity":4,"note":3})"),
     "episodes[0].note", "expected text"},
    {"EpisodeUnknownKey",
     withEpisode(R"({"at":"2026-11-02T14:03:00+01:00","zone":"lower_lip","side":"left","intensity":4,"intesity":5})"),
     "episodes[0].intesity", "unknown key"},
    {"LaterEpisodeIndex",
     withEpisode(
         R"({"at":"2026-11-02T14:03:00+01:00","zone":"lower_lip","side":"left","intensity":4},{"at":"2026-11-02T14:03:00+01:00","zone":"lower_lip","side":"left","intensity":12})"),
     "episodes[1].intensity", "12 is outside 1–10"},
    {"IntakeKindUnknown", withList("intakes", R"({"at":"2026-11-02T08:00:00+01:00","kind":"tobacco"})"),
     "intakes[0].kind", "not caffeine"},
    {"IntakeCaffeineNeedsAmount",
     withList("intakes", R"({"at":"2026-11-02T08:00:00+01:00","kind":"caffeine","name":"espresso"})"),
     "intakes[0].amount", "is missing"},
    {"IntakeAmountNegative",
     withList("intakes", R"({"at":"2026-11-02T08:00:00+01:00","kind":"caffeine","amount":-63,"unit":"mg"})"),
     "intakes[0].amount", "negative"},
    {"IntakeUnitWrong",
     withList("intakes", R"({"at":"2026-11-02T08:00:00+01:00","kind":"water","amount":0.5,"unit":"ml"})"),
     "intakes[0].unit", "not the unit of water"},
    {"IntakeFoodNeedsName", withList("intakes", R"({"at":"2026-11-02T08:00:00+01:00","kind":"food"})"),
     "intakes[0].name", "needs a name"},
    {"IntakeFoodHasNoAmount",
     withList("intakes", R"({"at":"2026-11-02T08:00:00+01:00","kind":"food","name":"msg","amount":3})"),
     "intakes[0].amount", "no amount"},
    {"IntakeSupplementNeedsName",
     withList("intakes", R"({"at":"2026-11-02T08:00:00+01:00","kind":"supplement","amount":400})"), "intakes[0].name",
     "needs a name"},
    {"IntakeWaterImplausible",
     withList("intakes", R"({"at":"2026-11-02T08:00:00+01:00","kind":"water","amount":500,"unit":"l"})"),
     "intakes[0].amount", "implausibly large"},
    {"SleepHoursOver24", withList("sleep", R"({"date":"2026-11-02","hours":30})"), "sleep[0].hours",
     "30 is outside 0–24"},
    {"SleepQualityOutOfRange", withList("sleep", R"({"date":"2026-11-02","quality":6})"), "sleep[0].quality",
     "outside 1–5"},
    {"SleepNeedsAValue", withList("sleep", R"({"date":"2026-11-02"})"), "sleep[0]", "needs hours, quality"},
    {"SleepDateBad", withList("sleep", R"({"date":"02/11/2026","hours":7})"), "sleep[0].date", "not a date"},
    {"SleepDuplicateDate", withList("sleep", R"({"date":"2026-11-02","hours":7},{"date":"2026-11-02","hours":8})"),
     "sleep[1].date", "appears twice"},
    {"StressOutOfRange", withList("stress", R"({"date":"2026-11-02","level":11})"), "stress[0].level", "outside 0–10"},
    {"StressMissingLevel", withList("stress", R"({"date":"2026-11-02"})"), "stress[0].level", "is missing"},
    {"StressDuplicateDate", withList("stress", R"({"date":"2026-11-02","level":1},{"date":"2026-11-02","level":2})"),
     "stress[1].date", "appears twice"},
    {"CheckinBadDate", withList("checkins", R"("2026-13-01")"), "checkins[0]", "not a date"},
    {"CheckinNotText", withList("checkins", "20261101"), "checkins[0]", "expected a date"},
    {"MedicationNameEmpty", withList("medications", R"({"name":" ","started":"2026-10-01"})"), "medications[0].name",
     "is empty"},
    {"MedicationStartMissing", withList("medications", R"({"name":"sertraline"})"), "medications[0].started",
     "is missing"},
    {"MedicationStoppedBeforeStart",
     withList("medications", R"({"name":"sertraline","started":"2026-10-01","stopped":"2026-09-01"})"),
     "medications[0].stopped", "before the start date"},
    {"CustomFactorTypeUnknown", withList("custom_factors", R"({"name":"screen","type":"scale"})"),
     "custom_factors[0].type", "not yesno or number"},
    {"CustomFactorDuplicate",
     withList("custom_factors", R"({"name":"screen","type":"number"},{"name":"screen","type":"number"})"),
     "custom_factors[1].name", "defined twice"},
    {"CustomFactorYesNoHasNoUnit", withList("custom_factors", R"({"name":"cold","type":"yesno","unit":"h"})"),
     "custom_factors[0].unit", "no unit"},
    {"CustomValueNotNumber", withList("custom_values", R"({"date":"2026-11-02","name":"screen","value":"9"})"),
     "custom_values[0].value", "expected a number"},
    {"CustomValueDuplicate",
     withList("custom_values",
              R"({"date":"2026-11-02","name":"screen","value":9},{"date":"2026-11-02","name":"screen","value":8})"),
     "custom_values[1]", "appears twice"},
    {"CustomYesNoValueNotZeroOrOne",
     R"({"format":"twitchdiary","version":1,"custom_factors":[{"name":"cold","type":"yesno"}],"custom_values":[{"date":"2026-11-02","name":"cold","value":2}]})",
     "custom_values[0].value", "not 1 (yes) or 0 (no)"},
};

INSTANTIATE_TEST_SUITE_P(FormatMd, ValidationRule, ::testing::ValuesIn(kRules),
                         [](const auto &p) { return std::string(p.param.name); });

} // namespace

TEST(DiaryJson, AcceptsTheFormatMdExample)
{
    const QByteArray example = R"({
      "format": "twitchdiary", "version": 1,
      "episodes": [{"at": "2026-11-02T14:03:00+01:00", "zone": "lower_lip", "side": "left",
                    "duration_s": 40, "intensity": 4, "symptoms": ["pain"], "note": ""}],
      "intakes": [
        {"at": "2026-11-02T08:10:00+01:00", "kind": "caffeine", "name": "espresso", "amount": 63, "unit": "mg"},
        {"at": "2026-11-02T20:00:00+01:00", "kind": "alcohol", "amount": 2, "unit": "units"},
        {"at": "2026-11-02T12:30:00+01:00", "kind": "food", "name": "aspartame"},
        {"at": "2026-11-02T09:00:00+01:00", "kind": "water", "amount": 0.5, "unit": "l"},
        {"at": "2026-11-02T21:00:00+01:00", "kind": "supplement", "name": "magnesium", "amount": 400, "unit": "mg"}],
      "sleep": [{"date": "2026-11-02", "hours": 6.5, "quality": 3}],
      "stress": [{"date": "2026-11-02", "level": 7}],
      "checkins": ["2026-11-02"],
      "medications": [{"name": "sertraline", "dose": "50 mg", "started": "2026-10-01", "stopped": null}],
      "custom_factors": [{"name": "cold exposure", "type": "yesno"}, {"name": "screen", "type": "number", "unit": "h"}],
      "custom_values": [{"date": "2026-11-02", "name": "screen", "value": 9}]
    })";
    const ParseResult r = parseDiaryJson(example);
    ASSERT_TRUE(r.diary) << r.message().toStdString();
    const Diary &d = *r.diary;
    EXPECT_EQ(d.episodes.size(), 1);
    EXPECT_EQ(d.episodes[0].at.offsetFromUtc(), 3600);
    EXPECT_EQ(d.episodes[0].at.time(), QTime(14, 3));
    EXPECT_EQ(d.episodes[0].durationS, 40);
    EXPECT_EQ(d.intakes.size(), 5);
    EXPECT_EQ(d.intakes[2].amount, std::nullopt);
    EXPECT_EQ(d.sleep[0].hours, 6.5);
    EXPECT_EQ(d.medications[0].stopped, std::nullopt);
    EXPECT_EQ(d.customFactors[1].unit, QStringLiteral("h"));
    EXPECT_EQ(d.customValues[0].value, 9);
}

TEST(DiaryJson, EmptyOrAbsentListsAreFine)
{
    const ParseResult r = parseDiaryJson(R"({"format":"twitchdiary","version":1,"episodes":[]})");
    ASSERT_TRUE(r.diary) << r.message().toStdString();
    EXPECT_TRUE(r.diary->episodes.isEmpty());
    EXPECT_TRUE(r.diary->intakes.isEmpty());
}

TEST(DiaryJson, TimeWithoutOffsetIsLocalTime)
{
    const QDateTime t = parseIsoWithOffset(QStringLiteral("2026-07-02T14:03:00"));
    ASSERT_TRUE(t.isValid());
    const QDateTime local(QDate(2026, 7, 2), QTime(14, 3));
    EXPECT_EQ(t.toSecsSinceEpoch(), local.toSecsSinceEpoch());
    EXPECT_EQ(t.offsetFromUtc(), local.offsetFromUtc());
    EXPECT_EQ(t.time(), QTime(14, 3));
}

TEST(DiaryJson, OffsetsAreWrittenBackAsGiven)
{
    for (const char *iso : {"2026-11-02T14:03:00+01:00", "2026-11-02T14:03:00-05:30", "2026-11-02T14:03:00+00:00"}) {
        const QDateTime t = parseIsoWithOffset(QString::fromUtf8(iso));
        ASSERT_TRUE(t.isValid()) << iso;
        EXPECT_EQ(isoWithOffset(t), QString::fromUtf8(iso));
    }
    EXPECT_EQ(isoWithOffset(parseIsoWithOffset(QStringLiteral("2026-11-02T14:03:00Z"))),
              QStringLiteral("2026-11-02T14:03:00+00:00"));
}

namespace {

// parseIsoWithOffset before its hand-written fast path: a regular expression, then
// QDateTime::fromString. The fast path must give exactly this for every string.
QDateTime referenceParse(const QString &text)
{
    static const QRegularExpression
        re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})?$"));
    if (!re.match(text).hasMatch())
        return {};
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        return {};
    at = at.toOffsetFromUtc(at.offsetFromUtc());
    return QDateTime::fromSecsSinceEpoch(at.toSecsSinceEpoch(), Qt::OffsetFromUTC, at.offsetFromUtc());
}

void expectSameAsReference(const QString &text)
{
    const QDateTime fast = td::parseIsoWithOffset(text);
    const QDateTime ref = referenceParse(text);
    ASSERT_EQ(fast.isValid(), ref.isValid()) << text.toStdString();
    if (ref.isValid()) {
        EXPECT_EQ(fast.toSecsSinceEpoch(), ref.toSecsSinceEpoch()) << text.toStdString();
        EXPECT_EQ(fast.offsetFromUtc(), ref.offsetFromUtc()) << text.toStdString();
        EXPECT_EQ(fast.timeSpec(), ref.timeSpec()) << text.toStdString();
    }
}

} // namespace

TEST(IsoTimes, TheFastPathGivesWhatTheGeneralParserGives)
{
    for (const char *s : {"2026-11-02T14:03:00+01:00",   "2026-11-02T14:03+01:00",
                          "2026-11-02T14:03:00Z",        "2026-11-02T14:03Z",
                          "2026-11-02T23:59:59-05:30",   "1970-01-01T00:00:00Z",
                          "1969-12-31T23:59:59-00:30",   "2024-02-29T12:00:00+14:00",
                          "2026-02-29T12:00:00+01:00",   "2026-13-01T12:00:00Z",
                          "2026-11-02T24:00:00Z",        "2026-11-02T24:00:00+01:00",
                          "2026-11-02T23:60:00Z",        "2026-11-02T23:59:60Z",
                          "2026-11-02T14:03:00+18:00",   "2026-11-02T14:03:00+18:01",
                          "2026-11-02T14:03:00-19:00",   "2026-11-02T14:03:00+01:60",
                          "2026-11-02T14:03:00.5+01:00", "2026-11-02T14:03:00.123Z",
                          "2026-11-02T14:03:00",         "2026-11-02T14:03",
                          "2026-11-02 14:03:00Z",        "2026-11-02T14:03:00+0100",
                          "2026-11-02T14:03:00z",        "0000-01-01T00:00:00Z",
                          "2026-1-02T14:03:00Z",         "２０２６-11-02T14:03:00Z",
                          "2026-11-02T14:03:00+01:00 ",  ""})
        expectSameAsReference(QString::fromUtf8(s));
    // Random valid and nearly valid times of every shape the fast path reads.
    QRandomGenerator rng(20261205);
    for (int i = 0; i < 20000; ++i) {
        const QString date = QStringLiteral("%1-%2-%3")
                                 .arg(1960 + rng.bounded(80))
                                 .arg(rng.bounded(14), 2, 10, QLatin1Char('0'))
                                 .arg(rng.bounded(33), 2, 10, QLatin1Char('0'));
        QString time = QStringLiteral("T%1:%2")
                           .arg(rng.bounded(26), 2, 10, QLatin1Char('0'))
                           .arg(rng.bounded(61), 2, 10, QLatin1Char('0'));
        if (rng.bounded(2))
            time += QStringLiteral(":%1").arg(rng.bounded(61), 2, 10, QLatin1Char('0'));
        QString zone;
        switch (rng.bounded(3)) {
        case 0: zone = QStringLiteral("Z"); break;
        case 1:
            zone = QStringLiteral("%1%2:%3")
                       .arg(rng.bounded(2) ? u'+' : u'-')
                       .arg(rng.bounded(20), 2, 10, QLatin1Char('0'))
                       .arg(rng.bounded(4) * 15 + (rng.bounded(10) == 0 ? 1 : 0), 2, 10, QLatin1Char('0'));
            break;
        default: break; // local time: the general path
        }
        expectSameAsReference(date + time + zone);
    }
}
