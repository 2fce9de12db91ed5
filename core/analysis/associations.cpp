#include "analysis/associations.h"

#include "analysis/ratefit.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace td::analysis {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

} // namespace

QString formatThreshold(double v, const QLocale &locale)
{
    QLocale l = locale;
    l.setNumberOptions(QLocale::OmitGroupSeparator);
    QString s = l.toString(v, 'f', 2);
    const QString point = l.decimalPoint();
    if (s.contains(point)) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(point))
            s.chop(point.size());
    }
    return s;
}

namespace {

int outcomeObservedDays(const DaySeries &d)
{
    return int(std::count(d.observed.begin(), d.observed.end(), std::uint8_t(1)));
}

int episodeDays(const DaySeries &d)
{
    int n = 0;
    for (int t = 0; t < d.days; ++t)
        n += d.observed[std::size_t(t)] && d.episodes[std::size_t(t)] > 0;
    return n;
}

bool gateG1(const Association &a)
{
    return a.exposedDays >= kG1ExposedDays && a.unexposedDays >= kG1UnexposedDays && a.episodeDays >= kG1EpisodeDays &&
           a.informativeStrata >= 1;
}

bool gateG2(const Association &a)
{
    return a.observedDays >= kG2ObservedDays && a.episodeDays >= kG2EpisodeDays && a.exposedDays >= kG2ExposedDays;
}

Verdict verdictOf(const Association &a)
{
    if (!a.tested)
        return Verdict::Insufficient;
    const bool ciExcludesOne = a.ciLow > 1 || a.ciHigh < 1; // false when NaN
    if (a.q <= kLikelyQ && ciExcludesOne && gateG2(a))
        return Verdict::Likely;
    if (a.p <= kPossibleP && (a.rateRatio >= kPossibleHigh || a.rateRatio <= kPossibleLow))
        return Verdict::Possible;
    return Verdict::None;
}

void markCoOccurrence(const DaySeries &days, std::vector<Association> &out)
{
    const auto &fs = days.factors;
    for (std::size_t i = 0; i < fs.size(); ++i)
        for (std::size_t j = i + 1; j < fs.size(); ++j) {
            int both = 0, either = 0;
            for (int t = 0; t < days.days; ++t) {
                const std::int8_t a = fs[i].exposure[std::size_t(t)];
                const std::int8_t b = fs[j].exposure[std::size_t(t)];
                if (a < 0 || b < 0)
                    continue;
                both += a && b;
                either += a || b;
            }
            if (both >= kCoOccurrenceMinDays && double(both) >= kCoOccurrenceJaccard * either) {
                out[i].occursWith << fs[j].id;
                out[j].occursWith << fs[i].id;
            }
        }
}

} // namespace

QString verdictId(Verdict v)
{
    switch (v) {
    case Verdict::Likely: return QStringLiteral("likely");
    case Verdict::Possible: return QStringLiteral("possible");
    case Verdict::None: return QStringLiteral("none");
    case Verdict::Insufficient: break;
    }
    return QStringLiteral("insufficient");
}

Gate gateG0(const DaySeries &days)
{
    Gate g;
    g.observedDays = outcomeObservedDays(days);
    g.episodeDays = episodeDays(days);
    g.shown = g.observedDays >= kG0ObservedDays && g.episodeDays >= kG0EpisodeDays;
    if (g.shown)
        return g;
    // Days still to log: enough for 28 observed days, and, at the share of days with
    // episodes seen so far, for 10 episode days. With no episode day yet the share is
    // unknown; then at least the missing episode days themselves.
    int needed = std::max(0, kG0ObservedDays - g.observedDays);
    const int missingEpisodeDays = std::max(0, kG0EpisodeDays - g.episodeDays);
    if (missingEpisodeDays > 0) {
        const int forEpisodes = g.episodeDays > 0
                                    ? int(std::ceil(double(missingEpisodeDays) * g.observedDays / g.episodeDays))
                                    : missingEpisodeDays;
        needed = std::max(needed, forEpisodes);
    }
    g.moreDaysNeeded = std::max(needed, 1);
    return g;
}

QString exposedWhenLabel(const FactorSeries &f)
{
    switch (f.kind) {
    case FactorKind::SleepHours: return QStringLiteral("< 6 h");
    case FactorKind::SleepQuality: return QString::fromUtf8("\u2264 2 of 5");
    case FactorKind::Stress: return QString::fromUtf8("\u2265 7 of 10");
    case FactorKind::Caffeine: return u"> " + formatThreshold(f.threshold) + u" mg";
    case FactorKind::Alcohol: return QString::fromUtf8("\u2265 1 unit");
    case FactorKind::Water: return u"< " + formatThreshold(f.threshold) + u" l";
    case FactorKind::Food:
    case FactorKind::Supplement: return QStringLiteral("present");
    case FactorKind::CustomYesNo: return QStringLiteral("yes");
    case FactorKind::CustomNumber:
        return u"> " + formatThreshold(f.threshold) + (f.unit.isEmpty() ? QString() : u" " + f.unit);
    }
    return {};
}

std::vector<double> benjaminiHochberg(const std::vector<double> &p)
{
    const std::size_t m = p.size();
    std::vector<std::size_t> order(m);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return p[a] < p[b]; });
    std::vector<double> q(m, 0.0);
    double running = 1.0;
    for (std::size_t r = m; r-- > 0;) {
        running = std::min(running, double(m) * p[order[r]] / double(r + 1));
        q[order[r]] = running;
    }
    return q;
}

std::vector<Association> analyseAssociations(const DaySeries &days, const Options &options, const Gate &gate)
{
    const Strata strata = makeStrata(days.days);
    const int observed = outcomeObservedDays(days);
    std::vector<Association> out;
    out.reserve(days.factors.size());
    for (const FactorSeries &f : days.factors) {
        Association a;
        a.factor = f.id;
        a.kind = f.kind;
        a.name = f.name;
        a.unit = f.unit;
        a.threshold = f.threshold;
        a.exposedLimit = f.exposedLimit;
        a.exposedWhen = exposedWhenLabel(f);
        a.observedDays = observed;
        a.rateRatio = a.ciLow = a.ciHigh = a.p = a.q = kNaN;

        const RotationInput in{days.episodes, days.observed, f.exposure, &strata};
        a.zByLag = zByLagDirect(in);
        for (int k = 1; k < kLags; ++k)
            if (std::abs(a.zByLag[std::size_t(k)]) > std::abs(a.zByLag[std::size_t(a.lag)]))
                a.lag = k;
        const std::vector<std::int8_t> e = laggedExposure(f.exposure, a.lag);
        const LagInput lagIn{days.episodes, days.observed, e, &strata};
        const LagCounts c = countLag(lagIn);
        a.exposedDays = c.exposed;
        a.unexposedDays = c.unexposed;
        a.episodeDays = c.episodeDays;
        a.days = c.n;
        a.strata = c.strata;
        a.informativeStrata = c.informative;
        a.tested = gate.shown && gateG1(a);
        if (a.tested) {
            const RateFit fit = fitRateRatio(lagIn, options.penalised);
            a.rateRatio = fit.rateRatio;
            a.ciLow = fit.ciLow;
            a.ciHigh = fit.ciHigh;
            const RotationTestResult rt = rotationTest(in,
                                                       {options.enumerateLimit, options.draws, options.seedSalt,
                                                        options.stopAfterExceedances},
                                                       a.zByLag);
            a.p = rt.p;
            a.rotations = rt.rotations;
            a.enumerated = rt.enumerated;
        }
        out.push_back(std::move(a));
    }

    std::vector<double> p;
    for (const Association &a : out)
        if (a.tested)
            p.push_back(a.p);
    const std::vector<double> q = benjaminiHochberg(p);
    std::size_t i = 0;
    for (Association &a : out) {
        if (a.tested)
            a.q = q[i++];
        a.verdict = verdictOf(a);
    }
    markCoOccurrence(days, out);
    return out;
}

} // namespace td::analysis
