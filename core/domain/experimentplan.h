// The plan of a randomized personal experiment (docs/experiments.md): plain values, held
// in a Diary and stored with it. The test and its result are in experiment.h.
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace td::experiments {

enum class Op { AtMost, AtLeast, Present, Absent }; // "<=", ">=", "present", "absent"
enum class Design { PairedPeriods, BeforeAfter };
// Per pair: AB = usual, then change; BA = change, then usual.
enum class Order { AB, BA };

QString opId(Op op); // "<=", ">=", "present", "absent"
std::optional<Op> opFromId(const QString &id);
QString designId(Design d); // "paired_periods", "before_after"
std::optional<Design> designFromId(const QString &id);

struct Pause {
    QDate from;
    QDate to;
    friend bool operator==(const Pause &, const Pause &) = default;
};

// The limits of a plan (docs/experiments.md "Designs").
inline constexpr int kMinPairs = 6;
inline constexpr int kMaxPairs = 12;
inline constexpr int kDefaultPairs = 8;
inline constexpr int kMinPeriodDays = 3;
inline constexpr int kMaxPeriodDays = 14;
inline constexpr int kDefaultPeriodDays = 7;
inline constexpr int kDefaultWashoutDays = 2;
inline constexpr double kDefaultEquivalenceLow = 0.8;
inline constexpr double kDefaultEquivalenceHigh = 1.25;
inline constexpr double kAlpha = 0.05;

struct Plan {
    QString title;
    QString factor; // a factor id of the analysis: "caffeine_mg", "food:aspartame"
    Op op = Op::AtMost;
    double value = 0; // for <= and >=
    Design design = Design::PairedPeriods;
    QDate start;
    int pairs = kDefaultPairs;
    int periodDays = kDefaultPeriodDays;
    int washoutDays = kDefaultWashoutDays;
    std::vector<Order> schedule; // one per pair, drawn once and stored
    double equivalenceLow = kDefaultEquivalenceLow;
    double equivalenceHigh = kDefaultEquivalenceHigh;
    QList<Pause> pauses;
    std::optional<QDate> stopped;
    QString note;
    int beforeDays = 28; // before_after only
    int changeDays = 28;

    QDate windowFrom() const;
    QDate windowTo() const;
    friend bool operator==(const Plan &, const Plan &) = default;
};

// What is wrong with a plan, as "field: reason" (empty when it is valid).
QString validate(const Plan &plan);

} // namespace td::experiments
