#include "Explain.h"

#include <algorithm>
#include <functional>
#include <limits>

namespace ehya::engine {

namespace {

using Probe = std::function<bool(std::int64_t)>;

std::size_t positionOf(const Ranking& ranking, std::int64_t id)
{
    for (std::size_t i = 0; i < ranking.items.size(); ++i)
        if (ranking.items[i].id == id)
            return i;
    return ranking.items.size();
}

// Largest value v in [0, hi) with ok(v), given ok is true below some point; nullopt if !ok(0).
std::optional<std::int64_t> highestPassing(std::int64_t hi, const Probe& ok)
{
    if (hi <= 0 || !ok(0))
        return std::nullopt;
    std::int64_t lo = 0; // ok(lo) holds
    while (hi - lo > 1) {
        const std::int64_t mid = lo + (hi - lo) / 2;
        if (ok(mid))
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

// Smallest value v > from with ok(v); nullopt if none up to `cap`.
std::optional<std::int64_t> lowestPassing(std::int64_t from, std::int64_t cap, const Probe& ok)
{
    std::int64_t step = 1, lo = from, hi = from + 1;
    while (!ok(hi)) {
        lo = hi;
        if (hi >= cap)
            return std::nullopt;
        step *= 2;
        hi = std::min(cap, from + step);
    }
    while (hi - lo > 1) { // ok(hi) holds, ok(lo) does not (or lo == from)
        const std::int64_t mid = lo + (hi - lo) / 2;
        if (ok(mid))
            hi = mid;
        else
            lo = mid;
    }
    return hi;
}

template<typename Candidate, typename RankFn, typename CostFn, typename SetCostFn, typename SetJobsFn>
Explanation explainItem(const std::vector<Candidate>& candidates, const Scenario& scenario, const Ranking& ranking,
                        std::size_t position, const std::optional<PlanSettings>& plan, RankFn rank, CostFn costOf,
                        SetCostFn setCost, SetJobsFn setJobs)
{
    Explanation e;
    e.position = position;
    const RankedItem& item = ranking.items.at(position);
    const auto& weights = scenario.weights(ranking.kind);

    bool first = true;
    for (std::size_t c = 0; c < kCriteria; ++c) {
        if (weights[c] <= 0)
            continue;
        if (first || item.norms[c] > item.norms[e.strongest])
            e.strongest = c;
        if (first || item.norms[c] < item.norms[e.weakest])
            e.weakest = c;
        first = false;
    }

    if (item.tier && *item.tier != Tier::A) {
        const auto& t = scenario.tiers;
        e.nextTier = static_cast<Tier>(static_cast<int>(*item.tier) - 1);
        e.progressForNextTier = *e.nextTier == Tier::A ? t.t1 : *e.nextTier == Tier::B ? t.t2 : t.t3;
    }

    const Candidate& original = candidates[item.index];
    std::vector<Candidate> probe = candidates;
    auto withChange = [&](auto change) {
        probe[item.index] = original;
        change(probe[item.index]);
        return rank(probe);
    };

    if (position > 0) {
        const std::int64_t aboveId = ranking.items[position - 1].id;
        e.aboveId = aboveId;
        auto passes = [&](const Ranking& r) { return positionOf(r, item.id) < positionOf(r, aboveId); };
        e.costToPassAbove = highestPassing(costOf(original), [&](std::int64_t cost) {
            return passes(withChange([&](Candidate& c) { setCost(c, cost); }));
        });
        constexpr std::int64_t jobsCap = 1'000'000'000;
        e.jobsToPassAbove = lowestPassing(item.jobs, jobsCap, [&](std::int64_t jobs) {
            return passes(withChange([&](Candidate& c) { setJobs(c, jobs); }));
        });
    }

    if (plan) {
        auto fundedIn = [&](const Ranking& r) {
            const auto p = positionOf(r, item.id);
            const PlanResult result = engine::plan(r, plan->budget, plan->mode);
            return p < r.items.size() && result.funded[p];
        };
        e.funded = fundedIn(ranking);
        if (!e.funded) {
            e.costToBeFunded = highestPassing(costOf(original) + 1, [&](std::int64_t cost) {
                return fundedIn(withChange([&](Candidate& c) { setCost(c, cost); }));
            });
        }
    }
    return e;
}

} // namespace

Explanation explainProject(const std::vector<ProjectCandidate>& candidates, const Scenario& scenario,
                           const Ranking& ranking, std::size_t position, const std::optional<PlanSettings>& plan)
{
    return explainItem(
        candidates, scenario, ranking, position, plan,
        [&](const std::vector<ProjectCandidate>& c) { return rankProjects(c, scenario); },
        [](const ProjectCandidate& c) { return c.remainingRial; },
        [](ProjectCandidate& c, std::int64_t cost) { c.remainingRial = cost; },
        [](ProjectCandidate& c, std::int64_t jobs) { c.plannedJobs = jobs; });
}

Explanation explainUnit(const std::vector<UnitCandidate>& candidates, const Scenario& scenario, Day asOf,
                        const Ranking& ranking, std::size_t position, const std::optional<PlanSettings>& plan)
{
    return explainItem(
        candidates, scenario, ranking, position, plan,
        [&](const std::vector<UnitCandidate>& c) { return rankUnits(c, scenario, asOf); },
        [](const UnitCandidate& c) { return c.restartCost(); },
        [](UnitCandidate& c, std::int64_t cost) {
            // Less money needed: the fixed-capital need is kept as long as it fits.
            c.fixedCapitalRial = std::min(c.fixedCapitalRial, cost);
            c.workingCapitalRial = cost - c.fixedCapitalRial;
        },
        [](UnitCandidate& c, std::int64_t jobs) { c.jobsRestorable = jobs; });
}

} // namespace ehya::engine
