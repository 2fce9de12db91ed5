#include "report/insights.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <map>

namespace td {
namespace {
QString tr(const char *text) { return QCoreApplication::translate("td", text); }
} // namespace

QString factorDisplayName(const QString &id, const QString &unit)
{
    if (id == u"sleep_hours")
        return tr("Sleep (h)");
    if (id == u"sleep_quality")
        return tr("Sleep quality (1–5)");
    if (id == u"stress")
        return tr("Stress (0–10)");
    if (id == u"caffeine_mg")
        return tr("Caffeine (mg)");
    if (id == u"alcohol_units")
        return tr("Alcohol (units)");
    if (id == u"water_l")
        return tr("Water (l)");
    const qsizetype colon = id.indexOf(u':');
    const QString kind = id.left(colon);
    const QString name = id.mid(colon + 1);
    if (kind == u"food")
        return tr("Food: %1").arg(name);
    if (kind == u"supplement")
        return tr("Supplement: %1").arg(name);
    if (kind == u"custom")
        return unit.isEmpty() ? name : tr("%1 (%2)").arg(name, unit);
    return id;
}

QList<std::pair<QString, QString>> InsightsData::overlayFactors() const
{
    QList<std::pair<QString, QString>> out;
    for (const analysis::FactorSeries &f : days.factors)
        out.append({f.id, factorDisplayName(f.id, f.unit)});
    return out;
}

std::vector<DailyPoint> InsightsData::daily(const QString &factorId) const
{
    const analysis::FactorSeries *factor = nullptr;
    for (const analysis::FactorSeries &f : days.factors) {
        if (f.id == factorId)
            factor = &f;
    }
    std::vector<DailyPoint> points;
    points.reserve(std::size_t(days.days));
    for (int t = 0; t < days.days; ++t) {
        DailyPoint p;
        p.date = days.date(t);
        p.observed = days.observed[std::size_t(t)] != 0;
        p.episodes = days.episodes[std::size_t(t)];
        if (factor)
            p.factor = factor->value[std::size_t(t)];
        points.push_back(p);
    }
    return points;
}

std::vector<CalendarDay> InsightsData::calendar() const
{
    std::vector<CalendarDay> out;
    out.reserve(std::size_t(days.days));
    for (int t = 0; t < days.days; ++t)
        out.push_back({days.date(t), days.observed[std::size_t(t)] != 0, days.episodes[std::size_t(t)]});
    return out;
}

const analysis::Association *InsightsData::association(const QString &factorId) const
{
    for (const analysis::Association &a : result.associations) {
        if (a.factor == factorId)
            return &a;
    }
    return nullptr;
}

namespace {

SiteWeeks siteWeeks(const Diary &diary, const analysis::DaySeries &days, const analysis::Summary &summary,
                    int boundaryHour)
{
    SiteWeeks sw;
    if (days.days == 0)
        return sw;
    const QDate first = days.day0.addDays(1 - days.day0.dayOfWeek());
    const QDate last = days.date(days.days - 1);
    for (QDate w = first; w <= last; w = w.addDays(7))
        sw.weeks.push_back(w);
    sw.sites = summary.sites;
    sw.episodes.assign(sw.sites.size(), std::vector<int>(sw.weeks.size(), 0));
    sw.loggedDays.assign(sw.weeks.size(), 0);
    for (int t = 0; t < days.days; ++t) {
        if (days.observed[std::size_t(t)])
            ++sw.loggedDays[std::size_t(first.daysTo(days.date(t)) / 7)];
    }
    std::map<std::pair<int, int>, std::size_t> row;
    for (std::size_t i = 0; i < sw.sites.size(); ++i)
        row[{int(sw.sites[i].zone), int(sw.sites[i].side)}] = i;
    for (const Episode &e : diary.episodes) {
        const QDate d = diaryDay(e.at, boundaryHour);
        if (d < days.day0 || d > last)
            continue;
        const auto it = row.find({int(e.zone), int(e.side)});
        if (it != row.end())
            ++sw.episodes[it->second][std::size_t(first.daysTo(d) / 7)];
    }
    return sw;
}

} // namespace

InsightsData computeInsights(const Diary &diary, const analysis::Options &options)
{
    QElapsedTimer timer;
    timer.start();
    InsightsData data;
    data.result = analysis::analyze(diary, options);
    data.days = analysis::buildDaySeries(diary, options);
    data.siteWeeks = siteWeeks(diary, data.days, data.result.summary, options.dayBoundaryHour);
    data.elapsedMs = timer.elapsed();
    return data;
}

} // namespace td
