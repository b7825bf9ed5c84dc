#pragma once

#include "Ranking.h"

#include <cstdint>
#include <vector>

// Budget plans over a ranked list (DESIGN.md): `policy` funds items in rank order, skipping any
// that no longer fit, until the budget is spent; `max-jobs` chooses the set that restores the
// most jobs within the budget — exact (dynamic programming over jobs) when the size allows,
// otherwise greedy by jobs per rial with a proven bound on the gap to the optimum.
namespace ehya::engine {

enum class PlanMode { Policy, MaxJobs };

struct PlanResult
{
    PlanMode mode = PlanMode::Policy;
    std::int64_t budget = 0;
    std::vector<bool> funded; // per ranked item (same order as Ranking::items)
    std::int64_t itemsFunded = 0;
    std::int64_t cost = 0;
    std::int64_t jobs = 0;
    std::int64_t budgetLeft = 0;
    bool exact = true;          // max-jobs: the optimum was proven
    std::int64_t jobsBound = 0; // max-jobs: an upper bound on the optimum (== jobs when exact)
};

// Budget limits for the exact method: items x total jobs cells of the DP table.
inline constexpr std::int64_t kExactCellLimit = 400'000'000;
// ... and on the total jobs alone (8 bytes each): 20 million jobs, 160 MB at most.
inline constexpr std::int64_t kExactJobsLimit = 20'000'000;

PlanResult planPolicy(const Ranking& ranking, std::int64_t budget);
PlanResult planMaxJobs(const Ranking& ranking, std::int64_t budget, std::int64_t cellLimit = kExactCellLimit);
PlanResult plan(const Ranking& ranking, std::int64_t budget, PlanMode mode);

} // namespace ehya::engine
