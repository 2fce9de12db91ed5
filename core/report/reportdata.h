// Everything the doctor summary says, as plain values: built from a diary and its
// analysis, rendered elsewhere (ui/report). No widgets, no painting, no storage.
#pragma once

#include "experiments/experiment.h"
#include "report/insights.h"

namespace td::report {

enum class Paper { FromLocale, A4, Letter };

struct Options {
    QDate from; // invalid: the diary's first entry
    QDate to;   // invalid: today
    bool charts = true;
    bool log = true;
    bool notes = true;
    QString name; // printed only when typed for this export
    QDate dateOfBirth;
    QString notesForDoctor;
    Paper paper = Paper::FromLocale;
    int dayBoundaryHour = 4;
};

// One day of the chronological log.
struct LogDay {
    QDate date;
    bool checkedIn = false;
    QList<Episode> episodes;
    double caffeineMg = 0;
    bool intakeKnown = false; // checked in or any intake: 0 means none, not unknown
    std::optional<double> sleepHours;
    std::optional<int> sleepQuality;
    std::optional<int> stress;
    double alcoholUnits = 0;
    double waterL = 0;
    QStringList foods;
    QStringList supplements; // "magnesium 300 mg"
};

// An experiment as the report shows it: its plan and its result as of the day the report
// was made (docs/experiments.md).
struct ExperimentEntry {
    experiments::Plan plan;
    experiments::Result result;
    // A finished paired_periods experiment that was not stopped: it gets a page of its own.
    bool hasPage() const
    {
        return plan.design == experiments::Design::PairedPeriods && result.finished && !plan.stopped;
    }
};

struct ReportData {
    Options options;
    QDate generated;
    InsightsData insights; // the period's analysis and chart series
    // An episode within the last 7 days of the period, in a diary still being kept (the
    // first and last episode are the analysis summary's, from the whole history).
    bool ongoing = false;
    QList<Medication> medications; // taken during the period or stopped < 90 days before it
    QString overlayFactor;         // factor drawn on the episodes chart (the strongest tested)
    QList<LogDay> log;             // every day of the period with an entry, oldest first
    // Every experiment that has started by the day the report is made, oldest first, from
    // the whole diary whatever the period (what was tried, like the red flags): one line
    // on page 1 each, and a page for each finished one.
    QList<ExperimentEntry> experiments;
};

ReportData buildReportData(const Diary &diary, const Options &options, const QDate &today);

// A4 everywhere except where Letter is the norm (US, Canada, Mexico, the Philippines…).
Paper paperForLocale(const QLocale &locale);

} // namespace td::report
