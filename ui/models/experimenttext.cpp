#include "models/experimenttext.h"

#include "models/diarysession.h"

#include <QLocale>

#include <cmath>

namespace td::ui {

using experiments::Design;
using experiments::Op;
using experiments::Order;
using experiments::Plan;
using experiments::Result;
using experiments::Verdict;

ExperimentDay experimentDay(const Plan &plan, const QDate &date)
{
    ExperimentDay d;
    const QDate from = plan.windowFrom();
    const QDate to = plan.windowTo();
    d.days = int(from.daysTo(to)) + 1;
    if (date < from) {
        d.state = ExperimentDay::State::Before;
        return d;
    }
    if (date > to) {
        d.state = ExperimentDay::State::After;
        return d;
    }
    d.day = int(from.daysTo(date)) + 1;
    for (const experiments::Pause &p : plan.pauses)
        d.paused = d.paused || (date >= p.from && date <= p.to);
    const int i = d.day - 1;
    if (plan.design == Design::BeforeAfter) {
        const bool change = i >= plan.beforeDays;
        d.state = change ? ExperimentDay::State::Change : ExperimentDay::State::Usual;
        d.period = change ? 2 : 1;
        d.periods = 2;
        return d;
    }
    const int L = plan.periodDays;
    const int k = i / (2 * L);
    const int offset = i % (2 * L);
    if (L <= 0 || k >= int(plan.schedule.size()))
        return d;
    const Order order = plan.schedule[std::size_t(k)];
    // AB: usual, then change; BA: change, then usual (docs/experiments.md "Designs").
    const bool change = order == Order::AB ? offset >= L : offset < L;
    d.state = change ? ExperimentDay::State::Change : ExperimentDay::State::Usual;
    d.period = i / L + 1;
    d.periods = 2 * plan.pairs;
    // Washout (docs/experiments.md "Washout"): the day the condition changes and the
    // w − 1 days after it. Life before the window is usual.
    const bool changeBefore = k > 0 && plan.schedule[std::size_t(k - 1)] == Order::AB;
    const bool firstPeriodIsChange = order == Order::BA;
    const bool switched = offset >= L || firstPeriodIsChange != changeBefore;
    d.washout = switched && offset % L < plan.washoutDays;
    return d;
}

std::optional<Plan> activeExperiment(const QList<Plan> &all, const QDate &today)
{
    for (const Plan &p : all)
        if (!p.stopped && p.windowTo() >= today)
            return p;
    return std::nullopt;
}

namespace {
QString key(const QString &name) { return name.trimmed().toLower(); }
} // namespace

std::optional<double> factorValueOn(const DiarySession &session, const QString &factor, const QDate &date)
{
    const DayEntries day = session.day(date);
    auto sum = [&day](IntakeKind kind) {
        double total = 0;
        for (const Intake &i : day.intakes)
            if (i.kind == kind)
                total += i.amount.value_or(0);
        return total;
    };
    auto logged = [&day](IntakeKind kind, const QString &name) {
        for (const Intake &i : day.intakes)
            if (i.kind == kind && key(i.name) == name)
                return 1.0;
        return 0.0;
    };
    if (factor == u"caffeine_mg")
        return sum(IntakeKind::Caffeine);
    if (factor == u"alcohol_units")
        return sum(IntakeKind::Alcohol);
    if (factor == u"water_l")
        return sum(IntakeKind::Water);
    if (factor == u"sleep_hours")
        return day.sleep ? day.sleep->hours : std::nullopt;
    if (factor == u"sleep_quality")
        return day.sleep && day.sleep->quality ? std::optional<double>(*day.sleep->quality) : std::nullopt;
    if (factor == u"stress")
        return day.stress ? std::optional<double>(day.stress->level) : std::nullopt;
    const QString name = factor.mid(factor.indexOf(u':') + 1);
    if (factor.startsWith(u"food:"))
        return logged(IntakeKind::Food, name);
    if (factor.startsWith(u"supplement:"))
        return logged(IntakeKind::Supplement, name);
    if (factor.startsWith(u"custom:"))
        for (const CustomFactor &cf : session.store().customFactors())
            if (key(cf.name) == name) {
                const auto v = session.store().customValue(date, cf.name);
                if (!v && cf.type == CustomFactorType::YesNo)
                    return 0.0;
                return v;
            }
    return std::nullopt;
}

bool meetsChange(const Plan &plan, double v)
{
    switch (plan.op) {
    case Op::AtMost: return v <= plan.value;
    case Op::AtLeast: return v >= plan.value;
    case Op::Present: return v > 0.5;
    case Op::Absent: return v < 0.5;
    }
    return false;
}

namespace {
QString number(double v) { return QLocale().toString(v, 'f', std::abs(v - std::round(v)) < 1e-9 ? 0 : 1); }
QString decimals(double v, int n) { return std::isfinite(v) ? QLocale().toString(v, 'f', n) : QStringLiteral("–"); }
QString date(const QDate &d) { return QLocale().toString(d, QLocale::ShortFormat); }
} // namespace

QString ExperimentText::factorName(const QString &factor)
{
    if (factor == u"caffeine_mg")
        return tr("caffeine");
    if (factor == u"alcohol_units")
        return tr("alcohol");
    if (factor == u"water_l")
        return tr("water");
    if (factor == u"sleep_hours")
        return tr("sleep");
    if (factor == u"sleep_quality")
        return tr("sleep quality");
    if (factor == u"stress")
        return tr("stress");
    if (factor == u"supplement:magnesium")
        return tr("magnesium");
    if (factor == u"supplement:potassium")
        return tr("potassium");
    return factor.mid(factor.indexOf(u':') + 1);
}

QString ExperimentText::change(const Plan &plan)
{
    const QString v = number(plan.value);
    const QString &f = plan.factor;
    switch (plan.op) {
    case Op::AtMost:
        if (f == u"caffeine_mg")
            return tr("caffeine at most %1 mg").arg(v);
        if (f == u"alcohol_units")
            return plan.value <= 0 ? tr("no alcohol") : tr("alcohol at most %1 units").arg(v);
        if (f == u"sleep_hours")
            return tr("sleep at most %1 h").arg(v);
        if (f == u"water_l")
            return tr("water at most %1 l").arg(v);
        return tr("%1 at most %2").arg(factorName(f), v);
    case Op::AtLeast:
        if (f == u"caffeine_mg")
            return tr("caffeine at least %1 mg").arg(v);
        if (f == u"sleep_hours")
            return tr("sleep at least %1 h").arg(v);
        if (f == u"water_l")
            return tr("water at least %1 l").arg(v);
        return tr("%1 at least %2").arg(factorName(f), v);
    case Op::Present: return tr("%1 each day").arg(factorName(f));
    case Op::Absent: return tr("no %1").arg(factorName(f));
    }
    return {};
}

QString ExperimentText::value(const Plan &plan, double v)
{
    const QString &f = plan.factor;
    if (plan.op == Op::Present || plan.op == Op::Absent)
        return v > 0.5 ? tr("logged") : tr("none");
    if (f == u"caffeine_mg")
        return tr("%1 mg").arg(number(v));
    if (f == u"alcohol_units")
        return tr("%1 units").arg(number(v));
    if (f == u"sleep_hours")
        return tr("%1 h").arg(number(v));
    if (f == u"water_l")
        return tr("%1 l").arg(number(v));
    return number(v);
}

QString ExperimentText::verdictName(Verdict v)
{
    switch (v) {
    case Verdict::Running: return tr("Running");
    case Verdict::Insufficient: return tr("Not enough data");
    case Verdict::Helped: return tr("Helped");
    case Verdict::Worse: return tr("Worse");
    case Verdict::NoDifference: return tr("No difference");
    case Verdict::Inconclusive: return tr("Inconclusive");
    case Verdict::Stopped: return tr("Stopped");
    case Verdict::Observational: return tr("Description only");
    }
    return {};
}

QString ExperimentText::todayLine(const DiarySession &session, const QDate &when)
{
    const QList<Plan> all = session.experiments();
    const Plan *plan = nullptr;
    for (const Plan &p : all) {
        if (p.stopped && when >= *p.stopped)
            continue; // a stopped experiment says nothing from that day on
        // In the window, a week after it (where the result is), or before an active one.
        if ((when >= p.windowFrom() && when <= p.windowTo().addDays(7)) ||
            (when < p.windowFrom() && !p.stopped && when >= session.today()))
            plan = &p;
    }
    if (!plan)
        return {};
    const ExperimentDay d = experimentDay(*plan, when);
    if (d.state == ExperimentDay::State::Before)
        return tr("“%1” starts on %2: %3.").arg(plan->title, date(plan->windowFrom()), change(*plan));
    if (d.state == ExperimentDay::State::After)
        return tr("“%1” has ended: the result is on the Experiments page.").arg(plan->title);
    if (d.paused)
        return tr("“%1” is paused on this day: live as usual; the day is not counted.").arg(plan->title);
    const bool weeks = plan->design == Design::PairedPeriods && plan->periodDays == 7;
    QString line;
    if (plan->design == Design::BeforeAfter) {
        line =
            d.state == ExperimentDay::State::Change
                ? tr("Change day %1 of %2: %3").arg(d.day - plan->beforeDays).arg(plan->changeDays).arg(change(*plan))
                : tr("Before the change, day %1 of %2: live as usual.").arg(d.day).arg(plan->beforeDays);
    } else if (d.state == ExperimentDay::State::Change) {
        line = (weeks ? tr("Change week %1 of %2: %3") : tr("Change period %1 of %2: %3"))
                   .arg(d.period)
                   .arg(d.periods)
                   .arg(change(*plan));
    } else {
        line = (weeks ? tr("Usual week %1 of %2: live as usual.") : tr("Usual period %1 of %2: live as usual."))
                   .arg(d.period)
                   .arg(d.periods);
    }
    if (d.state == ExperimentDay::State::Change) {
        if (const auto v = factorValueOn(session, plan->factor, when))
            line += u' ' + (meetsChange(*plan, *v) ? tr("— so far %1 ✓") : tr("— so far %1 ✗")).arg(value(*plan, *v));
        else
            line += u' ' + tr("— not logged yet");
    }
    if (d.washout)
        line += u' ' + tr("(Washout day: not counted, the switch needs time to act.)");
    return tr("%1 · %2").arg(plan->title, line);
}

QString ExperimentText::reminderLine(const DiarySession &session, const QDate &when)
{
    const auto plan = activeExperiment(session.experiments(), when);
    if (!plan)
        return {};
    const ExperimentDay d = experimentDay(*plan, when);
    if (d.paused || d.state == ExperimentDay::State::Before || d.state == ExperimentDay::State::After)
        return {};
    return d.state == ExperimentDay::State::Change
               ? tr("Experiment “%1”: today was a change day (%2). Note it, so the day counts.")
                     .arg(plan->title, change(*plan))
               : tr("Experiment “%1”: today was a usual day. Note it, so the day counts.").arg(plan->title);
}

QString ExperimentText::share(double s)
{
    return std::isfinite(s) ? tr("%1 %").arg(QLocale().toString(100 * s, 'f', 0)) : QStringLiteral("–");
}

QString ExperimentText::schedules(const Result &r)
{
    return tr("%1 of %2 schedules").arg(r.extremeSchedules).arg(r.schedules);
}

QString ExperimentText::ratio(const Result &r)
{
    if (!r.rateRatio)
        return QStringLiteral("–");
    const QString rr = tr("%1×").arg(decimals(*r.rateRatio, 2));
    if (r.ciLow && r.ciHigh)
        return tr("%1 (95 % CI %2–%3)").arg(rr, decimals(*r.ciLow, 2), decimals(*r.ciHigh, 2));
    if (r.ciLow)
        return tr("%1 (95 % CI from %2, no upper limit)").arg(rr, decimals(*r.ciLow, 2));
    if (r.ciHigh)
        return tr("%1 (95 % CI up to %2, no lower limit)").arg(rr, decimals(*r.ciHigh, 2));
    if (r.change.episodes == 0)
        return tr("%1 (no interval: no episodes on change days)").arg(rr);
    if (r.usual.episodes == 0)
        return tr("%1 (no interval: no episodes on usual days)").arg(rr);
    return tr("%1 (no interval)").arg(rr);
}

QString ExperimentText::resultSentence(const Plan &plan, const Result &r)
{
    const int days = int(plan.windowFrom().daysTo(plan.windowTo())) + 1;
    switch (r.verdict) {
    case Verdict::Running:
        return tr("Running until %1; the result is ready on %2. No p-value before then: looking early and stopping "
                  "when it looks good would fake results.")
            .arg(date(plan.windowTo()), date(plan.windowTo().addDays(1)));
    case Verdict::Stopped:
        return tr("Stopped on %1: the numbers are a description only, not a test.")
            .arg(plan.stopped ? date(*plan.stopped) : QString());
    case Verdict::Observational:
        return tr("A before/after description, not a test: twitching often fades on its own, so a drop after the "
                  "change proves nothing.");
    case Verdict::Insufficient: {
        // The same conditions as experiments::evaluate(), in words.
        QStringList missing;
        if (2 * r.change.analysedDays < r.change.plannedDays)
            missing << tr("%1 of %2 change days analysed").arg(r.change.analysedDays).arg(r.change.plannedDays);
        if (2 * r.usual.analysedDays < r.usual.plannedDays)
            missing << tr("%1 of %2 usual days analysed").arg(r.usual.analysedDays).arg(r.usual.plannedDays);
        if (r.pairsWithBothPeriods < experiments::kMinPairs)
            missing << tr("%1 pairs with logged days in both periods (at least %2 needed)")
                           .arg(r.pairsWithBothPeriods)
                           .arg(experiments::kMinPairs);
        return tr("Not enough logged days to judge: %1.").arg(missing.join(QStringLiteral("; ")));
    }
    default: break;
    }
    QString s = tr("On change days you logged %1 twitches a day against %2 on usual days (rate ratio %3). "
                   "Periods were assigned at random; a difference this large came up in %4 of the %5 possible "
                   "schedules (p = %6).")
                    .arg(decimals(r.change.perDay, 1), decimals(r.usual.perDay, 1), ratio(r))
                    .arg(r.extremeSchedules)
                    .arg(r.schedules)
                    .arg(r.p ? QLocale().toString(*r.p, 'g', 3) : QStringLiteral("–"));
    s += u' ';
    switch (r.verdict) {
    case Verdict::Helped: s += tr("The change helped you, over these %n day(s).", nullptr, days); break;
    case Verdict::Worse: s += tr("You twitched more with the change, over these %n day(s).", nullptr, days); break;
    case Verdict::NoDifference:
        s += tr("No change larger than the equivalence zone (%1–%2) either way.")
                 .arg(decimals(plan.equivalenceLow, 2), decimals(plan.equivalenceHigh, 2));
        break;
    default: s += tr("Inconclusive: neither a clear effect nor a clear absence of one."); break;
    }
    return s;
}

} // namespace td::ui
