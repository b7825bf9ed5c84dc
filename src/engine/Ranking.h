#pragma once

#include "Candidates.h"
#include "Scenario.h"
#include "Tier.h"

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

// Ranking per DESIGN.md: eligibility, per-criterion normalisation inside the eligible pool,
// weighted score 0..100, and the tie-break order. Every item carries the contribution of each
// criterion (points that sum to its score), so any rank can be explained.
namespace ehya::engine {

struct RankedItem
{
    std::size_t index = 0; // position of the candidate in the input vector
    std::int64_t id = 0;
    int rank = 0;                           // 1-based within the kind
    std::optional<Tier> tier;               // projects only
    double score = 0;                       // 0..100
    std::int64_t cost = 0;                  // remaining investment (project) or restart cost (unit), rials
    std::int64_t jobs = 0;                  // planned jobs (project) or jobs restorable (unit)
    std::array<double, kCriteria> values{}; // the raw criterion values
    std::array<double, kCriteria> norms{};  // 0..1, 1 = best
    std::array<double, kCriteria> contributions{}; // 100 * w * norm / sum(w): sums to score
};

struct Ranking
{
    Kind kind = Kind::Project;
    std::vector<RankedItem> items; // in rank order
};

// The raw criterion values of one candidate (cost per job, ...), in criteria(kind) order.
std::array<double, kCriteria> projectValues(const ProjectCandidate& c);
std::array<double, kCriteria> unitValues(const UnitCandidate& c, Day asOf);

bool eligible(const ProjectCandidate& c, const Scenario& s);
bool eligible(const UnitCandidate& c, const Scenario& s);

Ranking rankProjects(const std::vector<ProjectCandidate>& candidates, const Scenario& scenario);
Ranking rankUnits(const std::vector<UnitCandidate>& candidates, const Scenario& scenario, Day asOf);

// Normalises one criterion over a pool: norms[i] in 0..1, 1 = best. Exposed for tests.
std::vector<double> normalise(const std::vector<double>& values, Direction better, Normalisation method);

} // namespace ehya::engine
