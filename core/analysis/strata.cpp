#include "analysis/strata.h"

namespace td::analysis {

Strata makeStrata(int days)
{
    Strata s;
    if (days <= 0) {
        s.start = {0};
        return s;
    }
    for (int a = 0; a < days; a += kStratumDays)
        s.start.push_back(a);
    if (s.start.size() > 1 && days - s.start.back() < kMinTrailingStratumDays)
        s.start.pop_back();
    s.start.push_back(days);
    s.of.resize(days);
    for (int b = 0; b < s.count(); ++b)
        for (int t = s.start[b]; t < s.start[b + 1]; ++t)
            s.of[t] = b;
    return s;
}

} // namespace td::analysis
