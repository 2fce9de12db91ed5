#include "analysis/distributions.h"

#include <boost/math/distributions/beta.hpp>
#include <boost/math/distributions/binomial.hpp>
#include <boost/math/distributions/students_t.hpp>

#include <cmath>
#include <limits>

namespace td::analysis {

namespace {

namespace bp = boost::math::policies;
// Report every error through errno and a NaN/inf result: the analysis runs on user
// data, and a throw from deep inside a quantile must never take the app down.
using Quiet = bp::policy<bp::domain_error<bp::errno_on_error>, bp::pole_error<bp::errno_on_error>,
                         bp::overflow_error<bp::errno_on_error>, bp::evaluation_error<bp::errno_on_error>,
                         bp::rounding_error<bp::errno_on_error>, bp::indeterminate_result_error<bp::errno_on_error>>;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

} // namespace

double studentTQuantile(double p, double df)
{
    if (!(df > 0) || !(p > 0) || !(p < 1))
        return kNaN;
    const boost::math::students_t_distribution<double, Quiet> dist(df);
    return boost::math::quantile(dist, p);
}

Interval clopperPearson(int successes, int trials, double level)
{
    if (trials <= 0 || successes < 0 || successes > trials || !(level > 0) || !(level < 1))
        return {kNaN, kNaN};
    const double alpha = 1 - level;
    const double k = successes;
    const double n = trials;
    Interval ci{0, 1};
    if (successes > 0) {
        const boost::math::beta_distribution<double, Quiet> lower(k, n - k + 1);
        ci.low = boost::math::quantile(lower, alpha / 2);
    }
    if (successes < trials) {
        const boost::math::beta_distribution<double, Quiet> upper(k + 1, n - k);
        ci.high = boost::math::quantile(upper, 1 - alpha / 2);
    }
    return ci;
}

double conditionalPoissonUpperP(int recent, int earlier)
{
    if (recent < 0 || earlier < 0)
        return kNaN;
    const int total = recent + earlier;
    if (total == 0 || recent == 0)
        return 1.0;
    const boost::math::binomial_distribution<double, Quiet> dist(total, 0.5);
    // P(X >= recent) = 1 - P(X <= recent - 1), via the complement for accuracy.
    return boost::math::cdf(boost::math::complement(dist, double(recent - 1)));
}

} // namespace td::analysis
