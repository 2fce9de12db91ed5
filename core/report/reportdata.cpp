#include "report/reportdata.h"

#include <QLocale>

#include <cmath>
#include <map>

namespace td::report {

Paper paperForLocale(const QLocale &locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::PuertoRico: return Paper::Letter;
    default: return Paper::A4;
    }
}

namespace {

int verdictRank(analysis::Verdict v)
{
    switch (v) {
    case analysis::Verdict::Likely: return 0;
    case analysis::Verdict::Possible: return 1;
    case analysis::Verdict::None: return 2;
    case analysis::Verdict::Insufficient: return 3;
    }
    return 3;
}

} // namespace

ReportData buildReportData(const Diary &diary, const Options &options, const QDate &today)
{
    ReportData r;
    r.options = options;
    r.generated = today;
    analysis::Options ao;
    ao.dayBoundaryHour = options.dayBoundaryHour;
    if (options.from.isValid())
        ao.from = options.from;
    ao.to = options.to.isValid() ? options.to : today;
    r.insights = computeInsights(diary, ao);
    const analysis::AnalysisResult &a = r.insights.result;
    const QDate from = a.from;
    const QDate to = a.to;

    const analysis::Summary &course = a.summary;
    r.ongoing = course.lastEpisode.isValid() && !course.silentStretch() && course.lastEpisode.daysTo(to) < 7;

    for (const Medication &m : diary.medications) {
        const bool startedBeforeEnd = !to.isValid() || m.started <= to;
        const bool stillRelevant = !m.stopped || !from.isValid() || *m.stopped >= from.addDays(-90);
        if (startedBeforeEnd && stillRelevant)
            r.medications.append(m);
    }
    std::sort(r.medications.begin(), r.medications.end(),
              [](const Medication &x, const Medication &y) { return x.started > y.started; });

    // The chart's overlay: the most notable tested factor (verdict first, then the smaller p).
    const analysis::Association *top = nullptr;
    for (const analysis::Association &as : a.associations) {
        if (as.tested &&
            (!top || std::pair(verdictRank(as.verdict), as.p) < std::pair(verdictRank(top->verdict), top->p)))
            top = &as;
    }
    r.overlayFactor = top ? top->factor : QStringLiteral("caffeine_mg");

    for (const experiments::Plan &plan : diary.experiments) {
        if (plan.windowFrom() <= today)
            r.experiments.append({plan, experiments::evaluate(diary, plan, today, options.dayBoundaryHour)});
    }

    // The chronological log: every day of the period that has anything in it.
    std::map<QDate, LogDay> days;
    auto day = [&](const QDate &d) -> LogDay * {
        if (!from.isValid() || d < from || d > to)
            return nullptr;
        LogDay &l = days[d];
        l.date = d;
        return &l;
    };
    for (const Episode &e : diary.episodes) {
        if (LogDay *l = day(diaryDay(e.at, options.dayBoundaryHour)))
            l->episodes.append(e);
    }
    for (const Intake &i : diary.intakes) {
        LogDay *l = day(diaryDay(i.at, options.dayBoundaryHour));
        if (!l)
            continue;
        l->intakeKnown = true;
        const double amount = i.amount.value_or(0);
        switch (i.kind) {
        case IntakeKind::Caffeine: l->caffeineMg += amount; break;
        case IntakeKind::Alcohol: l->alcoholUnits += amount; break;
        case IntakeKind::Water: l->waterL += amount; break;
        case IntakeKind::Food:
            if (!l->foods.contains(i.name))
                l->foods.append(i.name);
            break;
        case IntakeKind::Supplement:
            l->supplements.append(i.amount ? QStringLiteral("%1 %2 mg").arg(i.name).arg(amount) : i.name);
            break;
        }
    }
    for (const Sleep &s : diary.sleep) {
        if (LogDay *l = day(s.date)) {
            l->sleepHours = s.hours;
            l->sleepQuality = s.quality;
        }
    }
    for (const Stress &s : diary.stress) {
        if (LogDay *l = day(s.date))
            l->stress = s.level;
    }
    for (const QDate &c : diary.checkins) {
        if (LogDay *l = day(c)) {
            l->checkedIn = true;
            l->intakeKnown = true;
        }
    }
    for (auto &[date, l] : days) {
        std::sort(l.episodes.begin(), l.episodes.end(), [](const Episode &x, const Episode &y) { return x.at < y.at; });
        r.log.append(l);
    }
    return r;
}

} // namespace td::report
