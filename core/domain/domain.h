// Domain types of a Twitch Diary: plain values, no storage, no widgets.
#pragma once

#include "domain/experimentplan.h"
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace td {

// Face and body zones, in the order of docs/format.md.
enum class Zone {
    UpperEyelid,
    LowerEyelid,
    BrowForehead,
    Cheek,
    Nose,
    UpperLip,
    LowerLip,
    MouthCorner,
    Chin,
    Jaw,
    Neck,
    Arm,
    Hand,
    Leg,
    Foot,
    Torso,
    Other
};
enum class Side { Left, Right, Both, Centre };
enum class Symptom {
    Weakness,
    Drooping,
    Numbness,
    Pain,
    SpeechDifficulty,
    SwallowingDifficulty,
    TriggeredByMovement,
    InterferesWithDailyLife
};
enum class IntakeKind { Caffeine, Alcohol, Water, Food, Supplement };
enum class CustomFactorType { YesNo, Number };

// Zone groups used by the "spreading" red flag (docs/analysis.md).
enum class ZoneGroup { EyeArea, MidFace, MouthArea, BeyondFace };

inline constexpr int kZoneCount = 17;
inline constexpr int kSideCount = 4;
inline constexpr int kSymptomCount = 8;
inline constexpr int kIntakeKindCount = 5;

// Stable identifiers used in files, the database and the CLI (docs/format.md).
QString zoneId(Zone z);
QString sideId(Side s);
QString symptomId(Symptom s);
QString intakeKindId(IntakeKind k);
QString customFactorTypeId(CustomFactorType t);
std::optional<Zone> zoneFromId(const QString &id);
std::optional<Side> sideFromId(const QString &id);
std::optional<Symptom> symptomFromId(const QString &id);
std::optional<IntakeKind> intakeKindFromId(const QString &id);
std::optional<CustomFactorType> customFactorTypeFromId(const QString &id);
// The unit an intake kind is measured in ("mg", "units", "l"), empty for food.
QString intakeUnit(IntakeKind k);

bool isFaceZone(Zone z);
ZoneGroup zoneGroup(Zone z);

// Symptoms that make an episode a red flag: all of the fixed list.
bool isRedFlagSymptom(Symptom s);

struct Episode {
    qint64 id = 0; // 0 until stored
    QDateTime at;  // local time with its UTC offset (Qt::OffsetFromUTC)
    Zone zone = Zone::LowerLip;
    Side side = Side::Left;
    std::optional<int> durationS; // seconds, may be estimated
    int intensity = 5;            // 1..10
    QList<Symptom> symptoms;      // sorted, unique
    QString note;
    friend bool operator==(const Episode &, const Episode &) = default;
};

struct Intake {
    qint64 id = 0;
    QDateTime at;
    IntakeKind kind = IntakeKind::Caffeine;
    QString name;                 // preset ("espresso"), food tag or supplement name
    std::optional<double> amount; // mg, units or litres; absent for food
    friend bool operator==(const Intake &, const Intake &) = default;
};

// Sleep of the night ending on `date` (the day you wake up).
struct Sleep {
    QDate date;
    std::optional<double> hours; // 0..24
    std::optional<int> quality;  // 1..5
    friend bool operator==(const Sleep &, const Sleep &) = default;
};

struct Stress {
    QDate date;
    int level = 0; // 0..10
    friend bool operator==(const Stress &, const Stress &) = default;
};

struct Medication {
    qint64 id = 0;
    QString name;
    QString dose;
    QDate started;
    std::optional<QDate> stopped;
    friend bool operator==(const Medication &, const Medication &) = default;
};

struct CustomFactor {
    QString name;
    CustomFactorType type = CustomFactorType::YesNo;
    QString unit;
    friend bool operator==(const CustomFactor &, const CustomFactor &) = default;
};

struct CustomValue {
    QDate date;
    QString name;     // names a CustomFactor
    double value = 0; // amount, or 1/0 for yes/no
    friend bool operator==(const CustomValue &, const CustomValue &) = default;
};

// A whole diary (or a file's worth of entries) held in memory.
struct Diary {
    QList<Episode> episodes;
    QList<Intake> intakes;
    QList<Sleep> sleep;
    QList<Stress> stress;
    QList<QDate> checkins;
    QList<Medication> medications;
    QList<CustomFactor> customFactors;
    QList<CustomValue> customValues;
    QList<experiments::Plan> experiments; // randomized personal experiments, oldest first
};

// The calendar day an instant belongs to: its local date in its own UTC offset, with
// times before `boundaryHour` (default 04:00) counted to the previous day.
QDate diaryDay(const QDateTime &at, int boundaryHour = 4);

} // namespace td
