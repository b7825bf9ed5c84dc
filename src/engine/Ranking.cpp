#include "Ranking.h"

#include "RadixSort.h"
#include "RankingDetail.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ehya::engine {

std::array<double, kCriteria> projectValues(const ProjectCandidate& c)
{
    const double remaining = static_cast<double>(c.remainingRial);
    const double jobs = static_cast<double>(std::max<std::int64_t>(c.plannedJobs, 1));
    return {remaining / jobs, c.progress, remaining, static_cast<double>(c.plannedJobs),
            c.exportOriented ? 1.0 : 0.0};
}

std::array<double, kCriteria> unitValues(const UnitCandidate& c, Day asOf)
{
    const double cost = static_cast<double>(c.restartCost());
    const double jobs = static_cast<double>(std::max<std::int64_t>(c.jobsRestorable, 1));
    // An idle unit without a known idle-since date counts as idle for 0 months.
    // An idle-since date after the as-of date (a typo, or a later as-of) counts as 0 months, not less.
    const double monthsIdle =
        c.hasIdleSince ? std::max(0.0, static_cast<double>(asOf - c.idleSince) / 30.4375) : 0.0;
    return {cost / jobs, cost, static_cast<double>(c.jobsRestorable), monthsIdle,
            c.exportOriented ? 1.0 : 0.0};
}

bool eligible(const ProjectCandidate& c, const Scenario& s)
{
    const int state = static_cast<int>(c.state);
    return std::find(s.projectStates.begin(), s.projectStates.end(), state) != s.projectStates.end();
}

bool eligible(const UnitCandidate& c, const Scenario& s)
{
    const int state = static_cast<int>(c.state);
    if (std::find(s.unitStates.begin(), s.unitStates.end(), state) == s.unitStates.end())
        return false;
    return (!s.requireMarket || c.hasMarket) && (!s.requireJustified || c.justified);
}

double midRankNorm(std::size_t below, std::size_t equalOthers, std::size_t above, Direction better,
                   double denominator)
{
    const double worse = static_cast<double>(better == Direction::Higher ? below : above);
    return (worse + 0.5 * static_cast<double>(equalOthers)) / denominator;
}

std::vector<double> normalise(const std::vector<double>& values, Direction better, Normalisation method)
{
    const std::size_t n = values.size();
    std::vector<double> norms(n, 1.0);
    if (n <= 1)
        return norms;
    if (method == Normalisation::MinMax) {
        const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
        const double span = *hi - *lo;
        for (std::size_t i = 0; i < n; ++i) {
            if (span <= 0)
                norms[i] = 1.0; // every item equal: none is worse than another
            else
                norms[i] = better == Direction::Higher ? (values[i] - *lo) / span : (*hi - values[i]) / span;
        }
        return norms;
    }
    // Mid-rank percentile: (items strictly worse + 0.5 * other items equal) / (n - 1).
    std::vector<KeyedIndex> sorted(n);
    for (std::size_t i = 0; i < n; ++i)
        sorted[i] = {orderKey(values[i]), static_cast<std::uint32_t>(i)};
    radixSort(sorted);
    const double denominator = static_cast<double>(n - 1);
    for (std::size_t start = 0; start < n;) {
        std::size_t end = start + 1;
        while (end < n && sorted[end].key == sorted[start].key)
            ++end;
        const double norm = midRankNorm(start, end - start - 1, n - end, better, denominator);
        for (std::size_t k = start; k < end; ++k)
            norms[sorted[k].index] = norm;
        start = end;
    }
    return norms;
}

PoolItem projectItem(const ProjectCandidate& c, std::size_t index, const Scenario& s)
{
    PoolItem item;
    item.index = index;
    item.id = c.id;
    item.values = projectValues(c);
    item.tier = static_cast<int>(tierOf(c.progress, s.tiers));
    item.tieHigher = c.progress;
    item.tieLower = static_cast<double>(c.remainingRial);
    item.cost = c.remainingRial;
    item.jobs = c.plannedJobs;
    return item;
}

PoolItem unitItem(const UnitCandidate& c, std::size_t index, Day asOf)
{
    PoolItem item;
    item.index = index;
    item.id = c.id;
    item.values = unitValues(c, asOf);
    item.tier = 0;
    item.tieHigher = -item.values[0]; // then cost per job, lower first
    item.tieLower = 0;
    item.cost = c.restartCost();
    item.jobs = c.jobsRestorable;
    return item;
}

std::vector<PoolItem> projectPool(const std::vector<ProjectCandidate>& candidates, const Scenario& s)
{
    std::vector<PoolItem> pool;
    pool.reserve(candidates.size());
    for (std::size_t i = 0; i < candidates.size(); ++i)
        if (eligible(candidates[i], s))
            pool.push_back(projectItem(candidates[i], i, s));
    return pool;
}

std::vector<PoolItem> unitPool(const std::vector<UnitCandidate>& candidates, const Scenario& s, Day asOf)
{
    std::vector<PoolItem> pool;
    pool.reserve(candidates.size());
    for (std::size_t i = 0; i < candidates.size(); ++i)
        if (eligible(candidates[i], s))
            pool.push_back(unitItem(candidates[i], i, asOf));
    return pool;
}

Ranking rankProjects(const std::vector<ProjectCandidate>& candidates, const Scenario& scenario)
{
    return rankPool(Kind::Project, projectPool(candidates, scenario), scenario);
}

Ranking rankUnits(const std::vector<UnitCandidate>& candidates, const Scenario& scenario, Day asOf)
{
    return rankPool(Kind::Unit, unitPool(candidates, scenario, asOf), scenario);
}

} // namespace ehya::engine
