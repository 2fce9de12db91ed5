// What the window says about an experiment (docs/experiments.md), translated: the change
// in words, what a day is (change, usual, washout, paused), Today's line, the reminder's
// line and the result sentence. core's resultSentence() is English only (for the command
// line); the window builds its own sentence from the same Result. Qt Core only.
#pragma once

#include "experiments/experiment.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace td::ui {

class DiarySession;

// Where a day falls in an experiment's window.
struct ExperimentDay {
    enum class State { Before, Change, Usual, After };
    State state = State::Before;
    bool washout = false; // the switch day or one of the w − 1 days after it
    bool paused = false;
    int period = 0;  // 1-based period (pairs design) or phase (before/after)
    int periods = 0; // 2·P, or 2 for before/after
    int day = 0;     // 1-based day of the window
    int days = 0;    // window days
};
ExperimentDay experimentDay(const experiments::Plan &plan, const QDate &date);

// The experiment that runs or is planned to start (not stopped, window not over on
// `today`): at most one at a time.
std::optional<experiments::Plan> activeExperiment(const QList<experiments::Plan> &all, const QDate &today);

// The factor's value on `date` as the diary has it so far (intakes summed, sleep hours,
// a food or supplement logged = 1, a yes/no custom factor), or nullopt when nothing is
// known yet.
std::optional<double> factorValueOn(const DiarySession &session, const QString &factor, const QDate &date);
bool meetsChange(const experiments::Plan &plan, double value);

class ExperimentText
{
    Q_DECLARE_TR_FUNCTIONS(td::ui::ExperimentText)
public:
    // "caffeine at most 100 mg", "no alcohol", "sleep at least 7 h", "magnesium each day",
    // "no aspartame"
    static QString change(const experiments::Plan &plan);
    static QString factorName(const QString &factor);
    // "95 mg", "7.5 h", "taken", "none"
    static QString value(const experiments::Plan &plan, double value);
    static QString verdictName(experiments::Verdict v);
    // "Change week 3 of 16: caffeine at most 100 mg — so far 95 mg ✓"; empty when `date`
    // is outside every experiment's window (and not before an active one's start).
    static QString todayLine(const DiarySession &session, const QDate &date);
    // One sentence for the evening reminder; empty without an active experiment today.
    static QString reminderLine(const DiarySession &session, const QDate &when);
    // The verdict in one translated sentence with its numbers (the window's version of
    // experiments::resultSentence()).
    static QString resultSentence(const experiments::Plan &plan, const experiments::Result &result);
    // "6 of 256 schedules"
    static QString schedules(const experiments::Result &result);
    // "0.70× (95 % CI 0.52–0.94)", "–" when there is no ratio
    static QString ratio(const experiments::Result &result);
    static QString share(double share); // "93 %", "–" for NaN
};

} // namespace td::ui
