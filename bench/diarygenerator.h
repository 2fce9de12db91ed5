// A synthetic diary for benchmarks: `years` of daily logging with ~14 episodes a day,
// sleep, stress, caffeine, alcohol, water, 18 food tags, 2 supplements and 4 custom
// factors (30 factors in all), ~10 % unlogged days, one planted trigger.
#pragma once

#include "domain.h"

#include <cstdint>

namespace td::bench {

Diary generateDiary(int years, std::uint64_t seed = 1);

} // namespace td::bench
