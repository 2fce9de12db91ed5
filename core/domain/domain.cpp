#include "domain/domain.h"

#include <array>

namespace td {
namespace {

constexpr std::array<const char16_t *, kZoneCount> kZoneIds = {
    u"upper_eyelid", u"lower_eyelid", u"brow_forehead", u"cheek", u"nose", u"upper_lip",
    u"lower_lip",    u"mouth_corner", u"chin",          u"jaw",   u"neck", u"arm",
    u"hand",         u"leg",          u"foot",          u"torso", u"other"};
constexpr std::array<const char16_t *, kSideCount> kSideIds = {u"left", u"right", u"both", u"centre"};
constexpr std::array<const char16_t *, kSymptomCount> kSymptomIds = {u"weakness",
                                                                     u"drooping",
                                                                     u"numbness",
                                                                     u"pain",
                                                                     u"speech_difficulty",
                                                                     u"swallowing_difficulty",
                                                                     u"triggered_by_movement",
                                                                     u"interferes_with_daily_life"};
constexpr std::array<const char16_t *, kIntakeKindCount> kIntakeIds = {u"caffeine", u"alcohol", u"water", u"food",
                                                                       u"supplement"};

template <typename Enum, std::size_t N>
std::optional<Enum> fromId(const std::array<const char16_t *, N> &ids, const QString &id)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (id == QStringView(ids[i]))
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}

} // namespace

QString zoneId(Zone z) { return QString::fromUtf16(kZoneIds[static_cast<int>(z)]); }
QString sideId(Side s) { return QString::fromUtf16(kSideIds[static_cast<int>(s)]); }
QString symptomId(Symptom s) { return QString::fromUtf16(kSymptomIds[static_cast<int>(s)]); }
QString intakeKindId(IntakeKind k) { return QString::fromUtf16(kIntakeIds[static_cast<int>(k)]); }
QString customFactorTypeId(CustomFactorType t)
{
    return t == CustomFactorType::YesNo ? QStringLiteral("yesno") : QStringLiteral("number");
}

std::optional<Zone> zoneFromId(const QString &id) { return fromId<Zone>(kZoneIds, id); }
std::optional<Side> sideFromId(const QString &id) { return fromId<Side>(kSideIds, id); }
std::optional<Symptom> symptomFromId(const QString &id) { return fromId<Symptom>(kSymptomIds, id); }
std::optional<IntakeKind> intakeKindFromId(const QString &id) { return fromId<IntakeKind>(kIntakeIds, id); }
std::optional<CustomFactorType> customFactorTypeFromId(const QString &id)
{
    if (id == u"yesno")
        return CustomFactorType::YesNo;
    if (id == u"number")
        return CustomFactorType::Number;
    return std::nullopt;
}

QString intakeUnit(IntakeKind k)
{
    switch (k) {
    case IntakeKind::Caffeine:
    case IntakeKind::Supplement: return QStringLiteral("mg");
    case IntakeKind::Alcohol: return QStringLiteral("units");
    case IntakeKind::Water: return QStringLiteral("l");
    case IntakeKind::Food: break;
    }
    return {};
}

bool isFaceZone(Zone z) { return zoneGroup(z) != ZoneGroup::BeyondFace; }

ZoneGroup zoneGroup(Zone z)
{
    switch (z) {
    case Zone::UpperEyelid:
    case Zone::LowerEyelid:
    case Zone::BrowForehead: return ZoneGroup::EyeArea;
    case Zone::Cheek:
    case Zone::Nose: return ZoneGroup::MidFace;
    case Zone::UpperLip:
    case Zone::LowerLip:
    case Zone::MouthCorner:
    case Zone::Chin:
    case Zone::Jaw: return ZoneGroup::MouthArea;
    case Zone::Neck:
    case Zone::Arm:
    case Zone::Hand:
    case Zone::Leg:
    case Zone::Foot:
    case Zone::Torso:
    case Zone::Other: break;
    }
    return ZoneGroup::BeyondFace;
}

bool isRedFlagSymptom(Symptom) { return true; }

QDate diaryDay(const QDateTime &at, int boundaryHour)
{
    // toOffsetFromUtc keeps the wall-clock time the entry was made in, whatever the
    // machine's current zone is; subtracting the boundary sends 00:30 to yesterday.
    const QDateTime local = at.toOffsetFromUtc(at.offsetFromUtc());
    return local.addSecs(-qint64(boundaryHour) * 3600).date();
}

} // namespace td
