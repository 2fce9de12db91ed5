#include "summary.h"

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
    return logged > 0 ? 7.0 * episodes / logged : kNaN;
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

Summary summarize(const Diary &diary, const DaySeries &ds, const Options &options)
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
    s.completeness = s.daysInPeriod > 0 ? double(s.observedDays) / s.daysInPeriod : kNaN;
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

    std::vector<double> intensity, duration;
    std::map<std::pair<int, int>, std::size_t> siteIndex;
    std::map<int, std::size_t> symptomIndex;
    // Episodes in time order (day, then instant), each with its day index. The instant
    // is taken once as a number: QDateTime comparisons in a sort of 50,000 are slow.
    const bool cached = std::size_t(diary.episodes.size()) == ds.episodeDay.size();
    struct Item {
        int day;
        qint64 msecs;
        qsizetype index;
    };
    std::vector<Item> order;
    order.reserve(std::size_t(diary.episodes.size()));
    for (qsizetype i = 0; i < diary.episodes.size(); ++i) {
        const int t = cached ? ds.episodeDay[std::size_t(i)]
                             : ds.index(dayOf(diary.episodes[i].at, options.dayBoundaryHour));
        if (t >= 0 && t < ds.days)
            order.push_back({t, diary.episodes[i].at.toMSecsSinceEpoch(), i});
    }
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
        const qint64 local = item.msecs + qint64(e->at.offsetFromUtc()) * 1000;
        const int hour = int(((local % 86400000) + 86400000) % 86400000 / 3600000);
        ++s.hourOfDay[std::size_t(std::clamp(hour, 0, 23))];

        const auto key = std::pair(int(e->zone), int(e->side));
        auto [it, fresh] = siteIndex.try_emplace(key, s.sites.size());
        if (fresh)
            s.sites.push_back({e->zone, e->side, day, day, 0, 0});
        SiteSummary &site = s.sites[it->second];
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
    s.intensity = describe(std::move(intensity));
    s.durationS = describe(std::move(duration));
    return s;
}

} // namespace td::analysis
