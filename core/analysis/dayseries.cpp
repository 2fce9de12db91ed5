#include "analysis/dayseries.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <map>

namespace td::analysis {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Entry days of a diary, clipped to the period, and the span they cover.
struct Span {
    QDate first;
    QDate last;
    void add(const QDate &d, const Options &o)
    {
        if (!d.isValid() || (o.from && d < *o.from) || (o.to && d > *o.to))
            return;
        if (!first.isValid() || d < first)
            first = d;
        if (!last.isValid() || d > last)
            last = d;
    }
};

QString tagKey(const QString &name) { return name.trimmed().toLower(); }

// Exposure codes from values; `exposed` decides on an observed value.
template <typename Pred>
std::vector<std::int8_t> codes(const std::vector<double> &value, Pred exposed)
{
    std::vector<std::int8_t> out(value.size(), kMissing);
    for (std::size_t t = 0; t < value.size(); ++t)
        if (!std::isnan(value[t]))
            out[t] = exposed(value[t]) ? kExposed : kUnexposed;
    return out;
}

std::vector<double> observedValues(const std::vector<double> &value)
{
    std::vector<double> v;
    for (double x : value)
        if (!std::isnan(x))
            v.push_back(x);
    return v;
}

// The logged value nearest `cut` above it (or below it): FactorSeries::exposedLimit.
double nearestBeyond(const std::vector<double> &value, double cut, bool above)
{
    double best = std::numeric_limits<double>::quiet_NaN();
    for (double x : value) {
        if (std::isnan(x) || (above ? !(x > cut) : !(x < cut)))
            continue;
        if (std::isnan(best) || (above ? x < best : x > best))
            best = x;
    }
    return best;
}

FactorSeries makeFactor(QString id, FactorKind kind, std::vector<double> value)
{
    FactorSeries f;
    f.id = std::move(id);
    f.kind = kind;
    f.value = std::move(value);
    return f;
}

// Reading an instant with an offset from UTC first touches the heap memory QDateTime
// keeps it in, a cache miss per entry that the loops over every entry of a diary would
// wait for one at a time. A hint only: when the object's first word is that pointer
// (short instants are kept inline and have the low bit set), it is fetched ahead; a
// prefetch of any address is harmless, so a different QDateTime layout only loses
// the gain.
constexpr std::size_t kReadAhead = 12;
inline void prefetchInstant(const QDateTime &at)
{
    static_assert(sizeof(QDateTime) == sizeof(std::uintptr_t));
    std::uintptr_t word;
    std::memcpy(&word, static_cast<const void *>(&at), sizeof word);
    if ((word & 1) == 0)
        __builtin_prefetch(reinterpret_cast<const void *>(word));
}

} // namespace

QDate dayOf(const QDateTime &at, int boundaryHour)
{
    if (!at.isValid())
        return diaryDay(at, boundaryHour);
    return QDate::fromJulianDay(julianDayOf(at.toMSecsSinceEpoch(), at.offsetFromUtc(), boundaryHour));
}

qint64 julianDayOf(qint64 msecsSinceEpoch, int offsetFromUtcS, int boundaryHour)
{
    // The wall clock of the entry's own offset, minus the boundary, as a day count from
    // the epoch: the same day diaryDay() finds, without building QDateTime copies
    // (this runs for every entry of ten years).
    constexpr qint64 kMsPerDay = 86400000;
    constexpr qint64 kJulianDayOfEpoch = 2440588; // 1970-01-01
    const qint64 local = msecsSinceEpoch + qint64(offsetFromUtcS) * 1000 - qint64(boundaryHour) * 3600000;
    const qint64 days = local >= 0 ? local / kMsPerDay : -((-local + kMsPerDay - 1) / kMsPerDay);
    return kJulianDayOfEpoch + days;
}

double quantileType7(std::vector<double> values, double q)
{
    // NaN or -0 (equal to +0 but printed differently): the plain sort, as always.
    auto odd = [](double v) { return std::isnan(v) || (v == 0 && std::signbit(v)); };
    if (values.empty() || std::any_of(values.begin(), values.end(), odd)) {
        std::sort(values.begin(), values.end());
        return quantileOfSorted(values, q);
    }
    // The two order statistics quantileOfSorted() reads, without a full sort: the same
    // values, so the same result.
    const double h = double(values.size() - 1) * q;
    const auto lo = std::size_t(std::floor(h));
    const std::size_t hi = std::min(lo + 1, values.size() - 1);
    const auto at = values.begin() + std::ptrdiff_t(lo);
    std::nth_element(values.begin(), at, values.end());
    const double vLo = *at;
    const double vHi = hi == lo ? vLo : *std::min_element(at + 1, values.end());
    return vLo + (h - double(lo)) * (vHi - vLo);
}

double quantileOfSorted(const std::vector<double> &values, double q)
{
    if (values.empty())
        return kNaN;
    const double h = double(values.size() - 1) * q;
    const auto lo = std::size_t(std::floor(h));
    const std::size_t hi = std::min(lo + 1, values.size() - 1);
    return values[lo] + (h - double(lo)) * (values[hi] - values[lo]);
}

DaySeries buildDaySeries(const Diary &diary, const Options &options)
{
    const int boundary = options.dayBoundaryHour;
    // Every episode's and intake's day, read once (QDateTime reads are the slow part):
    // as a Julian day, kNoDay when the instant is invalid.
    constexpr qint64 kNoDay = std::numeric_limits<qint64>::min();
    auto julian = [&](const QDateTime &at, qint64 *msecs, int *offset) {
        if (!at.isValid()) {
            const QDate d = diaryDay(at, boundary);
            return d.isValid() ? d.toJulianDay() : kNoDay;
        }
        *msecs = at.toMSecsSinceEpoch();
        *offset = at.offsetFromUtc();
        return julianDayOf(*msecs, *offset, boundary);
    };
    DaySeries ds;
    const auto episodeCount = std::size_t(diary.episodes.size());
    std::vector<qint64> episodeJd(episodeCount);
    ds.episodeMsecs.assign(episodeCount, 0);
    ds.episodeOffsetS.assign(episodeCount, 0);
    for (std::size_t k = 0; k < episodeCount; ++k) {
        if (k + kReadAhead < episodeCount)
            prefetchInstant(diary.episodes[qsizetype(k + kReadAhead)].at);
        episodeJd[k] = julian(diary.episodes[qsizetype(k)].at, &ds.episodeMsecs[k], &ds.episodeOffsetS[k]);
    }
    std::vector<qint64> intakeJd(std::size_t(diary.intakes.size()));
    for (std::size_t k = 0; k < intakeJd.size(); ++k) {
        if (k + kReadAhead < intakeJd.size())
            prefetchInstant(diary.intakes[qsizetype(k + kReadAhead)].at);
        qint64 msecs = 0;
        int offset = 0;
        intakeJd[k] = julian(diary.intakes[qsizetype(k)].at, &msecs, &offset);
    }
    auto dateOf = [&](qint64 jd) { return jd == kNoDay ? QDate() : QDate::fromJulianDay(jd); };

    Span span;
    for (qint64 jd : episodeJd)
        span.add(dateOf(jd), options);
    for (qint64 jd : intakeJd)
        span.add(dateOf(jd), options);
    for (const Sleep &s : diary.sleep)
        span.add(s.date, options);
    for (const Stress &s : diary.stress)
        span.add(s.date, options);
    for (const QDate &d : diary.checkins)
        span.add(d, options);
    for (const CustomValue &v : diary.customValues)
        span.add(v.date, options);

    ds.periodFrom = options.from ? *options.from : span.first;
    ds.periodTo = options.to ? *options.to : span.last;
    if (!span.first.isValid()) {
        ds.episodeMsecs.clear();
        ds.episodeOffsetS.clear();
        return ds;
    }
    ds.day0 = span.first;
    ds.days = int(span.first.daysTo(span.last)) + 1;
    const int n = ds.days;
    auto index = [&](const QDate &d) -> int {
        if (!d.isValid())
            return -1;
        const qint64 t = ds.day0.daysTo(d);
        return t >= 0 && t < n ? int(t) : -1;
    };

    ds.observed.assign(n, 0);
    ds.checkedIn.assign(n, 0);
    ds.episodes.assign(n, 0);
    for (const QDate &d : diary.checkins)
        if (const int t = index(d); t >= 0)
            ds.checkedIn[t] = 1;
    ds.episodeDay.reserve(std::size_t(diary.episodes.size()));
    for (qint64 jd : episodeJd) {
        const int t = index(dateOf(jd));
        ds.episodeDay.push_back(t);
        if (t >= 0)
            ++ds.episodes[t];
    }
    for (int t = 0; t < n; ++t)
        ds.observed[t] = ds.checkedIn[t] || ds.episodes[t] > 0;

    // Sleep, quality and stress: missing unless entered.
    std::vector<double> hours(n, kNaN), quality(n, kNaN), stress(n, kNaN);
    for (const Sleep &s : diary.sleep)
        if (const int t = index(s.date); t >= 0) {
            if (s.hours)
                hours[t] = *s.hours;
            if (s.quality)
                quality[t] = *s.quality;
        }
    for (const Stress &s : diary.stress)
        if (const int t = index(s.date); t >= 0)
            stress[t] = s.level;

    // Intakes: observed (0 when nothing was taken) on a checked-in day or a day with
    // any intake entry; missing otherwise.
    std::vector<std::uint8_t> intakeDay(n, 0);
    std::vector<int> intakeIndex;
    intakeIndex.reserve(std::size_t(diary.intakes.size()));
    for (qint64 jd : intakeJd) {
        intakeIndex.push_back(index(dateOf(jd)));
        if (intakeIndex.back() >= 0)
            intakeDay[intakeIndex.back()] = 1;
    }
    std::vector<double> zeroOrMissing(n, kNaN);
    for (int t = 0; t < n; ++t)
        if (ds.checkedIn[t] || intakeDay[t])
            zeroOrMissing[t] = 0;
    std::vector<double> caffeine = zeroOrMissing, alcohol = zeroOrMissing, water = zeroOrMissing;
    std::map<QString, std::vector<double>> foods, supplements;
    QHash<QString, std::vector<double> *> foodByName, supplementByName; // into foods, supplements
    for (qsizetype k = 0; k < diary.intakes.size(); ++k) {
        const Intake &i = diary.intakes[k];
        const int t = intakeIndex[std::size_t(k)];
        if (t < 0)
            continue;
        const double amount = i.amount.value_or(0);
        switch (i.kind) {
        case IntakeKind::Caffeine: caffeine[t] += amount; break;
        case IntakeKind::Alcohol: alcohol[t] += amount; break;
        case IntakeKind::Water: water[t] += amount; break;
        case IntakeKind::Food:
        case IntakeKind::Supplement: {
            // The tag key (trimmed, lower case) once per distinct name as written.
            const bool food = i.kind == IntakeKind::Food;
            std::vector<double> *&series = (food ? foodByName : supplementByName)[i.name];
            if (!series)
                series = &(food ? foods : supplements).try_emplace(tagKey(i.name), zeroOrMissing).first->second;
            (*series)[std::size_t(t)] = 1;
            break;
        }
        }
    }

    auto &fs = ds.factors;
    fs.push_back(makeFactor(QStringLiteral("sleep_hours"), FactorKind::SleepHours, hours));
    fs.back().exposure = codes(hours, [](double h) { return h < 6; });
    fs.push_back(makeFactor(QStringLiteral("sleep_quality"), FactorKind::SleepQuality, quality));
    fs.back().exposure = codes(quality, [](double q) { return q <= 2; });
    fs.push_back(makeFactor(QStringLiteral("stress"), FactorKind::Stress, stress));
    fs.back().exposure = codes(stress, [](double s) { return s >= 7; });

    fs.push_back(makeFactor(QStringLiteral("caffeine_mg"), FactorKind::Caffeine, caffeine));
    fs.back().threshold = quantileType7(observedValues(caffeine), 2.0 / 3.0);
    fs.back().exposure = codes(caffeine, [c = fs.back().threshold](double v) { return v > c; });
    fs.back().exposedLimit = nearestBeyond(caffeine, fs.back().threshold, true);
    fs.push_back(makeFactor(QStringLiteral("alcohol_units"), FactorKind::Alcohol, alcohol));
    fs.back().exposure = codes(alcohol, [](double v) { return v >= 1; });
    fs.push_back(makeFactor(QStringLiteral("water_l"), FactorKind::Water, water));
    fs.back().threshold = quantileType7(observedValues(water), 1.0 / 3.0);
    fs.back().exposure = codes(water, [c = fs.back().threshold](double v) { return v < c; });
    fs.back().exposedLimit = nearestBeyond(water, fs.back().threshold, false);

    auto present = [](double v) { return v > 0.5; };
    for (auto &[name, value] : foods) {
        fs.push_back(makeFactor(u"food:" + name, FactorKind::Food, std::move(value)));
        fs.back().name = name;
        fs.back().exposure = codes(fs.back().value, present);
    }
    for (auto &[name, value] : supplements) {
        fs.push_back(makeFactor(u"supplement:" + name, FactorKind::Supplement, std::move(value)));
        fs.back().name = name;
        fs.back().exposure = codes(fs.back().value, present);
    }

    // Custom factors: yes/no like a food tag (a checked-in day without a value is a
    // "no"), numbers like stress (missing unless entered).
    // The entered values of each name, in diary order (the last one of a day wins).
    QHash<QString, std::vector<const CustomValue *>> valuesByName;
    if (!diary.customFactors.isEmpty())
        for (const CustomValue &v : diary.customValues)
            valuesByName[v.name].push_back(&v);
    for (const CustomFactor &cf : diary.customFactors) {
        const bool yesNo = cf.type == CustomFactorType::YesNo;
        std::vector<double> value(n, kNaN);
        if (yesNo)
            for (int t = 0; t < n; ++t)
                if (ds.checkedIn[t])
                    value[t] = 0;
        if (const auto it = valuesByName.constFind(cf.name); it != valuesByName.constEnd())
            for (const CustomValue *v : *it)
                if (const int t = index(v->date); t >= 0)
                    value[t] = v->value;
        const QString key = tagKey(cf.name);
        fs.push_back(makeFactor(u"custom:" + key, yesNo ? FactorKind::CustomYesNo : FactorKind::CustomNumber,
                                std::move(value)));
        FactorSeries &f = fs.back();
        f.name = cf.name;
        f.unit = cf.unit;
        if (yesNo) {
            f.exposure = codes(f.value, present);
        } else {
            f.threshold = quantileType7(observedValues(f.value), 2.0 / 3.0);
            f.exposure = codes(f.value, [c = f.threshold](double v) { return v > c; });
            f.exposedLimit = nearestBeyond(f.value, f.threshold, true);
        }
    }
    return ds;
}

} // namespace td::analysis
