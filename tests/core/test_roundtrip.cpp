// A generated year-long diary survives export → import into an empty diary unchanged.
#include "format/diaryjson.h"
#include "sample/diarygenerator.h"
#include "testdiary.h"

using namespace td;

TEST(RoundTrip, GeneratedYearSurvivesExportAndImport)
{
    sample::GeneratorOptions options;
    options.days = 365;
    options.seed = 20261127;
    options.spreading = true;
    options.symptoms = true;
    options.medications = true;
    options.planted = {{QStringLiteral("food:aspartame"), 2.0, 0}};
    const Diary generated = sample::generateDiary(options);
    ASSERT_GT(generated.episodes.size(), 300);

    Database first;
    ASSERT_TRUE(first.openInMemory());
    DiaryStore a(first);
    ASSERT_TRUE(a.import(generated)) << a.errorString().toStdString();
    const QByteArray exported = toDiaryJson(a.load());

    const ParseResult parsed = parseDiaryJson(exported);
    ASSERT_TRUE(parsed.diary) << parsed.message().toStdString();
    Database second;
    ASSERT_TRUE(second.openInMemory());
    DiaryStore b(second);
    ASSERT_TRUE(b.import(*parsed.diary)) << b.errorString().toStdString();
    const Diary reloaded = b.load();

    EXPECT_EQ(toDiaryJson(reloaded), exported);
    EXPECT_EQ(reloaded.episodes.size(), generated.episodes.size());
    EXPECT_EQ(reloaded.intakes.size(), generated.intakes.size());
    EXPECT_EQ(reloaded.sleep.size(), generated.sleep.size());
    EXPECT_EQ(reloaded.stress.size(), generated.stress.size());
    EXPECT_EQ(reloaded.checkins.size(), generated.checkins.size());
    EXPECT_EQ(reloaded.medications.size(), generated.medications.size());
    EXPECT_EQ(reloaded.customValues.size(), generated.customValues.size());

    // And once more: importing the export into the diary it came from adds nothing.
    ImportSummary summary;
    ASSERT_TRUE(b.import(*parsed.diary, &summary));
    EXPECT_EQ(toDiaryJson(b.load()), exported);
    EXPECT_EQ(summary.replaced, 0);
}
