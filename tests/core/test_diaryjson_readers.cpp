// The two readers of a diary file (core/format/diaryjson.cpp): the common-shape reader,
// which reads a plainly valid file in one pass, and the general one (QJsonDocument and
// the raw scan), which reads anything and says what is wrong. parseDiaryJson() tries the
// first and falls back to the second, so its messages are always the general reader's.
// What must hold: the common-shape reader never accepts what the general one refuses, and
// reads what it accepts as the same diary; and it does accept the files the app and other
// programs write, or it would not make the import faster (docs/performance.md "Import").
#include "format/diaryjson.h"
#include "printers.h"
#include "sample/diarygenerator.h"

#include <QJsonDocument>
#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace td;

namespace {

// Whether the common-shape reader accepted `json`; fails the test when it accepted
// something the general reader refuses or reads differently.
bool agrees(const QByteArray &json)
{
    const std::optional<Diary> common = parseDiaryJsonCommonShape(json);
    const ParseResult general = parseDiaryJsonGeneral(json);
    const ParseResult combined = parseDiaryJson(json);
    EXPECT_EQ(combined.message(), general.message()) << json.left(300).toStdString();
    if (!common)
        return false;
    EXPECT_TRUE(general.diary) << "accepted what the general reader refuses (" << general.message().toStdString()
                               << "): " << json.left(300).toStdString();
    if (general.diary) {
        EXPECT_EQ(toDiaryJson(*common), toDiaryJson(*general.diary)) << json.left(300).toStdString();
    }
    return true;
}

Diary sampleDiary(quint64 seed, int days)
{
    sample::GeneratorOptions o;
    o.start = QDate(2024, 1, 1);
    o.days = days;
    o.seed = seed;
    o.symptoms = true;
    o.medications = true;
    o.spreading = true;
    o.extraFoodTags = 2;
    o.extraYesNoFactors = 1;
    o.experiments = sample::sampleExperiments(o.start.addDays(days - 1));
    return sample::generateDiary(o);
}

// A small diary with every kind of entry and text that needs decoding.
const QByteArray kSmall =
    R"({"format":"twitchdiary","version":1,"episodes":[)"
    R"({"at":"2025-11-02T14:03:00+01:00","zone":"lower_lip","side":"left","intensity":4,)"
    R"("duration_s":40,"symptoms":["pain","weakness"],"note":"caf\u00e9 \"x\"\n\ud83d\ude00"},)"
    R"({"at":"2025-11-02T21:10:05-05:30","zone":"upper_eyelid","side":"both","intensity":10,)"
    R"("note":"Kaffee – zwei Tassen"}],)"
    R"("intakes":[{"at":"2025-11-02T08:10:00Z","kind":"caffeine","name":"espresso","amount":63.5,"unit":"mg"},)"
    R"({"at":"2025-11-02T12:00:00+01:00","kind":"food","name":"aspartame"},)"
    R"({"at":"2025-11-02T20:00:00+01:00","kind":"supplement","name":"magnesium","amount":400}],)"
    R"("sleep":[{"date":"2025-11-02","hours":6.5,"quality":3},{"date":"2025-11-03","quality":2}],)"
    R"("stress":[{"date":"2025-11-02","level":7}],"checkins":["2025-11-02","2025-11-03"],)"
    R"("medications":[{"name":"cetirizine","dose":"10 mg","started":"2025-09-01","stopped":"2025-09-20"}],)"
    R"("custom_factors":[{"name":"screen","type":"number","unit":"h"},{"name":"cold","type":"yesno"}],)"
    R"("custom_values":[{"date":"2025-11-02","name":"screen","value":9.25},)"
    R"({"date":"2025-11-02","name":"cold","value":1}],)"
    R"("experiments":[{"title":"Less caffeine","factor":"caffeine_mg","change":{"op":"<=","value":100},)"
    R"("design":"paired_periods","start":"2025-01-06","pairs":6,"period_days":7,"washout_days":2,)"
    R"("schedule":["AB","BA","AB","AB","BA","BA"],"equivalence":[0.8,1.25],)"
    R"("pauses":[{"from":"2025-01-20","to":"2025-01-22"}],"note":"no cola"}]})";

} // namespace

// The app's own exports (indented) and the same files compact, as another program writes
// them: read by the common-shape reader, as the same diary the general one reads.
TEST(DiaryJsonReaders, TheCommonShapeReaderReadsTheAppsOwnFiles)
{
    for (quint64 seed = 1; seed <= 4; ++seed) {
        const QByteArray indented = toDiaryJson(sampleDiary(seed, 200));
        const QByteArray compact = QJsonDocument::fromJson(indented).toJson(QJsonDocument::Compact);
        EXPECT_TRUE(agrees(indented)) << "seed " << seed;
        EXPECT_TRUE(agrees(compact)) << "seed " << seed;
    }
    EXPECT_TRUE(agrees(kSmall));
    // A value that needs all 17 digits, as the app writes it (an equivalence zone of 1/1.1).
    Diary withZone = sampleDiary(5, 60);
    ASSERT_FALSE(withZone.experiments.isEmpty());
    withZone.experiments.front().equivalenceLow = 1 / 1.1;
    EXPECT_TRUE(agrees(toDiaryJson(withZone))) << "a number of 17 digits";
    EXPECT_TRUE(agrees("\xEF\xBB\xBF" + kSmall)) << "a byte-order mark before the document";
    EXPECT_TRUE(agrees(R"({"version":1,"format":"twitchdiary"})")) << "keys in any order, no lists";
    EXPECT_TRUE(agrees(" {\n\t\"format\" : \"twitchdiary\" ,\r\n \"version\" : 1 , \"episodes\" : [ ] } \n"));
}

// Spellings the common-shape reader leaves to the general one, or reads itself: either
// way parseDiaryJson() gives the general reader's answer.
TEST(DiaryJsonReaders, EdgeCasesGetTheGeneralReadersAnswer)
{
    const QByteArray head = R"({"format":"twitchdiary","version":1,"episodes":[{"at":"2025-11-02T14:03:00+01:00",)"
                            R"("zone":"cheek","side":"left",)";
    const QList<QByteArray> tails = {
        R"("intensity":4,"duration_s":12345678901234567}]})",
        R"("intensity":4,"duration_s":123456789012345678}]})",
        R"("intensity":4,"note":"x"}],"sleep":[{"date":"2025-11-02","hours":7.0000000000000001}]})",
        R"("intensity":4}],"sleep":[{"date":"2025-11-02","hours":6.9090909090909091}]})",
        R"("intensity":4}],"sleep":[{"date":"2025-11-02","hours":6.90909090909090911}]})",
        R"("intensity":4e0}]})",
        R"("intensity":4E+0}]})",
        R"("intensity":40e-1}]})",
        R"("intensity":-0}]})",
        R"("intensity":04}]})",
        R"("intensity":4.}]})",
        R"("intensity":.4}]})",
        R"("intensity":+4}]})",
        R"("intensity":4.000000000000001}]})",
        R"("intensity":4,"duration_s":1e2}]})",
        R"("intensity":4,"duration_s":100000000000000000000}]})",
        R"("intensity":4,"duration_s":-0.0}]})",
        R"("intensity":4,"intensity":5}]})",
        R"("intensity":4,"note":"\u0000"}]})",
        R"("intensity":4,"note":"\ud800"}]})",
        R"("intensity":4,"note":"\udc00\ud800"}]})",
        R"("intensity":4,"note":"\uD83D\uDE00"}]})",
        R"("intensity":4,"note":"\uFFFF"}]})",
        R"("intensity":4,"note":"\x"}]})",
        "\"intensity\":4,\"note\":\"tab\there\"}]}",
        "\"intensity\":4,\"note\":\"\xC3\xA9\"}]}",
        "\"intensity\":4,\"note\":\"\xC3\"}]}",
        "\"intensity\":4,\"note\":\"\xED\xA0\x80\"}]}",
        "\"intensity\":4,\"note\":\"\xEF\xBF\xBE\"}]}",
        "\"intensity\":4,\"note\":\"\xEF\xBB\xBFx\"}]}",
        R"("intensity":4,"symptoms":null}]})",
        R"("intensity":4,"note":null}]})",
        R"("intensity":4,}]})",
        R"("intensity":4}],})",
        R"("intensity":4},]})",
        R"("intensity":4}]} x)",
        R"("intensity":4}]}})",
        R"("intensity":4}])",
        R"("intensity":true}]})",
        R"("intensity":4,"symptoms":[]}]})",
        R"("intensity":4,"symptoms":[,]}]})",
        R"("\u0069ntensity":4}]})",
        R"("intensity":4,"checkins":null}]})",
    };
    int accepted = 0;
    for (const QByteArray &tail : tails)
        accepted += agrees(head + tail);
    EXPECT_GE(accepted, 5) << "the plain spellings among them are read by the common-shape reader";
    EXPECT_FALSE(agrees(R"({"format":"twitchdiary","version":1,"checkins":null})")) << "a null list is declined";
    agrees(R"({"format":"twitchdiary","version":1,"format":"twitchdiary"})");
    agrees(R"({"format":"twitchdiary","version":1.0})");
    agrees(R"({"format":"twitchdiary","version":2})");
    agrees(R"(["format","twitchdiary"])");
    agrees(R"({"format":"twitchdiary","version":1,"episodes":[)" + QByteArray(5000, '[') + QByteArray(5000, ']') +
           "]}");
}

// Random damage to a valid file, 12,000 times: wherever the common-shape reader accepts
// the result, the general reader accepts the same diary.
TEST(DiaryJsonReaders, TheCommonShapeReaderAgreesWithTheGeneralOneOnDamagedFiles)
{
    QRandomGenerator rng(20261205);
    const QByteArray alphabet = QByteArrayLiteral("{}[]:,\" \\-.0123456789eE+tfnulrsaZT:u\t\n") + "\xC3\xA9\x80\xFF";
    const QList<QByteArray> bases = {
        kSmall, QJsonDocument::fromJson(toDiaryJson(sampleDiary(9, 12))).toJson(QJsonDocument::Compact)};
    int accepted = 0;
    int changed = 0;
    for (int round = 0; round < 12000; ++round) {
        QByteArray json = bases[round % bases.size()];
        const int edits = 1 + int(rng.bounded(3));
        for (int e = 0; e < edits; ++e) {
            const auto at = qsizetype(rng.bounded(int(json.size())));
            const char c = alphabet[rng.bounded(int(alphabet.size()))];
            switch (rng.bounded(4)) {
            case 0: json[at] = c; break;
            case 1: json.insert(at, c); break;
            case 2: json.remove(at, 1 + rng.bounded(3)); break;
            default:
                // A digit for a digit: mostly still valid, so the accepting path is exercised.
                if (json[at] >= '0' && json[at] <= '9')
                    json[at] = char('0' + rng.bounded(10));
            }
        }
        const bool ok = agrees(json);
        accepted += ok;
        changed += ok && json != bases[round % bases.size()];
        if (testing::Test::HasFailure())
            break;
    }
    // Neither vacuous (everything declined) nor trivial (nothing changed).
    EXPECT_GT(accepted, 800);
    EXPECT_GT(changed, 300);
}
