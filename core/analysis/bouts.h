// Bouts of twitching (docs/analysis.md "Red flags"): a bout is a maximal run of
// episode days not interrupted by 7 consecutive observed episode-free days. Unlogged
// days never end a bout: only a full calendar week of checked-in, episode-free days
// does.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace td::analysis {

inline constexpr int kQuietWeek = 7;

struct Bout {
    int first = 0; // day index of the first episode day
    int last = 0;  // day index of the last episode day
    int episodeDays = 0;
    int loggedDays = 0;      // observed days in [first, last]
    int longestUnlogged = 0; // longest run of unlogged days inside
    bool resolved = false;   // an observed episode-free week followed it
    int resolvedOn = -1;     // last day of that first quiet week, when resolved
    int span() const { return last - first + 1; }
};

// Bouts of a day series (observed flags and episode counts per day).
std::vector<Bout> findBouts(std::span<const std::uint8_t> observed, std::span<const int> episodes);

} // namespace td::analysis
