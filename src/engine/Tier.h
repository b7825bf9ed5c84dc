#pragma once

#include <optional>
#include <string_view>

// Progress tiers of half-finished projects (DESIGN.md "Prioritisation engine"): with thresholds
// t1 > t2 > t3, A if p >= t1, B if t2 <= p < t1, C if t3 <= p < t2, D if p < t3.
// Standard C++ only: the core and the engine share this one rule.
namespace ehya::engine {

enum class Tier { A, B, C, D };

struct TierThresholds
{
    double t1 = 75.0;
    double t2 = 50.0;
    double t3 = 25.0;

    // Decreasing, within 0..100, and at one decimal like progress (62.54 would make 62.5 tier A).
    bool valid() const;
};

// Progress is compared at one decimal, as stored: 74.95 is rounded to 75.0 first.
Tier tierOf(double progress, const TierThresholds& thresholds = {});
char tierLetter(Tier tier); // 'A'..'D'
std::optional<Tier> tierFromLetter(char letter);

} // namespace ehya::engine
