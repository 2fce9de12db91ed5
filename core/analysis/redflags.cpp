#include "analysis/redflags.h"

#include "analysis/distributions.h"
#include "analysis/sentencelocale.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <map>
#include <set>

namespace td::analysis {

namespace {

// The evidence sentences are English as docs/analysis.md gives them; the window installs a
// translator (German), the command line never does, so its output stays this English.
QString tr(const char *s) { return QCoreApplication::translate("td::analysis", s); }

QString num(qint64 v) { return QString::number(v); }
QString days(qint64 v) { return v == 1 ? tr("1 day") : tr("%1 days").arg(v); }

// Words for zones, sides and symptoms in evidence sentences (the ids with spaces).
QString zoneWords(Zone z)
{
    switch (z) {
    case Zone::UpperEyelid: return tr("upper eyelid");
    case Zone::LowerEyelid: return tr("lower eyelid");
    case Zone::BrowForehead: return tr("brow forehead");
    case Zone::Cheek: return tr("cheek");
    case Zone::Nose: return tr("nose");
    case Zone::UpperLip: return tr("upper lip");
    case Zone::LowerLip: return tr("lower lip");
    case Zone::MouthCorner: return tr("mouth corner");
    case Zone::Chin: return tr("chin");
    case Zone::Jaw: return tr("jaw");
    case Zone::Neck: return tr("neck");
    case Zone::Arm: return tr("arm");
    case Zone::Hand: return tr("hand");
    case Zone::Leg: return tr("leg");
    case Zone::Foot: return tr("foot");
    case Zone::Torso: return tr("torso");
    case Zone::Other: return tr("other");
    }
    return zoneId(z).replace(u'_', u' ');
}
QString sideWords(Side s)
{
    switch (s) {
    case Side::Left: return tr("left");
    case Side::Right: return tr("right");
    case Side::Both: return tr("both sides");
    case Side::Centre: return tr("centre");
    }
    return {};
}
QString siteWords(Zone z, Side s) { return tr("%1 (%2)").arg(zoneWords(z), sideWords(s)); }
QString groupWords(ZoneGroup g)
{
    switch (g) {
    case ZoneGroup::EyeArea: return tr("eye area");
    case ZoneGroup::MidFace: return tr("mid-face");
    case ZoneGroup::MouthArea: return tr("mouth area");
    case ZoneGroup::BeyondFace: return tr("beyond the face");
    }
    return {};
}
// Capitalised, as the subject of a sentence.
QString symptomSubject(Symptom s)
{
    switch (s) {
    case Symptom::Weakness: return tr("Weakness");
    case Symptom::Drooping: return tr("Drooping");
    case Symptom::Numbness: return tr("Numbness");
    case Symptom::Pain: return tr("Pain");
    case Symptom::SpeechDifficulty: return tr("Speech difficulty");
    case Symptom::SwallowingDifficulty: return tr("Swallowing difficulty");
    case Symptom::TriggeredByMovement: return tr("Triggered by movement");
    case Symptom::InterferesWithDailyLife: return tr("Interferes with daily life");
    }
    return {};
}

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
    DaySet set; // day indexes with episodes at the site
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
            continue; // not confirmed, or confirmed within the baseline
        if (sd.activeIn(first, baselineEnd))
            continue; // seen in the baseline already
        const bool newSide = (lateral(site.side) & ~baselineSides) != 0;
        const bool newGroup = !baselineGroups.count(zoneGroup(site.zone));
        const QDate from = ds.date(confirmed);
        const QDate to = ds.date(sd.days().back());
        if (newSide || newGroup) {
            const bool recent = sd.days().back() > ds.days - 1 - kExpansionWindowDays;
            const QString area = tr("a new area (%1)").arg(groupWords(zoneGroup(site.zone)));
            const QString side = tr("a side not affected in the first two weeks");
            const QString why = newGroup && newSide ? tr("%1 and %2").arg(area, side) : newGroup ? area : side;
            out.flags.push_back({FlagKind::Spreading, recent ? FlagState::Ongoing : FlagState::Resolved, from, to,
                                 tr("Twitching appeared at the %1 on %2 from %3, %4.")
                                     .arg(siteWords(site.zone, site.side), days(qint64(sd.days().size())),
                                          sentenceDate(from), why)});
        } else {
            out.notes.push_back({NoteKind::NewSubSite, from,
                                 tr("Twitching also appeared at the %1 from %2, in an area already affected.")
                                     .arg(siteWords(site.zone, site.side), sentenceDate(from))});
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
                             (newSites.size() > 1
                                  ? tr("Twitching was noted at %1 places in the latest 28 days, against %2 in the "
                                       "first 28 days; new: %3 and %4 more.")
                                        .arg(num(lateCount), num(earlyCount),
                                             siteWords(newSites.front().zone, newSites.front().side),
                                             num(qint64(newSites.size() - 1)))
                                  : tr("Twitching was noted at %1 places in the latest 28 days, against %2 in the "
                                       "first 28 days; new: %3.")
                                        .arg(num(lateCount), num(earlyCount),
                                             siteWords(newSites.front().zone, newSites.front().side)))});
    } else if (!newSites.empty() && !leftSites.empty()) {
        out.notes.push_back({NoteKind::Migration, ds.date(latestStart),
                             tr("Twitching moved: from the %1 in the first 28 days to the %2 lately.")
                                 .arg(siteWords(leftSites.front().zone, leftSites.front().side),
                                      siteWords(newSites.front().zone, newSites.front().side))});
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
        const QString what = symptomSubject(Symptom(s));
        out.flags.push_back({FlagKind::RedFlagSymptom, recent ? FlagState::Ongoing : FlagState::Resolved, from, to,
                             set.size() == 1
                                 ? tr("%1 was noted with twitching on %2.").arg(what, sentenceDate(from))
                                 : tr("%1 was noted with twitching on %2 between %3 and %4.")
                                       .arg(what, days(qint64(set.size())), sentenceDate(from), sentenceDate(to))});
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
                                 tr("Twitching began on %1, %2 after %3 was started (%4).")
                                     .arg(sentenceDate(onset), days(after), m.name, sentenceDate(m.started))});
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
        const bool wellLogged = b.loggedDays >= kPersistentLoggedShare * b.span() &&
                                b.longestUnlogged <= kPersistentMaxUnloggedRun;
        const FlagState state = !wellLogged  ? FlagState::Possible
                                : b.resolved ? FlagState::Resolved
                                             : FlagState::Ongoing;
        const QString detail =
            wellLogged ? tr("Twitching on and off for %1 without a symptom-free week.").arg(days(b.span()))
                       : tr("Twitching on and off for %1 without a symptom-free week (logging gaps: %2 of %3 days "
                            "logged).")
                             .arg(days(b.span()), num(b.loggedDays), num(b.span()));
        flags.push_back({FlagKind::Persistent, state, ds.date(b.first), ds.date(b.last), detail});
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
             tr("%1 episodes in the latest 14 logged days against %2 in the 14 logged days before.")
                 .arg(num(recent), num(earlier))}};
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
    return {{FlagKind::Recurring, FlagState::Ongoing, ds.date(std::max(0, recent.front()->first)), ds.date(ds.days - 1),
             tr("%1 separate bouts of twitching in the latest 180 days, separated by symptom-free weeks.")
                 .arg(num(qint64(recent.size())))}};
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
