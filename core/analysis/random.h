// Small deterministic helpers for the Monte Carlo rotation test: a data hash for the
// seed and a fast, reproducible generator (the standard library's distributions are
// not reproducible across implementations).
#pragma once

#include <cstdint>

namespace td::analysis {

class Fnv1a
{
public:
    void add(std::uint64_t v)
    {
        if (v < 0x100u) { // the common case: seven zero bytes, each a plain multiply
            h_ ^= v;
            h_ *= kPrime;
            h_ *= kPrime7;
            return;
        }
        for (int i = 0; i < 8; ++i) {
            h_ ^= (v >> (8 * i)) & 0xffu;
            h_ *= kPrime;
        }
    }
    std::uint64_t value() const { return h_; }

private:
    static constexpr std::uint64_t kPrime = 0x100000001b3ull;
    static constexpr std::uint64_t kPrime7 = [] {
        std::uint64_t p = 1;
        for (int i = 0; i < 7; ++i)
            p *= kPrime;
        return p;
    }();
    std::uint64_t h_ = 0xcbf29ce484222325ull;
};

// xoshiro256** (Blackman & Vigna), seeded through splitmix64.
class Xoshiro256
{
public:
    explicit Xoshiro256(std::uint64_t seed)
    {
        for (auto &s : s_) {
            seed += 0x9e3779b97f4a7c15ull;
            std::uint64_t z = seed;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
            s = z ^ (z >> 31);
        }
    }
    std::uint64_t next()
    {
        const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
        const std::uint64_t t = s_[1] << 17;
        s_[2] ^= s_[0];
        s_[3] ^= s_[1];
        s_[1] ^= s_[2];
        s_[0] ^= s_[3];
        s_[2] ^= t;
        s_[3] = rotl(s_[3], 45);
        return result;
    }
    // Uniform in [0, range), unbiased (Lemire's multiply-and-reject).
    std::uint32_t below(std::uint32_t range)
    {
        std::uint64_t m = (next() >> 32) * range;
        auto low = std::uint32_t(m);
        if (low < range) {
            const std::uint32_t floor = std::uint32_t(-range) % range;
            while (low < floor) {
                m = (next() >> 32) * range;
                low = std::uint32_t(m);
            }
        }
        return std::uint32_t(m >> 32);
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t s_[4];
};

} // namespace td::analysis
