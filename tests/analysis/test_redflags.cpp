// Red-flag rules on small calendars, and bouts against a slow reference that checks
// every 7-day window.
// Evidence sentences are compared in full: they are the English of docs/analysis.md that the
// command line prints, and the templates the translations are made from.
#include "diarybuilder.h"

#include "analysis/analysis.h"
#include "analysis/redflags.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <random>

namespace td::analysis {
namespace {

using test::DiaryBuilder;

RedFlagResult flagsOf(const Diary &d)
{
    const Options o;
    return findRedFlags(d, buildDaySeries(d, o), o);
}

std::vector<Flag> ofKind(const RedFlagResult &r, FlagKind k)
{
    std::vector<Flag> out;
    for (const Flag &f : r.flags)
        if (f.kind == k)
            out.push_back(f);
    return out;
}

TEST(Persistent, OngoingResolvedAndPossible)
{
    DiaryBuilder b;
    b.checkIn(0, 39);
    for (int t = 0; t < 40; t += 3)
        b.episode(t); // episode days 0..39, gaps of 2 days: one bout of 40 days
    auto flags = ofKind(flagsOf(b.d), FlagKind::Persistent);
    ASSERT_EQ(flags.size(), 1u);
    EXPECT_EQ(flags[0].state, FlagState::Ongoing);
    EXPECT_EQ(flags[0].from, test::kDay0);
    EXPECT_EQ(flags[0].to, test::kDay0.addDays(39));
    EXPECT_EQ(flags[0].detail.toStdString(), "Twitching on and off for 40 days without a symptom-free week.");

    b.checkIn(40, 46); // an observed episode-free week after the last episode (day 39)
    flags = ofKind(flagsOf(b.d), FlagKind::Persistent);
    ASSERT_EQ(flags.size(), 1u);
    EXPECT_EQ(flags[0].state, FlagState::Resolved);

    DiaryBuilder gaps; // episodes only, every 5th day: 20 % logged
    for (int t = 0; t <= 40; t += 5)
        gaps.episode(t);
    flags = ofKind(flagsOf(gaps.d), FlagKind::Persistent);
    ASSERT_EQ(flags.size(), 1u);
    EXPECT_EQ(flags[0].state, FlagState::Possible);
    EXPECT_EQ(flags[0].detail.toStdString(),
              "Twitching on and off for 41 days without a symptom-free week (logging gaps: 9 of 41 days logged).");
}

TEST(Persistent, ShortBoutOrQuietWeekSplitsIt)
{
    DiaryBuilder b;
    b.checkIn(0, 40);
    for (int t = 0; t < 20; t += 2)
        b.episode(t);
    for (int t = 28; t <= 40; t += 2)
        b.episode(t); // days 19..27 are 9 quiet checked-in days: two bouts
    const RedFlagResult r = flagsOf(b.d);
    EXPECT_EQ(r.bouts.size(), 2u);
    EXPECT_TRUE(ofKind(r, FlagKind::Persistent).empty());
}

TEST(Persistent, UnloggedDaysNeverEndABout)
{
    DiaryBuilder b;
    b.checkIn(0, 10).checkIn(20, 35); // days 11..19 not logged
    b.episode(0).episode(5).episode(10).episode(20).episode(26).episode(32);
    const RedFlagResult r = flagsOf(b.d);
    ASSERT_EQ(r.bouts.size(), 1u);
    EXPECT_EQ(r.bouts[0].longestUnlogged, 9);
    const auto flags = ofKind(r, FlagKind::Persistent);
    ASSERT_EQ(flags.size(), 1u); // a 33-day span, but a 9-day unlogged run
    EXPECT_EQ(flags[0].state, FlagState::Possible);
}

TEST(Spreading, NewGroupAndNewSideAreFlagsSubSiteIsANote)
{
    DiaryBuilder b;
    b.checkIn(0, 60);
    for (int t = 0; t < 14; t += 2)
        b.episode(t, Zone::LowerLip, Side::Left);
    b.episode(20, Zone::UpperEyelid, Side::Left).episode(22, Zone::UpperEyelid, Side::Left);
    b.episode(30, Zone::LowerLip, Side::Right).episode(33, Zone::LowerLip, Side::Right);
    b.episode(40, Zone::UpperLip, Side::Left).episode(41, Zone::UpperLip, Side::Left);
    b.episode(45, Zone::Arm, Side::Left); // seen once: not confirmed
    const RedFlagResult r = flagsOf(b.d);
    const auto flags = ofKind(r, FlagKind::Spreading);
    ASSERT_GE(flags.size(), 2u);
    EXPECT_EQ(flags[0].from, test::kDay0.addDays(22)); // eyelid confirmed on its 2nd day
    EXPECT_EQ(flags[0].detail.toStdString(),
              "Twitching appeared at the upper eyelid (left) on 2 days from 28 Jan 2025, a new area (eye area).");
    EXPECT_EQ(flags[1].from, test::kDay0.addDays(33));
    EXPECT_EQ(flags[1].detail.toStdString(), "Twitching appeared at the lower lip (right) on 2 days from 8 Feb 2025, a "
                                             "side not affected in the first two weeks.");
    for (const Flag &f : flags)
        EXPECT_FALSE(f.detail.contains(u"arm"));
    ASSERT_FALSE(r.notes.empty());
    EXPECT_EQ(r.notes[0].kind, NoteKind::NewSubSite);
    EXPECT_EQ(r.notes[0].detail.toStdString(),
              "Twitching also appeared at the upper lip (left) from 16 Feb 2025, in an area already affected.");
}

TEST(Spreading, MigrationIsInformationNotAFlag)
{
    DiaryBuilder b;
    b.checkIn(0, 90);
    for (int t = 0; t < 28; t += 2)
        b.episode(t, Zone::LowerLip, Side::Left);
    for (int t = 63; t <= 90; t += 2)
        b.episode(t, Zone::UpperLip, Side::Left); // same side, same group, old site left
    const RedFlagResult r = flagsOf(b.d);
    EXPECT_TRUE(ofKind(r, FlagKind::Spreading).empty());
    bool migration = false;
    for (const Note &n : r.notes)
        migration = migration || n.kind == NoteKind::Migration;
    EXPECT_TRUE(migration);
}

TEST(Spreading, ExpansionWhenMorePlacesLately)
{
    DiaryBuilder b;
    b.checkIn(0, 90);
    for (int t = 0; t <= 90; t += 2)
        b.episode(t, Zone::LowerLip, Side::Left);
    for (int t = 70; t <= 90; t += 3)
        b.episode(t, Zone::UpperLip, Side::Left); // new sub-site, active lately
    const auto flags = ofKind(flagsOf(b.d), FlagKind::Spreading);
    ASSERT_EQ(flags.size(), 1u);
    EXPECT_EQ(flags[0].detail.toStdString(), "Twitching was noted at 2 places in the latest 28 days, against 1 in the "
                                             "first 28 days; new: upper lip (left).");
    EXPECT_EQ(flags[0].to, test::kDay0.addDays(90));
}

TEST(RedFlagSymptom, AnySymptomOfTheListIsAFlag)
{
    DiaryBuilder b;
    b.checkIn(0, 30).episode(3).episode(5, Zone::LowerLip, Side::Left, {Symptom::Pain});
    const auto flags = ofKind(flagsOf(b.d), FlagKind::RedFlagSymptom);
    ASSERT_EQ(flags.size(), 1u);
    EXPECT_EQ(flags[0].from, test::kDay0.addDays(5));
    EXPECT_EQ(flags[0].detail.toStdString(), "Pain was noted with twitching on 11 Jan 2025.");
    EXPECT_EQ(flags[0].state, FlagState::Resolved); // not in the latest 14 days
}

TEST(MedicationOnset, WithinFourteenDaysOfAStart)
{
    DiaryBuilder b;
    b.checkIn(0, 30).episode(10).episode(12);
    b.d.medications.push_back({0, QStringLiteral("sertraline"), QStringLiteral("50 mg"), test::kDay0.addDays(-4),
                               std::nullopt});
    b.d.medications.push_back({0, QStringLiteral("old"), QString(), test::kDay0.addDays(-30), std::nullopt});
    const auto flags = ofKind(flagsOf(b.d), FlagKind::MedicationOnset);
    ASSERT_EQ(flags.size(), 1u);
    EXPECT_EQ(flags[0].from, test::kDay0.addDays(-4));
    EXPECT_EQ(flags[0].to, test::kDay0.addDays(10));
    EXPECT_EQ(flags[0].detail.toStdString(),
              "Twitching began on 16 Jan 2025, 14 days after sertraline was started (2 Jan 2025).");
}

TEST(Worsening, ExactConditionalPoissonTest)
{
    DiaryBuilder b;
    b.checkIn(0, 27);
    for (int t = 0; t < 14; ++t)
        b.episodes(t, 1);
    for (int t = 14; t < 28; ++t)
        b.episodes(t, 2); // 28 vs 14: ratio 2, P(X >= 28 | 42, 1/2) = 0.0218
    auto flags = ofKind(flagsOf(b.d), FlagKind::Worsening);
    ASSERT_EQ(flags.size(), 1u);
    EXPECT_EQ(flags[0].from, test::kDay0.addDays(14));
    EXPECT_EQ(flags[0].to, test::kDay0.addDays(27));

    DiaryBuilder flat;
    flat.checkIn(0, 27);
    for (int t = 0; t < 28; ++t)
        flat.episodes(t, 2);
    EXPECT_TRUE(ofKind(flagsOf(flat.d), FlagKind::Worsening).empty());

    DiaryBuilder few; // ratio 3 but only 4 episodes: p = 0.31
    few.checkIn(0, 27).episode(3).episodes(20, 3);
    EXPECT_TRUE(ofKind(flagsOf(few.d), FlagKind::Worsening).empty());
}

TEST(Recurring, ThreeBoutsInHalfAYear)
{
    DiaryBuilder b;
    b.checkIn(0, 100);
    for (int start : {0, 30, 60})
        for (int t = start; t < start + 10; ++t)
            b.episode(t);
    auto flags = ofKind(flagsOf(b.d), FlagKind::Recurring);
    ASSERT_EQ(flags.size(), 1u);
    EXPECT_EQ(flags[0].detail.toStdString(),
              "3 separate bouts of twitching in the latest 180 days, separated by symptom-free weeks.");

    DiaryBuilder two;
    two.checkIn(0, 100);
    for (int start : {0, 30})
        for (int t = start; t < start + 10; ++t)
            two.episode(t);
    EXPECT_TRUE(ofKind(flagsOf(two.d), FlagKind::Recurring).empty());
}

// The reference: bouts from first principles, checking every 7-day window.
std::vector<Bout> referenceBouts(const std::vector<std::uint8_t> &obs, const std::vector<int> &y)
{
    const int n = int(obs.size());
    auto quietWeek = [&](int s) { // days s..s+6 all logged and episode-free
        if (s < 0 || s + kQuietWeek > n)
            return false;
        for (int t = s; t < s + kQuietWeek; ++t)
            if (!obs[std::size_t(t)] || y[std::size_t(t)] > 0)
                return false;
        return true;
    };
    std::vector<int> episodeDays;
    for (int t = 0; t < n; ++t)
        if (obs[std::size_t(t)] && y[std::size_t(t)] > 0)
            episodeDays.push_back(t);
    std::vector<Bout> bouts;
    for (std::size_t i = 0; i < episodeDays.size(); ++i) {
        const int d = episodeDays[i];
        bool split = bouts.empty();
        if (!split)
            for (int s = bouts.back().last + 1; s + kQuietWeek <= d; ++s)
                split = split || quietWeek(s);
        if (split) {
            bouts.push_back({});
            bouts.back().first = d;
        }
        bouts.back().last = d;
    }
    for (Bout &b : bouts) {
        for (int s = b.last + 1; s + kQuietWeek <= n && !b.resolved; ++s)
            if (quietWeek(s)) {
                b.resolved = true;
                b.resolvedOn = s + kQuietWeek - 1;
            }
        for (int t = b.first; t <= b.last; ++t) {
            b.loggedDays += obs[std::size_t(t)];
            b.episodeDays += obs[std::size_t(t)] && y[std::size_t(t)] > 0;
            int run = 0;
            while (t + run <= b.last && !obs[std::size_t(t + run)])
                ++run;
            b.longestUnlogged = std::max(b.longestUnlogged, run);
        }
    }
    return bouts;
}

TEST(Bouts, MatchSlowReferenceOnRandomCalendars)
{
    std::mt19937_64 rng(42);
    std::uniform_real_distribution<double> u(0, 1);
    for (int rep = 0; rep < 400; ++rep) {
        const int n = 1 + int(u(rng) * 240);
        const double logged = 0.3 + 0.7 * u(rng);
        const double active = u(rng);
        std::vector<std::uint8_t> obs(static_cast<std::size_t>(n));
        std::vector<int> y(static_cast<std::size_t>(n));
        bool on = u(rng) < 0.5;
        for (int t = 0; t < n; ++t) {
            if (u(rng) < 0.08)
                on = !on; // spells of twitching and of calm
            obs[std::size_t(t)] = u(rng) < logged;
            y[std::size_t(t)] = obs[std::size_t(t)] && on && u(rng) < active ? 1 + int(u(rng) * 3) : 0;
            if (!obs[std::size_t(t)] && u(rng) < 0.05) { // an episode logs the day
                obs[std::size_t(t)] = 1;
                y[std::size_t(t)] = 1;
            }
        }
        const std::vector<Bout> fast = findBouts(obs, y);
        const std::vector<Bout> ref = referenceBouts(obs, y);
        ASSERT_EQ(fast.size(), ref.size()) << "calendar " << rep;
        for (std::size_t i = 0; i < ref.size(); ++i) {
            EXPECT_EQ(fast[i].first, ref[i].first);
            EXPECT_EQ(fast[i].last, ref[i].last);
            EXPECT_EQ(fast[i].resolved, ref[i].resolved);
            EXPECT_EQ(fast[i].resolvedOn, ref[i].resolvedOn);
            EXPECT_EQ(fast[i].loggedDays, ref[i].loggedDays);
            EXPECT_EQ(fast[i].episodeDays, ref[i].episodeDays);
            EXPECT_EQ(fast[i].longestUnlogged, ref[i].longestUnlogged);
        }
        // Persistent flags follow from the bouts: same input, same flags.
        DaySeries ds;
        ds.day0 = test::kDay0;
        ds.days = n;
        ds.observed = obs;
        ds.episodes = y;
        const auto a = persistentFlags(ds, fast);
        const auto b = persistentFlags(ds, ref);
        ASSERT_EQ(a.size(), b.size());
        for (std::size_t i = 0; i < a.size(); ++i) {
            EXPECT_EQ(a[i].state, b[i].state);
            EXPECT_EQ(a[i].from, b[i].from);
        }
    }
}

} // namespace
} // namespace td::analysis

namespace td::analysis {
namespace {

// ---- Flags describe the person's course: the whole history up to the period's end ----

namespace {

AnalysisResult analyzePeriod(const Diary &d, std::optional<QDate> from, std::optional<QDate> to)
{
    Options o;
    o.from = from;
    o.to = to;
    return analyze(d, o);
}

// The flags of the whole diary (up to `to`) that a window from `from` shows: those that
// overlap it or are ongoing.
std::vector<Flag> expectedInWindow(const Diary &d, const QDate &from, const QDate &to)
{
    std::vector<Flag> out;
    for (const Flag &f : analyzePeriod(d, std::nullopt, to).flags)
        if (f.state == FlagState::Ongoing || f.to >= from)
            out.push_back(f);
    return out;
}

void expectSameFlags(const std::vector<Flag> &got, const std::vector<Flag> &want, const std::string &where)
{
    ASSERT_EQ(got.size(), want.size()) << where;
    for (std::size_t i = 0; i < want.size(); ++i) {
        EXPECT_EQ(got[i].kind, want[i].kind) << where << " flag " << i;
        EXPECT_EQ(got[i].state, want[i].state) << where << " flag " << i;
        EXPECT_EQ(got[i].from, want[i].from) << where << " flag " << i;
        EXPECT_EQ(got[i].to, want[i].to) << where << " flag " << i;
        EXPECT_EQ(got[i].detail, want[i].detail) << where << " flag " << i;
    }
}

} // namespace

// The example: a medication started before the diary's first episode, a second
// place that appears after the first two weeks, and a period starting late. Over the
// late period the onset must stay the diary's, and the spreading must not vanish into a
// "baseline" made of the period's first two weeks.
TEST(FlagsOverAPeriod, UseTheWholeHistory)
{
    DiaryBuilder b;
    b.checkIn(0, 119);
    for (int t = 0; t < 120; t += 2)
        b.episode(t); // one long bout from day 0
    for (int t = 95; t < 120; t += 3)
        b.episode(t, Zone::UpperEyelid, Side::Right); // a new place on day 95
    b.d.medications.push_back({0, QStringLiteral("sertraline"), QStringLiteral("50 mg"), test::kDay0.addDays(-5),
                               std::nullopt});
    const QDate to = test::kDay0.addDays(119);
    const QDate lateFrom = test::kDay0.addDays(90);

    const AnalysisResult whole = analyzePeriod(b.d, std::nullopt, to);
    const AnalysisResult late = analyzePeriod(b.d, lateFrom, to);
    expectSameFlags(late.flags, expectedInWindow(b.d, lateFrom, to), "late window");

    auto find = [](const AnalysisResult &r, FlagKind k) {
        return std::count_if(r.flags.begin(), r.flags.end(), [k](const Flag &f) { return f.kind == k; });
    };
    EXPECT_EQ(find(late, FlagKind::Spreading), find(whole, FlagKind::Spreading));
    EXPECT_GE(find(late, FlagKind::Spreading), 1);
    for (const Flag &f : late.flags) {
        if (f.kind == FlagKind::Persistent) {
            EXPECT_EQ(f.from, test::kDay0) << "the bout began with the diary, not with the period";
        }
        if (f.kind == FlagKind::MedicationOnset) {
            EXPECT_EQ(f.to, test::kDay0) << "onset is the diary's first episode";
        }
        EXPECT_FALSE(f.from > to);
    }
    // The course on page 1 comes from the history too.
    EXPECT_EQ(late.summary.firstEpisodeEver, test::kDay0);
    for (const SiteSummary &s : late.summary.sites)
        if (s.zone == Zone::LowerLip) {
            EXPECT_EQ(s.firstSeen, test::kDay0) << "first seen before the period";
        }
}

// Random diaries and random windows: a window never adds, loses or changes a flag that
// the whole history (up to the window's end) has and that overlaps the window.
TEST(FlagsOverAPeriod, AnyWindowShowsTheHistorysFlagsThatOverlapIt)
{
    std::mt19937_64 rng(7);
    std::uniform_real_distribution<double> u(0, 1);
    const Zone zones[] = {Zone::LowerLip, Zone::UpperEyelid, Zone::Cheek, Zone::Neck};
    const Side sides[] = {Side::Left, Side::Right};
    for (int rep = 0; rep < 60; ++rep) {
        DiaryBuilder b;
        const int n = 30 + int(u(rng) * 300);
        bool on = true;
        for (int t = 0; t < n; ++t) {
            if (u(rng) < 0.06)
                on = !on;
            if (u(rng) < 0.8)
                b.checkIn(t, t);
            if (on && u(rng) < 0.6) {
                const int k = int(u(rng) * 4);
                QList<Symptom> sym;
                if (u(rng) < 0.01)
                    sym << Symptom::Drooping;
                b.episode(t, zones[t > n / 2 ? k : k / 2], sides[u(rng) < 0.2 ? 1 : 0], sym);
            }
        }
        if (u(rng) < 0.5)
            b.d.medications.push_back({0, QStringLiteral("med"), QString(), test::kDay0.addDays(int(u(rng) * n) - 10),
                                       std::nullopt});
        const QDate to = test::kDay0.addDays(int(n * (0.5 + 0.5 * u(rng))));
        const QDate from = test::kDay0.addDays(int(to.daysTo(test::kDay0) * -u(rng)));
        const AnalysisResult window = analyzePeriod(b.d, from, to);
        expectSameFlags(window.flags, expectedInWindow(b.d, from, to), "diary " + std::to_string(rep));
        for (const Flag &f : window.flags)
            EXPECT_LE(f.to, to);
    }
}

// Course and frequency over a period: rates only over enough logged days, completeness
// over the days the diary was kept, and a diary no longer kept says so.
TEST(CourseOverAPeriod, OneDayDiaryHasNoWeeklyRate)
{
    DiaryBuilder b;
    b.checkIn(0, 0).episode(0).episode(0);
    const AnalysisResult r = analyzePeriod(b.d, test::kDay0.addDays(-90), test::kDay0);
    EXPECT_TRUE(std::isnan(r.summary.perWeekOverall));
    EXPECT_TRUE(std::isnan(r.summary.perWeekFirst28));
    EXPECT_EQ(r.summary.daysKept, 1);
    EXPECT_DOUBLE_EQ(r.summary.completeness, 1.0);
    EXPECT_EQ(r.summary.daysSinceLastEntry, 0);
    EXPECT_FALSE(r.summary.silentStretch());
}

TEST(CourseOverAPeriod, DiaryNoLongerKept)
{
    DiaryBuilder b;
    b.checkIn(0, 59);
    for (int t = 0; t < 60; t += 2)
        b.episode(t);
    // Reported up to a day 300 days after the last entry.
    const QDate to = test::kDay0.addDays(359);
    const AnalysisResult r = analyzePeriod(b.d, test::kDay0.addDays(-30), to);
    EXPECT_EQ(r.summary.lastEntry, test::kDay0.addDays(59));
    EXPECT_EQ(r.summary.daysSinceLastEntry, 300);
    EXPECT_TRUE(r.summary.silentStretch());
    EXPECT_EQ(r.summary.keptFrom, test::kDay0);
    EXPECT_EQ(r.summary.daysKept, 60);
    EXPECT_DOUBLE_EQ(r.summary.completeness, 1.0);
    EXPECT_EQ(r.summary.lastEpisode, test::kDay0.addDays(58));
}

} // namespace
} // namespace td::analysis
