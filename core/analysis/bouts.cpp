#include "analysis/bouts.h"

#include <algorithm>

namespace td::analysis {

std::vector<Bout> findBouts(std::span<const std::uint8_t> observed, std::span<const int> episodes)
{
    const int n = int(std::min(observed.size(), episodes.size()));
    std::vector<Bout> bouts;
    bool open = false;
    int quiet = 0; // consecutive observed episode-free days so far
    for (int t = 0; t < n; ++t) {
        const bool episodeDay = observed[std::size_t(t)] && episodes[std::size_t(t)] > 0;
        if (episodeDay) {
            if (!open) {
                bouts.push_back({});
                bouts.back().first = t;
                open = true;
            }
            bouts.back().last = t;
            quiet = 0;
            continue;
        }
        quiet = observed[std::size_t(t)] ? quiet + 1 : 0;
        if (open && quiet == kQuietWeek) {
            bouts.back().resolved = true;
            bouts.back().resolvedOn = t;
            open = false;
        }
    }
    for (Bout &b : bouts) {
        int gap = 0;
        for (int t = b.first; t <= b.last; ++t) {
            const bool logged = observed[std::size_t(t)];
            b.loggedDays += logged;
            b.episodeDays += logged && episodes[std::size_t(t)] > 0;
            gap = logged ? 0 : gap + 1;
            b.longestUnlogged = std::max(b.longestUnlogged, gap);
        }
    }
    return bouts;
}

} // namespace td::analysis
