#include "Sensitivity.h"

#include "RankingDetail.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace ehya::engine {

namespace {

int nearestRank(std::vector<int>& ranks, double percentile)
{
    const auto n = ranks.size();
    auto k = static_cast<std::size_t>(std::ceil(percentile / 100.0 * static_cast<double>(n)));
    k = std::clamp<std::size_t>(k, 1, n);
    std::nth_element(ranks.begin(), ranks.begin() + static_cast<std::ptrdiff_t>(k - 1), ranks.end());
    return ranks[k - 1];
}

std::vector<RankSpread> sensitivityOf(Kind kind, const std::vector<PoolItem>& pool, const Scenario& scenario,
                                      const SensitivityOptions& options)
{
    const std::size_t n = pool.size();
    const int samples = std::max(options.samples, 1);
    const NormTable norms = normaliseAll(kind, pool, scenario.normalisation);
    const auto& base = scenario.weights(kind);

    std::vector<double> scores(n);
    for (std::size_t i = 0; i < n; ++i)
        scores[i] = scoreOf(norms, i, base);
    const auto baseOrder = orderPool(pool, scores, scenario.ordering, kind);

    std::vector<std::vector<int>> ranks(n, std::vector<int>(static_cast<std::size_t>(samples)));
    std::vector<int> fundedCount(n, 0);
    std::mt19937_64 rng(options.seed);
    std::uniform_real_distribution<double> factor(1.0 - options.spread, 1.0 + options.spread);
    Ranking scratch;
    scratch.kind = kind;
    scratch.items.resize(n);

    for (int s = 0; s < samples; ++s) {
        std::array<double, kCriteria> weights{};
        for (std::size_t c = 0; c < kCriteria; ++c)
            weights[c] = base[c] * factor(rng);
        for (std::size_t i = 0; i < n; ++i)
            scores[i] = scoreOf(norms, i, weights);
        const auto order = orderPool(pool, scores, scenario.ordering, kind);
        for (std::size_t r = 0; r < n; ++r)
            ranks[order[r]][static_cast<std::size_t>(s)] = static_cast<int>(r + 1);
        if (options.plan && options.plan->mode == PlanMode::Policy) {
            for (std::size_t r = 0; r < n; ++r) {
                scratch.items[r].cost = pool[order[r]].cost;
                scratch.items[r].jobs = pool[order[r]].jobs;
            }
            const PlanResult result = plan(scratch, options.plan->budget, options.plan->mode);
            for (std::size_t r = 0; r < n; ++r)
                if (result.funded[r])
                    ++fundedCount[order[r]];
        }
        if (options.progress && !options.progress(s + 1))
            return {};
    }

    // The max-jobs plan depends on costs and jobs only, never on the weights: plan it once.
    if (options.plan && options.plan->mode == PlanMode::MaxJobs) {
        for (std::size_t r = 0; r < n; ++r) {
            scratch.items[r].cost = pool[baseOrder[r]].cost;
            scratch.items[r].jobs = pool[baseOrder[r]].jobs;
        }
        const PlanResult result = plan(scratch, options.plan->budget, options.plan->mode);
        for (std::size_t r = 0; r < n; ++r)
            fundedCount[baseOrder[r]] = result.funded[r] ? samples : 0;
    }

    std::vector<RankSpread> spread(n);
    for (std::size_t r = 0; r < n; ++r) {
        const std::uint32_t i = baseOrder[r];
        RankSpread& out = spread[r];
        out.p5 = nearestRank(ranks[i], 5);
        out.p50 = nearestRank(ranks[i], 50);
        out.p95 = nearestRank(ranks[i], 95);
        out.fundedShare = options.plan ? static_cast<double>(fundedCount[i]) / samples : 0.0;
    }
    return spread;
}

} // namespace

std::vector<RankSpread> projectSensitivity(const std::vector<ProjectCandidate>& candidates,
                                           const Scenario& scenario, const SensitivityOptions& options)
{
    return sensitivityOf(Kind::Project, projectPool(candidates, scenario), scenario, options);
}

std::vector<RankSpread> unitSensitivity(const std::vector<UnitCandidate>& candidates,
                                        const Scenario& scenario, Day asOf, const SensitivityOptions& options)
{
    return sensitivityOf(Kind::Unit, unitPool(candidates, scenario, asOf), scenario, options);
}

} // namespace ehya::engine
