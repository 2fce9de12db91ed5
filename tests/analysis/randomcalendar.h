// Random diaries in the rotation engine's terms, shared by the engine's tests
// (test_engine.cpp, test_rotationthreads.cpp): Poisson episodes, about `missingRate` of
// the days unlogged and half that share of the exposure missing, in 28-day strata.
#pragma once

#include "analysis/dayseries.h"
#include "analysis/rotationtest.h"

#include <cstdint>
#include <random>
#include <vector>

namespace td::analysis {

struct RandomCase {
    std::vector<int> y;
    std::vector<std::uint8_t> obs;
    std::vector<std::int8_t> base;
    Strata strata;
    RotationInput in() const { return {y, obs, base, &strata}; }
};

inline RandomCase randomCase(std::mt19937_64 &rng, int days, double missingRate)
{
    RandomCase c;
    std::uniform_real_distribution<double> u(0, 1);
    std::poisson_distribution<int> pois(1.3);
    for (int t = 0; t < days; ++t) {
        c.obs.push_back(u(rng) > missingRate);
        c.y.push_back(c.obs.back() ? pois(rng) : 0);
        const double r = u(rng);
        c.base.push_back(r < missingRate * 0.5 ? kMissing : r < 0.6 ? kUnexposed : kExposed);
    }
    c.strata = makeStrata(days);
    return c;
}

// Up to 40 % of the days unlogged.
inline RandomCase randomCase(std::mt19937_64 &rng, int days)
{
    std::uniform_real_distribution<double> u(0, 1);
    const double missingRate = u(rng) * 0.4;
    return randomCase(rng, days, missingRate);
}

// The same from a seed of its own.
inline RandomCase randomCase(std::uint64_t seed, int days, double missingRate)
{
    std::mt19937_64 rng(seed);
    return randomCase(rng, days, missingRate);
}

} // namespace td::analysis
