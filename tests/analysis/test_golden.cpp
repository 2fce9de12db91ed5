// The golden cases of shared/golden/analysis: numbers from an independent
// implementation of docs/analysis.md. Every rotation is enumerated there, so p is exact.
#include "golden.h"

#include "analysis/associations.h"
#include "analysis/dayseries.h"
#include "analysis/distributions.h"

#include <QJsonArray>

#include <gtest/gtest.h>

#include <cmath>
#include <utility>

namespace td::analysis {
namespace {

void expectRelNear(double actual, double expected, const std::string &what, double rel = 1e-9)
{
    const double tol = rel * std::max(1.0, std::abs(expected));
    EXPECT_NEAR(actual, expected, tol) << what;
}

// The reference implementation took t_{0.975, df} from the Cornish–Fisher expansion of
// Abramowitz & Stegun 26.7.5 (terms to 1/df^4), which is off by ~1e-9 relative at
// df ~ 50 and more at small df. We use the exact quantile; to show that this is the only
// difference, the golden interval is compared after swapping the quantile back.
double tQuantileAbramowitzStegun(double df)
{
    const double z = 1.959963984540054; // standard normal 0.975 quantile
    const double z3 = z * z * z, z5 = z3 * z * z, z7 = z5 * z * z, z9 = z7 * z * z;
    const double g1 = (z3 + z) / 4;
    const double g2 = (5 * z5 + 16 * z3 + 3 * z) / 96;
    const double g3 = (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / 384;
    const double g4 = (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / 92160;
    return z + g1 / df + g2 / (df * df) + g3 / (df * df * df) + g4 / (df * df * df * df);
}

// Our interval with the reference's quantile in place of the exact one.
std::pair<double, double> withReferenceQuantile(const Association &a)
{
    const double df = a.days - a.strata - 1;
    const double scale = tQuantileAbramowitzStegun(df) / studentTQuantile(0.975, df);
    const double beta = std::log(a.rateRatio);
    return {std::exp(beta - (beta - std::log(a.ciLow)) * scale), std::exp(beta + (std::log(a.ciHigh) - beta) * scale)};
}

class Golden : public ::testing::TestWithParam<const char *>
{};

TEST_P(Golden, AssociationsMatchIndependentImplementation)
{
    const QString name = QString::fromLatin1(GetParam());
    const Diary diary = test::loadGoldenDiary(name);
    const QJsonObject expected = test::loadGoldenExpected(name);
    ASSERT_FALSE(expected.isEmpty());

    const Options options;
    const DaySeries days = buildDaySeries(diary, options);
    const Gate gate = gateG0(days);
    ASSERT_TRUE(gate.shown);
    const std::vector<Association> result = analyseAssociations(days, options, gate);
    ASSERT_EQ(result.size(), std::size_t(expected.size()));

    for (const Association &a : result) {
        SCOPED_TRACE(a.factor.toStdString());
        ASSERT_TRUE(expected.contains(a.factor));
        const QJsonObject e = expected.value(a.factor).toObject();
        EXPECT_EQ(verdictId(a.verdict), e.value(u"verdict").toString());
        EXPECT_EQ(a.exposedDays, e.value(u"exposed_days").toInt());
        EXPECT_EQ(a.unexposedDays, e.value(u"unexposed_days").toInt());
        if (a.verdict == Verdict::Insufficient)
            continue;
        EXPECT_EQ(a.lag, e.value(u"lag").toInt());
        const QJsonArray z = e.value(u"z_by_lag").toArray();
        for (int k = 0; k < 3; ++k)
            expectRelNear(a.zByLag[std::size_t(k)], z.at(k).toDouble(), "z lag " + std::to_string(k));
        expectRelNear(a.rateRatio, e.value(u"rate_ratio").toDouble(), "rate_ratio");
        // Exact quantile: within 1e-8 of the reference; its quantile: within 1e-10.
        expectRelNear(a.ciLow, e.value(u"ci_low").toDouble(), "ci_low", 1e-8);
        expectRelNear(a.ciHigh, e.value(u"ci_high").toDouble(), "ci_high", 1e-8);
        const auto [low, high] = withReferenceQuantile(a);
        expectRelNear(low, e.value(u"ci_low").toDouble(), "ci_low (A&S quantile)", 1e-10);
        expectRelNear(high, e.value(u"ci_high").toDouble(), "ci_high (A&S quantile)", 1e-10);
        EXPECT_TRUE(a.enumerated);
        EXPECT_EQ(a.rotations, e.value(u"rotations").toInteger());
        EXPECT_DOUBLE_EQ(a.p, e.value(u"p").toDouble());
        expectRelNear(a.q, e.value(u"q").toDouble(), "q");
        EXPECT_EQ(a.episodeDays, e.value(u"episode_days").toInt());
        EXPECT_EQ(a.observedDays, e.value(u"observed_days").toInt());
        EXPECT_EQ(a.strata, e.value(u"strata").toInt());
    }
}

INSTANTIATE_TEST_SUITE_P(Analysis, Golden, ::testing::Values("g56_planted", "g56_missing", "g60_tail"));

} // namespace
} // namespace td::analysis
