#include "analysis/summary.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>

namespace td::analysis {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Episodes per 7 logged days over [from, to] (day indexes, clipped to the series).
double perWeek(const DaySeries &ds, int from, int to)
{
    int episodes = 0, logged = 0;
    for (int t = std::max(0, from); t <= std::min(to, ds.days - 1); ++t)
        if (ds.observed[std::size_t(t)]) {
            ++logged;
            episodes += ds.episodes[std::size_t(t)];
        }
    return logged >= kMinLoggedDaysForWeeklyRate ? 7.0 * episodes / logged : kNaN;
}

} // namespace

Distribution describe(std::vector<double> v)
{
    Distribution d;
    d.count = int(v.size());
    if (v.empty()) {
        d.mean = d.min = d.q1 = d.median = d.q3 = d.max = kNaN;
        return d;
    }
    std::sort(v.begin(), v.end());
    d.mean = std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
    d.min = v.front();
    d.max = v.back();
    d.q1 = quantileOfSorted(v, 0.25);
    d.median = quantileOfSorted(v, 0.5);
    d.q3 = quantileOfSorted(v, 0.75);
    return d;
}

namespace {

// describe() of whole numbers (intensities, durations in seconds), with the same
// result: the sum of integers below 2^53 is exact in any order, and the quantiles are
// the same expression on the same order statistics. Counting sort when the range is
// small (50,000 episodes: a comparison sort of doubles was the summary's largest cost).
Distribution describeIntegers(std::vector<int> v)
{
    if (v.empty())
        return describe({});
    const auto [lo, hi] = std::minmax_element(v.begin(), v.end());
    const long long low = *lo, range = (long long)*hi - low + 1;
    if (range <= 4 * (long long)v.size() + 1024) {
        std::vector<int> count(std::size_t(range), 0);
        for (int x : v)
            ++count[std::size_t(x - low)];
        std::size_t k = 0;
        for (long long r = 0; r < range; ++r)
            for (int c = count[std::size_t(r)]; c > 0; --c)
                v[k++] = int(low + r);
    } else {
        std::sort(v.begin(), v.end());
    }
    long long sum = 0, magnitude = 0;
    for (int x : v) {
        sum += x;
        magnitude += x < 0 ? -(long long)x : x;
    }
    // Every partial sum is exact in a double while the sum of magnitudes stays below
    // 2^53 (always, for durations in seconds); otherwise the general path.
    if (magnitude >= (1LL << 53))
        return describe(std::vector<double>(v.begin(), v.end()));
    auto quantile = [&](double q) { // quantileOfSorted() on the values as doubles
        const double h = double(v.size() - 1) * q;
        const auto i = std::size_t(std::floor(h));
        const std::size_t j = std::min(i + 1, v.size() - 1);
        return double(v[i]) + (h - double(i)) * (double(v[j]) - double(v[i]));
    };
    Distribution d;
    d.count = int(v.size());
    d.mean = double(sum) / double(v.size());
    d.min = v.front();
    d.max = v.back();
    d.q1 = quantile(0.25);
    d.median = quantile(0.5);
    d.q3 = quantile(0.75);
    return d;
}

} // namespace

namespace {

// The course from the whole history: first episode, last entry and episode, the days the
// diary was kept in the period, and the first day each place and symptom was seen.
void describeCourse(const Diary &diary, const DaySeries &ds, const DaySeries &history, Summary &s)
{
    if (history.days > 0) {
        s.lastEntry = history.date(history.days - 1);
        if (ds.periodTo.isValid())
            s.daysSinceLastEntry = int(std::max<qint64>(0, s.lastEntry.daysTo(ds.periodTo)));
        for (int t = 0; t < history.days; ++t)
            if (history.episodes[std::size_t(t)] > 0) {
                if (!s.firstEpisodeEver.isValid())
                    s.firstEpisodeEver = history.date(t);
                s.lastEpisode = history.date(t);
            }
    }
    if (ds.days > 0) {
        s.keptFrom = history.days > 0 && ds.periodFrom.isValid() ? std::max(ds.periodFrom, history.day0) : ds.day0;
        s.keptTo = ds.date(ds.days - 1);
        s.daysKept = int(s.keptFrom.daysTo(s.keptTo)) + 1;
    }
    if (&history == &ds || history.day0 == ds.day0)
        return; // the period starts with the diary: first seen in it is first seen ever
    // First day per place and symptom over the history, for those the period shows.
    std::map<std::pair<int, int>, int> firstAt;
    std::map<int, int> firstSymptom;
    const bool cached = std::size_t(diary.episodes.size()) == history.episodeDay.size();
    for (qsizetype i = 0; i < diary.episodes.size(); ++i) {
        const Episode &e = diary.episodes[i];
        const int t = cached ? history.episodeDay[std::size_t(i)] : -1;
        if (t < 0)
            continue;
        auto [it, added] = firstAt.try_emplace(std::pair(int(e.zone), int(e.side)), t);
        if (!added)
            it->second = std::min(it->second, t);
        for (Symptom sym : e.symptoms) {
            auto [st, fresh] = firstSymptom.try_emplace(int(sym), t);
            if (!fresh)
                st->second = std::min(st->second, t);
        }
    }
    for (SiteSummary &site : s.sites)
        if (auto it = firstAt.find(std::pair(int(site.zone), int(site.side))); it != firstAt.end())
            site.firstSeen = std::min(site.firstSeen, history.date(it->second));
    for (SymptomSummary &sym : s.symptoms)
        if (auto it = firstSymptom.find(int(sym.symptom)); it != firstSymptom.end())
            sym.firstSeen = std::min(sym.firstSeen, history.date(it->second));
}

} // namespace

Summary summarize(const Diary &diary, const DaySeries &ds, const DaySeries &history, const Options &options)
{
    Summary s;
    if (ds.periodFrom.isValid() && ds.periodTo.isValid())
        s.daysInPeriod = std::max<qint64>(0, ds.periodFrom.daysTo(ds.periodTo) + 1);
    for (int t = 0; t < ds.days; ++t)
        if (ds.observed[std::size_t(t)]) {
            ++s.observedDays;
            s.episodeDays += ds.episodes[std::size_t(t)] > 0;
            s.episodes += ds.episodes[std::size_t(t)];
        }
    s.shareWithTwitching = s.observedDays > 0 ? double(s.episodeDays) / s.observedDays : kNaN;
    s.shareCi = clopperPearson(s.episodeDays, s.observedDays);
    s.perWeekOverall = perWeek(ds, 0, ds.days - 1);
    s.perWeekFirst28 = perWeek(ds, 0, 27);
    s.perWeekLatest28 = perWeek(ds, ds.days - 28, ds.days - 1);

    // Calendar weeks (Monday to Sunday) covering the series.
    if (ds.days > 0) {
        const QDate firstMonday = ds.day0.addDays(1 - ds.day0.dayOfWeek());
        for (QDate w = firstMonday; w <= ds.date(ds.days - 1); w = w.addDays(7)) {
            WeekCount wc;
            wc.weekStart = w;
            for (int i = 0; i < 7; ++i) {
                const int t = ds.index(w.addDays(i));
                if (t < 0 || t >= ds.days || !ds.observed[std::size_t(t)])
                    continue;
                ++wc.observedDays;
                wc.episodes += ds.episodes[std::size_t(t)];
            }
            wc.perWeek = wc.observedDays > 0 ? 7.0 * wc.episodes / wc.observedDays : kNaN;
            s.weeks.push_back(wc);
        }
    }

    std::vector<int> intensity, duration;
    intensity.reserve(std::size_t(diary.episodes.size()));
    duration.reserve(std::size_t(diary.episodes.size()));
    // Sites and symptoms by enum value (first appearance order kept in s.sites/s.symptoms).
    constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();
    std::array<std::size_t, std::size_t(kZoneCount * kSideCount)> siteIndex;
    siteIndex.fill(kNone);
    std::map<std::pair<int, int>, std::size_t> otherSites; // enum values out of range
    std::map<int, std::size_t> symptomIndex;
    // Episodes in time order (day, then instant), each with its day index. The instants
    // come from the day series when it was built from this diary (QDateTime reads are slow).
    const auto episodeCount = std::size_t(diary.episodes.size());
    const bool cached = episodeCount == ds.episodeDay.size() && episodeCount == ds.episodeMsecs.size() &&
                        episodeCount == ds.episodeOffsetS.size();
    struct Item {
        int day;
        qint64 msecs;
        qsizetype index;
    };
    std::vector<Item> order;
    order.reserve(episodeCount);
    bool sorted = true;
    for (qsizetype i = 0; i < diary.episodes.size(); ++i) {
        const auto k = std::size_t(i);
        const int t = cached ? ds.episodeDay[k] : ds.index(dayOf(diary.episodes[i].at, options.dayBoundaryHour));
        if (t >= 0 && t < ds.days) {
            const qint64 msecs = cached ? ds.episodeMsecs[k] : diary.episodes[i].at.toMSecsSinceEpoch();
            const Item item{t, msecs, i};
            if (!order.empty())
                sorted = sorted && (order.back().day != t ? order.back().day < t : order.back().msecs <= msecs);
            order.push_back(item);
        }
    }
    if (!sorted) // a diary in time order (the usual case) is already sorted
        std::stable_sort(order.begin(), order.end(), [](const Item &a, const Item &b) {
            return a.day != b.day ? a.day < b.day : a.msecs < b.msecs;
        });
    for (const Item &item : order) {
        const Episode *e = &diary.episodes[item.index];
        const QDate day = ds.date(item.day);
        intensity.push_back(e->intensity);
        if (e->intensity >= 1 && e->intensity <= 10)
            ++s.intensityCounts[std::size_t(e->intensity - 1)];
        if (e->durationS)
            duration.push_back(*e->durationS);
        // Wall-clock hour in the entry's own offset.
        const int offset = cached ? ds.episodeOffsetS[std::size_t(item.index)] : e->at.offsetFromUtc();
        const qint64 local = item.msecs + qint64(offset) * 1000;
        const int hour = int(((local % 86400000) + 86400000) % 86400000 / 3600000);
        ++s.hourOfDay[std::size_t(std::clamp(hour, 0, 23))];

        const int zone = int(e->zone), side = int(e->side);
        const bool known = zone >= 0 && zone < kZoneCount && side >= 0 && side < kSideCount;
        std::size_t &slot = known ? siteIndex[std::size_t(zone * kSideCount + side)]
                                  : otherSites.try_emplace(std::pair(zone, side), kNone).first->second;
        if (slot == kNone) {
            slot = s.sites.size();
            s.sites.push_back({e->zone, e->side, day, day, 0, 0});
        }
        SiteSummary &site = s.sites[slot];
        if (site.lastSeen != day || site.episodes == 0)
            ++site.days;
        site.lastSeen = day;
        ++site.episodes;

        for (Symptom sym : e->symptoms) {
            auto [si, newSymptom] = symptomIndex.try_emplace(int(sym), s.symptoms.size());
            if (newSymptom)
                s.symptoms.push_back({sym, day, day, 0});
            s.symptoms[si->second].lastSeen = day;
            ++s.symptoms[si->second].episodes;
        }
    }
    s.intensity = describeIntegers(std::move(intensity));
    s.durationS = describeIntegers(std::move(duration));
    describeCourse(diary, ds, history, s);
    s.completeness = s.daysKept > 0 ? double(s.observedDays) / s.daysKept : kNaN;
    return s;
}

} // namespace td::analysis
