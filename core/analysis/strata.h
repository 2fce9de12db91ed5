// 28-day time strata (docs/analysis.md): consecutive calendar blocks from day 0; a trailing
// block shorter than 14 days joins the one before. The same blocks are the units
// within which the rotation test turns a factor's calendar.
#pragma once

#include <vector>

namespace td::analysis {

inline constexpr int kStratumDays = 28;
inline constexpr int kMinTrailingStratumDays = 14;

struct Strata {
    std::vector<int> start; // block b covers days [start[b], start[b + 1]); size count()+1
    std::vector<int> of;    // block index of each day

    int count() const { return int(start.size()) - 1; }
    int length(int b) const { return start[b + 1] - start[b]; }
    int days() const { return start.empty() ? 0 : start.back(); }
};

Strata makeStrata(int days);

} // namespace td::analysis
