#include "Tier.h"

#include <cmath>

namespace ehya::engine {

bool TierThresholds::valid() const
{
    const auto oneDecimal = [](double t) { return std::abs(t * 10.0 - std::round(t * 10.0)) < 1e-6; };
    return t1 > t2 && t2 > t3 && t3 >= 0.0 && t1 <= 100.0 && oneDecimal(t1) && oneDecimal(t2) &&
           oneDecimal(t3);
}

Tier tierOf(double progress, const TierThresholds& thresholds)
{
    // Compare in tenths of a percent so that 75.0 stored as 74.99999 still reaches tier A.
    const auto tenths = [](double v) { return std::llround(v * 10.0); };
    const long long p = tenths(progress);
    if (p >= tenths(thresholds.t1))
        return Tier::A;
    if (p >= tenths(thresholds.t2))
        return Tier::B;
    if (p >= tenths(thresholds.t3))
        return Tier::C;
    return Tier::D;
}

char tierLetter(Tier tier)
{
    return static_cast<char>('A' + static_cast<int>(tier));
}

std::optional<Tier> tierFromLetter(char letter)
{
    if (letter >= 'a' && letter <= 'd')
        letter = static_cast<char>(letter - 'a' + 'A');
    if (letter < 'A' || letter > 'D')
        return std::nullopt;
    return static_cast<Tier>(letter - 'A');
}

} // namespace ehya::engine
