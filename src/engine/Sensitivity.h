#pragma once

#include "BudgetPlan.h"
#include "Explain.h"
#include "Ranking.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

// Sensitivity of a ranking to its weights: re-rank under random multiplicative perturbations of
// every weight (w * U(1 - spread, 1 + spread), a fixed seed), and report per item the 5th, 50th
// and 95th percentile of its rank (nearest-rank method) and the share of samples in which it is
// funded under the plan. Normalised values do not depend on the weights, so they are computed once.
namespace ehya::engine {

struct SensitivityOptions
{
    int samples = 500;
    double spread = 0.25;
    std::uint64_t seed = 1;
    std::optional<PlanSettings> plan;
    // Called after each sample with the number of samples done; returning false stops the run,
    // and the result is then empty (cancelled). May be called from a worker thread.
    std::function<bool(int samplesDone)> progress;
};

struct RankSpread
{
    int p5 = 0;
    int p50 = 0;
    int p95 = 0;
    double fundedShare = 0; // 0..1; 0 without a plan
};

// Aligned with rankProjects(candidates, scenario).items / rankUnits(...).items; empty when the
// progress callback cancelled the run.
std::vector<RankSpread> projectSensitivity(const std::vector<ProjectCandidate>& candidates,
                                           const Scenario& scenario, const SensitivityOptions& options);
std::vector<RankSpread> unitSensitivity(const std::vector<UnitCandidate>& candidates,
                                        const Scenario& scenario, Day asOf,
                                        const SensitivityOptions& options);

} // namespace ehya::engine
