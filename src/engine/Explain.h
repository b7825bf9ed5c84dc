#pragma once

#include "BudgetPlan.h"
#include "Ranking.h"

#include <cstdint>
#include <optional>
#include <vector>

// Why an item ranks where it does, and what would move it (issue: prioritisation engine).
// Computed on demand for one item: each "what would move it" figure re-ranks the pool with the
// item's own figures changed, searching by bisection (the order is monotone in them).
namespace ehya::engine {

struct PlanSettings
{
    std::int64_t budget = 0;
    PlanMode mode = PlanMode::Policy;
};

struct Explanation
{
    std::size_t position = 0;  // the item's position in the ranking
    std::size_t strongest = 0; // criterion index with the highest norm (among weighted ones)
    std::size_t weakest = 0;   // criterion index with the lowest norm
    // Projects below tier A: the tier above and the progress that reaches it.
    std::optional<Tier> nextTier;
    double progressForNextTier = 0;
    // The item ranked just above (none for rank 1) and the changes that pass it: the highest
    // cost (rials) at which the item ranks above it, the fewest jobs at which it does. nullopt
    // when that change alone cannot pass it (e.g. the item above is in a higher tier).
    std::optional<std::int64_t> aboveId;
    std::optional<std::int64_t> costToPassAbove;
    std::optional<std::int64_t> jobsToPassAbove;
    // Under the plan (when a budget is given): whether it is funded and, if not, the highest cost
    // at which it would be.
    bool funded = false;
    std::optional<std::int64_t> costToBeFunded;
};

// The parts that need no re-ranking (strongest / weakest criterion, next tier): cheap enough for
// every item of a list. The "what would move it" fields stay empty.
Explanation basicExplanation(const Scenario& scenario, const Ranking& ranking, std::size_t position);

Explanation explainProject(const std::vector<ProjectCandidate>& candidates, const Scenario& scenario,
                           const Ranking& ranking, std::size_t position,
                           const std::optional<PlanSettings>& plan = std::nullopt);
Explanation explainUnit(const std::vector<UnitCandidate>& candidates, const Scenario& scenario, Day asOf,
                        const Ranking& ranking, std::size_t position,
                        const std::optional<PlanSettings>& plan = std::nullopt);

} // namespace ehya::engine
