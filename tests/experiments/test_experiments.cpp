// Experiments: the exact randomization test of docs/experiments.md against the golden
// results of an independent implementation (tests/experiments/golden), and small cases
// checked by hand: enumeration, washout at every kind of switch, pauses, ties, zero
// counts and unbounded intervals.
#include "experiments/experiment.h"
#include "format/diaryjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>

namespace td::experiments {
namespace {

QJsonObject readJson(const QString &name)
{
    QFile f(QStringLiteral(TD_EXPERIMENTS_GOLDEN_DIR "/") + name);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name.toStdString();
    return QJsonDocument::fromJson(f.readAll()).object();
}

Plan planFromJson(const QJsonObject &o)
{
    Plan p;
    p.title = o.value(u"title").toString();
    p.factor = o.value(u"factor").toString();
    const QJsonObject change = o.value(u"change").toObject();
    p.op = *opFromId(change.value(u"op").toString());
    p.value = change.value(u"value").toDouble();
    p.design = *designFromId(o.value(u"design").toString());
    p.start = QDate::fromString(o.value(u"start").toString(), Qt::ISODate);
    p.pairs = o.value(u"pairs").toInt();
    p.periodDays = o.value(u"period_days").toInt();
    p.washoutDays = o.value(u"washout_days").toInt();
    for (const QJsonValue &v : o.value(u"schedule").toArray())
        p.schedule.push_back(v.toString() == u"AB" ? Order::AB : Order::BA);
    const QJsonArray eq = o.value(u"equivalence").toArray();
    p.equivalenceLow = eq.at(0).toDouble();
    p.equivalenceHigh = eq.at(1).toDouble();
    for (const QJsonValue &v : o.value(u"pauses").toArray())
        p.pauses.append({QDate::fromString(v.toObject().value(u"from").toString(), Qt::ISODate),
                         QDate::fromString(v.toObject().value(u"to").toString(), Qt::ISODate)});
    return p;
}

void expectNear(const std::optional<double> &got, const QJsonValue &want, double relative, const char *what)
{
    if (want.isNull()) {
        EXPECT_FALSE(got.has_value()) << what;
        return;
    }
    ASSERT_TRUE(got.has_value()) << what;
    EXPECT_NEAR(*got, want.toDouble(), relative * std::abs(want.toDouble())) << what;
}

class Golden : public ::testing::TestWithParam<const char *>
{};

TEST_P(Golden, MatchesTheIndependentImplementation)
{
    const QString name = QString::fromUtf8(GetParam());
    QJsonObject file = readJson(name + QStringLiteral(".json"));
    const QJsonObject expected = readJson(name + QStringLiteral(".expected.json"));
    const Plan plan = planFromJson(file.value(u"experiments").toArray().at(0).toObject());
    ASSERT_EQ(validate(plan), QString());
    file.remove(QStringLiteral("experiments"));
    const ParseResult parsed = parseDiaryJson(QJsonDocument(file).toJson());
    ASSERT_TRUE(parsed.diary) << parsed.message().toStdString();

    EXPECT_EQ(plan.windowFrom().toString(Qt::ISODate), expected.value(u"window").toObject().value(u"from").toString());
    EXPECT_EQ(plan.windowTo().toString(Qt::ISODate), expected.value(u"window").toObject().value(u"to").toString());
    const Result r = evaluate(*parsed.diary, plan, plan.windowTo().addDays(1));
    EXPECT_EQ(r.schedules, expected.value(u"schedules").toInt());
    ASSERT_TRUE(r.p.has_value());
    EXPECT_EQ(*r.p, expected.value(u"p").toDouble()) << "exact: a multiple of 1/|S|";
    expectNear(r.rateRatio, expected.value(u"rate_ratio"), 1e-9, "rate_ratio");
    expectNear(r.ciLow, expected.value(u"ci_low"), 5e-4, "ci_low");
    expectNear(r.ciHigh, expected.value(u"ci_high"), 5e-4, "ci_high");
    EXPECT_EQ(verdictId(r.verdict), expected.value(u"verdict").toString());
    EXPECT_EQ(r.washoutDaysExcluded, expected.value(u"washout_days_excluded").toInt());
    EXPECT_EQ(r.strataUsed, expected.value(u"strata_used").toInt());
    const QJsonObject change = expected.value(u"change").toObject();
    const QJsonObject usual = expected.value(u"usual").toObject();
    EXPECT_EQ(r.change.analysedDays, change.value(u"analysed_days").toInt());
    EXPECT_EQ(r.change.episodes, change.value(u"episodes").toInt());
    EXPECT_NEAR(r.change.conditionShare, change.value(u"adherent_share").toDouble(), 1e-12);
    EXPECT_EQ(r.usual.analysedDays, usual.value(u"analysed_days").toInt());
    EXPECT_EQ(r.usual.episodes, usual.value(u"episodes").toInt());
    EXPECT_NEAR(r.usual.conditionShare, usual.value(u"met_condition_share").toDouble(), 1e-12);
}

INSTANTIATE_TEST_SUITE_P(Experiments, Golden, ::testing::Values("g_helped", "g_null", "g_paused"));

// ---- Small cases by hand --------------------------------------------------------------

TestInput input(int pairs, int period, int washout, std::vector<Order> used)
{
    TestInput in;
    in.pairs = pairs;
    in.periodDays = period;
    in.washoutDays = washout;
    in.used = std::move(used);
    in.episodes.assign(std::size_t(2 * pairs * period), 0);
    in.analysable.assign(in.episodes.size(), true);
    return in;
}

// Six pairs of 3-day periods, no washout, one episode per usual day and none on change
// days: every schedule's statistic by hand. Under a schedule s, a pair whose order agrees
// with the used one contributes num 0, den 3·3/6 = 1.5; one that disagrees puts the
// episodes on its change days: num 1.5, den 0. With a agreeing pairs, T = ln((1.5(6−a)
// + 0.5) / (1.5a + 0.5)); only a = 6 (the used schedule) and a = 0 (its mirror) reach
// |T(s_obs)| = ln(9.5 / 0.5): p = 2/64.
TEST(ExactTest, SixPairsEnumeratedByHand)
{
    TestInput in = input(6, 3, 0, {Order::AB, Order::BA, Order::BA, Order::AB, Order::AB, Order::BA});
    for (int k = 0; k < 6; ++k)
        for (int offset = 0; offset < 6; ++offset) {
            const bool change = in.used[std::size_t(k)] == Order::AB ? offset >= 3 : offset < 3;
            in.episodes[std::size_t(k * 6 + offset)] = change ? 0 : 1;
        }
    const TestResult r = exactTest(in);
    EXPECT_EQ(r.schedules, 64);
    EXPECT_EQ(r.extreme, 2);
    EXPECT_DOUBLE_EQ(r.p, 2.0 / 64);
    ASSERT_TRUE(r.rateRatio.has_value());
    EXPECT_EQ(*r.rateRatio, 0.0);      // no episode on a change day
    EXPECT_FALSE(r.ciLow.has_value()); // num = 0: no interval
    EXPECT_FALSE(r.ciHigh.has_value());
    EXPECT_EQ(r.strataUsed, 6);

    // Counting by hand: the number of schedules that agree with the used one in exactly
    // a pairs is C(6, a); |T| is symmetric in a ↔ 6 − a and grows away from a = 3.
    int count = 0;
    const double observed = std::log(9.5 / 0.5);
    for (int a = 0; a <= 6; ++a) {
        const double t = std::abs(std::log((1.5 * (6 - a) + 0.5) / (1.5 * a + 0.5)));
        const int c[] = {1, 6, 15, 20, 15, 6, 1};
        if (t >= observed - 1e-9)
            count += c[a];
    }
    EXPECT_EQ(count, 2);
}

// Equal counts everywhere: every schedule ties, p = 1, RR = 1. Without any noise, any
// θ ≠ 1 makes the used schedule and its mirror the only extreme ones (p = 2/64), so the
// interval shrinks onto 1: a noise-free diary pins the ratio down.
TEST(ExactTest, AllTiesGivePOne)
{
    TestInput in = input(6, 4, 1, {Order::AB, Order::AB, Order::BA, Order::BA, Order::AB, Order::BA});
    std::fill(in.episodes.begin(), in.episodes.end(), 2);
    const TestResult r = exactTest(in);
    EXPECT_DOUBLE_EQ(r.p, 1.0);
    EXPECT_EQ(r.extreme, 64);
    ASSERT_TRUE(r.rateRatio.has_value());
    EXPECT_DOUBLE_EQ(*r.rateRatio, 1.0);
    ASSERT_TRUE(r.ciLow && r.ciHigh);
    EXPECT_LE(*r.ciLow, 1.0);
    EXPECT_GE(*r.ciHigh, 1.0);
    EXPECT_NEAR(*r.ciLow, 1.0, 1e-3);
    EXPECT_NEAR(*r.ciHigh, 1.0, 1e-3);
}

// Washout at every kind of switch: the window's first day when it starts with change, the
// switch inside each pair, and between pairs only where the condition changes.
TEST(ExactTest, WashoutAtEveryKindOfSwitch)
{
    // BA | AB | AB | BA | BA | AB with L = 4, w = 2. Conditions by period:
    // C U | U C | U C | C U | C U | U C. Switches: day 0 (starts with change), inside every
    // pair (6), between pairs: U→U no, C→U yes, C→C no, U→C yes, U→U no. 9 switches.
    TestInput in = input(6, 4, 2, {Order::BA, Order::AB, Order::AB, Order::BA, Order::BA, Order::AB});
    const TestResult r = exactTest(in, false);
    EXPECT_EQ(r.washoutDays, 9 * 2);
    // Starting with usual: no washout on day 0.
    TestInput ab = input(6, 4, 2, {Order::AB, Order::AB, Order::AB, Order::AB, Order::AB, Order::AB});
    // U C | U C | ...: inside each pair (6) and at every pair boundary C→U (5): 11.
    EXPECT_EQ(exactTest(ab, false).washoutDays, 11 * 2);
    // No washout at all.
    EXPECT_EQ(exactTest(input(6, 4, 0, in.used), false).washoutDays, 0);
}

// Pauses and unlogged days are excluded under every schedule; a pair left with no
// analysed day on one side does not count as a stratum.
TEST(ExactTest, UnanalysableDaysDropOut)
{
    TestInput in = input(6, 3, 0, {Order::AB, Order::BA, Order::AB, Order::BA, Order::AB, Order::BA});
    for (std::size_t i = 0; i < in.episodes.size(); ++i)
        in.episodes[i] = int(i % 3);
    for (int offset = 0; offset < 3; ++offset)
        in.analysable[std::size_t(offset)] = false; // pair 0's first period paused
    const TestResult r = exactTest(in, false);
    EXPECT_EQ(r.strataUsed, 5);
}

// A strong effect on long series: the interval's upper end is below 1, and an end that
// would need a ratio beyond 100 is null (unbounded).
TEST(ExactTest, IntervalEndsAndUnboundedEnds)
{
    TestInput in = input(8, 7, 0,
                         {Order::AB, Order::BA, Order::BA, Order::AB, Order::AB, Order::BA, Order::AB, Order::BA});
    for (int k = 0; k < 8; ++k)
        for (int offset = 0; offset < 14; ++offset) {
            const bool change = in.used[std::size_t(k)] == Order::AB ? offset >= 7 : offset < 7;
            // Noisy days: 0–2 episodes on change days, 2–6 on usual days.
            in.episodes[std::size_t(k * 14 + offset)] = change ? (k + offset) % 3 : 2 + (3 * k + offset) % 5;
        }
    const TestResult r = exactTest(in);
    ASSERT_TRUE(r.rateRatio.has_value());
    EXPECT_LT(*r.rateRatio, 0.5);
    EXPECT_DOUBLE_EQ(r.p, 2.0 / 256);
    ASSERT_TRUE(r.ciHigh.has_value());
    EXPECT_LT(*r.ciHigh, 1.0);
    EXPECT_GT(*r.ciHigh, *r.rateRatio);
    ASSERT_TRUE(r.ciLow.has_value());
    EXPECT_LT(*r.ciLow, *r.rateRatio);

    // One episode in the whole window, on a usual day: no episode on change days, so no
    // interval at all.
    TestInput sparse = input(6, 3, 0, {Order::AB, Order::AB, Order::AB, Order::AB, Order::AB, Order::AB});
    sparse.episodes[0] = 1;
    const TestResult s = exactTest(sparse);
    EXPECT_FALSE(s.ciLow.has_value()); // num = 0
    EXPECT_FALSE(s.ciHigh.has_value());
}

TEST(Plan, ValidationNamesTheField)
{
    Plan p;
    p.title = QStringLiteral("Less caffeine");
    p.factor = QStringLiteral("caffeine_mg");
    p.value = 100;
    p.start = QDate(2026, 12, 7);
    p.schedule = drawSchedule(p.pairs, *QRandomGenerator::global());
    EXPECT_EQ(validate(p), QString());
    EXPECT_EQ(p.windowTo(), QDate(2026, 12, 7).addDays(2 * 8 * 7 - 1));
    Plan five = p;
    five.pairs = 5;
    five.schedule.resize(5);
    EXPECT_TRUE(validate(five).startsWith(u"pairs:")) << validate(five).toStdString();
    Plan shortSchedule = p;
    shortSchedule.schedule.resize(7);
    EXPECT_TRUE(validate(shortSchedule).startsWith(u"schedule:"));
    Plan washout = p;
    washout.washoutDays = 6;
    EXPECT_TRUE(validate(washout).startsWith(u"washout_days:"));
    Plan zone = p;
    zone.equivalenceLow = 0.5;
    EXPECT_TRUE(validate(zone).startsWith(u"equivalence:"));
}

// The schedule is a fair coin per pair: over many draws both orders come up about half
// the time in every position.
TEST(Plan, DrawnScheduleIsAFairCoinPerPair)
{
    QRandomGenerator rng(20261205);
    std::vector<int> ba(12, 0);
    constexpr int kDraws = 4000;
    for (int i = 0; i < kDraws; ++i) {
        const auto s = drawSchedule(12, rng);
        ASSERT_EQ(s.size(), 12u);
        for (int k = 0; k < 12; ++k)
            ba[std::size_t(k)] += s[std::size_t(k)] == Order::BA;
    }
    for (int k = 0; k < 12; ++k)
        EXPECT_NEAR(ba[std::size_t(k)], kDraws / 2, 4 * std::sqrt(kDraws / 4.0)) << "pair " << k;
}

} // namespace
} // namespace td::experiments

namespace td::experiments {
namespace {

Plan planOf(int pairs)
{
    Plan p;
    p.title = QStringLiteral("Less caffeine");
    p.factor = QStringLiteral("caffeine_mg");
    p.value = 100;
    p.start = QDate(2026, 12, 7);
    p.pairs = pairs;
    p.schedule.assign(std::size_t(pairs), Order::AB);
    return p;
}

// The preview: more pairs detect a halving more often, a halving more often than a 30 %
// drop, and a diary with too little history says so with the design's minimum p.
TEST(Preview, PowerGrowsWithPairsAndEffect)
{
    std::mt19937_64 rng(11);
    std::vector<int> history;
    for (int i = 0; i < 84; ++i)
        history.push_back(int(std::poisson_distribution<int>(2.0 + (i / 7) % 3)(rng)));
    const Preview six = preview(history, planOf(6), 1);
    const Preview twelve = preview(history, planOf(12), 1);
    ASSERT_TRUE(six.enoughHistory);
    EXPECT_GT(six.detectHalving, six.detectThirtyPercent);
    EXPECT_GT(twelve.detectHalving, six.detectHalving);
    EXPECT_GT(twelve.detectHalving, 0.5);
    EXPECT_LT(six.detectThirtyPercent, 0.5);
    EXPECT_EQ(six.resultDate, QDate(2026, 12, 7).addDays(84));
    // Reproducible for a seed.
    EXPECT_EQ(preview(history, planOf(6), 1).detectHalving, six.detectHalving);

    history.resize(20);
    const Preview tooLittle = preview(history, planOf(8), 1);
    EXPECT_FALSE(tooLittle.enoughHistory);
    EXPECT_DOUBLE_EQ(tooLittle.minimumP, 2.0 / 256);
}

} // namespace
} // namespace td::experiments

namespace td::experiments {
namespace {

// The balance table on a small diary checked by hand. Six pairs of 3-day periods, washout
// 1, schedule AB BA AB AB AB AB from window day 0 (U = usual, C = change):
//   days  0–2 U (before any switch: `later`)   3–5 C (switch at 3)   6–8 C (`later`)
//         9–11 U (switch at 9)   12–14 U (`later`)   15–17 C   18–20 U   21–23 C
//         24–26 U   27–29 C   30–32 U   33–35 C   (a switch at every one of these)
// Episodes: 1 on change days and 3 on usual days, except on a switch day, which still
// has the old condition's count (3 on a switch to change, 1 on a switch to usual).
// Day 20 (U, day 3 since its switch) is not logged at all; day 28 (C, day 2) is paused.
// Caffeine 50 mg on change days and 200 mg on usual days (the plan's factor: not in the
// table); sleep 8 h on change days but 6 h on day 4, 7 h on usual days and none on day
// 0; stress 3 every day; 1 unit of alcohol on day 12 only; 2 l of water on change days.
TEST(Balance, OtherFactorsAndCarryOverByHand)
{
    const QDate day0(2025, 1, 6);
    const std::vector<Order> schedule{Order::AB, Order::BA, Order::AB, Order::AB, Order::AB, Order::AB};
    Plan plan;
    plan.title = QStringLiteral("Less caffeine");
    plan.factor = QStringLiteral("caffeine_mg");
    plan.value = 100;
    plan.start = day0;
    plan.pairs = 6;
    plan.periodDays = 3;
    plan.washoutDays = 1;
    plan.schedule = schedule;
    plan.pauses.append({day0.addDays(28), day0.addDays(28)});
    ASSERT_EQ(validate(plan), QString());

    auto isChange = [&](int i) {
        const int k = i / 6, offset = i % 6;
        return schedule[std::size_t(k)] == Order::AB ? offset >= 3 : offset < 3;
    };
    const std::vector<int> switches{3, 9, 15, 18, 21, 24, 27, 30, 33};
    auto at = [&](int i, int hour = 12) { return QDateTime(day0.addDays(i), QTime(hour, 0), QTimeZone(3600)); };
    Diary d;
    for (int i = 0; i < 36; ++i) {
        if (i == 20)
            continue;
        const bool c = isChange(i);
        const bool switchDay = std::find(switches.begin(), switches.end(), i) != switches.end();
        const int n = switchDay ? (c ? 3 : 1) : (c ? 1 : 3);
        for (int e = 0; e < n; ++e) {
            Episode ep;
            ep.at = at(i, 9 + e);
            d.episodes.push_back(ep);
        }
        d.checkins.push_back(day0.addDays(i));
        d.intakes.push_back({0, at(i), IntakeKind::Caffeine, QStringLiteral("coffee"), c ? 50.0 : 200.0});
        if (c)
            d.intakes.push_back({0, at(i), IntakeKind::Water, QString(), 2.0});
        if (i == 12)
            d.intakes.push_back({0, at(i, 20), IntakeKind::Alcohol, QString(), 1.0});
        if (i != 0)
            d.sleep.push_back({day0.addDays(i), c ? (i == 4 ? 6.0 : 8.0) : 7.0, std::nullopt});
        d.stress.push_back({day0.addDays(i), 3});
    }

    const Result r = evaluate(d, plan, day0.addDays(40));
    ASSERT_TRUE(r.finished);
    // Analysed days: 18 change days − 5 washout − 1 paused; 18 usual − 4 washout − day 20.
    EXPECT_EQ(r.change.analysedDays, 12);
    EXPECT_EQ(r.usual.analysedDays, 13);

    ASSERT_EQ(r.balance.size(), 4u); // caffeine is the plan's factor
    const BalanceFactor &sleep = r.balance[0], &stress = r.balance[1], &alcohol = r.balance[2], &water = r.balance[3];
    EXPECT_EQ(sleep.factor, u"sleep_hours");
    EXPECT_EQ(sleep.changeDays, 12);
    EXPECT_NEAR(sleep.changeMean, (11 * 8.0 + 6.0) / 12, 1e-12);
    EXPECT_EQ(sleep.usualDays, 12); // no sleep on day 0
    EXPECT_DOUBLE_EQ(sleep.usualMean, 7.0);
    EXPECT_EQ(stress.factor, u"stress");
    EXPECT_DOUBLE_EQ(stress.changeMean, 3.0);
    EXPECT_DOUBLE_EQ(stress.usualMean, 3.0);
    EXPECT_EQ(alcohol.factor, u"alcohol_units");
    EXPECT_DOUBLE_EQ(alcohol.changeMean, 0.0);
    EXPECT_EQ(alcohol.usualDays, 13);
    EXPECT_NEAR(alcohol.usualMean, 1.0 / 13, 1e-12);
    EXPECT_EQ(water.factor, u"water_l");
    EXPECT_DOUBLE_EQ(water.changeMean, 2.0);
    EXPECT_DOUBLE_EQ(water.usualMean, 0.0); // checked in without water: none drunk

    // Carry-over, washout days included, day 28 (paused) and day 20 (not logged) left out.
    ASSERT_EQ(r.carryOver.size(), 4u);
    const CarryOverRow &d1 = r.carryOver[0], &d2 = r.carryOver[1], &d3 = r.carryOver[2], &later = r.carryOver[3];
    EXPECT_EQ(d1.day, 1);
    EXPECT_TRUE(d1.washout);
    EXPECT_EQ(d1.changeDays, 5); // 3 15 21 27 33
    EXPECT_DOUBLE_EQ(d1.changePerDay, 3.0);
    EXPECT_EQ(d1.usualDays, 4); // 9 18 24 30
    EXPECT_DOUBLE_EQ(d1.usualPerDay, 1.0);
    EXPECT_EQ(d2.day, 2);
    EXPECT_FALSE(d2.washout);
    EXPECT_EQ(d2.changeDays, 4); // 4 16 22 34 (28 paused)
    EXPECT_EQ(d2.changeEpisodes, 4);
    EXPECT_EQ(d2.usualDays, 4); // 10 19 25 31
    EXPECT_DOUBLE_EQ(d2.usualPerDay, 3.0);
    EXPECT_EQ(d3.changeDays, 5); // 5 17 23 29 35
    EXPECT_EQ(d3.usualDays, 3);  // 11 26 32 (20 not logged)
    EXPECT_TRUE(later.later);
    EXPECT_EQ(later.day, 0);
    EXPECT_EQ(later.changeDays, 3); // 6 7 8
    EXPECT_DOUBLE_EQ(later.changePerDay, 1.0);
    EXPECT_EQ(later.usualDays, 6); // 0 1 2 12 13 14
    EXPECT_EQ(later.usualEpisodes, 18);

    // A plan on sleep keeps caffeine in the table and leaves sleep out.
    Plan onSleep = plan;
    onSleep.factor = QStringLiteral("sleep_hours");
    onSleep.op = Op::AtLeast;
    onSleep.value = 7.5;
    const Result s = evaluate(d, onSleep, day0.addDays(40));
    ASSERT_EQ(s.balance.size(), 4u);
    EXPECT_EQ(s.balance[0].factor, u"caffeine_mg");
    EXPECT_DOUBLE_EQ(s.balance[0].changeMean, 50.0);
    EXPECT_DOUBLE_EQ(s.balance[0].usualMean, 200.0);
    EXPECT_EQ(s.balance[1].factor, u"stress");

    // While running, only the days up to today count.
    const Result running = evaluate(d, plan, day0.addDays(8));
    EXPECT_EQ(running.verdict, Verdict::Running);
    EXPECT_EQ(running.carryOver[0].changeDays, 1); // day 3
    EXPECT_EQ(running.carryOver[3].changeDays, 3); // 6 7 8
    EXPECT_EQ(running.carryOver[3].usualDays, 3);  // 0 1 2
}

} // namespace
} // namespace td::experiments
