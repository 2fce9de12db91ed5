// Settings of one analysis run. The defaults are those of docs/analysis.md; the switches
// exist for tests (penalty off, fixed draws) and for the calibration run.
#pragma once

#include <QDate>

#include <cstdint>
#include <optional>

namespace td::analysis {

struct Options {
    std::optional<QDate> from; // first day of the period; default: first entry
    std::optional<QDate> to;   // last day of the period; default: last entry
    int dayBoundaryHour = 4;   // entries before this hour belong to the day before

    // Log-F(1,1) penalty on the rate-ratio estimate. Off only in tests that compare
    // with the closed form of an unpenalised one-stratum fit.
    bool penalised = true;

    // Rotation test: every combination is enumerated when there are at most
    // enumerateLimit of them; otherwise `draws` Monte Carlo rotations.
    std::int64_t enumerateLimit = 10000;
    int draws = 9999;
    // Mixed into the data hash that seeds the Monte Carlo generator (0 in the app).
    std::uint64_t seedSalt = 0;
    // Besag–Clifford sequential Monte Carlo: stop drawing once this many rotations
    // reached the observed statistic (p = h / draws so far). 0 = always `draws` draws.
    // p is unchanged whenever fewer than h of the `draws` rotations reach it (p below
    // about h / draws); larger p are estimated to ~1/sqrt(h). See docs/analysis.md.
    int stopAfterExceedances = 100;
};

} // namespace td::analysis
