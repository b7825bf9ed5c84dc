#pragma once

#include <QtGlobal>

#include <random>

// The generator's random source: std::mt19937_64 with the draws written out here (not the
// standard distributions, whose results differ between standard libraries), so that a seed gives
// the same data everywhere.
namespace ehya::io::generator {

class Random final
{
public:
    explicit Random(quint64 seed) : m_engine(seed) {}

    // 0 <= result < n (0 when n <= 1). The modulo bias is below 2^-40 for the sizes used here.
    qint64 below(qint64 n) { return n <= 1 ? 0 : static_cast<qint64>(m_engine() % static_cast<quint64>(n)); }
    // lo <= result <= hi
    qint64 between(qint64 lo, qint64 hi) { return lo + below(hi - lo + 1); }
    // 0 <= result < 1, 53 random bits
    double unit() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return unit() < p; }

    template <typename List> const auto& pick(const List& list) { return list.at(below(list.size())); }

private:
    std::mt19937_64 m_engine;
};

} // namespace ehya::io::generator
