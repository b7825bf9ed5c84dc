#pragma once

#include "Tier.h"

#include <array>
#include <string>
#include <string_view>
#include <vector>

// A scenario is a named parameter set for the engine (DESIGN.md "Prioritisation engine"). The
// default, "seed policy", is what DESIGN.md fixes; every parameter can be changed per scenario.
namespace ehya::engine {

enum class Kind { Project, Unit };
enum class Direction { Lower, Higher };
enum class Normalisation { MidRankPercentile, MinMax };
enum class Ordering { TierFirst, ScoreOnly };

inline constexpr std::size_t kCriteria = 5; // criteria per kind

struct CriterionInfo
{
    std::string_view key;  // stable key, used in JSON/CSV: "cost_per_job", "progress", ...
    std::string_view name; // English name, e.g. "cost per job"
    Direction better;
};

// The criteria of each kind, in the order of the weights below.
const std::array<CriterionInfo, kCriteria>& criteria(Kind kind);

struct Scenario
{
    std::string name = "seed policy";
    // project: cost per job, physical progress, remaining investment, planned jobs, export-oriented
    std::array<double, kCriteria> projectWeights{0.40, 0.20, 0.20, 0.10, 0.10};
    // unit: cost per job, restart cost, jobs restorable, months idle, export-oriented
    std::array<double, kCriteria> unitWeights{0.40, 0.20, 0.20, 0.10, 0.10};
    TierThresholds tiers;
    // Eligibility: a project's state must be listed; a unit's state must be listed and, when
    // required, it must have a market and be economically justified.
    std::vector<int> projectStates{0, 1}; // ProjectState::UnderConstruction, Stalled
    std::vector<int> unitStates{0, 1};    // UnitState::Idle, SemiActive
    bool requireMarket = true;
    bool requireJustified = true;
    Normalisation normalisation = Normalisation::MidRankPercentile;
    Ordering ordering = Ordering::TierFirst;

    const std::array<double, kCriteria>& weights(Kind kind) const
    {
        return kind == Kind::Project ? projectWeights : unitWeights;
    }
    // Empty when valid; else a sentence saying what is wrong (negative weight, all weights zero,
    // thresholds not decreasing, ...).
    std::string validate() const;
};

} // namespace ehya::engine
