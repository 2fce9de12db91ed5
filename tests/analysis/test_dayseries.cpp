// Days and observations (missing is never zero), contrasts, summary, gates, wording and
// the analyze() entry point on hand-built diaries.
#include "diarybuilder.h"

#include "analysis/analysis.h"
#include "analysis/sentencelocale.h"
#include "analysis/wording.h"

#include <gtest/gtest.h>

#include <cmath>

namespace td::analysis {
namespace {

using test::DiaryBuilder;

const FactorSeries &factor(const DaySeries &ds, const QString &id)
{
    for (const FactorSeries &f : ds.factors)
        if (f.id == id)
            return f;
    static const FactorSeries none;
    ADD_FAILURE() << "no factor " << id.toStdString();
    return none;
}

TEST(DaySeries, MissingIsNeverZero)
{
    DiaryBuilder b;
    b.checkIn(0, 0).checkIn(2, 2); // day 1 unlogged; day 3 only an intake; day 4 an episode
    b.food(3, QStringLiteral("MSG "));
    b.episode(4);
    b.d.sleep.push_back({test::kDay0.addDays(2), 5.5, std::nullopt});
    const DaySeries ds = buildDaySeries(b.d, {});
    ASSERT_EQ(ds.days, 5);
    EXPECT_EQ(ds.observed, (std::vector<std::uint8_t>{1, 0, 1, 0, 1}));
    EXPECT_EQ(ds.episodes, (std::vector<int>{0, 0, 0, 0, 1}));
    const FactorSeries &msg = factor(ds, QStringLiteral("food:msg")); // tag key: trimmed, lower case
    // Intakes: 0 on a checked-in day, observed on a day with any intake, else missing.
    EXPECT_EQ(msg.exposure, (std::vector<std::int8_t>{0, kMissing, 0, 1, kMissing}));
    const FactorSeries &caffeine = factor(ds, QStringLiteral("caffeine_mg"));
    EXPECT_EQ(caffeine.exposure[3], 0);
    EXPECT_EQ(caffeine.exposure[1], kMissing);
    // Sleep and stress: missing unless entered.
    EXPECT_EQ(factor(ds, QStringLiteral("sleep_hours")).exposure,
              (std::vector<std::int8_t>{kMissing, kMissing, 1, kMissing, kMissing}));
    EXPECT_EQ(factor(ds, QStringLiteral("stress")).exposure[0], kMissing);
}

TEST(DaySeries, DayBoundarySendsEarlyHoursToThePreviousDay)
{
    DiaryBuilder b;
    b.episode(0);
    Episode late;
    late.at = test::at(1, 0, 30); // 00:30 on day 1 belongs to day 0
    b.d.episodes.push_back(late);
    const DaySeries ds = buildDaySeries(b.d, {});
    ASSERT_EQ(ds.days, 1);
    EXPECT_EQ(ds.episodes[0], 2);
    Options midnight;
    midnight.dayBoundaryHour = 0;
    EXPECT_EQ(buildDaySeries(b.d, midnight).days, 2);
}

TEST(DaySeries, FastDayEqualsDiaryDay)
{
    for (int offsetH : {-11, -5, 0, 1, 2, 9, 14})
        for (int minute = 0; minute < 48 * 60; minute += 17)
            for (int boundary : {0, 4, 6}) {
                const QDateTime t = QDateTime(QDate(1969, 12, 30), QTime(0, 0), QTimeZone(offsetH * 3600))
                                        .addSecs(qint64(minute) * 60);
                EXPECT_EQ(dayOf(t, boundary), diaryDay(t, boundary)) << t.toString(Qt::ISODate).toStdString();
                const QDateTime u = t.addDays(20000);
                EXPECT_EQ(dayOf(u, boundary), diaryDay(u, boundary));
            }
    const QDateTime local(QDate(2025, 3, 30), QTime(1, 30)); // local time zone
    EXPECT_EQ(dayOf(local, 4), diaryDay(local, 4));
}

TEST(DaySeries, TertilesInterpolateAndCompareStrictly)
{
    EXPECT_DOUBLE_EQ(quantileType7({0, 95, 190, 285}, 2.0 / 3.0), 190);
    EXPECT_DOUBLE_EQ(quantileType7({1, 2}, 1.0 / 3.0), 1 + 1.0 / 3.0);
    DiaryBuilder b;
    b.checkIn(0, 3);
    for (int t = 0; t < 4; ++t)
        for (int c = 0; c < t; ++c)
            b.d.intakes.push_back({0, test::at(t, 8 + c), IntakeKind::Caffeine, QStringLiteral("coffee"), 95.0});
    const DaySeries ds = buildDaySeries(b.d, {});
    const FactorSeries &caffeine = factor(ds, QStringLiteral("caffeine_mg"));
    EXPECT_DOUBLE_EQ(caffeine.threshold, 190);
    EXPECT_EQ(caffeine.exposure, (std::vector<std::int8_t>{0, 0, 0, 1})); // > 190 only
    EXPECT_EQ(exposedWhenLabel(caffeine), QStringLiteral("> 190 mg"));
}

TEST(DaySeries, CustomFactors)
{
    DiaryBuilder b;
    b.checkIn(0, 2);
    b.d.customFactors = {{QStringLiteral("Cold"), CustomFactorType::YesNo, {}},
                         {QStringLiteral("screen"), CustomFactorType::Number, QStringLiteral("h")}};
    b.d.customValues = {{test::kDay0, QStringLiteral("Cold"), 1},
                        {test::kDay0.addDays(1), QStringLiteral("screen"), 9}};
    const DaySeries ds = buildDaySeries(b.d, {});
    EXPECT_EQ(factor(ds, QStringLiteral("custom:cold")).exposure, (std::vector<std::int8_t>{1, 0, 0}));
    EXPECT_EQ(factor(ds, QStringLiteral("custom:screen")).exposure, (std::vector<std::int8_t>{kMissing, 0, kMissing}));
}

TEST(Gates, KeepLoggingBelowG0)
{
    DiaryBuilder b;
    b.checkIn(0, 19);
    for (int t = 0; t < 20; t += 4)
        b.episode(t); // 20 observed days, 5 episode days
    const AnalysisResult r = analyze(b.d);
    EXPECT_FALSE(r.gate.shown);
    // 8 more for 28 observed days; 5 more episode days at 1 in 4 days needs 20.
    EXPECT_EQ(r.gate.moreDaysNeeded, 20);
    for (const Association &a : r.associations)
        EXPECT_EQ(a.verdict, Verdict::Insufficient);
    EXPECT_EQ(gateSentence(r.gate),
              QString::fromUtf8("Keep logging \u2014 about 20 more days before triggers can be looked at "
                                "(20 days logged, 5 with twitching)."));
}

TEST(Gates, NoLikelyAtTwentyEightDays)
{
    // A blatant trigger: every aspartame day has 6 episodes, other days 0-1.
    DiaryBuilder b;
    b.checkIn(0, 27);
    for (int t = 0; t < 28; ++t) {
        if (t % 3 == 0) {
            b.food(t, QStringLiteral("aspartame")).episodes(t, 6);
        } else if (t % 2 == 0) {
            b.episode(t);
        }
    }
    const AnalysisResult r = analyze(b.d);
    ASSERT_TRUE(r.gate.shown);
    for (const Association &a : r.associations) {
        EXPECT_NE(a.verdict, Verdict::Likely) << a.factor.toStdString();
        if (a.factor == u"food:aspartame") {
            EXPECT_TRUE(a.tested);
            EXPECT_GT(a.rateRatio, 3);
        }
    }
}

TEST(Summary, CountsShareAndCompleteness)
{
    DiaryBuilder b;
    b.checkIn(0, 9);
    b.episode(0).episode(0).episode(3);
    Options o;
    o.from = test::kDay0;
    o.to = test::kDay0.addDays(19); // 20-day period, 10 logged
    const AnalysisResult r = analyze(b.d, o);
    EXPECT_EQ(r.daysInPeriod, 20);
    EXPECT_EQ(r.observedDays, 10);
    EXPECT_EQ(r.episodeDays, 2);
    EXPECT_EQ(r.episodes, 3);
    // Completeness counts the days the diary was kept (its 10 days), not the 10 silent
    // days after its last entry; those are named as a silent stretch instead.
    EXPECT_EQ(r.summary.daysKept, 10);
    EXPECT_EQ(r.summary.keptFrom, test::kDay0);
    EXPECT_EQ(r.summary.keptTo, test::kDay0.addDays(9));
    EXPECT_DOUBLE_EQ(r.summary.completeness, 1.0);
    EXPECT_EQ(r.summary.daysSinceLastEntry, 10);
    EXPECT_TRUE(r.summary.silentStretch());
    EXPECT_DOUBLE_EQ(r.summary.shareWithTwitching, 0.2);
    EXPECT_NEAR(r.summary.shareCi.low, 0.02521073, 1e-7); // binom.test(2, 10)
    EXPECT_NEAR(r.summary.shareCi.high, 0.55609546, 1e-7);
    EXPECT_EQ(r.summary.hourOfDay[12], 3);
    EXPECT_EQ(r.summary.intensityCounts[3], 3);
    ASSERT_EQ(r.summary.sites.size(), 1u);
    EXPECT_EQ(r.summary.sites[0].firstSeen, test::kDay0);
    EXPECT_EQ(r.summary.sites[0].days, 2);
    EXPECT_EQ(r.summary.sites[0].episodes, 3);
    EXPECT_DOUBLE_EQ(r.summary.durationS.median, 30);
    EXPECT_DOUBLE_EQ(r.summary.perWeekOverall, 2.1);
}

TEST(Summary, EmptyDiaryIsHarmless)
{
    const AnalysisResult r = analyze(Diary{});
    EXPECT_EQ(r.observedDays, 0);
    EXPECT_FALSE(r.gate.shown);
    EXPECT_TRUE(r.flags.empty());
    EXPECT_TRUE(std::isnan(r.summary.shareWithTwitching));
}

TEST(Wording, AssociationSentences)
{
    Association a;
    a.factor = QStringLiteral("sleep_hours");
    a.kind = FactorKind::SleepHours;
    a.tested = true;
    a.lag = 0;
    a.rateRatio = 2.1;
    a.ciLow = 1.4;
    a.ciHigh = 3.2;
    a.exposedDays = 34;
    a.unexposedDays = 118;
    a.verdict = Verdict::Likely;
    EXPECT_EQ(associationSentence(a),
              QString::fromUtf8("Episodes were 2.1\u00d7 as frequent on days after less than 6 h of sleep "
                                "(95 % CI 1.4\u20133.2; 34 such days, 118 others). An association, not proof."));
    EXPECT_EQ(associationCaveats(a, {a}).size(), 1); // lag-0 sleep: may be a consequence

    Association f = a;
    f.factor = QStringLiteral("food:bananas");
    f.kind = FactorKind::Food;
    f.name = QStringLiteral("bananas");
    f.lag = 1;
    f.rateRatio = 0.44;
    f.ciLow = 0.25;
    f.ciHigh = 0.77;
    f.verdict = Verdict::Possible;
    f.occursWith = {QStringLiteral("sleep_hours")};
    EXPECT_EQ(associationSentence(f),
              QString::fromUtf8("A weak hint about bananas that may well be chance: there were fewer episodes on "
                                "days after a day with bananas, 0.44\u00d7 as many (95 % CI 0.25\u20130.77; 34 such "
                                "days, 118 others)."));
    const QStringList caveats = associationCaveats(f, {a, f});
    ASSERT_EQ(caveats.size(), 1);
    EXPECT_TRUE(caveats[0].contains(u"mostly occurred on the same days"));
}

// A tertile contrast is worded with the logged value nearest its cut-off, which is what
// the days on that side actually had ("190 mg or more", not "more than 126.67 mg").
TEST(Wording, TertileContrastsReadAsTheLoggedValueNearestTheCutOff)
{
    DiaryBuilder b;
    b.checkIn(0, 8);
    const double caffeine[] = {0, 0, 0, 95, 95, 95, 190, 190, 285};
    const double water[] = {0.5, 1, 1.25, 1.5, 1.5, 2, 2, 2.5, 3};
    for (int t = 0; t < 9; ++t) {
        if (caffeine[t] > 0)
            b.intake(t, IntakeKind::Caffeine, caffeine[t]);
        b.intake(t, IntakeKind::Water, water[t]);
    }
    const DaySeries ds = buildDaySeries(b.d, {});
    const auto factor = [&](const char *id) {
        for (const FactorSeries &f : ds.factors)
            if (f.id == QLatin1String(id))
                return f;
        ADD_FAILURE() << id;
        return FactorSeries{};
    };
    const FactorSeries c = factor("caffeine_mg");
    EXPECT_NEAR(c.threshold, 95 + 95.0 / 3, 1e-9); // type 7 at 2/3 of the nine days
    EXPECT_EQ(c.exposedLimit, 190);
    const FactorSeries w = factor("water_l");
    EXPECT_NEAR(w.threshold, 1.25 + 0.25 * 2.0 / 3, 1e-9);
    EXPECT_EQ(w.exposedLimit, 1.25);

    Association a;
    a.kind = FactorKind::Caffeine;
    a.threshold = c.threshold;
    a.exposedLimit = c.exposedLimit;
    EXPECT_EQ(exposurePhrase(a), QStringLiteral("on days with 190 mg of caffeine or more"));
    a.kind = FactorKind::Water;
    a.threshold = w.threshold;
    a.exposedLimit = w.exposedLimit;
    a.lag = 1;
    EXPECT_EQ(exposurePhrase(a), QStringLiteral("on days after a day with 1.25 l of water or less"));
    a.kind = FactorKind::CustomNumber;
    a.name = QStringLiteral("screen time");
    a.unit = QStringLiteral("h");
    a.exposedLimit = 5.5;
    a.lag = 0;
    EXPECT_EQ(exposurePhrase(a), QStringLiteral("on days with screen time of 5.5 h or more"));
    // No logged value beyond the cut-off: the cut-off itself.
    a.kind = FactorKind::Caffeine;
    a.threshold = 126.666;
    a.exposedLimit = std::numeric_limits<double>::quiet_NaN();
    EXPECT_EQ(exposurePhrase(a), QStringLiteral("on days with more than 126.67 mg of caffeine"));
}

// Numbers and dates in sentences follow the default locale (the window sets it to its
// translation's language; the command line and these tests keep C).
TEST(Wording, NumbersAndDatesFollowTheSentenceLocale)
{
    EXPECT_EQ(formatRatio(2.1), QStringLiteral("2.1"));
    EXPECT_EQ(sentenceDate(QDate(2026, 9, 3)), QStringLiteral("3 Sep 2026"));
    EXPECT_EQ(formatThreshold(1500), QStringLiteral("1500"));
    EXPECT_EQ(formatThreshold(0.5), QStringLiteral("0.5"));

    const QLocale german(QLocale::German, QLocale::Germany);
    QLocale::setDefault(german);
    EXPECT_EQ(formatRatio(2.1), QStringLiteral("2,1"));
    EXPECT_EQ(formatRatio(0.44), QStringLiteral("0,44"));
    EXPECT_EQ(sentenceDate(QDate(2026, 9, 3)), QStringLiteral("3 Sept. 2026"));
    EXPECT_EQ(formatThreshold(1.25, sentenceLocale()), QStringLiteral("1,25"));
    EXPECT_EQ(formatThreshold(190, sentenceLocale()), QStringLiteral("190"));
    EXPECT_EQ(formatThreshold(1500, sentenceLocale()), QStringLiteral("1500")); // no "1.500"
    // The labels of analyze --json stay C whatever the locale.
    EXPECT_EQ(formatThreshold(1.25), QStringLiteral("1.25"));
    QLocale::setDefault(QLocale::c());
}

} // namespace
} // namespace td::analysis

namespace td::analysis {
namespace {

// Every verdict against every kind of interval: the sentence never contradicts its
// numbers (docs/analysis.md "When the interval and the verdict disagree").
TEST(Wording, EveryVerdictAndIntervalCombinationReadsConsistently)
{
    struct Ci {
        double rr, lo, hi;
        bool excludesOne;
    };
    const Ci intervals[] = {
        {2.1, 1.1, 4.1, true}, {0.27, 0.07, 0.98, true}, {1.8, 0.9, 3.5, false}, {0.6, 0.3, 1.2, false}};
    for (const Verdict v : {Verdict::Likely, Verdict::Possible, Verdict::None}) {
        for (const Ci &ci : intervals) {
            if (v == Verdict::Likely && !ci.excludesOne)
                continue; // impossible by the rules: likely needs an interval excluding 1
            Association a;
            a.factor = QStringLiteral("supplement:magnesium");
            a.kind = FactorKind::Supplement;
            a.name = QStringLiteral("magnesium");
            a.tested = true;
            a.rateRatio = ci.rr;
            a.ciLow = ci.lo;
            a.ciHigh = ci.hi;
            a.p = 0.6;
            a.exposedDays = 33;
            a.unexposedDays = 116;
            a.verdict = v;
            const QString s = associationSentence(a);
            const std::string where = verdictId(v).toStdString() + " " + std::to_string(ci.rr);
            // The numbers are always there.
            EXPECT_TRUE(s.contains(formatRatio(ci.rr) + QChar(0x00d7))) << where << ": " << s.toStdString();
            EXPECT_TRUE(s.contains(formatRatio(ci.lo) + QChar(0x2013) + formatRatio(ci.hi))) << where;
            EXPECT_TRUE(s.contains(u"33 such days, 116 others")) << where;
            const bool chance = s.contains(u"turn up by chance");
            const bool stillIncludes = s.contains(u"still includes no difference");
            const bool hint = s.contains(u"weak hint") && s.contains(u"may well be chance");
            switch (v) {
            case Verdict::Likely:
                EXPECT_EQ(agreement(a), Agreement::Agree) << where;
                EXPECT_TRUE(s.contains(u"An association, not proof.")) << where;
                EXPECT_FALSE(chance || stillIncludes || hint) << where;
                break;
            case Verdict::Possible:
                EXPECT_TRUE(hint) << where << ": " << s.toStdString();
                EXPECT_EQ(stillIncludes, !ci.excludesOne) << where << ": " << s.toStdString();
                EXPECT_EQ(agreement(a), ci.excludesOne ? Agreement::Agree : Agreement::HintDespiteInterval);
                EXPECT_FALSE(chance) << where;
                break;
            case Verdict::None:
                EXPECT_TRUE(s.startsWith(u"No clear association with magnesium")) << where;
                EXPECT_EQ(chance, ci.excludesOne) << where << ": " << s.toStdString();
                if (ci.excludesOne) {
                    EXPECT_TRUE(s.contains(u"reshuffling your own days gives p = 0.60")) << s.toStdString();
                }
                EXPECT_EQ(agreement(a), ci.excludesOne ? Agreement::ChanceDespiteInterval : Agreement::Agree);
                EXPECT_FALSE(hint || stillIncludes) << where;
                break;
            case Verdict::Insufficient: break;
            }
            EXPECT_TRUE(s.endsWith(u'.')) << where;
            EXPECT_FALSE(s.contains(u"..")) << where;
        }
    }
}

// Lags read the same way for every factor: "on days after a day with …" is one day
// later, "two days after …" two; sleep counts from the day it belongs to.
TEST(Wording, LagsHaveOneMeaning)
{
    Association sleep;
    sleep.kind = FactorKind::SleepHours;
    Association food;
    food.kind = FactorKind::Food;
    food.name = QStringLiteral("cheese");
    sleep.lag = food.lag = 1;
    EXPECT_TRUE(exposurePhrase(sleep).startsWith(u"on days after a day")) << exposurePhrase(sleep).toStdString();
    EXPECT_TRUE(exposurePhrase(food).startsWith(u"on days after a day")) << exposurePhrase(food).toStdString();
    sleep.lag = food.lag = 2;
    EXPECT_TRUE(exposurePhrase(sleep).startsWith(u"two days after a day")) << exposurePhrase(sleep).toStdString();
    EXPECT_TRUE(exposurePhrase(food).startsWith(u"two days after a day")) << exposurePhrase(food).toStdString();
    for (int lag = 0; lag < 3; ++lag) {
        sleep.lag = food.lag = lag;
        EXPECT_FALSE(exposurePhrase(sleep).contains(u"second") || exposurePhrase(sleep).contains(u"third"));
        EXPECT_FALSE(lagWords(food).contains(u"lag"));
    }
    food.lag = 2;
    EXPECT_EQ(lagWords(food), QStringLiteral("two days before"));
    EXPECT_EQ(formatP(0.6), QStringLiteral("0.60"));
    EXPECT_EQ(formatP(0.0123), QStringLiteral("0.012"));
    EXPECT_EQ(formatP(0.0001), QStringLiteral("< 0.001"));
}

} // namespace
} // namespace td::analysis
