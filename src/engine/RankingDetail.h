#pragma once

#include "Ranking.h"

#include <array>
#include <cstdint>
#include <vector>

// The kind-independent machinery shared by ranking, explanations and sensitivity. Internal to
// the engine.
namespace ehya::engine {

struct PoolItem
{
    std::size_t index = 0;
    std::int64_t id = 0;
    std::array<double, kCriteria> values{};
    int tier = 0;          // 0..3 = A..D for projects; 0 for units
    double tieHigher = 0;  // first tie-break, higher first (project: progress; unit: -cost per job)
    double tieLower = 0;   // second tie-break, lower first (project: remaining; unit: unused)
    std::int64_t cost = 0;
    std::int64_t jobs = 0;
};

// Norms of every criterion for every pool item: norms[c][i].
using NormTable = std::array<std::vector<double>, kCriteria>;
NormTable normaliseAll(Kind kind, const std::vector<PoolItem>& pool, Normalisation method);

// Score of one item from its norms under weights (100 * sum w*norm / sum w).
double scoreOf(const NormTable& norms, std::size_t i, const std::array<double, kCriteria>& weights);

// Positions 0..n-1 of the pool in rank order, given scores.
std::vector<std::uint32_t> orderPool(const std::vector<PoolItem>& pool, const std::vector<double>& scores,
                                     Ordering ordering, Kind kind);

Ranking rankPool(Kind kind, const std::vector<PoolItem>& pool, const Scenario& scenario);

// The eligible candidates as pool items, in input order.
std::vector<PoolItem> projectPool(const std::vector<ProjectCandidate>& candidates, const Scenario& s);
std::vector<PoolItem> unitPool(const std::vector<UnitCandidate>& candidates, const Scenario& s, Day asOf);

} // namespace ehya::engine
