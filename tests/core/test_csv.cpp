// The spreadsheet export: two tables read back field by field.
#include "format/diarycsv.h"
#include "printers.h"
#include "testdiary.h"

using namespace td;

namespace {

Diary small()
{
    Diary d;
    d.episodes.append({0,
                       localTime(QStringLiteral("2026-11-02T14:03:00+01:00")),
                       Zone::LowerLip,
                       Side::Left,
                       40,
                       4,
                       {Symptom::Pain, Symptom::Weakness},
                       QStringLiteral("after \"lunch\", then\nagain")});
    d.episodes.append(
        {0, localTime(QStringLiteral("2026-11-03T00:30:00+01:00")), Zone::Cheek, Side::Both, std::nullopt, 7, {}, {}});
    d.intakes.append({0, localTime(QStringLiteral("2026-11-02T08:10:00+01:00")), IntakeKind::Caffeine,
                      QStringLiteral("espresso"), 63.0});
    d.intakes.append({0, localTime(QStringLiteral("2026-11-02T12:30:00+01:00")), IntakeKind::Food,
                      QStringLiteral("aspartame"), std::nullopt});
    d.intakes.append({0, localTime(QStringLiteral("2026-11-02T21:00:00+01:00")), IntakeKind::Supplement,
                      QStringLiteral("magnesium"), 300.0});
    d.sleep.append({QDate(2026, 11, 2), 6.5, 3});
    d.sleep.append({QDate(2026, 11, 5), 8.0, std::nullopt});
    d.stress.append({QDate(2026, 11, 2), 7});
    d.checkins = {QDate(2026, 11, 2), QDate(2026, 11, 4)};
    d.customFactors.append({QStringLiteral("screen"), CustomFactorType::Number, QStringLiteral("h")});
    d.customValues.append({QDate(2026, 11, 2), QStringLiteral("screen"), 9});
    return d;
}

} // namespace

TEST(Csv, EpisodesTableReadsBackWithQuotingAndDiaryDays)
{
    const QList<QStringList> rows = csv::parse(csv::episodesTable(small()));
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[0], (QStringList{QStringLiteral("at"), QStringLiteral("date"), QStringLiteral("time"),
                                    QStringLiteral("zone"), QStringLiteral("side"), QStringLiteral("duration_s"),
                                    QStringLiteral("intensity"), QStringLiteral("symptoms"), QStringLiteral("note")}));
    EXPECT_EQ(rows[1][0], QStringLiteral("2026-11-02T14:03:00+01:00"));
    EXPECT_EQ(rows[1][3], QStringLiteral("lower_lip"));
    EXPECT_EQ(rows[1][5], QStringLiteral("40"));
    EXPECT_EQ(rows[1][7], QStringLiteral("pain;weakness"));
    EXPECT_EQ(rows[1][8], QStringLiteral("after \"lunch\", then\nagain"));
    // 00:30 belongs to the day before (the 04:00 boundary); no duration is an empty cell.
    EXPECT_EQ(rows[2][1], QStringLiteral("2026-11-02"));
    EXPECT_EQ(rows[2][5], QString());
}

TEST(Csv, DaysTableKeepsZeroAndUnknownApart)
{
    const QList<QStringList> rows = csv::parse(csv::daysTable(small()));
    ASSERT_EQ(rows.size(), 4); // header + 2, 4 and 5 November
    const QStringList header = rows[0];
    const auto col = [&](const char *name) { return header.indexOf(QString::fromUtf8(name)); };
    ASSERT_GE(col("magnesium_mg"), 0);
    ASSERT_GE(col("custom:screen"), 0);
    const QStringList nov2 = rows[1], nov4 = rows[2], nov5 = rows[3];
    EXPECT_EQ(nov2[col("episodes")], QStringLiteral("2"));
    EXPECT_EQ(nov2[col("caffeine_mg")], QStringLiteral("63"));
    EXPECT_EQ(nov2[col("foods")], QStringLiteral("aspartame"));
    EXPECT_EQ(nov2[col("magnesium_mg")], QStringLiteral("300"));
    EXPECT_EQ(nov2[col("custom:screen")], QStringLiteral("9"));
    EXPECT_EQ(nov2[col("sleep_hours")], QStringLiteral("6.5"));
    // Checked in without intakes: none, which is 0. Not checked in: unknown, empty.
    EXPECT_EQ(nov4[col("checked_in")], QStringLiteral("yes"));
    EXPECT_EQ(nov4[col("caffeine_mg")], QStringLiteral("0"));
    EXPECT_EQ(nov5[col("checked_in")], QStringLiteral("no"));
    EXPECT_EQ(nov5[col("caffeine_mg")], QString());
    EXPECT_EQ(nov5[col("sleep_hours")], QStringLiteral("8"));
}

TEST(Csv, FileNamesFromOut)
{
    EXPECT_EQ(csv::episodesPath(QStringLiteral("/x/diary.csv")), QStringLiteral("/x/diary-episodes.csv"));
    EXPECT_EQ(csv::daysPath(QStringLiteral("/x/diary")), QStringLiteral("/x/diary-days.csv"));
}
