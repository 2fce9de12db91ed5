// The table engine of the rotation test (rotationtable.h describes the method): the
// table build (RotationEngine::Builder, two passes over the strata), the exact
// evaluation of one rotation (zOf) and the batch decisions of exceeds() (bound sums,
// then the exact path for what the bounds leave open).
#include "analysis/rotationtable.h"

#include "analysis/dayseries.h"

#include <algorithm>
#include <atomic>
#include <bit>
#include <cmath>
#include <limits>

namespace td::analysis {

using namespace detail;

namespace {

// Digits of a day's exposure in a state code: 0 unexposed, 1 exposed, 2 missing (or
// not in D). A state's code is x0 + kDigits x1 for the digits of its first two days.
constexpr int kDigits = 3;
constexpr int kMissingDigit = 2;
constexpr int kCodes = kDigits * kDigits; // states per rotation of a stratum
// Margin of the bound decisions, relative to the upper bound of (L + 1) * Omega. The
// table sums carry rounding errors of ~1e-15 of it, so a bound can never contradict
// the exact value it stands for.
constexpr double kBoundSlack = 1e-9;
// The largest table (one bandwidth's, in bytes) the register bound pass is used for:
// about L2 (up to ~3 years); larger ones are summed stratum by stratum (boundSums()).
constexpr std::size_t kL2Table = 384 * 1024;
// The largest entry (and sum of largest scores) the float bound pass takes: any sum of up
// to 10^8 of them stays below the float maximum (3.4e38).
constexpr double kFloatEntryLimit = 1e30;
// Rotations evaluated with the double tables before the float table is made: it costs
// about what the float pass saves on a few hundred (most tests stop before).
constexpr std::int64_t kFloatTableAfter = 512;
// The most strata the float pass takes: its rounding allowance 2 (strata + 1) 2^-24
// stays below 12 %, so the widened bounds still decide most rotations.
constexpr int kFloatMaxStrata = 1000000;
// The unit roundoff of float, and the most an entry that underflows to a subnormal can
// lose (2^-149) with a factor of 2 to spare: the float pass's error terms.
constexpr double kFloatRoundoff = 0x1p-24;
constexpr double kFloatUnderflow = 0x1p-148;
// The single-bandwidth pass addresses the tables in 32-bit byte offsets: two tables
// (doubles and floats) must fit below this.
constexpr std::uint64_t kByteOffsetLimit = std::uint64_t(1) << 32;
// Room after the prefix and suffix arrays for the vector end copy, which writes whole
// vectors of lanes in blocks of four: kLanes widths past the last state, plus a block.
constexpr std::size_t kEndsSlackValues = 16;
// Type of a day by its digit: 1 in D and unexposed, 2 in D and exposed, 0 missing.
constexpr std::uint8_t kKind[kDigits] = {1, 2, 0};
// The kernels take type & mask per day: this mask keeps a logged day's type (both
// bits), 0 makes an unlogged day "not in D".
constexpr std::uint8_t kLoggedMask = 3;

// Digit of an exposure value.
int encode(std::int8_t e) { return e < 0 ? kMissingDigit : e; }

// Days in D among the first two days of a state with this code.
int leadingDaysInD(int code) { return (code % kDigits < kMissingDigit) + (code / kDigits < kMissingDigit); }

// |D|, exposed days in D, episodes in D and on exposed days in D.
struct Counts {
    int n = 0, n1 = 0;
    long long y = 0, y1 = 0;
};

// The current stratum's days as the build reads them: the exposure digits twice over,
// so that rotation o reads them from index o, the unlogged days, and the same as 32-bit
// lanes with the episodes for interiorCounts().
struct StratumDays {
    int a = 0, n = 0;
    std::array<std::uint8_t, 2 * kLongestStratum> twice{};
    std::array<std::uint8_t, kLongestStratum> logged{}; // 0 for a logged day, 2 otherwise
    std::array<std::int32_t, 2 * kLongestStratum> twice32{};
    std::array<std::int32_t, kLongestStratum> logged32{}, y32{};
    bool small32 = true; // whether the stratum's episode sums fit in 32 bits

    void load(const RotationInput &in, int b)
    {
        a = in.strata->start[std::size_t(b)];
        n = in.strata->length(b);
        long long ySum = 0;
        for (int i = 0; i < n; ++i) {
            const auto ui = std::size_t(i);
            twice[ui] = twice[ui + std::size_t(n)] = std::uint8_t(encode(in.base[std::size_t(a + i)]));
            logged[ui] = in.observed[std::size_t(a + i)] ? 0 : kMissingDigit;
            twice32[ui] = twice32[ui + std::size_t(n)] = twice[ui];
            logged32[ui] = logged[ui];
            y32[ui] = in.y[std::size_t(a + i)];
            ySum += std::abs((long long)in.y[std::size_t(a + i)]);
        }
        small32 = ySum < std::numeric_limits<std::int32_t>::max();
    }
    // Day a + j of the stratum turned by o, as a digit; missing also when the day's
    // outcome is unlogged: such a day is not in D either way.
    int digit(int o, int j) const { return std::max(int(twice[std::size_t(j + o)]), int(logged[std::size_t(j)])); }
};

std::atomic<std::uint64_t> nextSerial{1};

} // namespace

std::vector<std::int8_t> rotateCalendar(std::span<const std::int8_t> base, const Strata &strata,
                                        std::span<const int> offsets)
{
    std::vector<std::int8_t> out(base.begin(), base.end());
    for (int b = 0; b < strata.count(); ++b) {
        const int a = strata.start[b];
        const int n = strata.length(b);
        for (int j = 0; j < n; ++j)
            out[std::size_t(a + j)] = base[std::size_t(a + (j + offsets[b]) % n)];
    }
    return out;
}

ZByLag zByLagDirect(const RotationInput &in)
{
    ZByLag z{};
    for (int k = 0; k < kLags; ++k) {
        const std::vector<std::int8_t> e = laggedExposure(in.base, k);
        z[std::size_t(k)] = scoreStatistic({in.y, in.observed, e, in.strata}).z;
    }
    return z;
}

double maxAbs(const ZByLag &z)
{
    double m = 0;
    for (double v : z)
        m = std::max(m, std::abs(v));
    return m;
}

// The table build. Pass 1 (mapStates) finds the states each stratum needs, the maps
// from offsets to states and the counts of every state, whose |D| ranges decide the
// bandwidths (chooseBandwidths). Pass 2 (tabulate) computes u of every state and from it
// the table entries, running the states of one rotation side by side in the kernels.
class RotationEngine::Builder
{
public:
    explicit Builder(RotationEngine &engine) : e_(engine), st_(*engine.in_.strata) {}
    void run();

private:
    int shortestStratum() const;
    void mapStates();
    void mapIncoming(int b, unsigned &codes1, unsigned &codes2);
    void mapOffsets(unsigned codes1, unsigned codes2);
    void addDayRange(unsigned codes1, unsigned codes2);
    void chooseBandwidths();
    void allocateTables(int shortest);
    void tabulate();
    void tabulateStratum(int b, int &id);
    // Once per stratum rotation: inline (not interposable under -fPIC), so that the
    // compiler may fold them into tabulateStratum() as the one function they were.
    inline int gatherStates(int o);
    inline void sumLanes(int b, int o, int group, int lanes, int id);

    RotationEngine &e_;
    const Strata &st_;
    StratumDays sd_;
    std::vector<Counts> interior_;                 // [start_b + o']: days 2.. of the stratum turned by o'
    std::array<long long, kLags> nMin_{}, nMax_{}; // |D| range per lag over all rotations

    // Pass 2, per stratum: episodes, logged mask (3 logged, 0 not) and day types twice
    // over (kKind), and what the codes' first two days add to the counts.
    bool vectorEnds_ = false; // the kernel writes the ends (see allocateTables())
    std::array<double, kLongestStratum> yd_{};
    std::array<std::uint8_t, kLongestStratum> loggedMask_{};
    std::array<std::uint8_t, 2 * kLongestStratum> kind_{};
    std::array<Counts, kCodes> lead_{};
    double firstFactor_ = 1, lastFactor_ = 1; // 2 at a boundary shared with a neighbour
    // Per code s = x0 + 3 x1 of the first two days: their in-D and exposed flags.
    std::array<double, kCodes> d0_{}, e0_{}, d1_{}, e1_{};
    // Per state of the rotation, in code order. p, ybar and the first two u are the
    // kernel's lanes (two groups of kLanes; lanes past the last state hold stale,
    // finite values from an earlier rotation and are never stored).
    std::array<double, kCodes> score_{};
    alignas(32) std::array<double, 2 * kLanes> ps_{}, ys_{}, g0_{}, g1_{};
    std::array<int, kCodes> nOf_{}, code_{};
    StateSums sums_;
};

void RotationEngine::Builder::run()
{
    if (e_.blocks_ == 0)
        return;
    const int shortest = shortestStratum();
    if (shortest < kMinBandwidth) {
        e_.tabulated_ = false;
        return;
    }
    mapStates();
    chooseBandwidths();
    // A HAC window longer than a stratum would reach two strata back; the tables model
    // one boundary only. (Needs ~28,000 days; kept correct anyway.)
    e_.tabulated_ = e_.lMax_ <= std::min(shortest, kMinTrailingStratumDays - 1);
    if (!e_.tabulated_) {
        e_.own_ = {};
        e_.incoming_ = {};
        return;
    }
    allocateTables(shortest);
    tabulate();
}

int RotationEngine::Builder::shortestStratum() const
{
    int shortest = std::numeric_limits<int>::max();
    for (int b = 0; b < e_.blocks_; ++b)
        shortest = std::min(shortest, st_.length(b));
    return shortest;
}

// Pass 1: the states each stratum needs (needed_), the maps from offsets to states
// (own_, incoming_), the interior counts of every rotation and the |D| range per lag.
void RotationEngine::Builder::mapStates()
{
    const int days = st_.days();
    e_.dense_ = kCodes * days;
    for (int k = 0; k < kLags; ++k) {
        e_.own_[std::size_t(k)].assign(std::size_t(days), 0);
        e_.incoming_[std::size_t(k)].assign(std::size_t(days), 0);
    }
    // Nothing before day 0: missing.
    e_.inFirst_ = {0, kMissingDigit, kMissingDigit + kDigits * kMissingDigit};
    e_.needed_.assign(std::size_t(days), 0);
    interior_.assign(std::size_t(days), Counts{});
    e_.used_ = 0;
    for (int b = 0; b < e_.blocks_; ++b) {
        sd_.load(e_.in_, b);
        unsigned codes1 = 0, codes2 = 0; // incoming digits that occur, lag 1 and lag 2
        mapIncoming(b, codes1, codes2);
        mapOffsets(codes1, codes2);
        addDayRange(codes1, codes2);
    }
}

// The incoming digits of stratum b for every offset of the previous stratum, and which
// of them occur.
void RotationEngine::Builder::mapIncoming(int b, unsigned &codes1, unsigned &codes2)
{
    if (b == 0) {
        codes1 = 1u << e_.inFirst_[1];
        codes2 = 1u << e_.inFirst_[2];
        return;
    }
    const RotationInput &in = e_.in_;
    const int a = sd_.a;
    const int ap = st_.start[std::size_t(b - 1)];
    const int np = st_.length(b - 1);
    for (int op = 0; op < np; ++op) {
        // Lag k pulls in the last k values of the previous stratum turned by op.
        const std::int8_t last = in.base[std::size_t(ap + (np - 1 + op) % np)];
        const std::int8_t beforeLast = in.base[std::size_t(ap + (np - 2 + op) % np)];
        const int d1 = in.observed[std::size_t(a)] ? encode(last) : kMissingDigit;
        const int d20 = in.observed[std::size_t(a)] ? encode(beforeLast) : kMissingDigit;
        const int d21 = in.observed[std::size_t(a + 1)] ? encode(last) : kMissingDigit;
        e_.incoming_[1][std::size_t(ap + op)] = d1;
        e_.incoming_[2][std::size_t(ap + op)] = d20 + kDigits * d21;
        codes1 |= 1u << d1;
        codes2 |= 1u << (d20 + kDigits * d21);
    }
}

// Per offset o of the current stratum: the codes to tabulate, the interior counts, and
// the own parts of the maps of lags 0-2 (lag k at offset o is the state o - k).
void RotationEngine::Builder::mapOffsets(unsigned codes1, unsigned codes2)
{
    const RotationInput &in = e_.in_;
    const int a = sd_.a, n = sd_.n;
    for (int o = 0; o < n; ++o) {
        const int m0 = sd_.digit(o, 0);
        const int m1 = sd_.digit(o, 1);
        unsigned mask = (1u << (m0 + kDigits * m1)) | codes2;
        for (int c = 0; c < kDigits; ++c)
            if (codes1 & (1u << c))
                mask |= 1u << (c + kDigits * m1);
        e_.needed_[std::size_t(a + o)] = std::uint16_t(mask);
        Counts c;
        if (sd_.small32) {
            const InteriorCounts ic = interiorCounts(n, &sd_.twice32[std::size_t(o)], sd_.logged32.data(),
                                                     sd_.y32.data());
            c = {ic.n, ic.n1, ic.y, ic.y1};
        } else {
            for (int j = 2; j < n; ++j) { // branch-free: the digits are random
                const int x = sd_.digit(o, j);
                const int d = x < kMissingDigit;
                const int ex = x == 1;
                const int yj = in.y[std::size_t(a + j)];
                c.n += d;
                c.n1 += ex;
                c.y += d * yj;
                c.y1 += ex * yj;
            }
        }
        interior_[std::size_t(a + o)] = c;
        e_.used_ += std::popcount(mask);
        const int o1 = (o + n - 1) % n;
        const int o2 = (o + n - 2) % n;
        e_.own_[0][std::size_t(a + o)] = kCodes * (a + o) + m0 + kDigits * m1;
        e_.own_[1][std::size_t(a + o)] = kCodes * (a + o1) + kDigits * sd_.digit(o1, 1);
        e_.own_[2][std::size_t(a + o)] = kCodes * (a + o2);
    }
}

// Adds the current stratum's |D| range of each lag to nMin_, nMax_: |D| of a state is
// the interior count of its rotation plus its leading days in D, and the offset and
// the incoming digits vary independently.
void RotationEngine::Builder::addDayRange(unsigned codes1, unsigned codes2)
{
    const int a = sd_.a, n = sd_.n;
    std::array<int, kLags> lo{}, hi{};
    lo.fill(std::numeric_limits<int>::max());
    for (int o = 0; o < n; ++o) {
        const int nI = interior_[std::size_t(a + o)].n;
        const int own0 = e_.own_[0][std::size_t(a + o)] - kCodes * (a + o); // code of lag 0
        const std::array<int, kLags> f{nI + leadingDaysInD(own0), nI + (sd_.digit(o, 1) < kMissingDigit), nI};
        for (std::size_t k = 0; k < kLags; ++k) {
            lo[k] = std::min(lo[k], f[k]);
            hi[k] = std::max(hi[k], f[k]);
        }
    }
    // The incoming days in D: lag k pulls in k days (the minima start above that).
    std::array<int, kLags> gLo{0, 2, 4}, gHi{0, 0, 0};
    for (int c = 0; c < kCodes; ++c) {
        if (codes1 & (1u << c)) {
            gLo[1] = std::min(gLo[1], int(c < kMissingDigit));
            gHi[1] = std::max(gHi[1], int(c < kMissingDigit));
        }
        if (codes2 & (1u << c)) {
            gLo[2] = std::min(gLo[2], leadingDaysInD(c));
            gHi[2] = std::max(gHi[2], leadingDaysInD(c));
        }
    }
    for (std::size_t k = 0; k < kLags; ++k) {
        nMin_[k] += lo[k] + gLo[k];
        nMax_[k] += hi[k] + gHi[k];
    }
}

// The bandwidths each lag can produce: lMin_..lMax_ over all lags; single_ and lagL_
// where a lag has only one.
void RotationEngine::Builder::chooseBandwidths()
{
    e_.lMin_ = std::numeric_limits<int>::max();
    e_.lMax_ = 0;
    for (int k = 0; k < kLags; ++k) {
        const int lo = hacBandwidth(int(std::max<long long>(nMin_[std::size_t(k)], kMinDaysForZ)));
        const int hi = hacBandwidth(int(std::max<long long>(nMax_[std::size_t(k)], kMinDaysForZ)));
        e_.lMin_ = std::min(e_.lMin_, lo);
        e_.lMax_ = std::max(e_.lMax_, hi);
        e_.single_[std::size_t(k)] = lo == hi && nMin_[std::size_t(k)] >= kMinDaysForZ;
        e_.lagL_[std::size_t(k)] = lo;
    }
}

void RotationEngine::Builder::allocateTables(int shortest)
{
    e_.width_ = e_.lMax_;
    const int lCount = e_.lMax_ - e_.lMin_ + 1;
    // Whether exceeds() may switch to the float bound pass: a single bandwidth per lag and
    // a table larger than L2 (addressed in 32-bit byte offsets).
    e_.floatEligible_ = e_.single_[0] && e_.single_[1] && e_.single_[2] &&
                        2 * std::uint64_t(e_.dense_) * sizeof(Slot) < kByteOffsetLimit &&
                        std::size_t(e_.dense_) * sizeof(Slot) > kL2Table && e_.blocks_ < kFloatMaxStrata;
    e_.scoreAbsSum_ = 0;
    const auto w = std::size_t(e_.width_);
    // Every table entry that a rotation can reach is written; the others are never read.
    e_.slots_.reset(new Slot[std::size_t(lCount) * std::size_t(e_.dense_)]);
    e_.exact_.reset(new double[std::size_t(lCount) * std::size_t(e_.used_)]);
    // The kernel writes the ends of whole vectors of lanes in blocks of four values
    // when the stratum is long enough for the last block's rows; the slack takes what
    // runs past the last state.
    vectorEnds_ = kVectorLanes * ((e_.width_ + kVectorLanes - 1) / kVectorLanes) <= shortest &&
                  e_.width_ <= kMaxEndsWidth;
    const std::size_t slack = vectorEnds_ ? std::size_t(kLanes) * w + kEndsSlackValues : 0;
    e_.pre_.reset(new double[std::size_t(e_.used_) * w + slack]);
    e_.suf_.reset(new double[std::size_t(e_.used_) * w + slack]);
}

// Pass 2: u of every state; windows, prefix and suffix sums. The states of one
// rotation differ only in their first two days and in p_s, ybar_s; they are run side
// by side, so the prefix sums of different states do not wait on each other.
void RotationEngine::Builder::tabulate()
{
    for (std::size_t code9 = 0; code9 < std::size_t(kCodes); ++code9) {
        const std::size_t x0 = code9 % kDigits, x1 = code9 / kDigits;
        d0_[code9] = x0 < kMissingDigit ? 1.0 : 0.0;
        e0_[code9] = x0 == 1 ? 1.0 : 0.0;
        d1_[code9] = x1 < kMissingDigit ? 1.0 : 0.0;
        e1_[code9] = x1 == 1 ? 1.0 : 0.0;
    }
    int id = 0;
    for (int b = 0; b < e_.blocks_; ++b)
        tabulateStratum(b, id);
}

// The entries of every state of stratum b; `id` numbers the states in order.
void RotationEngine::Builder::tabulateStratum(int b, int &id)
{
    const RotationInput &in = e_.in_;
    sd_.load(in, b);
    const int a = sd_.a, n = sd_.n;
    for (std::size_t code9 = 0; code9 < std::size_t(kCodes); ++code9) {
        Counts c;
        for (int j = 0; j < 2; ++j) {
            const int x = int(j == 0 ? code9 % kDigits : code9 / kDigits);
            if (x == kMissingDigit)
                continue;
            ++c.n;
            c.n1 += x;
            c.y += in.y[std::size_t(a + j)];
            c.y1 += x * in.y[std::size_t(a + j)];
        }
        lead_[code9] = c;
    }
    firstFactor_ = b == 0 ? 1.0 : 2.0;
    lastFactor_ = b == e_.blocks_ - 1 ? 1.0 : 2.0;
    for (int j = 0; j < n; ++j) {
        const auto uj = std::size_t(j);
        yd_[uj] = in.y[std::size_t(a + j)];
        loggedMask_[uj] = sd_.logged[uj] == 0 ? kLoggedMask : 0;
        kind_[uj] = kind_[uj + std::size_t(n)] = kKind[sd_.twice[uj]];
    }
    double largestScore = 0; // of the stratum's states
    for (int o = 0; o < n; ++o) {
        const int K = gatherStates(o);
        for (int group = 0; group < K; group += kLanes)
            sumLanes(b, o, group, std::min(kLanes, K - group), id);
        for (int q = 0; q < K; ++q)
            largestScore = std::max(largestScore, std::abs(score_[std::size_t(q)]));
        id += K;
    }
    e_.scoreAbsSum_ += largestScore;
}

// The states of rotation o of the current stratum, in code order (lowest set bit
// first): their counts, p, ybar, score and first two u. Returns how many.
int RotationEngine::Builder::gatherStates(int o)
{
    const int a = sd_.a;
    const unsigned mask = e_.needed_[std::size_t(a + o)];
    const Counts &in = interior_[std::size_t(a + o)];
    int K = 0;
    for (unsigned bits = mask; bits != 0; bits &= bits - 1) {
        const auto s = std::size_t(std::countr_zero(bits));
        const Counts &dl = lead_[s];
        Counts c = in;
        c.n += dl.n;
        c.n1 += dl.n1;
        c.y += dl.y;
        c.y1 += dl.y1;
        const auto q = std::size_t(K++);
        code_[q] = int(s);
        nOf_[q] = c.n;
        ps_[q] = c.n > 0 ? double(c.n1) / c.n : 0.0;
        ys_[q] = c.n > 0 ? double(c.y) / c.n : 0.0;
        // sum_t (e_t - p)(y_t - ybar) = Y1 - n1 Y / n
        score_[q] = c.n > 0 ? double(c.y1) - double(c.n1) * double(c.y) / c.n : 0.0;
        g0_[q] = d0_[s] * ((e0_[s] - ps_[q]) * (yd_[0] - ys_[q]));
        g1_[q] = d1_[s] * ((e1_[s] - ps_[q]) * (yd_[1] - ys_[q]));
    }
    return K;
}

// States group .. group + lanes - 1 of rotation o of stratum b through the kernel, and
// their table entries (the first state's id is id + group).
void RotationEngine::Builder::sumLanes(int b, int o, int group, int lanes, int id)
{
    const int a = sd_.a, n = sd_.n;
    const int lCount = e_.lMax_ - e_.lMin_ + 1;
    const auto w = std::size_t(e_.width_);
    const auto g = std::size_t(group);
    double *const pre = &e_.pre_[std::size_t(id + group) * w];
    double *const suf = &e_.suf_[std::size_t(id + group) * w];
    for (int band0 = 0; band0 < lCount; band0 += kMaxBands) {
        const int bands = std::min(kMaxBands, lCount - band0);
        (lanes <= kVectorLanes ? stateSums4 : stateSums8)(n, e_.lMin_ + band0, bands, loggedMask_.data(),
                                                          kind_.data() + o, yd_.data(), &ps_[g], &ys_[g], &g0_[g],
                                                          &g1_[g], sums_, e_.width_,
                                                          vectorEnds_ && band0 == 0 ? pre : nullptr, suf);
        if (!vectorEnds_ && band0 == 0)
            copyEnds(e_.width_, sums_, n, lanes, pre, suf);
        for (int band = 0; band < bands; ++band) {
            const auto li = std::size_t(band0 + band);
            Slot *const row = &e_.slots_[li * std::size_t(e_.dense_) + std::size_t(kCodes * (a + o))];
            double *const exact = &e_.exact_[li * std::size_t(e_.used_) + std::size_t(id + group)];
            const Lanes &inner = sums_.inner[std::size_t(band)];
            const Lanes &preSq = sums_.preSq[std::size_t(band)];
            const Lanes &sufSq = sums_.sufSq[std::size_t(band)];
            for (int q = 0; q < lanes; ++q) {
                const auto uq = std::size_t(q);
                const auto from = std::size_t(group + q);
                // The first stratum's leading windows and the last one's trailing
                // windows straddle nothing; the others are shared with a neighbour.
                row[code_[from]] = {
                    score_[from], inner[uq] + (b == 0 ? preSq[uq] : 0.0) + (b == e_.blocks_ - 1 ? sufSq[uq] : 0.0),
                    inner[uq] + firstFactor_ * preSq[uq] + lastFactor_ * sufSq[uq], nOf_[from], id + group + q};
                exact[uq] = inner[uq] + preSq[uq] + sufSq[uq];
            }
        }
    }
}

RotationEngine::RotationEngine(const RotationInput &in)
    : in_(in), serial_(nextSerial.fetch_add(1, std::memory_order_relaxed))
{
    blocks_ = std::max(0, in_.strata->count());
    Builder(*this).run();
}

double RotationEngine::scaledOmega(int L, const int *slots) const
{
    const auto li = std::size_t(L - lMin_);
    const auto w = std::size_t(width_);
    const double *exact = &exact_[li * std::size_t(used_)];
    const Slot *table = &slots_[li * std::size_t(dense_)];
    // The states' entries lie scattered over exact_, pre_ and suf_: all are requested
    // first, so that the loads overlap instead of waiting one stratum at a time.
    for (int b = 0; b < blocks_; ++b) {
        const auto id = std::size_t(table[slots[b]].id);
        __builtin_prefetch(&exact[id]);
        __builtin_prefetch(&pre_[id * w]);
        __builtin_prefetch(&pre_[id * w + w - 1]);
        __builtin_prefetch(&suf_[id * w]);
        __builtin_prefetch(&suf_[id * w + w - 1]);
    }
    int previous = -1;
    double sum = 0, cross = 0;
    for (int b = 0; b < blocks_; ++b) {
        const int id = table[slots[b]].id;
        sum += exact[id];
        if (previous >= 0) {
            // Window m of the boundary: the last L + 1 - m days before it, the first m after.
            const double *suf = &suf_[std::size_t(previous) * w];
            const double *pre = &pre_[std::size_t(id) * w];
            for (int m = 1; m <= L; ++m)
                cross += suf[L - m] * pre[m - 1];
        }
        previous = id;
    }
    return sum + 2.0 * cross;
}

double RotationEngine::zOf(int k, std::span<const int> offsets, int *slots) const
{
    int n = 0;
    double score = 0;
    for (int b = 0; b < blocks_; ++b) {
        const int slot = slotOf(k, b, offsets[std::size_t(b)], b == 0 ? 0 : offsets[std::size_t(b - 1)]);
        slots[b] = slot;
        n += slots_[std::size_t(slot)].n;
        score += slots_[std::size_t(slot)].score;
    }
    if (n < kMinDaysForZ)
        return 0;
    const int L = hacBandwidth(n);
    const double omega = scaledOmega(L, slots) / (L + 1);
    return omega > 0 ? score / std::sqrt(omega) : 0.0;
}

ZByLag RotationEngine::zByLag(std::span<const int> offsets) const
{
    if (!tabulated_) {
        const std::vector<std::int8_t> rotated = rotateCalendar(in_.base, *in_.strata, offsets);
        return zByLagDirect({in_.y, in_.observed, rotated, in_.strata});
    }
    ZByLag z{};
    if (blocks_ == 0)
        return z;
    std::vector<int> slots(static_cast<std::size_t>(blocks_));
    for (int k = 0; k < kLags; ++k)
        z[std::size_t(k)] = zOf(k, offsets, slots.data());
    return z;
}

// The sums of a batch in a workspace's batch_: per lag, the scores, then (low, up) for
// each bandwidth index in use; |D| per lag in batchN_ when there are several bandwidths.
struct RotationEngine::Batch {
    double *sums;
    int *n;
    std::size_t count, perLag;
    double *score(int k) const { return &sums[std::size_t(k) * perLag]; }
    double *low(int k, int band) const { return &sums[std::size_t(k) * perLag + count * std::size_t(1 + 2 * band)]; }
    double *up(int k, int band) const { return &sums[std::size_t(k) * perLag + count * std::size_t(2 + 2 * band)]; }
};

void RotationEngine::exceeds(std::span<const std::uint8_t> offsets, int stride, int count, double threshold,
                             std::vector<std::uint8_t> &out, RotationWorkspace &ws) const
{
    attach(ws);
    out.assign(std::size_t(count), 0);
    ws.undecided_ = 0;
    ws.offsets_.resize(std::size_t(blocks_));
    ws.rotationSlots_.resize(std::size_t(blocks_));
    if (!tabulated_ || blocks_ == 0) {
        exceedsDirect(offsets, stride, count, threshold, out, ws);
        return;
    }
    if (threshold <= 0) { // |z| >= 0 always
        std::fill(out.begin(), out.end(), std::uint8_t(1));
        return;
    }
    const bool generic = !singleBandwidthPass();
    const int bands = generic ? lMax_ - lMin_ + 1 : 1;
    const auto c = std::size_t(count);
    const std::size_t perLag = c * std::size_t(1 + 2 * bands);
    ws.batch_.assign(perLag * kLags, 0.0);
    ws.batchN_.assign(generic ? c * kLags : 0, 0);
    const Batch batch{ws.batch_.data(), ws.batchN_.data(), c, perLag};

    ws.evaluated_ += count;
    // How far the summed scores may be from the exact sums.
    const double scoreError = generic ? 0.0 : singleBandwidthSums(offsets, stride, count, ws, batch);
    if (generic)
        severalBandwidthSums(offsets, stride, count, ws, batch);

    for (int i = 0; i < count; ++i) {
        bool hit = false;
        const unsigned open = undecidedLags(i, threshold, scoreError, generic, batch, hit);
        if (!hit && open) {
            ++ws.undecided_;
            for (int b = 0; b < blocks_; ++b)
                ws.offsets_[std::size_t(b)] = offsets[std::size_t(b * stride + i)];
            for (int k = 0; k < kLags && !hit; ++k)
                if (open & (1u << k))
                    hit = std::abs(zOf(k, ws.offsets_, ws.rotationSlots_.data())) >= threshold;
        }
        out[std::size_t(i)] = hit;
    }
}

// Without tables: every rotation of the batch rotated and computed directly.
void RotationEngine::exceedsDirect(std::span<const std::uint8_t> offsets, int stride, int count, double threshold,
                                   std::vector<std::uint8_t> &out, RotationWorkspace &ws) const
{
    for (int i = 0; i < count; ++i) {
        for (int b = 0; b < blocks_; ++b)
            ws.offsets_[std::size_t(b)] = offsets[std::size_t(b * stride + i)];
        out[std::size_t(i)] = maxAbs(zByLag(ws.offsets_)) >= threshold;
    }
}

// Whether every lag has one bandwidth, so that exceeds() sums one table per lag
// (addressed in 32-bit byte offsets); otherwise all bandwidths' tables are summed.
bool RotationEngine::singleBandwidthPass() const
{
    return single_[0] && single_[1] && single_[2] && 2 * std::uint64_t(dense_) * sizeof(Slot) < kByteOffsetLimit;
}

// A workspace last used with another engine starts over: its maps and float table are
// that engine's.
void RotationEngine::attach(RotationWorkspace &ws) const
{
    if (ws.engine_ != serial_) {
        ws = RotationWorkspace{};
        ws.engine_ = serial_;
    }
}

void RotationEngine::makeFloatTable(RotationWorkspace &ws) const
{
    ws.floatTried_ = true;
    // Every entry, and every sum of them, well inside the float range, and bounds
    // 0 <= low <= up (NaN fails these too); otherwise the double pass stays.
    const std::size_t size = std::size_t(lMax_ - lMin_ + 1) * std::size_t(dense_);
    std::unique_ptr<FloatSlot[]> floats(new FloatSlot[size]); // only reachable entries are written
    bool fit = scoreAbsSum_ <= kFloatEntryLimit;
    for (std::size_t band = 0; band < std::size_t(lMax_ - lMin_ + 1) && fit; ++band) {
        for (std::size_t t = 0; t < needed_.size() && fit; ++t) {
            for (unsigned bits = needed_[t]; bits != 0; bits &= bits - 1) {
                const std::size_t at = band * std::size_t(dense_) + std::size_t(kCodes) * t +
                                       std::size_t(std::countr_zero(bits));
                const Slot &e = slots_[at];
                fit = fit && std::abs(e.score) <= kFloatEntryLimit && e.low >= 0 && e.low <= e.up &&
                      e.up <= kFloatEntryLimit;
                if (fit)
                    floats[at] = {float(e.score), float(e.low), float(e.up), 0.0f};
            }
        }
    }
    if (fit)
        ws.floatSlots_ = std::move(floats);
}

// The maps from offsets to byte offsets of entries of `entryBytes` bytes; once per
// workspace and entry size.
void RotationEngine::makeByteMaps(RotationWorkspace &ws, std::uint32_t entryBytes) const
{
    if (ws.mapBytes_ == entryBytes)
        return;
    const Strata &st = *in_.strata;
    ws.mapBytes_ = entryBytes;
    const int days = st.days();
    ws.ownBytes_.resize(std::size_t(days));
    ws.inBytes_.resize(std::size_t(days) + 1);
    for (std::size_t t = 0; t < std::size_t(days); ++t) {
        ws.ownBytes_[t] = {std::uint32_t(own_[0][t]) * entryBytes, std::uint32_t(own_[1][t]) * entryBytes,
                           std::uint32_t(own_[2][t]) * entryBytes, 0};
        ws.inBytes_[t] = {std::uint32_t(incoming_[1][t]) * entryBytes, std::uint32_t(incoming_[2][t]) * entryBytes};
    }
    ws.inBytes_[std::size_t(days)] = {std::uint32_t(inFirst_[1]) * entryBytes, std::uint32_t(inFirst_[2]) * entryBytes};
    ws.maps_.resize(std::size_t(blocks_));
    for (int b = 0; b < blocks_; ++b)
        ws.maps_[std::size_t(b)] = {&ws.ownBytes_[std::size_t(st.start[std::size_t(b)])],
                                    &ws.inBytes_[std::size_t(b > 0 ? st.start[std::size_t(b - 1)] : days)]};
}

// The bound sums of the single-bandwidth case. A table that stays in L2: one rotation
// at a time in registers. A larger one: stratum by stratum over the batch, the same sums
// in the same order; once this workspace has run long, from the float table with the
// rounding bounded. Returns how far the summed scores may be from the exact sums.
double RotationEngine::singleBandwidthSums(std::span<const std::uint8_t> offsets, int stride, int count,
                                           RotationWorkspace &ws, const Batch &batch) const
{
    // A rotation test that runs long (a small p) pays for the float table.
    if (floatEligible_ && !ws.floatTried_ && ws.evaluated_ > kFloatTableAfter)
        makeFloatTable(ws);
    const bool floats = bool(ws.floatSlots_);
    std::array<const char *, kLags> table{};
    for (int k = 0; k < kLags; ++k) {
        const auto at = std::size_t(lagL_[std::size_t(k)] - lMin_) * std::size_t(dense_);
        table[std::size_t(k)] = floats ? reinterpret_cast<const char *>(&ws.floatSlots_[at])
                                       : reinterpret_cast<const char *>(&slots_[at]);
    }
    makeByteMaps(ws, std::uint32_t(floats ? sizeof(FloatSlot) : sizeof(Slot)));
    const BoundArrays sums{{batch.score(0), batch.score(1), batch.score(2)},
                           {batch.low(0, 0), batch.low(1, 0), batch.low(2, 0)},
                           {batch.up(0, 0), batch.up(1, 0), batch.up(2, 0)}};
    const auto c = std::size_t(count);
    const Strata &st = *in_.strata;
    if (std::size_t(dense_) * sizeof(Slot) <= kL2Table) {
        boundSumsInRegisters(offsets.data(), stride, count, blocks_, ws.maps_.data(), table, sums);
        return 0;
    }
    ws.noOffsets_.assign(c, 0);
    if (!floats) {
        ws.boundSums_.assign(kSumsPerRotation * c, 0.0);
        boundSums(offsets.data(), stride, count, blocks_, ws.maps_.data(), table[0], table[1], table[2],
                  ws.noOffsets_.data(), st.start.data(), kCodes * sizeof(Slot), ws.boundSums_.data());
        for (std::size_t i = 0; i < c; ++i) {
            for (std::size_t k = 0; k < kLags; ++k) {
                const double *a = &ws.boundSums_[kSumsPerRotation * i + kSumsPerLag * k];
                sums.score[k][i] = a[0];
                sums.low[k][i] = a[1];
                sums.up[k][i] = a[2];
            }
        }
        return 0;
    }
    ws.floatSums_.assign(kSumsPerRotation * c, 0.0f);
    boundSumsFloat(offsets.data(), stride, count, blocks_, ws.maps_.data(), table[0], table[1], table[2],
                   ws.noOffsets_.data(), st.start.data(), kCodes * sizeof(FloatSlot), ws.floatSums_.data());
    // Each entry rounded to float and blocks_ float additions: a sum of n terms is
    // within gamma * (sum of |terms|) of the exact sum of the doubles, gamma =
    // (n + 1) u / (1 - (n + 1) u) <= 2 (n + 1) u (u = 2^-24). The bounds are sums of
    // non-negative terms, so that is relative to themselves: widened by 2 gamma.
    // The score's error is at most gamma * scoreAbsSum_ (the value returned). Entries
    // that underflow to subnormals add at most 2^-149 each, absolutely (tiny).
    const double gamma = 2.0 * double(blocks_ + 1) * kFloatRoundoff;
    const double lowScale = 1.0 - 2.0 * gamma, upScale = 1.0 + 2.0 * gamma;
    const double tiny = double(blocks_ + 1) * kFloatUnderflow;
    for (std::size_t i = 0; i < c; ++i) {
        for (std::size_t k = 0; k < kLags; ++k) {
            const float *a = &ws.floatSums_[kSumsPerRotation * i + kSumsPerLag * k];
            sums.score[k][i] = double(a[0]);
            sums.low[k][i] = double(a[1]) * lowScale - tiny;
            sums.up[k][i] = double(a[2]) * upScale + tiny;
        }
    }
    return 2.0 * gamma * scoreAbsSum_ + tiny;
}

// The bound sums of the general case (several bandwidths or |D| < kMinDaysForZ
// possible): every bandwidth's table, the whole batch, stratum by stratum.
void RotationEngine::severalBandwidthSums(std::span<const std::uint8_t> offsets, int stride, int count,
                                          RotationWorkspace &ws, const Batch &batch) const
{
    const Strata &st = *in_.strata;
    const int lCount = lMax_ - lMin_ + 1;
    const auto c = std::size_t(count);
    for (int b = 0; b < blocks_; ++b) {
        const std::uint8_t *own = &offsets[std::size_t(b * stride)];
        const std::uint8_t *prev = b > 0 ? &offsets[std::size_t((b - 1) * stride)] : nullptr;
        const int a = st.start[std::size_t(b)];
        std::array<const int *, kLags> ownMap{}, inMap{};
        for (int k = 0; k < kLags; ++k) {
            ownMap[std::size_t(k)] = &own_[std::size_t(k)][std::size_t(a)];
            inMap[std::size_t(k)] = b > 0 ? &incoming_[std::size_t(k)][std::size_t(st.start[std::size_t(b - 1)])]
                                          : &inFirst_[std::size_t(k)];
        }
        for (int k = 0; k < kLags; ++k) {
            double *s = batch.score(k);
            int *nk = &ws.batchN_[std::size_t(k) * c];
            for (int i = 0; i < count; ++i) {
                const int slot = ownMap[std::size_t(k)][own[i]] + inMap[std::size_t(k)][prev ? prev[i] : 0];
                s[i] += slots_[std::size_t(slot)].score;
                nk[i] += slots_[std::size_t(slot)].n;
                for (int band = 0; band < lCount; ++band) {
                    const Slot &e = slots_[std::size_t(band) * std::size_t(dense_) + std::size_t(slot)];
                    batch.low(k, band)[i] += e.low;
                    batch.up(k, band)[i] += e.up;
                }
            }
        }
    }
}

// Rotation i of the batch from its bound sums: sets `hit` when a lag's bounds prove
// |Z| >= threshold, and returns the lags the bounds leave open (0 when all are decided).
unsigned RotationEngine::undecidedLags(int i, double threshold, double scoreError, bool generic, const Batch &batch,
                                       bool &hit) const
{
    const double t2 = threshold * threshold;
    unsigned open = 0;
    for (int k = 0; k < kLags && !hit; ++k) {
        int band = 0;
        int L = lagL_[std::size_t(k)];
        if (generic) {
            const int n = batch.n[std::size_t(k) * batch.count + std::size_t(i)];
            if (n < kMinDaysForZ)
                continue; // Z = 0 < threshold
            L = hacBandwidth(n);
            band = L - lMin_;
        }
        // |S| lies within scoreError of |s| (0: s is the sum of the doubles).
        const double s = std::abs(batch.score(k)[i]);
        const double sLow = std::max(0.0, s - scoreError), sUp = s + scoreError;
        const double s2Low = sLow * sLow * (L + 1); // the bounds are of (L + 1) Omega
        const double s2Up = sUp * sUp * (L + 1);
        const double lo = batch.low(k, band)[i];
        const double hi = batch.up(k, band)[i];
        // |Z| >= T  <=>  S^2 >= T^2 Omega, and low <= (L + 1) Omega <= up (both
        // scaled alike): decide from the bounds when the margin allows.
        if (hi > 0 && s2Low >= t2 * hi * (1 + kBoundSlack))
            hit = true;
        else if (s2Up < t2 * (lo - kBoundSlack * hi))
            continue;
        else
            open |= 1u << k;
    }
    return open;
}

} // namespace td::analysis
