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
    int tier = 0;         // 0..3 = A..D for projects; 0 for units
    double tieHigher = 0; // first tie-break, higher first (project: progress; unit: -cost per job)
    double tieLower = 0;  // second tie-break, lower first (project: remaining; unit: unused)
    std::int64_t cost = 0;
    std::int64_t jobs = 0;
};

// The mid-rank percentile of an item with `below` items of lower value, `equalOthers` other items
// of equal value and `above` items of higher value; denominator = n - 1. The one formula used by
// ranking and by explanations, so that both give bit-identical norms.
double midRankNorm(std::size_t below, std::size_t equalOthers, std::size_t above, Direction better,
                   double denominator);

// Norms of every criterion for every pool item: norms[c][i].
using NormTable = std::array<std::vector<double>, kCriteria>;
NormTable normaliseAll(Kind kind, const std::vector<PoolItem>& pool, Normalisation method);

// Score from norms under weights (100 * sum w*norm / sum w); the one formula everywhere.
double scoreFrom(const std::array<double, kCriteria>& norms, const std::array<double, kCriteria>& weights);
double scoreOf(const NormTable& norms, std::size_t i, const std::array<double, kCriteria>& weights);

// The order of DESIGN.md: tier (when tier-first), score descending, tieHigher descending,
// tieLower ascending, id ascending.
struct OrderFields
{
    int tier = 0;
    double score = 0;
    double tieHigher = 0;
    double tieLower = 0;
    std::int64_t id = 0;
};
bool ranksBefore(const OrderFields& a, const OrderFields& b, bool tierFirst);

// Positions 0..n-1 of the pool in rank order, given scores.
std::vector<std::uint32_t> orderPool(const std::vector<PoolItem>& pool, const std::vector<double>& scores,
                                     Ordering ordering, Kind kind);

Ranking rankPool(Kind kind, const std::vector<PoolItem>& pool, const Scenario& scenario);

// One candidate as a pool item (whether eligible or not), and the eligible ones in input order.
PoolItem projectItem(const ProjectCandidate& c, std::size_t index, const Scenario& s);
PoolItem unitItem(const UnitCandidate& c, std::size_t index, Day asOf);
std::vector<PoolItem> projectPool(const std::vector<ProjectCandidate>& candidates, const Scenario& s);
std::vector<PoolItem> unitPool(const std::vector<UnitCandidate>& candidates, const Scenario& s, Day asOf);

} // namespace ehya::engine
