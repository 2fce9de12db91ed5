// Red flags (docs/analysis.md "Red flags"): patterns worth showing a doctor, each with its
// dates and the evidence in one plain sentence that describes, never diagnoses.
#pragma once

#include "analysis/bouts.h"
#include "analysis/dayseries.h"

#include <QDate>
#include <QString>

#include <vector>

namespace td::analysis {

enum class FlagKind { Persistent, Spreading, RedFlagSymptom, MedicationOnset, Worsening, Recurring };
enum class FlagState { Ongoing, Resolved, Possible };

QString flagKindId(FlagKind k);   // "persistent", "spreading", "red_flag_symptom", ...
QString flagStateId(FlagState s); // "ongoing", "resolved", "possible"

struct Flag {
    FlagKind kind = FlagKind::Persistent;
    FlagState state = FlagState::Ongoing;
    QDate from;
    QDate to;
    QString detail; // "Twitching on and off for 51 days without a symptom-free week."
};

// Observations that are not flags: a new sub-site in a known area, a twitch that moved.
enum class NoteKind { NewSubSite, Migration };
struct Note {
    NoteKind kind = NoteKind::NewSubSite;
    QDate date;
    QString detail;
};

struct RedFlagResult {
    std::vector<Flag> flags;
    std::vector<Note> notes;
    std::vector<Bout> bouts;
};

// Thresholds of the rules (docs/analysis.md).
inline constexpr int kPersistentSpanDays = 29;
inline constexpr double kPersistentLoggedShare = 0.5;
inline constexpr int kPersistentMaxUnloggedRun = 7;
inline constexpr int kSpreadingBaselineDays = 14;
inline constexpr int kExpansionWindowDays = 28;
inline constexpr int kMedicationOnsetDays = 14;
inline constexpr int kWorseningWindowDays = 14; // observed days per window
inline constexpr double kWorseningRatio = 1.5;
inline constexpr double kWorseningP = 0.05;
inline constexpr int kRecurringBouts = 3;
inline constexpr int kRecurringWindowDays = 180;
inline constexpr int kRecentSymptomDays = 14;

RedFlagResult findRedFlags(const Diary &diary, const DaySeries &days, const Options &options);

// The single rules, for tests.
std::vector<Flag> persistentFlags(const DaySeries &ds, const std::vector<Bout> &bouts);
std::vector<Flag> worseningFlags(const DaySeries &ds);
std::vector<Flag> recurringFlags(const DaySeries &ds, const std::vector<Bout> &bouts);

} // namespace td::analysis
