// Reads that fail are reported, not taken for an empty diary (issue 16): the store's
// readFailed()/errorString() and its read-error handler, and import() failing whole.
#include "testdiary.h"

#include <QSqlQuery>

using namespace td;

namespace {

class ReadErrors : public MemoryDiaryTest
{
protected:
    void SetUp() override
    {
        MemoryDiaryTest::SetUp();
        Diary d;
        d.episodes.append({0,
                           localTime(QStringLiteral("2026-11-02T14:03:00+01:00")),
                           Zone::LowerLip,
                           Side::Left,
                           40,
                           4,
                           {},
                           QStringLiteral("kept")});
        d.intakes.append({0, localTime(QStringLiteral("2026-11-02T08:10:00+01:00")), IntakeKind::Caffeine,
                          QStringLiteral("espresso"), 63.0});
        d.sleep.append({QDate(2026, 11, 2), 6.5, 3});
        d.stress.append({QDate(2026, 11, 2), 4});
        ASSERT_TRUE(store.import(d)) << store.errorString().toStdString();
        store.setReadErrorHandler([this](const QString &m) { heard.append(m); });
    }
    // Hides a table from the store (and puts it back), as a damaged schema would.
    void rename(const QString &from, const QString &to)
    {
        QSqlQuery q(db.connection());
        ASSERT_TRUE(q.exec(QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(from, to)));
    }
    QStringList heard;
};

} // namespace

TEST_F(ReadErrors, AFailedListReadIsReportedNotEmpty)
{
    rename(QStringLiteral("episodes"), QStringLiteral("hidden"));
    EXPECT_TRUE(store.episodes().isEmpty());
    EXPECT_TRUE(store.readFailed());
    EXPECT_TRUE(store.errorString().startsWith(QStringLiteral("Could not read the diary: ")))
        << store.errorString().toStdString();
    EXPECT_FALSE(store.errorIsBadInput());
    ASSERT_EQ(heard.size(), 1); // once per read
    EXPECT_EQ(heard[0], store.errorString());
    EXPECT_FALSE(store.lastEpisode());
    EXPECT_TRUE(store.readFailed());

    // A read that works clears it; nothing was lost.
    rename(QStringLiteral("hidden"), QStringLiteral("episodes"));
    const QList<Episode> back = store.episodes();
    EXPECT_FALSE(store.readFailed());
    ASSERT_EQ(back.size(), 1);
    EXPECT_EQ(back[0].note, QStringLiteral("kept"));
    EXPECT_EQ(heard.size(), 2);
}

TEST_F(ReadErrors, EverySingleValueReadReportsToo)
{
    rename(QStringLiteral("sleep"), QStringLiteral("hidden"));
    EXPECT_FALSE(store.sleep(QDate(2026, 11, 2)));
    EXPECT_TRUE(store.readFailed());
    EXPECT_TRUE(store.stress(QDate(2026, 11, 2))); // another table still reads
    EXPECT_FALSE(store.readFailed());
    rename(QStringLiteral("hidden"), QStringLiteral("sleep"));
    EXPECT_EQ(store.sleep(QDate(2026, 11, 2)), (Sleep{QDate(2026, 11, 2), 6.5, 3}));

    rename(QStringLiteral("checkins"), QStringLiteral("hidden"));
    EXPECT_FALSE(store.isCheckedIn(QDate(2026, 11, 2)));
    EXPECT_TRUE(store.readFailed());
    rename(QStringLiteral("hidden"), QStringLiteral("checkins"));
    rename(QStringLiteral("meta"), QStringLiteral("hidden"));
    EXPECT_TRUE(store.meta(QStringLiteral("notes")).isEmpty());
    EXPECT_TRUE(store.readFailed());
    rename(QStringLiteral("hidden"), QStringLiteral("meta"));
    rename(QStringLiteral("caffeine_presets"), QStringLiteral("hidden"));
    EXPECT_TRUE(store.caffeinePresets().isEmpty());
    EXPECT_TRUE(store.readFailed());
    EXPECT_EQ(heard.size(), 4);
}

TEST_F(ReadErrors, LoadFailsWholeAndSaysSoOnce)
{
    rename(QStringLiteral("stress"), QStringLiteral("hidden"));
    const Diary d = store.load();
    EXPECT_TRUE(store.readFailed());
    EXPECT_TRUE(d.episodes.isEmpty()); // never a part of the diary taken for all of it
    EXPECT_TRUE(d.sleep.isEmpty());
    EXPECT_EQ(heard.size(), 1);
    rename(QStringLiteral("hidden"), QStringLiteral("stress"));
    const Diary whole = store.load();
    EXPECT_FALSE(store.readFailed());
    EXPECT_EQ(whole.episodes.size(), 1);
    EXPECT_EQ(whole.stress.size(), 1);
}

// The import reads what the diary has to skip what is already there: when it cannot, it
// stores nothing (not the whole file again as if the diary were empty).
TEST_F(ReadErrors, AnImportThatCannotReadStoresNothing)
{
    Diary file;
    file.episodes.append(
        {0, localTime(QStringLiteral("2026-11-03T10:00:00+01:00")), Zone::Cheek, Side::Right, std::nullopt, 2, {}, {}});
    file.stress.append({QDate(2026, 11, 3), 5});
    rename(QStringLiteral("stress"), QStringLiteral("hidden"));
    EXPECT_FALSE(store.import(file));
    EXPECT_TRUE(store.errorString().startsWith(QStringLiteral("Could not read the diary: ")))
        << store.errorString().toStdString();
    EXPECT_FALSE(store.errorIsBadInput());
    EXPECT_TRUE(heard.isEmpty()); // the import's failure says it; the handler is not told twice
    rename(QStringLiteral("hidden"), QStringLiteral("stress"));
    EXPECT_EQ(store.episodes().size(), 1); // the file's episode was rolled back
    EXPECT_EQ(store.load().stress.size(), 1);
}

// The import reads the per-day values once; a file naming one day twice still meets its
// own first value, as when each day was read from the diary.
TEST_F(ReadErrors, AFileNamingADayTwiceMeetsItsOwnFirstValue)
{
    Diary file;
    file.stress.append({QDate(2026, 11, 5), 3});
    file.stress.append({QDate(2026, 11, 5), 8});
    file.sleep.append({QDate(2026, 11, 5), 7.0, std::nullopt});
    file.sleep.append({QDate(2026, 11, 5), std::nullopt, 4});
    EXPECT_FALSE(store.import(file));
    EXPECT_TRUE(store.errorIsBadInput());
    ASSERT_EQ(store.importConflicts().size(), 1);
    EXPECT_EQ(store.importConflicts()[0].field, QStringLiteral("stress"));
    ImportSummary summary;
    ASSERT_TRUE(store.import(file, &summary, true)) << store.errorString().toStdString();
    EXPECT_EQ(store.stress(QDate(2026, 11, 5))->level, 8);
    EXPECT_EQ(store.sleep(QDate(2026, 11, 5)), (Sleep{QDate(2026, 11, 5), 7.0, 4}));
    EXPECT_EQ(summary.added, 2);
    EXPECT_EQ(summary.replaced, 2);
}

// The record undo keeps of a custom factor: a failed read is reported, not taken for "no
// such factor", and the record comes back whole once the table reads again.
TEST_F(ReadErrors, ACustomFactorsRecordReadReportsToo)
{
    ASSERT_TRUE(store.defineCustomFactor({QStringLiteral("screen"), CustomFactorType::Number, QStringLiteral("h")}));
    ASSERT_TRUE(store.setCustomValue({QDate(2026, 11, 2), QStringLiteral("screen"), 9}));
    heard.clear();
    rename(QStringLiteral("custom_values"), QStringLiteral("hidden"));
    EXPECT_FALSE(store.customFactorRecord(QStringLiteral("screen")));
    EXPECT_TRUE(store.readFailed());
    EXPECT_EQ(heard.size(), 1);
    rename(QStringLiteral("hidden"), QStringLiteral("custom_values"));
    const auto record = store.customFactorRecord(QStringLiteral("screen"));
    ASSERT_TRUE(record);
    EXPECT_FALSE(store.readFailed());
    EXPECT_EQ(record->factor.unit, QStringLiteral("h"));
    ASSERT_EQ(record->values.size(), 1);
    EXPECT_EQ(record->values[0].value, 9);
    // A factor that is not there is no failure.
    EXPECT_FALSE(store.customFactorRecord(QStringLiteral("nothing")));
    EXPECT_FALSE(store.readFailed());
}
