// The driver of the rotation test (rotationtest.h): enumerates every combination of
// offsets or draws Monte Carlo rotations, hands them to the table engine
// (rotationtable.h) in batches and turns the exceedances into p.
#include "analysis/rotationtest.h"

#include "analysis/random.h"

#include <algorithm>
#include <cmath>

namespace td::analysis {

namespace {

// Statistics within this relative distance below the observed one count as ties
// (reached): the engine's sums and the direct definition round differently.
constexpr double kTieTolerance = 1e-9;
// Rotations per batch given to RotationEngine::exceeds(): long enough for its
// stratum-by-stratum bound pass to reuse each stratum's rows, short enough for the
// batch sums to stay in L1/L2.
constexpr int kBatch = 128;
// Batch sizes under sequential stopping (Besag–Clifford): the first batch, before
// any exceedance rate is known; the least later; and the margin on the draws still
// expected to be needed (x 1.25 + 8), so that one batch usually reaches the stop.
constexpr int kFirstSequentialBatch = 64;
constexpr int kMinSequentialBatch = 32;
constexpr double kSequentialBatchFactor = 1.25;
constexpr double kSequentialBatchExtra = 8.0;

// The rotations of the next batch: kBatch, or with sequential stopping about as many as
// the draws still expected to be needed (from the exceedance rate so far): a batch's
// draws past the stop would be wasted. The draws themselves, in order, are the same
// either way.
int nextBatchSize(int stopAt, std::int64_t done, std::int64_t exceedances)
{
    if (stopAt <= 0)
        return kBatch;
    if (done == 0)
        return kFirstSequentialBatch;
    const double rate = double(exceedances + 1) / double(done + 1);
    const double needed = double(stopAt - exceedances) / rate;
    return int(std::clamp(needed * kSequentialBatchFactor + kSequentialBatchExtra, double(kMinSequentialBatch),
                          double(kBatch)));
}

// The next `count` combinations of the mixed-radix counter, to offsets[b * kBatch + i].
void enumerateRotations(const Strata &st, int count, std::vector<int> &counter, std::vector<std::uint8_t> &offsets)
{
    const int blocks = st.count();
    for (int i = 0; i < count; ++i) {
        for (int b = 0; b < blocks; ++b)
            offsets[std::size_t(b * kBatch + i)] = std::uint8_t(counter[std::size_t(b)]);
        for (int b = 0; b < blocks; ++b) { // next combination
            if (++counter[std::size_t(b)] < st.length(b))
                break;
            counter[std::size_t(b)] = 0;
        }
    }
}

// `count` Monte Carlo rotations, to offsets[b * kBatch + i]. The generator is copied to
// a local so its state can stay in registers (a byte store may alias any object); the
// draws are the same, in the same order.
void drawRotations(Xoshiro256 &rng, const std::vector<std::uint32_t> &lengths, int count,
                   std::vector<std::uint8_t> &offsets)
{
    Xoshiro256 local = rng;
    for (int i = 0; i < count; ++i) {
        std::uint8_t *column = &offsets[std::size_t(i)];
        for (std::size_t b = 0; b < lengths.size(); ++b)
            column[b * kBatch] = std::uint8_t(local.below(lengths[b]));
    }
    rng = local;
}

} // namespace

std::uint64_t dataSeed(const RotationInput &in, std::uint64_t salt)
{
    Fnv1a h;
    h.add(salt);
    h.add(std::uint64_t(in.base.size()));
    for (std::size_t t = 0; t < in.base.size(); ++t) {
        h.add(std::uint64_t(in.observed[t]));
        h.add(std::uint64_t(std::int64_t(in.y[t])));
        h.add(std::uint64_t(std::int64_t(in.base[t])));
    }
    for (int s : in.strata->start)
        h.add(std::uint64_t(s));
    return h.value();
}

RotationTestResult rotationTest(const RotationInput &in, const RotationSettings &settings)
{
    return rotationTest(in, settings, zByLagDirect(in));
}

RotationTestResult rotationTest(const RotationInput &in, const RotationSettings &settings, const ZByLag &observed)
{
    RotationTestResult r;
    r.z = observed;
    r.statistic = maxAbs(r.z);
    for (int k = 1; k < kLags; ++k)
        if (std::abs(r.z[std::size_t(k)]) > std::abs(r.z[std::size_t(r.lag)]))
            r.lag = k;
    const Strata &st = *in.strata;
    const int blocks = st.count();
    if (blocks <= 0)
        return r;
    const double threshold = r.statistic * (1.0 - kTieTolerance);

    std::int64_t combinations = 1;
    for (int b = 0; b < blocks && combinations <= settings.enumerateLimit; ++b)
        combinations *= st.length(b);
    r.enumerated = combinations <= settings.enumerateLimit;
    const std::int64_t total = r.enumerated ? combinations : std::max(0, settings.draws);
    const int stopAt = r.enumerated ? 0 : settings.stopAfterExceedances;

    // offsets[b * kBatch + i] is stratum b's offset in rotation i of the batch.
    const RotationEngine engine(in);
    RotationWorkspace workspace;
    std::vector<std::uint8_t> offsets(std::size_t(blocks) * kBatch);
    std::vector<std::uint8_t> hit;
    std::vector<int> counter(std::size_t(blocks), 0); // mixed-radix enumeration state
    Xoshiro256 rng(dataSeed(in, settings.seedSalt));
    std::vector<std::uint32_t> lengths(static_cast<std::size_t>(blocks));
    for (int b = 0; b < blocks; ++b)
        lengths[std::size_t(b)] = std::uint32_t(st.length(b));
    std::int64_t done = 0;
    bool stopped = false;
    while (done < total && !stopped) {
        const int count = int(std::min<std::int64_t>(nextBatchSize(stopAt, done, r.exceedances), total - done));
        if (r.enumerated)
            enumerateRotations(st, count, counter, offsets);
        else
            drawRotations(rng, lengths, count, offsets);
        engine.exceeds(offsets, kBatch, count, threshold, hit, workspace);
        for (int i = 0; i < count; ++i) {
            ++done;
            r.exceedances += hit[std::size_t(i)];
            if (stopAt > 0 && r.exceedances >= stopAt) {
                stopped = true;
                break;
            }
        }
    }
    r.rotations = done;
    if (r.enumerated)
        r.p = double(r.exceedances) / double(std::max<std::int64_t>(1, done));
    else if (stopped)
        r.p = double(r.exceedances) / double(done); // Besag & Clifford (1991)
    else
        r.p = double(1 + r.exceedances) / double(done + 1);
    return r;
}

} // namespace td::analysis
