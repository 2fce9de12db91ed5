// The rate ratio of one factor and lag: penalised conditional Poisson within strata,
// with a Newey–West robust interval (docs/analysis.md "Estimate, score statistic, rotation test").
#pragma once

#include "analysis/score.h"

namespace td::analysis {

struct RateFit {
    double beta = 0; // log rate ratio
    double rateRatio = 1;
    double ciLow = 0; // NaN when the interval is undefined (n - S - 1 <= 0)
    double ciHigh = 0;
    double information = 0; // observed information at beta (penalty included)
    double omega = 0;       // HAC variance of the score
    double variance = 0;    // V
    int n = 0;
    int strata = 0; // S
    int iterations = 0;
    bool converged = false;
};

// `penalised` false drops the log-F(1,1) penalty: then, with one stratum, RR is the
// plain (Y1/n1)/(Y0/n0).
RateFit fitRateRatio(const LagInput &in, bool penalised = true);

} // namespace td::analysis
