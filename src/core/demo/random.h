#pragma once

#include <QtGlobal>

#include <cmath>
#include <cstdint>
#include <numbers>
#include <utility>

namespace atalaya {

/** Deterministic pseudo-random numbers for the demo generator: xoshiro256** seeded through
 *  splitmix64. Every distribution is written out here rather than taken from <random>, whose
 *  distributions are implementation-defined and differ between standard libraries; only the
 *  correctly specified IEEE operations and libm's log/cos/sqrt/exp are relied on. */
class Random
{
public:
    explicit Random(quint64 seed = 1) { reseed(seed); }

    void reseed(quint64 seed)
    {
        quint64 x = seed;
        for (quint64 &word : m_state)
            word = splitmix64(x);
    }

    /** An independent generator for one named part of the generation, so that changing how
     *  many numbers one part draws does not shift every part after it. */
    Random derive(quint64 stream) const
    {
        quint64 x = m_state[0] ^ (stream * 0x9E3779B97F4A7C15ULL);
        return Random(splitmix64(x) ^ m_state[3]);
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    /** Uniform in [0, 1), 53 random bits. */
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    /** Uniform in [a, b). */
    double uniform(double a, double b) { return a + (b - a) * uniform(); }

    /** Uniform integer in [0, n), unbiased (rejection sampling); 0 when n is 0. */
    quint64 bounded(quint64 n)
    {
        if (n == 0)
            return 0;
        const quint64 limit = (~quint64(0)) - (~quint64(0)) % n;
        quint64 x;
        do {
            x = next();
        } while (x >= limit);
        return x % n;
    }

    /** Uniform integer in [lo, hi] (inclusive). */
    qint64 integer(qint64 lo, qint64 hi)
    {
        if (hi <= lo)
            return lo;
        return lo + qint64(bounded(quint64(hi - lo) + 1));
    }

    /** True with probability p. */
    bool chance(double p) { return uniform() < p; }

    /** Normal deviate (Box-Muller, one of the pair; no cached state to keep streams simple). */
    double normal(double mean = 0.0, double sd = 1.0)
    {
        double u1 = uniform();
        while (u1 <= 0.0)
            u1 = uniform();
        const double u2 = uniform();
        return mean + sd * std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    }

    /** Poisson deviate: Knuth's product method for small λ, a rounded normal for λ ≥ 30. */
    qint64 poisson(double lambda)
    {
        if (!(lambda > 0.0))
            return 0;
        if (lambda >= 30.0) {
            const double x = std::floor(normal(lambda, std::sqrt(lambda)) + 0.5);
            return x < 0.0 ? 0 : qint64(x);
        }
        const double limit = std::exp(-lambda);
        qint64 k = 0;
        double p = uniform();
        while (p > limit) {
            ++k;
            p *= uniform();
        }
        return k;
    }

    /** Binomial(n, p) by its Poisson or normal approximation; exact enough for the demo and
     *  always within 0..n. */
    qint64 binomial(qint64 n, double p)
    {
        if (n <= 0 || !(p > 0.0))
            return 0;
        if (p >= 1.0)
            return n;
        const double mean = double(n) * p;
        qint64 k;
        if (n < 30) {
            k = 0;
            for (qint64 i = 0; i < n; ++i)
                k += chance(p) ? 1 : 0;
        } else if (mean < 30.0 || double(n) * (1.0 - p) < 30.0) {
            k = p <= 0.5 ? poisson(mean) : n - poisson(double(n) * (1.0 - p));
        } else {
            k = qint64(std::floor(normal(mean, std::sqrt(mean * (1.0 - p))) + 0.5));
        }
        return k < 0 ? 0 : (k > n ? n : k);
    }

    /** Picks an index in [0, size) with probability proportional to weights[i]. */
    template <typename Weights>
    qsizetype weighted(const Weights &weights)
    {
        double total = 0.0;
        for (double w : weights)
            total += w;
        double r = uniform() * total;
        qsizetype i = 0;
        for (double w : weights) {
            if (r < w)
                return i;
            r -= w;
            ++i;
        }
        return i > 0 ? i - 1 : 0;
    }

    /** Fisher-Yates shuffle of any random-access container. */
    template <typename Container>
    void shuffle(Container &c)
    {
        for (qsizetype i = qsizetype(c.size()) - 1; i > 0; --i) {
            const qsizetype j = qsizetype(bounded(quint64(i) + 1));
            std::swap(c[i], c[j]);
        }
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    static quint64 splitmix64(quint64 &x)
    {
        quint64 z = (x += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BEB5D133EBULL;
        return z ^ (z >> 31);
    }

    quint64 m_state[4] = {};
};

} // namespace atalaya
