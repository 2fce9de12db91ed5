#include "diarygenerator.h"

#include <QTimeZone>

#include <cmath>
#include <random>

namespace td::bench {

Diary generateDiary(int years, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> uni(0, 1);
    std::normal_distribution<double> normal(0, 1);
    Diary d;
    const QDate first(2015, 1, 5);
    const int days = years * 365;
    const QTimeZone zone(3600);
    auto at = [&](const QDate &day, int minutes) {
        return QDateTime(day, QTime(0, 0).addSecs(minutes * 60), zone);
    };
    static const char *const foods[] = {"aspartame", "msg", "bananas", "leafy greens", "nuts",
        "processed", "chocolate", "cheese", "bread", "pasta", "rice", "fish", "chicken",
        "beef", "yoghurt", "citrus", "tomato", "spicy"};
    static const char *const supplements[] = {"magnesium", "potassium"};
    d.customFactors = {{QStringLiteral("cold exposure"), CustomFactorType::YesNo, {}},
                       {QStringLiteral("exercise"), CustomFactorType::YesNo, {}},
                       {QStringLiteral("screen"), CustomFactorType::Number, QStringLiteral("h")},
                       {QStringLiteral("steps"), CustomFactorType::Number, QStringLiteral("k")}};
    double level = 0;  // AR(1) log-rate: autocorrelated, overdispersed counts
    for (int t = 0; t < days; ++t) {
        const QDate day = first.addDays(t);
        if (uni(rng) < 0.1)
            continue;  // unlogged day
        d.checkins.push_back(day);
        const double hours = std::clamp(7.2 + 1.1 * normal(rng), 3.0, 11.0);
        d.sleep.push_back({day, std::round(hours * 10) / 10, int(std::clamp(3.0 + normal(rng), 1.0, 5.0))});
        d.stress.push_back({day, int(std::clamp(4.0 + 2.2 * normal(rng), 0.0, 10.0))});
        const int coffees = int(uni(rng) * 4);
        for (int c = 0; c < coffees; ++c)
            d.intakes.push_back({0, at(day, 7 * 60 + c * 180), IntakeKind::Caffeine, QStringLiteral("coffee"), 95.0});
        if (uni(rng) < 0.3)
            d.intakes.push_back({0, at(day, 20 * 60), IntakeKind::Alcohol, {}, 1 + double(int(uni(rng) * 3))});
        d.intakes.push_back({0, at(day, 9 * 60), IntakeKind::Water, {}, std::round((0.5 + 2 * uni(rng)) * 10) / 10});
        bool aspartame = false;
        for (int f = 0; f < 18; ++f)
            if (uni(rng) < 0.12) {
                d.intakes.push_back({0, at(day, 12 * 60 + f), IntakeKind::Food, QString::fromLatin1(foods[f]), {}});
                aspartame = aspartame || f == 0;
            }
        for (int s = 0; s < 2; ++s)
            if (uni(rng) < 0.4)
                d.intakes.push_back({0, at(day, 21 * 60), IntakeKind::Supplement, QString::fromLatin1(supplements[s]), 300.0});
        d.customValues.push_back({day, QStringLiteral("cold exposure"), uni(rng) < 0.2 ? 1.0 : 0.0});
        if (uni(rng) < 0.5)
            d.customValues.push_back({day, QStringLiteral("exercise"), 1.0});
        d.customValues.push_back({day, QStringLiteral("screen"), std::round(uni(rng) * 100) / 10});
        d.customValues.push_back({day, QStringLiteral("steps"), std::round(uni(rng) * 150) / 10});

        level = 0.8 * level + 0.35 * normal(rng);
        const double rate = 12.5 * std::exp(level) * (aspartame ? 1.6 : 1.0);
        std::poisson_distribution<int> pois(rate);
        const int n = pois(rng);
        for (int e = 0; e < n; ++e) {
            Episode ep;
            ep.at = at(day, 6 * 60 + int(uni(rng) * 17 * 60));
            ep.zone = uni(rng) < 0.8 ? Zone::LowerLip : Zone::UpperEyelid;
            ep.side = uni(rng) < 0.7 ? Side::Left : Side::Right;
            ep.durationS = 5 + int(uni(rng) * 120);
            ep.intensity = 1 + int(uni(rng) * 10);
            d.episodes.push_back(ep);
        }
    }
    return d;
}

} // namespace td::bench
