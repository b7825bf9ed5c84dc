#include "Explain.h"

#include "RankingDetail.h"

#include <algorithm>
#include <array>
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

// Whether the item, with its own figures changed, ranks before the item that was just above it.
// Only the two items' norms can change in a way that matters to their mutual order, so with the
// mid-rank percentile this is exact in O(log n) per probe: the counts of values below, equal and
// above are read from the sorted criterion values and adjusted for the item's old and new value.
// The same formulas as the ranking (midRankNorm, scoreFrom, ranksBefore) give identical results.
class PassCheck
{
public:
    PassCheck(Kind kind, const Scenario& scenario, const std::vector<PoolItem>& pool, std::int64_t selfId,
              std::int64_t aboveId)
        : m_weights(scenario.weights(kind)),
          m_tierFirst(scenario.ordering == Ordering::TierFirst && kind == Kind::Project), m_n(pool.size())
    {
        for (const auto& item : pool) {
            if (item.id == selfId)
                m_self = item;
            if (item.id == aboveId)
                m_above = item;
        }
        for (std::size_t c = 0; c < kCriteria; ++c) {
            m_direction[c] = criteria(kind)[c].better;
            auto& sorted = m_sorted[c];
            sorted.reserve(pool.size());
            for (const auto& item : pool)
                sorted.push_back(item.values[c]);
            std::sort(sorted.begin(), sorted.end());
        }
    }

    bool passes(const PoolItem& changed) const
    {
        std::array<double, kCriteria> selfNorms{}, aboveNorms{};
        const double denominator = static_cast<double>(m_n - 1);
        for (std::size_t c = 0; c < kCriteria; ++c) {
            const double old = m_self.values[c];
            const double now = changed.values[c];
            const auto [below, equal] = counts(c, now);
            // The item's own counts among the others: its old value is not an other.
            const std::size_t ownBelow = below - (old < now ? 1 : 0);
            const std::size_t ownEqual = equal - (old == now ? 1 : 0);
            selfNorms[c] =
                midRankNorm(ownBelow, ownEqual, m_n - 1 - ownBelow - ownEqual, m_direction[c], denominator);

            const double x = m_above.values[c];
            auto [xBelow, xEqual] = counts(c, x);
            --xEqual; // the item above itself
            std::size_t xAbove =
                0; // derived below from the other two; counted here only to keep move() simple
            auto move = [&](double value, int delta) {
                std::size_t& slot = value < x ? xBelow : value == x ? xEqual : xAbove;
                slot = static_cast<std::size_t>(static_cast<std::ptrdiff_t>(slot) + delta);
            };
            move(old, -1);
            move(now, +1);
            aboveNorms[c] =
                midRankNorm(xBelow, xEqual, m_n - 1 - xBelow - xEqual, m_direction[c], denominator);
        }
        const OrderFields self{changed.tier, scoreFrom(selfNorms, m_weights), changed.tieHigher,
                               changed.tieLower, changed.id};
        const OrderFields above{m_above.tier, scoreFrom(aboveNorms, m_weights), m_above.tieHigher,
                                m_above.tieLower, m_above.id};
        return ranksBefore(self, above, m_tierFirst);
    }

private:
    std::pair<std::size_t, std::size_t> counts(std::size_t c, double value) const
    {
        const auto& sorted = m_sorted[c];
        const auto lo = std::lower_bound(sorted.begin(), sorted.end(), value);
        const auto hi = std::upper_bound(lo, sorted.end(), value);
        return {static_cast<std::size_t>(lo - sorted.begin()), static_cast<std::size_t>(hi - lo)};
    }

    std::array<double, kCriteria> m_weights;
    bool m_tierFirst;
    std::size_t m_n;
    PoolItem m_self, m_above;
    std::array<Direction, kCriteria> m_direction{};
    std::array<std::vector<double>, kCriteria> m_sorted;
};

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

template <typename Candidate, typename RankFn, typename ItemFn, typename CostFn, typename SetCostFn,
          typename SetJobsFn>
Explanation explainItem(const std::vector<Candidate>& candidates, const Scenario& scenario,
                        const Ranking& ranking, std::size_t position, const std::optional<PlanSettings>& plan,
                        const std::vector<PoolItem>& pool, RankFn rank, ItemFn itemOf, CostFn costOf,
                        SetCostFn setCost, SetJobsFn setJobs)
{
    Explanation e = basicExplanation(scenario, ranking, position);
    const RankedItem& item = ranking.items.at(position);

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
        // Exact and fast with the mid-rank percentile; min-max norms depend on the pool's extremes,
        // so there the pool is re-ranked for every probe.
        std::optional<PassCheck> check;
        if (scenario.normalisation == Normalisation::MidRankPercentile)
            check.emplace(ranking.kind, scenario, pool, item.id, aboveId);
        auto passesWith = [&](auto change) {
            if (check) {
                Candidate changed = original;
                change(changed);
                return check->passes(itemOf(changed));
            }
            const Ranking r = withChange(change);
            return positionOf(r, item.id) < positionOf(r, aboveId);
        };
        e.costToPassAbove = highestPassing(costOf(original), [&](std::int64_t cost) {
            return passesWith([&](Candidate& c) { setCost(c, cost); });
        });
        constexpr std::int64_t jobsCap = 1'000'000'000;
        e.jobsToPassAbove = lowestPassing(item.jobs, jobsCap, [&](std::int64_t jobs) {
            return passesWith([&](Candidate& c) { setJobs(c, jobs); });
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

Explanation basicExplanation(const Scenario& scenario, const Ranking& ranking, std::size_t position)
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

    return e;
}

Explanation explainProject(const std::vector<ProjectCandidate>& candidates, const Scenario& scenario,
                           const Ranking& ranking, std::size_t position,
                           const std::optional<PlanSettings>& plan)
{
    return explainItem(
        candidates, scenario, ranking, position, plan, projectPool(candidates, scenario),
        [&](const std::vector<ProjectCandidate>& c) { return rankProjects(c, scenario); },
        [&](const ProjectCandidate& c) { return projectItem(c, 0, scenario); },
        [](const ProjectCandidate& c) { return c.remainingRial; },
        [](ProjectCandidate& c, std::int64_t cost) { c.remainingRial = cost; },
        [](ProjectCandidate& c, std::int64_t jobs) { c.plannedJobs = jobs; });
}

Explanation explainUnit(const std::vector<UnitCandidate>& candidates, const Scenario& scenario, Day asOf,
                        const Ranking& ranking, std::size_t position, const std::optional<PlanSettings>& plan)
{
    return explainItem(
        candidates, scenario, ranking, position, plan, unitPool(candidates, scenario, asOf),
        [&](const std::vector<UnitCandidate>& c) { return rankUnits(c, scenario, asOf); },
        [&](const UnitCandidate& c) { return unitItem(c, 0, asOf); },
        [](const UnitCandidate& c) { return c.restartCost(); },
        [](UnitCandidate& c, std::int64_t cost) {
            // Less money needed: the fixed-capital need is kept as long as it fits.
            c.fixedCapitalRial = std::min(c.fixedCapitalRial, cost);
            c.workingCapitalRial = cost - c.fixedCapitalRial;
        },
        [](UnitCandidate& c, std::int64_t jobs) { c.jobsRestorable = jobs; });
}

} // namespace ehya::engine
