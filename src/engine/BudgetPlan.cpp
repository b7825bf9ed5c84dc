#include "BudgetPlan.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace ehya::engine {

namespace {

void total(PlanResult& result, const Ranking& ranking)
{
    result.itemsFunded = result.cost = result.jobs = 0;
    for (std::size_t i = 0; i < ranking.items.size(); ++i) {
        if (!result.funded[i])
            continue;
        ++result.itemsFunded;
        result.cost += ranking.items[i].cost;
        result.jobs += ranking.items[i].jobs;
    }
    result.budgetLeft = result.budget - result.cost;
}

// Exact 0/1 knapsack over jobs: minCost[j] = least money that restores exactly j jobs with the
// items seen so far. Choices are kept as one bit per (item, j) to rebuild the set.
bool exactMaxJobs(const Ranking& ranking, const std::vector<std::size_t>& useful, std::int64_t budget,
                  std::int64_t cellLimit, std::vector<bool>& funded)
{
    // The table has one row of bits per item and one 8-byte cost per job count: both bounded, and
    // the sum of jobs is checked as it is added (a typo of 10^9 jobs must not take gigabytes).
    std::int64_t totalJobs = 0;
    for (std::size_t i : useful)
        if (__builtin_add_overflow(totalJobs, ranking.items[i].jobs, &totalJobs) ||
            totalJobs > kExactJobsLimit)
            return false;
    const auto n = static_cast<std::int64_t>(useful.size());
    if (n == 0)
        return true;
    if (totalJobs > cellLimit / std::max<std::int64_t>(n, 1))
        return false;
    const std::size_t width = static_cast<std::size_t>(totalJobs) + 1;
    constexpr std::int64_t inf = std::numeric_limits<std::int64_t>::max();
    std::vector<std::int64_t> minCost(width, inf);
    minCost[0] = 0;
    std::vector<std::vector<bool>> take(useful.size(), std::vector<bool>(width, false));
    std::int64_t reach = 0; // highest j reachable so far
    for (std::size_t k = 0; k < useful.size(); ++k) {
        const auto& item = ranking.items[useful[k]];
        const auto jobs = static_cast<std::size_t>(item.jobs);
        for (std::int64_t j = reach; j >= 0; --j) {
            const auto from = static_cast<std::size_t>(j);
            if (minCost[from] == inf)
                continue;
            std::int64_t cost = 0;
            if (__builtin_add_overflow(minCost[from], item.cost, &cost) || cost > budget)
                continue;
            // Strictly cheaper only: among equal plans the earlier-ranked items are kept.
            if (cost < minCost[from + jobs]) {
                minCost[from + jobs] = cost;
                take[k][from + jobs] = true;
            }
        }
        reach += item.jobs;
    }
    std::size_t best = 0;
    for (std::size_t j = 0; j < width; ++j)
        if (minCost[j] != inf)
            best = j;
    // Walk back: at item k, if it was taken to reach j (and that entry was not overwritten later
    // by a cheaper path through a later item — it is the last writer we meet walking back).
    for (std::size_t k = useful.size(); k-- > 0;) {
        if (take[k][best]) {
            funded[useful[k]] = true;
            best -= static_cast<std::size_t>(ranking.items[useful[k]].jobs);
        }
    }
    return true;
}

} // namespace

PlanResult planPolicy(const Ranking& ranking, std::int64_t budget)
{
    PlanResult result;
    result.mode = PlanMode::Policy;
    result.budget = budget;
    result.funded.assign(ranking.items.size(), false);
    std::int64_t left = budget;
    for (std::size_t i = 0; i < ranking.items.size(); ++i) {
        if (ranking.items[i].cost <= left) {
            result.funded[i] = true;
            left -= ranking.items[i].cost;
        }
    }
    total(result, ranking);
    result.jobsBound = result.jobs;
    return result;
}

PlanResult planMaxJobs(const Ranking& ranking, std::int64_t budget, std::int64_t cellLimit)
{
    PlanResult result;
    result.mode = PlanMode::MaxJobs;
    result.budget = budget;
    result.funded.assign(ranking.items.size(), false);

    // Free items that restore jobs are always taken; items without jobs never help.
    std::vector<std::size_t> useful;
    for (std::size_t i = 0; i < ranking.items.size(); ++i) {
        const auto& item = ranking.items[i];
        if (item.jobs <= 0)
            continue;
        if (item.cost <= 0)
            result.funded[i] = true;
        else if (item.cost <= budget)
            useful.push_back(i);
    }

    if (exactMaxJobs(ranking, useful, budget, cellLimit, result.funded)) {
        total(result, ranking);
        result.exact = true;
        result.jobsBound = result.jobs;
        return result;
    }

    // Greedy by jobs per rial (ties: rank order). The LP relaxation bounds the optimum: the greedy
    // prefix plus the fractional part of the first item that does not fit.
    std::vector<std::size_t> byRatio = useful;
    std::stable_sort(byRatio.begin(), byRatio.end(), [&](std::size_t a, std::size_t b) {
        const auto& x = ranking.items[a];
        const auto& y = ranking.items[b];
        // x.jobs / x.cost > y.jobs / y.cost, without division
        return static_cast<long double>(x.jobs) * y.cost > static_cast<long double>(y.jobs) * x.cost;
    });
    std::int64_t left = budget;
    long double bound = 0;
    bool critical = false;
    for (std::size_t i : byRatio) {
        const auto& item = ranking.items[i];
        if (item.cost <= left) {
            result.funded[i] = true;
            left -= item.cost;
            if (!critical)
                bound += static_cast<long double>(item.jobs);
        } else if (!critical) {
            critical = true;
            bound += static_cast<long double>(item.jobs) * static_cast<long double>(left) /
                     static_cast<long double>(item.cost);
        }
    }
    total(result, ranking);
    for (std::size_t i = 0; i < ranking.items.size(); ++i)
        if (result.funded[i] && ranking.items[i].cost <= 0)
            bound += static_cast<long double>(ranking.items[i].jobs);
    result.exact = false;
    result.jobsBound = std::max(result.jobs, static_cast<std::int64_t>(bound)); // floor: jobs are whole
    if (result.jobsBound == result.jobs)
        result.exact = true;
    return result;
}

PlanResult plan(const Ranking& ranking, std::int64_t budget, PlanMode mode)
{
    return mode == PlanMode::Policy ? planPolicy(ranking, budget) : planMaxJobs(ranking, budget);
}

} // namespace ehya::engine
