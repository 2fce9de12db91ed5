#include "sample/diarygenerator.h"

#include "experiments/experiment.h"

#include <QHash>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <random>
#include <tuple>

namespace td::sample {
namespace {

struct DayExposure {
    double caffeineMg = 0;
    double sleepHours = 7;
    int sleepQuality = 3;
    int stress = 3;
    double alcohol = 0;
    double water = 1.5;
    QStringList foods;
    bool magnesium = false;
    double screenHours = 0;
    bool cold = false;
    std::vector<double> extraNumbers; // extra numeric custom factors
    std::vector<bool> extraYesNo;     // extra yes/no custom factors
};

const QStringList kFoods = {QStringLiteral("aspartame"), QStringLiteral("msg"),          QStringLiteral("processed"),
                            QStringLiteral("bananas"),   QStringLiteral("leafy greens"), QStringLiteral("nuts")};

bool exposed(const QString &factor, const DayExposure &d, double caffeineHigh)
{
    if (factor == u"sleep_hours")
        return d.sleepHours < 6;
    if (factor == u"sleep_quality")
        return d.sleepQuality <= 2;
    if (factor == u"stress")
        return d.stress >= 7;
    if (factor == u"caffeine_mg")
        return d.caffeineMg > caffeineHigh;
    if (factor == u"alcohol_units")
        return d.alcohol >= 1;
    if (factor == u"water_l")
        return d.water < 1.2;
    if (factor.startsWith(u"food:"))
        return d.foods.contains(factor.mid(5));
    if (factor == u"supplement:magnesium")
        return d.magnesium;
    if (factor == u"custom:screen")
        return d.screenHours > 8;
    if (factor == u"custom:cold exposure")
        return d.cold;
    for (std::size_t i = 0; i < d.extraNumbers.size(); ++i)
        if (factor == u"custom:" + extraNumberFactor(int(i) + 1))
            return d.extraNumbers[i] > 6;
    for (std::size_t i = 0; i < d.extraYesNo.size(); ++i)
        if (factor == u"custom:" + extraYesNoFactor(int(i) + 1))
            return d.extraYesNo[i];
    return false;
}

// Whether a day meets an experiment's condition, and how to make it meet it or not.
bool meetsCondition(const experiments::Plan &plan, const DayExposure &d)
{
    using experiments::Op;
    const QString &f = plan.factor;
    double v = 0;
    if (f == u"caffeine_mg")
        v = d.caffeineMg;
    else if (f == u"alcohol_units")
        v = d.alcohol;
    else if (f == u"sleep_hours")
        v = d.sleepHours;
    else if (f == u"water_l")
        v = d.water;
    else if (f == u"supplement:magnesium")
        v = d.magnesium ? 1 : 0;
    else if (f.startsWith(u"food:"))
        v = d.foods.contains(f.mid(5)) ? 1 : 0;
    switch (plan.op) {
    case Op::AtMost: return v <= plan.value;
    case Op::AtLeast: return v >= plan.value;
    case Op::Present: return v > 0.5;
    case Op::Absent: return v < 0.5;
    }
    return false;
}

void setCondition(const experiments::Plan &plan, DayExposure &d, bool meet)
{
    using experiments::Op;
    if (meetsCondition(plan, d) == meet)
        return;
    const QString &f = plan.factor;
    const bool up = (plan.op == Op::AtMost) != meet; // raise the value to break "at most"
    if (f == u"caffeine_mg")                         // whole cups of 95 mg
        d.caffeineMg = up ? (std::floor(plan.value / 95) + 1) * 95 : std::floor(plan.value / 95) * 95;
    else if (f == u"alcohol_units")
        d.alcohol = up ? std::floor(plan.value) + 1 : std::floor(plan.value);
    else if (f == u"sleep_hours")
        d.sleepHours = plan.op == Op::AtLeast ? (meet ? plan.value + 0.25 : plan.value - 0.75)
                                              : (meet ? plan.value - 0.25 : plan.value + 0.75);
    else if (f == u"water_l")
        d.water = plan.op == Op::AtLeast ? (meet ? plan.value + 0.25 : std::max(0.0, plan.value - 0.5))
                                         : (meet ? std::max(0.0, plan.value - 0.25) : plan.value + 0.5);
    else if (f == u"supplement:magnesium")
        d.magnesium = (plan.op == Op::Present) == meet;
    else if (f.startsWith(u"food:")) {
        const bool present = (plan.op == Op::Present) == meet;
        if (present)
            d.foods.append(f.mid(5));
        else
            d.foods.removeAll(f.mid(5));
    }
}

QDateTime at(const QDate &day, int minutes, int offset)
{
    return QDateTime(day, QTime(0, 0).addSecs(qint64(minutes) * 60), Qt::OffsetFromUTC, offset);
}

} // namespace

QString extraFoodTag(int i) { return QStringLiteral("extra %1").arg(i); }
QString extraNumberFactor(int i) { return QStringLiteral("extra number %1").arg(i); }
QString extraYesNoFactor(int i) { return QStringLiteral("extra yes/no %1").arg(i); }

Diary generateDiary(const GeneratorOptions &o)
{
    std::mt19937_64 rng(o.seed);
    std::normal_distribution<double> normal(0.0, 1.0);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    auto chance = [&](double p) { return uniform(rng) < p; };

    // Exposures first: autocorrelated habits with weekly rhythm and some co-occurrence.
    QList<DayExposure> exposure(o.days);
    double sleepState = 0, stressState = 0, caffeineState = 0;
    for (int t = 0; t < o.days; ++t) {
        const QDate day = o.start.addDays(t);
        const bool weekend = day.dayOfWeek() >= 6;
        DayExposure &d = exposure[t];
        sleepState = 0.5 * sleepState + normal(rng) * 0.8;
        d.sleepHours = std::clamp(std::round((7.1 + sleepState + (weekend ? 0.6 : 0)) * 4) / 4, 3.0, 11.0);
        d.sleepQuality = std::clamp(int(std::lround(3 + (d.sleepHours - 7) * 0.7 + normal(rng) * 0.8)), 1, 5);
        stressState = 0.7 * stressState + normal(rng) * 1.2;
        d.stress = std::clamp(int(std::lround(4 + stressState - (weekend ? 1.5 : 0))), 0, 10);
        caffeineState = 0.6 * caffeineState + normal(rng) * 0.7;
        double cups = 2.2 + caffeineState + (d.sleepHours < 6 ? 0.8 : 0);
        if (o.confoundedCaffeine)
            cups += 1.5 * (1.0 - double(t) / o.days) * 1.5;
        d.caffeineMg = std::max(0.0, std::round(cups)) * 95;
        d.alcohol = (weekend && chance(0.55)) || chance(0.08) ? std::round(1 + uniform(rng) * 2) : 0;
        d.water = std::round(std::clamp(1.6 + normal(rng) * 0.5, 0.3, 3.5) * 4) / 4;
        for (const QString &food : kFoods) {
            const double p = food == u"aspartame" ? 0.22 : food == u"processed" ? 0.3 : 0.15;
            if (chance(p) || (food == u"msg" && d.foods.contains(QStringLiteral("processed")) && chance(0.4)))
                d.foods.append(food);
        }
        d.magnesium = t > o.days / 2 && chance(0.6);
        d.screenHours = std::round(std::clamp(6 + normal(rng) * 2.5 + (weekend ? -1 : 1), 0.0, 16.0));
        d.cold = chance(day.month() <= 3 || day.month() >= 11 ? 0.3 : 0.05);
    }
    // The extra factors come from their own stream: the diary above stays the same.
    if (o.extraFoodTags > 0 || o.extraNumberFactors > 0 || o.extraYesNoFactors > 0) {
        std::mt19937_64 extraRng(o.seed ^ 0x5eedf00dcafe1234ull);
        std::uniform_real_distribution<double> extraUniform(0.0, 1.0);
        std::vector<double> state(std::size_t(std::max(0, o.extraNumberFactors)), 0.0);
        for (int t = 0; t < o.days; ++t) {
            DayExposure &d = exposure[t];
            for (int i = 1; i <= o.extraFoodTags; ++i)
                if (extraUniform(extraRng) < 0.12)
                    d.foods.append(extraFoodTag(i));
            for (double &x : state) { // an autocorrelated daily habit, 0–10
                x = 0.5 * x + (extraUniform(extraRng) - 0.5) * 3.0;
                d.extraNumbers.push_back(std::round(std::clamp(5.0 + x * 1.5, 0.0, 10.0)));
            }
            for (int i = 0; i < o.extraYesNoFactors; ++i)
                d.extraYesNo.push_back(extraUniform(extraRng) < 0.3);
        }
    }
    QList<double> caffeineSorted;
    for (const DayExposure &d : exposure)
        caffeineSorted.append(d.caffeineMg);
    std::sort(caffeineSorted.begin(), caffeineSorted.end());
    const double caffeineHigh = caffeineSorted.isEmpty() ? 0 : caffeineSorted[caffeineSorted.size() * 2 / 3];

    // Experiments: their own generator, and after the caffeine tertile, so the days before
    // a window are drawn exactly as without them.
    std::vector<double> experimentRate(std::size_t(std::max(0, o.days)), 1.0);
    QList<experiments::Plan> plans;
    if (!o.experiments.isEmpty()) {
        std::mt19937_64 expRng(o.seed ^ 0xe4be417e57ab1e5ull);
        std::uniform_real_distribution<double> expUniform(0.0, 1.0);
        for (const SampleExperiment &x : o.experiments) {
            experiments::Plan plan = x.plan;
            if (plan.design == experiments::Design::PairedPeriods && plan.schedule.empty()) {
                QRandomGenerator scheduleRng(quint32(x.scheduleSeed));
                plan.schedule = experiments::drawSchedule(plan.pairs, scheduleRng);
            }
            const experiments::Result layout = experiments::evaluate(Diary{}, plan, plan.windowTo());
            int run = 0;
            for (const experiments::WindowDay &wd : layout.days) {
                const int t = int(o.start.daysTo(wd.date));
                if (t < 0 || t >= o.days)
                    continue;
                DayExposure &d = exposure[t];
                if (wd.change)
                    setCondition(plan, d, expUniform(expRng) < x.adherence);
                else if (x.usualMeets >= 0)
                    setCondition(plan, d, expUniform(expRng) < x.usualMeets);
                run = meetsCondition(plan, d) ? run + 1 : 0;
                experimentRate[std::size_t(t)] = run >= 2 ? x.effect : run == 1 ? (1 + x.effect) / 2 : 1.0;
            }
            plans.append(plan);
        }
    }

    Diary diary;
    if (o.customFactors) {
        diary.customFactors = {{QStringLiteral("screen"), CustomFactorType::Number, QStringLiteral("h")},
                               {QStringLiteral("cold exposure"), CustomFactorType::YesNo, {}}};
    }
    for (int i = 1; i <= o.extraNumberFactors; ++i)
        diary.customFactors.append({extraNumberFactor(i), CustomFactorType::Number, {}});
    for (int i = 1; i <= o.extraYesNoFactors; ++i)
        diary.customFactors.append({extraYesNoFactor(i), CustomFactorType::YesNo, {}});
    const QDate medicationStart = o.start.addDays(o.days / 2 - 10);
    if (o.medications) {
        diary.medications.append({0, QStringLiteral("sertraline"), QStringLiteral("50 mg"), medicationStart,
                                  std::nullopt});
        diary.medications.append({0, QStringLiteral("cetirizine"), QStringLiteral("10 mg"), o.start.addDays(-60),
                                  o.start.addDays(20)});
    }

    double logState = 0;
    for (int t = 0; t < o.days; ++t) {
        const QDate day = o.start.addDays(t);
        const DayExposure &d = exposure[t];
        logState = o.autocorrelation * logState + normal(rng) * o.noiseSd;
        double rate = o.baseRate * std::exp(logState) * experimentRate[std::size_t(t)];
        if (o.confoundedCaffeine)
            rate *= 1.6 - 1.1 * double(t) / o.days;
        for (const PlantedTrigger &p : o.planted) {
            if (t - p.lag >= 0 && exposed(p.factor, exposure[t - p.lag], caffeineHigh))
                rate *= p.rateRatio;
        }
        std::gamma_distribution<double> gamma(o.dispersion, 1.0 / o.dispersion);
        std::poisson_distribution<int> poisson(std::max(1e-9, rate * gamma(rng)));
        int count = poisson(rng);
        if (t >= o.days - o.quietTailDays)
            count = 0;

        // Missing days: more often on good (twitch-free) days when asked.
        double pMissing = o.missingRate;
        if (o.missingMoreOnGoodDays)
            pMissing *= count == 0 ? 1.8 : 0.7;
        if (chance(pMissing))
            continue;

        const int off = o.utcOffsetSeconds;
        for (int k = 0; k < count; ++k) {
            Episode e;
            // Time of day: a morning and an evening peak, between 07:00 and 23:30.
            const double centre = chance(0.5) ? 10 * 60 : 19 * 60;
            const int minute = std::clamp(int(centre + normal(rng) * 150), 7 * 60, 23 * 60 + 30);
            e.at = at(day, minute, off);
            e.zone = Zone::LowerLip;
            e.side = Side::Left;
            const double r = uniform(rng);
            if (r < 0.15)
                e.zone = Zone::MouthCorner;
            else if (r < 0.25)
                e.zone = Zone::LowerEyelid;
            if (o.spreading && t > o.days / 2 && chance(0.35)) {
                e.zone = Zone::UpperEyelid;
                e.side = Side::Right;
            }
            e.intensity = std::clamp(int(std::lround(4 + normal(rng) * 1.8)), 1, 10);
            e.durationS = std::clamp(int(std::lround(std::exp(3.6 + normal(rng) * 0.8))), 2, 1800);
            if (o.symptoms && t > o.days - 40 && chance(0.05))
                e.symptoms = {Symptom::Drooping};
            diary.episodes.append(e);
        }

        // Intakes at plausible times; checked in on most logged days.
        const int cups = int(std::lround(d.caffeineMg / 95));
        for (int c = 0; c < cups; ++c)
            diary.intakes.append({0, at(day, 7 * 60 + 30 + c * 150, off), IntakeKind::Caffeine,
                                  QStringLiteral("coffee cup"), 95.0});
        if (d.alcohol > 0)
            diary.intakes.append({0, at(day, 20 * 60, off), IntakeKind::Alcohol, {}, d.alcohol});
        diary.intakes.append({0, at(day, 9 * 60, off), IntakeKind::Water, {}, d.water});
        for (const QString &food : d.foods)
            diary.intakes.append({0, at(day, 12 * 60 + 30, off), IntakeKind::Food, food, std::nullopt});
        if (d.magnesium)
            diary.intakes.append({0, at(day, 21 * 60, off), IntakeKind::Supplement, QStringLiteral("magnesium"),
                                  300.0});
        diary.sleep.append({day, d.sleepHours, d.sleepQuality});
        diary.stress.append({day, d.stress});
        if (o.customFactors) {
            diary.customValues.append({day, QStringLiteral("screen"), d.screenHours});
            diary.customValues.append({day, QStringLiteral("cold exposure"), d.cold ? 1.0 : 0.0});
        }
        for (std::size_t i = 0; i < d.extraNumbers.size(); ++i)
            diary.customValues.append({day, extraNumberFactor(int(i) + 1), d.extraNumbers[i]});
        for (std::size_t i = 0; i < d.extraYesNo.size(); ++i)
            diary.customValues.append({day, extraYesNoFactor(int(i) + 1), d.extraYesNo[i] ? 1.0 : 0.0});
        if (!chance(0.05) || count == 0)
            diary.checkins.append(day);
    }
    diary.experiments = plans;
    // The canonical order a diary is exported in: by time, then by date and name.
    const auto byTime = [](const auto &a, const auto &b) { return a.at < b.at; };
    std::stable_sort(diary.episodes.begin(), diary.episodes.end(), byTime);
    std::stable_sort(diary.intakes.begin(), diary.intakes.end(), byTime);
    std::stable_sort(diary.medications.begin(), diary.medications.end(),
                     [](const Medication &a, const Medication &b) { return a.started < b.started; });
    std::stable_sort(diary.customValues.begin(), diary.customValues.end(),
                     [](const CustomValue &a, const CustomValue &b) {
        return std::tie(a.date, a.name) < std::tie(b.date, b.name);
    });
    return diary;
}

QList<SampleExperiment> sampleExperiments(const QDate &lastDay)
{
    SampleExperiment caffeine;
    caffeine.plan.title = QStringLiteral("Less caffeine");
    caffeine.plan.factor = QStringLiteral("caffeine_mg");
    caffeine.plan.op = experiments::Op::AtMost;
    caffeine.plan.value = 100;
    caffeine.plan.pairs = 8;
    caffeine.plan.periodDays = 7;
    caffeine.plan.washoutDays = 2;
    caffeine.plan.start = lastDay.addDays(-30 - 2 * 8 * 7 + 1); // the window ends 30 days before lastDay
    caffeine.plan.pauses = {{caffeine.plan.start.addDays(66), caffeine.plan.start.addDays(69)}};
    caffeine.plan.note = QStringLiteral("One cup in the morning on change weeks.");
    caffeine.scheduleSeed = 20260833;
    caffeine.adherence = 0.9;
    caffeine.effect = 0.6;

    SampleExperiment magnesium;
    magnesium.plan.title = QStringLiteral("Magnesium every day");
    magnesium.plan.factor = QStringLiteral("supplement:magnesium");
    magnesium.plan.op = experiments::Op::Present;
    magnesium.plan.pairs = 6;
    magnesium.plan.periodDays = 14;
    magnesium.plan.washoutDays = 3;
    magnesium.plan.start = lastDay.addDays(-19);
    magnesium.scheduleSeed = 20261116;
    magnesium.adherence = 0.92;
    magnesium.usualMeets = 0.05;
    return {caffeine, magnesium};
}

} // namespace td::sample
