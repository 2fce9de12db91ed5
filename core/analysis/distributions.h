// Quantiles and exact tests the analysis needs, wrapped so that degenerate input
// (zero trials, df <= 0, p outside 0..1) returns NaN instead of throwing.
#pragma once

namespace td::analysis {

// The p-quantile of Student's t with `df` degrees of freedom; NaN when df <= 0.
double studentTQuantile(double p, double df);

struct Interval {
    double low = 0;
    double high = 0;
};

// Clopper–Pearson ("exact") two-sided interval for a binomial share; {NaN, NaN}
// when trials <= 0.
Interval clopperPearson(int successes, int trials, double level = 0.95);

// One-sided exact conditional Poisson test of "rate of the recent period is higher":
// given `recent + earlier` events over equal exposure, P(X >= recent) for
// X ~ Binomial(recent + earlier, 1/2). 1 when there are no events at all.
double conditionalPoissonUpperP(int recent, int earlier);

} // namespace td::analysis
