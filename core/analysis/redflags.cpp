#include "redflags.h"

#include "distributions.h"

#include <QLocale>

#include <algorithm>
#include <map>
#include <set>

namespace td::analysis {

namespace {

QString iso(const QDate &d) { return d.toString(Qt::ISODate); }
QString num(qint64 v) { return QString::number(v); }
QString days(qint64 v) { return v == 1 ? QStringLiteral("1 day") : num(v) + u" days"; }

// Words for zones, sides and symptoms in evidence sentences.
QString zoneWords(Zone z) { return zoneId(z).replace(u'_', u' '); }
QString sideWords(Side s)
{
    switch (s) {
    case Side::Left: return QStringLiteral("left");
    case Side::Right: return QStringLiteral("right");
    case Side::Both: return QStringLiteral("both sides");
    case Side::Centre: return QStringLiteral("centre");
    }
    return {};
}
QString siteWords(Zone z, Side s) { return zoneWords(z) + u" (" + sideWords(s) + u")"; }
QString groupWords(ZoneGroup g)
{
    switch (g) {
    case ZoneGroup::EyeArea: return QStringLiteral("eye area");
    case ZoneGroup::MidFace: return QStringLiteral("mid-face");
    case ZoneGroup::MouthArea: return QStringLiteral("mouth area");
    case ZoneGroup::BeyondFace: return QStringLiteral("beyond the face");
    }
    return {};
}
QString symptomWords(Symptom s) { return symptomId(s).replace(u'_', u' '); }

// Lateral sides a side covers: both = left and right; centre covers none (midline).
unsigned lateral(Side s)
{
    switch (s) {
    case Side::Left: return 1u;
    case Side::Right: return 2u;
    case Side::Both: return 3u;
    case Side::Centre: return 0u;
    }
    return 0u;
}

// Day index of an episode: cached by the day series when it was built from this diary.
int episodeDayIndex(const Diary &diary, const DaySeries &ds, const Options &options, qsizetype i)
{
    if (std::size_t(diary.episodes.size()) == ds.episodeDay.size())
        return ds.episodeDay[std::size_t(i)];
    const int t = ds.index(dayOf(diary.episodes[i].at, options.dayBoundaryHour));
    return t >= 0 && t < ds.days ? t : -1;
}

struct Site {
    Zone zone;
    Side side;
    friend bool operator<(const Site &a, const Site &b)
    {
        return std::pair(int(a.zone), int(a.side)) < std::pair(int(b.zone), int(b.side));
    }
};

// Distinct day indexes, ascending: collected with add() (cheap for days in order, as
// a diary's episodes usually are), then finish().
struct DaySet {
    std::vector<int> days;
    void add(int t)
    {
        if (days.empty() || days.back() != t)
            days.push_back(t);
    }
    void finish()
    {
        if (!std::is_sorted(days.begin(), days.end()))
            std::sort(days.begin(), days.end());
        days.erase(std::unique(days.begin(), days.end()), days.end());
    }
};

struct SiteDays {
    DaySet set;  // day indexes with episodes at the site
    const std::vector<int> &days() const { return set.days; }
    int confirmed() const { return days().size() >= 2 ? days()[1] : -1; }
    bool activeIn(int from, int to) const
    {
        auto it = std::lower_bound(days().begin(), days().end(), from);
        return it != days().end() && *it <= to;
    }
};

void spreading(const Diary &diary, const DaySeries &ds, const Options &options, RedFlagResult &out)
{
    std::map<Site, SiteDays> sites;
    for (qsizetype i = 0; i < diary.episodes.size(); ++i) {
        const int t = episodeDayIndex(diary, ds, options, i);
        if (t >= 0)
            sites[{diary.episodes[i].zone, diary.episodes[i].side}].set.add(t);
    }
    if (sites.empty())
        return;
    for (auto &entry : sites)
        entry.second.set.finish();
    int first = ds.days;
    for (const auto &[site, sd] : sites)
        first = std::min(first, sd.days().front());
    const int baselineEnd = first + kSpreadingBaselineDays - 1;
    unsigned baselineSides = 0;
    std::set<ZoneGroup> baselineGroups;
    for (const auto &[site, sd] : sites)
        if (sd.activeIn(first, baselineEnd)) {
            baselineSides |= lateral(site.side);
            baselineGroups.insert(zoneGroup(site.zone));
        }

    for (const auto &[site, sd] : sites) {
        const int confirmed = sd.confirmed();
        if (confirmed <= baselineEnd)
            continue;  // not confirmed, or confirmed within the baseline
        if (sd.activeIn(first, baselineEnd))
            continue;  // seen in the baseline already
        const bool newSide = (lateral(site.side) & ~baselineSides) != 0;
        const bool newGroup = !baselineGroups.count(zoneGroup(site.zone));
        const QDate from = ds.date(confirmed);
        const QDate to = ds.date(sd.days().back());
        if (newSide || newGroup) {
            const bool recent = sd.days().back() > ds.days - 1 - kExpansionWindowDays;
            QString why;
            if (newGroup)
                why = u"a new area (" + groupWords(zoneGroup(site.zone)) + u")";
            if (newSide)
                why += (why.isEmpty() ? QString() : QStringLiteral(" and ")) + u"a side not affected in the first two weeks";
            out.flags.push_back({FlagKind::Spreading, recent ? FlagState::Ongoing : FlagState::Resolved,
                                 from, to,
                                 u"Twitching appeared at the " + siteWords(site.zone, site.side)
                                     + u" on " + days(qint64(sd.days().size())) + u" from " + iso(from)
                                     + u", " + why + u"."});
        } else {
            out.notes.push_back({NoteKind::NewSubSite, from,
                                 u"Twitching also appeared at the " + siteWords(site.zone, site.side)
                                     + u" from " + iso(from) + u", in an area already affected."});
        }
    }

    // Expansion and migration compare the first and the latest 28 days (not overlapping).
    const int last = ds.days - 1;
    const int firstEnd = first + kExpansionWindowDays - 1;
    const int latestStart = last - kExpansionWindowDays + 1;
    if (latestStart <= firstEnd)
        return;
    int earlyCount = 0, lateCount = 0;
    std::vector<Site> newSites, leftSites;
    for (const auto &[site, sd] : sites) {
        const int c = sd.confirmed();
        const bool early = c >= 0 && c <= firstEnd && sd.activeIn(first, firstEnd);
        const bool late = c >= 0 && sd.activeIn(latestStart, last);
        earlyCount += early;
        lateCount += late;
        if (late && !sd.activeIn(first, firstEnd))
            newSites.push_back(site);
        if (early && !sd.activeIn(latestStart, last))
            leftSites.push_back(site);
    }
    if (lateCount > earlyCount && !newSites.empty()) {
        out.flags.push_back({FlagKind::Spreading, FlagState::Ongoing, ds.date(latestStart), ds.date(last),
                             u"Twitching was noted at " + num(lateCount) + u" places in the latest 28 days, against "
                                 + num(earlyCount) + u" in the first 28 days; new: "
                                 + siteWords(newSites.front().zone, newSites.front().side)
                                 + (newSites.size() > 1 ? u" and " + num(qint64(newSites.size() - 1)) + u" more" : QString())
                                 + u"."});
    } else if (!newSites.empty() && !leftSites.empty()) {
        out.notes.push_back({NoteKind::Migration, ds.date(latestStart),
                             u"Twitching moved: from the " + siteWords(leftSites.front().zone, leftSites.front().side)
                                 + u" in the first 28 days to the "
                                 + siteWords(newSites.front().zone, newSites.front().side) + u" lately."});
    }
}

void symptoms(const Diary &diary, const DaySeries &ds, const Options &options, RedFlagResult &out)
{
    std::map<int, DaySet> bySymptom;
    for (qsizetype i = 0; i < diary.episodes.size(); ++i) {
        const int t = episodeDayIndex(diary, ds, options, i);
        if (t < 0)
            continue;
        for (Symptom s : diary.episodes[i].symptoms)
            if (isRedFlagSymptom(s))
                bySymptom[int(s)].add(t);
    }
    for (auto &entry : bySymptom)
        entry.second.finish();
    for (const auto &[s, daySet] : bySymptom) {
        const std::vector<int> &set = daySet.days;
        const QDate from = ds.date(set.front());
        const QDate to = ds.date(set.back());
        const bool recent = set.back() > ds.days - 1 - kRecentSymptomDays;
        const QString when = set.size() == 1
            ? QString(u"on " + iso(from))
            : QString(u"on " + days(qint64(set.size())) + u" between " + iso(from) + u" and " + iso(to));
        QString what = symptomWords(Symptom(s));
        what[0] = what[0].toUpper();
        out.flags.push_back({FlagKind::RedFlagSymptom, recent ? FlagState::Ongoing : FlagState::Resolved, from, to,
                             what + u" was noted with twitching " + when + u"."});
    }
}

void medicationOnset(const Diary &diary, const DaySeries &ds, RedFlagResult &out)
{
    for (const Bout &b : out.bouts) {
        const QDate onset = ds.date(b.first);
        for (const Medication &m : diary.medications) {
            if (!m.started.isValid())
                continue;
            const qint64 after = m.started.daysTo(onset);
            if (after < 0 || after > kMedicationOnsetDays)
                continue;
            const bool stopped = m.stopped && m.stopped->isValid() && *m.stopped <= ds.date(ds.days - 1);
            out.flags.push_back({FlagKind::MedicationOnset, stopped ? FlagState::Resolved : FlagState::Ongoing,
                                 m.started, onset,
                                 u"Twitching began on " + iso(onset) + u", " + days(after) + u" after "
                                     + m.name + u" was started (" + iso(m.started) + u")."});
        }
    }
}

} // namespace

QString flagKindId(FlagKind k)
{
    switch (k) {
    case FlagKind::Persistent: return QStringLiteral("persistent");
    case FlagKind::Spreading: return QStringLiteral("spreading");
    case FlagKind::RedFlagSymptom: return QStringLiteral("red_flag_symptom");
    case FlagKind::MedicationOnset: return QStringLiteral("medication_onset");
    case FlagKind::Worsening: return QStringLiteral("worsening");
    case FlagKind::Recurring: return QStringLiteral("recurring");
    }
    return {};
}

QString flagStateId(FlagState s)
{
    switch (s) {
    case FlagState::Ongoing: return QStringLiteral("ongoing");
    case FlagState::Resolved: return QStringLiteral("resolved");
    case FlagState::Possible: return QStringLiteral("possible");
    }
    return {};
}

std::vector<Flag> persistentFlags(const DaySeries &ds, const std::vector<Bout> &bouts)
{
    std::vector<Flag> flags;
    for (const Bout &b : bouts) {
        if (b.span() < kPersistentSpanDays)
            continue;
        const bool wellLogged = b.loggedDays >= kPersistentLoggedShare * b.span()
                             && b.longestUnlogged <= kPersistentMaxUnloggedRun;
        const FlagState state = !wellLogged ? FlagState::Possible
                              : b.resolved  ? FlagState::Resolved
                                            : FlagState::Ongoing;
        QString detail = u"Twitching on and off for " + days(b.span()) + u" without a symptom-free week";
        if (!wellLogged)
            detail += u" (logging gaps: " + num(b.loggedDays) + u" of " + num(b.span()) + u" days logged)";
        flags.push_back({FlagKind::Persistent, state, ds.date(b.first), ds.date(b.last), detail + u"."});
    }
    return flags;
}

std::vector<Flag> worseningFlags(const DaySeries &ds)
{
    // The latest 14 observed days against the 14 observed days before them.
    std::vector<int> observedDays;
    for (int t = ds.days - 1; t >= 0 && int(observedDays.size()) < 2 * kWorseningWindowDays; --t)
        if (ds.observed[std::size_t(t)])
            observedDays.push_back(t);
    if (int(observedDays.size()) < 2 * kWorseningWindowDays)
        return {};
    int recent = 0, earlier = 0;
    for (int i = 0; i < 2 * kWorseningWindowDays; ++i)
        (i < kWorseningWindowDays ? recent : earlier) += ds.episodes[std::size_t(observedDays[std::size_t(i)])];
    const double p = conditionalPoissonUpperP(recent, earlier);
    if (recent < kWorseningRatio * earlier || recent == 0 || !(p < kWorseningP))
        return {};
    const QDate from = ds.date(observedDays[kWorseningWindowDays - 1]);
    const QDate to = ds.date(observedDays.front());
    return {{FlagKind::Worsening, FlagState::Ongoing, from, to,
             num(recent) + u" episodes in the latest 14 logged days against " + num(earlier)
                 + u" in the 14 logged days before."}};
}

std::vector<Flag> recurringFlags(const DaySeries &ds, const std::vector<Bout> &bouts)
{
    const int windowStart = ds.days - kRecurringWindowDays;
    std::vector<const Bout *> recent;
    for (const Bout &b : bouts)
        if (b.last >= windowStart)
            recent.push_back(&b);
    if (int(recent.size()) < kRecurringBouts)
        return {};
    return {{FlagKind::Recurring, FlagState::Ongoing, ds.date(std::max(0, recent.front()->first)),
             ds.date(ds.days - 1),
             num(qint64(recent.size())) + u" separate bouts of twitching in the latest 180 days, "
                 u"separated by symptom-free weeks."}};
}

RedFlagResult findRedFlags(const Diary &diary, const DaySeries &ds, const Options &options)
{
    RedFlagResult out;
    if (ds.days <= 0)
        return out;
    out.bouts = findBouts(ds.observed, ds.episodes);
    for (Flag &f : persistentFlags(ds, out.bouts))
        out.flags.push_back(std::move(f));
    spreading(diary, ds, options, out);
    symptoms(diary, ds, options, out);
    medicationOnset(diary, ds, out);
    for (Flag &f : worseningFlags(ds))
        out.flags.push_back(std::move(f));
    for (Flag &f : recurringFlags(ds, out.bouts))
        out.flags.push_back(std::move(f));
    return out;
}

} // namespace td::analysis
