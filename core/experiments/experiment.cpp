#include "experiments/experiment.h"

#include "analysis/dayseries.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <array>
#include <cmath>
#include <limits>
#include <random>

namespace td::experiments {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
// |T(s)| >= |T(s_obs)| - kTies counts a schedule as at least as extreme: ties in exact
// arithmetic must not be lost to rounding.
constexpr double kTies = 1e-9;
// Test inversion (docs/experiments.md "The test"): steps of 0.05 in ln θ out to ln 100,
// then bisection to 1e-4.
constexpr double kStep = 0.05;
constexpr double kBisectWidth = 1e-4;
const double kMaxLogDistance = std::log(100.0);
constexpr int kMinPairsForAResult = 6;

// The condition of window day `offset` of a pair (0 .. 2L-1): true = "change".
bool isChange(Order o, int offset, int periodDays)
{
    return o == Order::AB ? offset >= periodDays : offset < periodDays;
}
bool endsWithChange(Order o) { return o == Order::AB; }

// Per pair and per (condition before the pair, the pair's order): the sums of one
// stratum over its analysable, non-washout days.
struct Stratum {
    double yA = 0, yB = 0; // episodes (or u) on usual / change days
    int nA = 0, nB = 0;    // analysed days
};

class Engine
{
public:
    explicit Engine(const TestInput &in) : m_in(in), m_days(2 * in.periodDays)
    {
        m_schedules = 1 << in.pairs;
        m_used = 0;
        for (int k = 0; k < in.pairs; ++k)
            if (in.used[std::size_t(k)] == Order::BA)
                m_used |= 1 << k;
    }

    int schedules() const { return m_schedules; }

    // Washout offsets of a pair: after a switch at 0 (when the condition differs from
    // the day before the pair) and at L (always a switch).
    bool washout(int offset, Order o, bool changeBefore) const
    {
        const int w = m_in.washoutDays;
        const int L = m_in.periodDays;
        const bool switchAtStart = isChange(o, 0, L) != changeBefore;
        if (switchAtStart && offset < w)
            return true;
        return offset >= L && offset < L + w;
    }

    // The strata table for day values `u` (episodes, or episodes / θ on change days of
    // the used schedule).
    void build(const std::vector<double> &u)
    {
        m_table.assign(std::size_t(m_in.pairs) * 4, Stratum{});
        for (int k = 0; k < m_in.pairs; ++k)
            for (int before = 0; before < 2; ++before)
                for (int oi = 0; oi < 2; ++oi) {
                    const Order o = oi ? Order::BA : Order::AB;
                    Stratum &s = m_table[std::size_t(k * 4 + before * 2 + oi)];
                    for (int offset = 0; offset < m_days; ++offset) {
                        const std::size_t day = std::size_t(k * m_days + offset);
                        if (!m_in.analysable[day] || washout(offset, o, before != 0))
                            continue;
                        if (isChange(o, offset, m_in.periodDays)) {
                            s.yB += u[day];
                            ++s.nB;
                        } else {
                            s.yA += u[day];
                            ++s.nA;
                        }
                    }
                }
    }

    const Stratum &stratum(int k, int schedule) const
    {
        const int oi = (schedule >> k) & 1;
        const int before = k == 0 ? 0 : (((schedule >> (k - 1)) & 1) == 0 ? 1 : 0); // AB ends with change
        return m_table[std::size_t(k * 4 + before * 2 + oi)];
    }

    // Mantel–Haenszel numerator and denominator of a schedule, and its strata used.
    void mh(int schedule, double *num, double *den, int *used = nullptr) const
    {
        double n = 0, d = 0;
        int strata = 0;
        for (int k = 0; k < m_in.pairs; ++k) {
            const Stratum &s = stratum(k, schedule);
            if (s.nA == 0 || s.nB == 0)
                continue;
            const double N = s.nA + s.nB;
            n += s.yB * s.nA / N;
            d += s.yA * s.nB / N;
            ++strata;
        }
        *num = n;
        *den = d;
        if (used)
            *used = strata;
    }

    static double statistic(double num, double den) { return std::log((num + 0.5) / (den + 0.5)); }

    // Two-sided exact p over every schedule, and how many reached the used one's |T|.
    double pValue(int *extreme = nullptr) const
    {
        double num = 0, den = 0;
        mh(m_used, &num, &den);
        const double observed = std::abs(statistic(num, den));
        int count = 0;
        for (int s = 0; s < m_schedules; ++s) {
            mh(s, &num, &den);
            if (std::abs(statistic(num, den)) >= observed - kTies)
                ++count;
        }
        if (extreme)
            *extreme = count;
        return double(count) / m_schedules;
    }

    // p(θ): the test on u_t = y_t / θ on the used schedule's change days.
    double pAt(double theta)
    {
        std::vector<double> u(m_in.episodes.size());
        for (int k = 0; k < m_in.pairs; ++k)
            for (int offset = 0; offset < m_days; ++offset) {
                const std::size_t day = std::size_t(k * m_days + offset);
                const bool change = isChange(m_in.used[std::size_t(k)], offset, m_in.periodDays);
                u[day] = change ? m_in.episodes[day] / theta : m_in.episodes[day];
            }
        build(u);
        return pValue();
    }

    int used() const { return m_used; }

private:
    const TestInput &m_in;
    int m_days;
    int m_schedules = 0;
    int m_used = 0;
    std::vector<Stratum> m_table;
};

// One end of the interval (docs/experiments.md): step out from x0 by 0.05 until p ≤ 0.05,
// then bisect; null when no such step lies within ln 100.
std::optional<double> intervalEnd(Engine &engine, double x0, int direction)
{
    double inside = x0; // p > alpha here
    for (int k = 1;; ++k) {
        const double x = x0 + direction * kStep * k;
        if (std::abs(x - x0) > kMaxLogDistance)
            return std::nullopt;
        if (engine.pAt(std::exp(x)) <= kAlpha) {
            double outside = x;
            while (std::abs(outside - inside) > kBisectWidth) {
                const double mid = (inside + outside) / 2;
                (engine.pAt(std::exp(mid)) <= kAlpha ? outside : inside) = mid;
            }
            return std::exp(inside);
        }
        inside = x;
    }
}

} // namespace

QString verdictId(Verdict v)
{
    switch (v) {
    case Verdict::Running: return QStringLiteral("running");
    case Verdict::Insufficient: return QStringLiteral("insufficient");
    case Verdict::Helped: return QStringLiteral("helped");
    case Verdict::Worse: return QStringLiteral("worse");
    case Verdict::NoDifference: return QStringLiteral("no_difference");
    case Verdict::Inconclusive: return QStringLiteral("inconclusive");
    case Verdict::Stopped: return QStringLiteral("stopped");
    case Verdict::Observational: return QStringLiteral("observational");
    }
    return {};
}

std::vector<Order> drawSchedule(int pairs, QRandomGenerator &rng)
{
    std::vector<Order> s;
    s.reserve(std::size_t(pairs));
    for (int k = 0; k < pairs; ++k)
        s.push_back(rng.bounded(2) ? Order::BA : Order::AB);
    return s;
}

TestResult exactTest(const TestInput &in, bool withInterval)
{
    TestResult r;
    Engine engine(in);
    r.schedules = engine.schedules();
    std::vector<double> y(in.episodes.begin(), in.episodes.end());
    engine.build(y);
    double num = 0, den = 0;
    engine.mh(engine.used(), &num, &den, &r.strataUsed);
    r.p = engine.pValue(&r.extreme);
    if (den > 0)
        r.rateRatio = num / den;
    // Washout days under the used schedule, observed or not.
    const int days = 2 * in.periodDays;
    for (int k = 0; k < in.pairs; ++k) {
        const bool before = k > 0 && endsWithChange(in.used[std::size_t(k - 1)]);
        for (int offset = 0; offset < days; ++offset)
            r.washoutDays += engine.washout(offset, in.used[std::size_t(k)], before);
    }
    if (!withInterval || num <= 0 || den <= 0)
        return r;
    const double x0 = std::log(num / den);
    if (engine.pAt(std::exp(x0)) <= kAlpha)
        return r;
    r.ciLow = intervalEnd(engine, x0, -1);
    r.ciHigh = intervalEnd(engine, x0, +1);
    return r;
}

namespace {

bool inPause(const Plan &plan, const QDate &d)
{
    for (const Pause &p : plan.pauses)
        if (d >= p.from && d <= p.to)
            return true;
    return false;
}

bool meets(const Plan &plan, double v)
{
    switch (plan.op) {
    case Op::AtMost: return v <= plan.value;
    case Op::AtLeast: return v >= plan.value;
    case Op::Present: return v > 0.5;
    case Op::Absent: return v < 0.5;
    }
    return false;
}

// The factor's daily value over the series: NaN when missing. A food or supplement never
// logged is absent (0) on every day whose intakes are known, like a logged one.
std::vector<double> factorValues(const analysis::DaySeries &ds, const QString &factor)
{
    const analysis::FactorSeries *caffeine = nullptr;
    for (const analysis::FactorSeries &f : ds.factors) {
        if (f.id == factor)
            return f.value;
        if (f.id == u"caffeine_mg")
            caffeine = &f;
    }
    std::vector<double> v(std::size_t(ds.days), kNaN);
    if (caffeine && (factor.startsWith(u"food:") || factor.startsWith(u"supplement:")))
        for (std::size_t t = 0; t < v.size(); ++t)
            v[t] = std::isnan(caffeine->value[t]) ? kNaN : 0;
    return v;
}

} // namespace

Result evaluate(const Diary &diary, const Plan &plan, const QDate &today, int dayBoundaryHour)
{
    Result r;
    const QDate from = plan.windowFrom();
    const QDate to = plan.windowTo();
    r.finished = today > to;
    analysis::Options o;
    o.dayBoundaryHour = dayBoundaryHour;
    const analysis::DaySeries ds = analysis::buildDaySeries(diary, o);
    const std::vector<double> value = factorValues(ds, plan.factor);
    const int windowDays = int(from.daysTo(to)) + 1;
    // Days up to today only: a running experiment never counts days still to come.
    auto observed = [&](const QDate &d) {
        const int t = ds.index(d);
        return d <= today && ds.days > 0 && t >= 0 && t < ds.days && ds.observed[std::size_t(t)] != 0;
    };
    auto episodes = [&](const QDate &d) {
        const int t = ds.index(d);
        return ds.days > 0 && t >= 0 && t < ds.days ? ds.episodes[std::size_t(t)] : 0;
    };
    auto known = [&](const QDate &d, double *v) {
        const int t = ds.index(d);
        if (ds.days <= 0 || t < 0 || t >= ds.days || std::isnan(value[std::size_t(t)]))
            return false;
        *v = value[std::size_t(t)];
        return true;
    };

    // Per-arm day classification under the used schedule.
    std::vector<bool> change(std::size_t(windowDays), false);
    std::vector<bool> washout(std::size_t(windowDays), false);
    TestInput in;
    if (plan.design == Design::PairedPeriods) {
        in.pairs = plan.pairs;
        in.periodDays = plan.periodDays;
        in.washoutDays = plan.washoutDays;
        in.used = plan.schedule;
        Engine layout(in);
        for (int i = 0; i < windowDays; ++i) {
            const int k = i / (2 * plan.periodDays), offset = i % (2 * plan.periodDays);
            const bool before = k > 0 && endsWithChange(plan.schedule[std::size_t(k - 1)]);
            change[std::size_t(i)] = isChange(plan.schedule[std::size_t(k)], offset, plan.periodDays);
            washout[std::size_t(i)] = layout.washout(offset, plan.schedule[std::size_t(k)], before);
        }
    } else {
        for (int i = 0; i < windowDays; ++i)
            change[std::size_t(i)] = i >= plan.beforeDays;
    }

    // The balance table: the other factors on analysed days, and episodes per day by the
    // day's place since the last switch (docs/experiments.md "Balance table").
    struct BalanceSeries {
        QString id;
        std::vector<double> value;
        double sum[2] = {0, 0};
        int days[2] = {0, 0};
    };
    std::vector<BalanceSeries> balance;
    for (const char *id : kBalanceFactors)
        if (plan.factor != QLatin1String(id))
            balance.push_back({QString::fromLatin1(id), factorValues(ds, QString::fromLatin1(id)), {0, 0}, {0, 0}});
    // Per window day: 1 .. L after a switch, 0 for `later` (past the first period of a run,
    // or before the window's first switch).
    std::vector<int> sinceSwitch(std::size_t(windowDays), 0);
    if (plan.design == Design::PairedPeriods) {
        r.carryOver.resize(std::size_t(plan.periodDays) + 1);
        for (int j = 0; j <= plan.periodDays; ++j) {
            CarryOverRow &row = r.carryOver[std::size_t(j)];
            row.later = j == plan.periodDays;
            row.day = row.later ? 0 : j + 1;
            row.washout = !row.later && row.day <= plan.washoutDays;
        }
        bool before = false, switched = false;
        int run = 0;
        for (int i = 0; i < windowDays; ++i) {
            const bool c = change[std::size_t(i)];
            if (c != before) {
                switched = true;
                run = 0;
            }
            before = c;
            ++run;
            sinceSwitch[std::size_t(i)] = switched && run <= plan.periodDays ? run : 0;
        }
    }

    int met[2] = {0, 0}, knownDays[2] = {0, 0}, logged[2] = {0, 0}, armDays[2] = {0, 0};
    std::vector<std::array<bool, 2>> pairHas(std::size_t(std::max(1, plan.pairs)), {false, false});
    for (int i = 0; i < windowDays; ++i) {
        const QDate d = from.addDays(i);
        const int arm = change[std::size_t(i)] ? 1 : 0;
        Arm &a = arm ? r.change : r.usual;
        const bool paused = inPause(plan, d);
        const bool analysable = observed(d) && !paused;
        in.episodes.push_back(episodes(d));
        in.analysable.push_back(analysable);
        r.days.push_back({d, arm == 1, bool(washout[std::size_t(i)]), paused, observed(d),
                          observed(d) ? episodes(d) : 0});
        if (!paused && d <= today) {
            ++armDays[arm];
            logged[arm] += observed(d);
        }
        if (analysable && !r.carryOver.empty()) {
            const int since = sinceSwitch[std::size_t(i)];
            CarryOverRow &row = r.carryOver[std::size_t(since > 0 ? since - 1 : plan.periodDays)];
            ++(arm ? row.changeDays : row.usualDays);
            (arm ? row.changeEpisodes : row.usualEpisodes) += episodes(d);
        }
        if (washout[std::size_t(i)])
            continue;
        ++a.plannedDays;
        if (!analysable)
            continue;
        ++a.analysedDays;
        a.episodes += episodes(d);
        for (BalanceSeries &b : balance) {
            const int t = ds.index(d);
            if (ds.days > 0 && t >= 0 && t < ds.days && !std::isnan(b.value[std::size_t(t)])) {
                b.sum[arm] += b.value[std::size_t(t)];
                ++b.days[arm];
            }
        }
        if (plan.design == Design::PairedPeriods) {
            const int offset = i % (2 * plan.periodDays);
            pairHas[std::size_t(i / (2 * plan.periodDays))][offset < plan.periodDays ? 0 : 1] = true;
        }
        double v = 0;
        if (known(d, &v)) {
            ++knownDays[arm];
            met[arm] += meets(plan, v);
        }
    }
    for (int arm = 0; arm < 2; ++arm) {
        Arm &a = arm ? r.change : r.usual;
        a.perDay = a.analysedDays > 0 ? double(a.episodes) / a.analysedDays : kNaN;
        a.conditionShare = knownDays[arm] > 0 ? double(met[arm]) / knownDays[arm] : kNaN;
        a.conditionMetDays = met[arm];
        a.conditionKnownDays = knownDays[arm];
        a.loggedShare = armDays[arm] > 0 ? double(logged[arm]) / armDays[arm] : kNaN;
    }
    for (const BalanceSeries &b : balance) {
        BalanceFactor f;
        f.factor = b.id;
        f.changeDays = b.days[1];
        f.usualDays = b.days[0];
        f.changeMean = b.days[1] > 0 ? b.sum[1] / b.days[1] : kNaN;
        f.usualMean = b.days[0] > 0 ? b.sum[0] / b.days[0] : kNaN;
        r.balance.push_back(f);
    }
    for (CarryOverRow &row : r.carryOver) {
        row.changePerDay = row.changeDays > 0 ? double(row.changeEpisodes) / row.changeDays : kNaN;
        row.usualPerDay = row.usualDays > 0 ? double(row.usualEpisodes) / row.usualDays : kNaN;
    }
    for (const auto &has : pairHas)
        r.pairsWithBothPeriods += has[0] && has[1];

    if (plan.design == Design::BeforeAfter) {
        r.verdict = plan.stopped ? Verdict::Stopped : Verdict::Observational;
        if (r.usual.analysedDays > 0 && r.change.analysedDays > 0 && r.usual.perDay > 0)
            r.rateRatio = r.change.perDay / r.usual.perDay;
        return r;
    }

    // The test, only once the window is over: looking early inflates false positives.
    const bool done = r.finished && !plan.stopped;
    const TestResult t = exactTest(in, done);
    r.schedules = t.schedules;
    r.washoutDaysExcluded = t.washoutDays;
    r.strataUsed = t.strataUsed;
    if (plan.stopped) {
        r.verdict = Verdict::Stopped;
        return r;
    }
    if (!r.finished) {
        r.verdict = Verdict::Running;
        return r;
    }
    r.rateRatio = t.rateRatio;
    r.ciLow = t.ciLow;
    r.ciHigh = t.ciHigh;
    r.p = t.p;
    r.extremeSchedules = t.extreme;
    QStringList missing;
    if (2 * r.change.analysedDays < r.change.plannedDays)
        missing << QStringLiteral("%1 of %2 change days analysed").arg(r.change.analysedDays).arg(r.change.plannedDays);
    if (2 * r.usual.analysedDays < r.usual.plannedDays)
        missing << QStringLiteral("%1 of %2 usual days analysed").arg(r.usual.analysedDays).arg(r.usual.plannedDays);
    if (r.pairsWithBothPeriods < kMinPairsForAResult)
        missing << QStringLiteral("%1 pairs with logged days in both periods (at least %2 needed)")
                       .arg(r.pairsWithBothPeriods)
                       .arg(kMinPairsForAResult);
    if (!missing.isEmpty()) {
        r.verdict = Verdict::Insufficient;
        r.missing = missing.join(QStringLiteral("; "));
    } else if (t.p <= kAlpha && t.rateRatio && *t.rateRatio < 1) {
        r.verdict = Verdict::Helped;
    } else if (t.p <= kAlpha && (!t.rateRatio || *t.rateRatio > 1)) {
        r.verdict = Verdict::Worse;
    } else if (t.ciLow && t.ciHigh && *t.ciLow >= plan.equivalenceLow && *t.ciHigh <= plan.equivalenceHigh) {
        r.verdict = Verdict::NoDifference;
    } else {
        r.verdict = Verdict::Inconclusive;
    }
    return r;
}

Preview preview(const std::vector<int> &history, const Plan &plan, std::uint64_t seed, int simulations)
{
    Preview out;
    out.resultDate = plan.windowTo().addDays(1);
    out.observedDays = int(history.size());
    out.minimumP = plan.design == Design::PairedPeriods ? 2.0 / double(1 << plan.pairs) : 1.0;
    out.enoughHistory = out.observedDays >= kPreviewMinObservedDays && plan.design == Design::PairedPeriods;
    if (!out.enoughHistory)
        return out;
    std::mt19937_64 rng(seed);
    const int n = int(history.size());
    const int windowDays = 2 * plan.pairs * plan.periodDays;
    TestInput in;
    in.pairs = plan.pairs;
    in.periodDays = plan.periodDays;
    in.washoutDays = plan.washoutDays;
    in.analysable.assign(std::size_t(windowDays), true);
    in.episodes.assign(std::size_t(windowDays), 0);
    std::vector<int> base(std::size_t(windowDays), 0);
    for (const double rr : {0.5, 0.7}) {
        int helped = 0;
        for (int sim = 0; sim < simulations; ++sim) {
            // Circular block bootstrap: blocks of 7 consecutive observed days.
            for (int i = 0; i < windowDays;) {
                const int startAt = int(rng() % std::uint64_t(n));
                for (int j = 0; j < kPreviewBlockDays && i < windowDays; ++j, ++i)
                    base[std::size_t(i)] = history[std::size_t((startAt + j) % n)];
            }
            in.used.clear();
            for (int k = 0; k < plan.pairs; ++k)
                in.used.push_back(rng() & 1 ? Order::BA : Order::AB);
            for (int i = 0; i < windowDays; ++i) {
                const int k = i / (2 * plan.periodDays), offset = i % (2 * plan.periodDays);
                int y = base[std::size_t(i)];
                if (isChange(in.used[std::size_t(k)], offset, plan.periodDays) && y > 0)
                    y = std::binomial_distribution<int>(y, rr)(rng); // each episode kept with probability RR
                in.episodes[std::size_t(i)] = y;
            }
            const TestResult t = exactTest(in, false);
            helped += t.p <= kAlpha && t.rateRatio && *t.rateRatio < 1;
        }
        (rr == 0.5 ? out.detectHalving : out.detectThirtyPercent) = double(helped) / simulations;
    }
    return out;
}

Preview preview(const Diary &diary, const Plan &plan, const QDate &today, int dayBoundaryHour, std::uint64_t seed,
                int simulations)
{
    analysis::Options o;
    o.dayBoundaryHour = dayBoundaryHour;
    const analysis::DaySeries ds = analysis::buildDaySeries(diary, o);
    std::vector<int> history;
    for (int back = kPreviewHistoryDays; back >= 1; --back) {
        const int t = ds.index(today.addDays(-back));
        if (ds.days > 0 && t >= 0 && t < ds.days && ds.observed[std::size_t(t)])
            history.push_back(ds.episodes[std::size_t(t)]);
    }
    return preview(history, plan, seed, simulations);
}

QByteArray resultJson(const Plan &plan, const Result &r)
{
    auto number = [](const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(); };
    auto finite = [](double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(); };
    const bool running = r.verdict == Verdict::Running;
    QJsonObject change{{QStringLiteral("analysed_days"), r.change.analysedDays},
                       {QStringLiteral("episodes"), r.change.episodes},
                       {QStringLiteral("per_day"), finite(r.change.perDay)},
                       {QStringLiteral("adherent_share"), finite(r.change.conditionShare)}};
    QJsonObject usual{{QStringLiteral("analysed_days"), r.usual.analysedDays},
                      {QStringLiteral("episodes"), r.usual.episodes},
                      {QStringLiteral("per_day"), finite(r.usual.perDay)},
                      {QStringLiteral("met_condition_share"), finite(r.usual.conditionShare)}};
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("twitchdiary-experiment")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("title"), plan.title},
        {QStringLiteral("design"), designId(plan.design)},
        {QStringLiteral("window"), QJsonObject{{QStringLiteral("from"), plan.windowFrom().toString(Qt::ISODate)},
                                               {QStringLiteral("to"), plan.windowTo().toString(Qt::ISODate)}}},
        {QStringLiteral("state"), running                         ? QStringLiteral("running")
                                  : r.verdict == Verdict::Stopped ? QStringLiteral("stopped")
                                                                  : QStringLiteral("finished")},
        {QStringLiteral("schedules"), r.schedules},
        {QStringLiteral("rate_ratio"), number(r.rateRatio)},
        {QStringLiteral("ci_low"), number(r.ciLow)},
        {QStringLiteral("ci_high"), number(r.ciHigh)},
        {QStringLiteral("p"), number(r.p)},
        {QStringLiteral("verdict"), verdictId(r.verdict)},
        {QStringLiteral("change"), change},
        {QStringLiteral("usual"), usual},
        {QStringLiteral("washout_days_excluded"), r.washoutDaysExcluded},
        {QStringLiteral("strata_used"), r.strataUsed}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString resultSentence(const Plan &plan, const Result &r)
{
    auto n = [](double v, int decimals = 1) { return QString::number(v, 'f', decimals); };
    const QString weeks = QString::number(plan.windowFrom().daysTo(plan.windowTo()) + 1);
    switch (r.verdict) {
    case Verdict::Running:
        return QStringLiteral("Running until %1 (%2 days in all); the result is ready on %3. No p-value before "
                              "then: looking early and stopping when it looks good would fake results.")
            .arg(plan.windowTo().toString(Qt::ISODate), weeks, plan.windowTo().addDays(1).toString(Qt::ISODate));
    case Verdict::Stopped: return QStringLiteral("Stopped: the numbers are a description only, not a test.");
    case Verdict::Observational:
        return QStringLiteral("A before/after description, not a test: twitching often fades on its own, so a "
                              "drop after the change proves nothing.");
    case Verdict::Insufficient: return QStringLiteral("Not enough logged days to judge: %1.").arg(r.missing);
    default: break;
    }
    const QString ratio = r.rateRatio ? n(*r.rateRatio, 2) + QStringLiteral("×") : QStringLiteral("–");
    const QString ci = r.ciLow && r.ciHigh ? QStringLiteral("95 % CI %1–%2").arg(n(*r.ciLow, 2), n(*r.ciHigh, 2))
                       : r.ciLow           ? QStringLiteral("95 % CI from %1, no upper limit").arg(n(*r.ciLow, 2))
                       : r.ciHigh          ? QStringLiteral("95 % CI up to %1, no lower limit").arg(n(*r.ciHigh, 2))
                                           : QStringLiteral("no interval");
    QString s = QStringLiteral("On change days you logged %1 twitches a day against %2 on usual days (%3, %4). "
                               "Periods were assigned at random; a difference this large came up in %5 of the %6 "
                               "possible schedules (p = %7). ")
                    .arg(n(r.change.perDay), n(r.usual.perDay), ratio, ci)
                    .arg(r.extremeSchedules)
                    .arg(r.schedules)
                    .arg(r.p ? QString::number(*r.p, 'g', 3) : QStringLiteral("–"));
    switch (r.verdict) {
    case Verdict::Helped: s += QStringLiteral("The change helped you, over these %1 days.").arg(weeks); break;
    case Verdict::Worse:
        s += QStringLiteral("You twitched more with the change, over these %1 days.").arg(weeks);
        break;
    case Verdict::NoDifference:
        s += QStringLiteral("No change larger than the equivalence zone (%1–%2) either way.")
                 .arg(n(plan.equivalenceLow, 2), n(plan.equivalenceHigh, 2));
        break;
    default: s += QStringLiteral("Inconclusive: neither a clear effect nor a clear absence of one."); break;
    }
    return s;
}

} // namespace td::experiments
