#include "domain/domain.h"
#include "printers.h"

#include <gtest/gtest.h>

using namespace td;

TEST(Domain, IdsRoundTrip)
{
    for (int i = 0; i < kZoneCount; ++i)
        EXPECT_EQ(zoneFromId(zoneId(Zone(i))), Zone(i));
    for (int i = 0; i < kSideCount; ++i)
        EXPECT_EQ(sideFromId(sideId(Side(i))), Side(i));
    for (int i = 0; i < kSymptomCount; ++i)
        EXPECT_EQ(symptomFromId(symptomId(Symptom(i))), Symptom(i));
    for (int i = 0; i < kIntakeKindCount; ++i)
        EXPECT_EQ(intakeKindFromId(intakeKindId(IntakeKind(i))), IntakeKind(i));
    EXPECT_FALSE(zoneFromId(QStringLiteral("elbow")));
    EXPECT_EQ(zoneId(Zone::BrowForehead), QStringLiteral("brow_forehead"));
}

TEST(Domain, ZoneGroups)
{
    EXPECT_EQ(zoneGroup(Zone::UpperEyelid), ZoneGroup::EyeArea);
    EXPECT_EQ(zoneGroup(Zone::Cheek), ZoneGroup::MidFace);
    EXPECT_EQ(zoneGroup(Zone::LowerLip), ZoneGroup::MouthArea);
    EXPECT_EQ(zoneGroup(Zone::Hand), ZoneGroup::BeyondFace);
    EXPECT_TRUE(isFaceZone(Zone::Jaw));
    EXPECT_FALSE(isFaceZone(Zone::Neck));
}

TEST(Domain, DiaryDayUsesBoundaryAndOwnOffset)
{
    const QDateTime lateNight(QDate(2026, 11, 3), QTime(0, 30), Qt::OffsetFromUTC, 3600);
    EXPECT_EQ(diaryDay(lateNight), QDate(2026, 11, 2));
    EXPECT_EQ(diaryDay(lateNight, 0), QDate(2026, 11, 3));
    const QDateTime morning(QDate(2026, 11, 3), QTime(4, 0), Qt::OffsetFromUTC, 3600);
    EXPECT_EQ(diaryDay(morning), QDate(2026, 11, 3));
    // 23:00 in New York is already tomorrow in UTC: the entry stays on its local day.
    const QDateTime travel(QDate(2026, 11, 3), QTime(23, 0), Qt::OffsetFromUTC, -5 * 3600);
    EXPECT_EQ(diaryDay(travel), QDate(2026, 11, 3));
}
