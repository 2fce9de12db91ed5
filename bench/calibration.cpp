// The calibration study of docs/analysis-validation.md (issue 3): synthetic diaries from
// core/sample with known truth, analysed exactly as the app does, per diary length.
//
//   td_calibration [--diaries N] [--seed S] [--lengths 28,90,180,365] [--h H]
//
// Prints one Markdown table per run. Scenarios per length:
//   null        no trigger: per-factor false-positive rate (p <= 0.05 among tested
//               factors), share of diaries with any `likely`, coverage of RR = 1 (lag 0)
//   confounded  twitching wanes while caffeine falls, no trigger: caffeine's p <= 0.05 rate
//   RR r lag k  food:aspartame (present on ~22 % of days) multiplies the rate by r at lag k:
//               sensitivity (`likely`), `likely` or `possible`, coverage of r at lag k
//   protective  food:nuts (~15 % of days) halves the rate at lag 0
// Diaries use the generator's defaults (AR(1) log-rate, gamma overdispersion, correlated
// habits, 8 % missing days, more often on twitch-free days). Deterministic for a seed.
#include "analysis/associations.h"
#include "analysis/dayseries.h"
#include "analysis/ratefit.h"
#include "sample/diarygenerator.h"

#include <QCoreApplication>
#include <QStringList>

#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace {

using namespace td::analysis;

struct Scenario {
    std::string name;
    QString factor; // planted (or checked) factor id; empty for the null
    double rateRatio = 1.0;
    int lag = 0;
    bool confounded = false;
};

struct Cell {
    int diaries = 0;
    int shown = 0;        // G0 met
    long tested = 0;      // factors tested (null: all; else the factor of interest)
    long significant = 0; // p <= 0.05 among those
    int anyLikely = 0;    // diaries with any `likely` factor
    int anyPossibleOrLikely = 0;
    int factorLikely = 0;  // the factor of interest is `likely`
    int factorFlagged = 0; // … `likely` or `possible`
    int factorTested = 0;
    long covered = 0; // interval contains the true rate ratio
    long intervals = 0;
};

std::uint64_t mix(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

// The interval of `factor` at `lag`, when the factor is tested: does it contain `truth`?
// Returns -1 when there is no interval.
int covers(const DaySeries &days, const Strata &strata, const FactorSeries &f, int lag, double truth)
{
    const std::vector<std::int8_t> e = laggedExposure(f.exposure, lag);
    const LagInput in{days.episodes, days.observed, e, &strata};
    const RateFit fit = fitRateRatio(in, true);
    if (!fit.converged || !std::isfinite(fit.ciLow) || !std::isfinite(fit.ciHigh))
        return -1;
    return fit.ciLow <= truth && truth <= fit.ciHigh ? 1 : 0;
}

Cell runCell(int length, const Scenario &sc, int count, std::uint64_t seed, const Options &options)
{
    Cell c;
    for (int i = 0; i < count; ++i) {
        td::sample::GeneratorOptions g;
        g.days = length;
        g.seed = mix(seed ^ mix(std::uint64_t(length) * 1000003u + std::hash<std::string>{}(sc.name)) ^
                     std::uint64_t(i));
        g.confoundedCaffeine = sc.confounded;
        if (!sc.factor.isEmpty() && !sc.confounded)
            g.planted = {{sc.factor, sc.rateRatio, sc.lag}};
        const td::Diary diary = td::sample::generateDiary(g);
        const DaySeries days = buildDaySeries(diary, options);
        const Gate gate = gateG0(days);
        const std::vector<Association> result = analyseAssociations(days, options, gate);
        const Strata strata = makeStrata(days.days);
        ++c.diaries;
        c.shown += gate.shown;
        bool anyLikely = false, anyFlag = false;
        for (std::size_t k = 0; k < result.size(); ++k) {
            const Association &a = result[k];
            anyLikely = anyLikely || a.verdict == Verdict::Likely;
            anyFlag = anyFlag || a.verdict == Verdict::Likely || a.verdict == Verdict::Possible;
            const bool ofInterest = sc.factor.isEmpty() || a.factor == sc.factor;
            if (!ofInterest || !a.tested)
                continue;
            ++c.tested;
            c.significant += a.p <= kPossibleP;
            const double truth = sc.factor.isEmpty() || sc.confounded ? 1.0 : sc.rateRatio;
            const int cov = covers(days, strata, days.factors[k], sc.factor.isEmpty() ? 0 : sc.lag, truth);
            if (cov >= 0) {
                ++c.intervals;
                c.covered += cov;
            }
            if (!sc.factor.isEmpty()) {
                ++c.factorTested;
                c.factorLikely += a.verdict == Verdict::Likely;
                c.factorFlagged += a.verdict == Verdict::Likely || a.verdict == Verdict::Possible;
            }
        }
        c.anyLikely += anyLikely;
        c.anyPossibleOrLikely += anyFlag;
    }
    return c;
}

std::string share(long num, long den)
{
    if (den <= 0)
        return "–";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f", double(num) / double(den));
    return buf;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int count = 200;
    std::uint64_t seed = 20250601;
    int h = Options{}.stopAfterExceedances;
    std::vector<int> lengths{28, 90, 180, 365};
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        const QString &key = args[i];
        const QString &value = args[i + 1];
        if (key == u"--diaries")
            count = value.toInt();
        else if (key == u"--seed")
            seed = value.toULongLong();
        else if (key == u"--h")
            h = value.toInt();
        else if (key == u"--lengths") {
            lengths.clear();
            for (const QString &v : value.split(u','))
                lengths.push_back(v.toInt());
        } else {
            std::fprintf(stderr, "usage: td_calibration [--diaries N] [--seed S] [--lengths 28,90,180,365] [--h H]\n");
            return 2;
        }
    }
    Options options;
    options.stopAfterExceedances = h;

    const QString aspartame = QStringLiteral("food:aspartame");
    std::vector<Scenario> scenarios{{"null", {}, 1.0, 0, false},
                                    {"confounded (caffeine)", QStringLiteral("caffeine_mg"), 1.0, 0, true}};
    for (int lag : {0, 1})
        for (double rr : {2.0, 3.0, 5.0})
            scenarios.push_back({"RR " + std::to_string(int(rr)) + " lag " + std::to_string(lag), aspartame, rr, lag,
                                 false});
    scenarios.push_back({"protective RR 0.5 lag 0", QStringLiteral("food:nuts"), 0.5, 0, false});

    std::printf("td_calibration --diaries %d --seed %llu --h %d (B = %d)\n\n", count,
                static_cast<unsigned long long>(seed), h, options.draws);
    std::printf("| days | scenario | G0 met | tested | p <= 0.05 | any likely | any likely/possible | factor likely | "
                "factor likely/possible | CI coverage (n) |\n");
    std::printf("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    const auto started = std::chrono::steady_clock::now();
    for (int length : lengths) {
        for (const Scenario &sc : scenarios) {
            const Cell c = runCell(length, sc, count, seed, options);
            const bool planted = !sc.factor.isEmpty();
            std::printf("| %d | %s | %s | %ld | %s | %s | %s | %s | %s | %s (%ld) |\n", length, sc.name.c_str(),
                        share(c.shown, c.diaries).c_str(), c.tested, share(c.significant, c.tested).c_str(),
                        share(c.anyLikely, c.diaries).c_str(), share(c.anyPossibleOrLikely, c.diaries).c_str(),
                        planted ? share(c.factorLikely, c.diaries).c_str() : "–",
                        planted ? share(c.factorFlagged, c.diaries).c_str() : "–",
                        share(c.covered, c.intervals).c_str(), c.intervals);
            std::fflush(stdout);
        }
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::printf("\n%.0f s\n", seconds);
    return 0;
}
