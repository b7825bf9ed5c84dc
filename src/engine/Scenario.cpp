#include "Scenario.h"

#include <cmath>

namespace ehya::engine {

const std::array<CriterionInfo, kCriteria>& criteria(Kind kind)
{
    static const std::array<CriterionInfo, kCriteria> project{{
        {"cost_per_job", "cost per job", Direction::Lower},
        {"progress", "physical progress", Direction::Higher},
        {"remaining", "remaining investment", Direction::Lower},
        {"jobs", "planned jobs", Direction::Higher},
        {"export", "export-oriented", Direction::Higher},
    }};
    static const std::array<CriterionInfo, kCriteria> unit{{
        {"cost_per_job", "cost per job", Direction::Lower},
        {"restart_cost", "restart cost", Direction::Lower},
        {"jobs", "jobs restorable", Direction::Higher},
        {"months_idle", "months idle", Direction::Lower},
        {"export", "export-oriented", Direction::Higher},
    }};
    return kind == Kind::Project ? project : unit;
}

namespace {

std::string checkWeights(const std::array<double, kCriteria>& weights, std::string_view kind)
{
    double sum = 0;
    for (double w : weights) {
        if (!std::isfinite(w) || w < 0)
            return std::string(kind) + " weights must be zero or positive numbers";
        sum += w;
    }
    if (sum <= 0)
        return std::string(kind) + " weights are all zero: at least one must be positive";
    return {};
}

} // namespace

std::string Scenario::validate() const
{
    if (auto e = checkWeights(projectWeights, "project"); !e.empty())
        return e;
    if (auto e = checkWeights(unitWeights, "unit"); !e.empty())
        return e;
    if (!tiers.valid())
        return "tier thresholds must decrease (t1 > t2 > t3), lie between 0 and 100 and have at most one "
               "decimal";
    return {};
}

} // namespace ehya::engine
