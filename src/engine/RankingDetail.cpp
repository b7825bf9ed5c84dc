#include "RankingDetail.h"

#include <algorithm>
#include <numeric>

namespace ehya::engine {

NormTable normaliseAll(Kind kind, const std::vector<PoolItem>& pool, Normalisation method)
{
    NormTable norms;
    std::vector<double> column(pool.size());
    for (std::size_t c = 0; c < kCriteria; ++c) {
        for (std::size_t i = 0; i < pool.size(); ++i)
            column[i] = pool[i].values[c];
        norms[c] = normalise(column, criteria(kind)[c].better, method);
    }
    return norms;
}

double scoreOf(const NormTable& norms, std::size_t i, const std::array<double, kCriteria>& weights)
{
    double sum = 0, total = 0;
    for (std::size_t c = 0; c < kCriteria; ++c) {
        sum += weights[c] * norms[c][i];
        total += weights[c];
    }
    return total > 0 ? 100.0 * sum / total : 0.0;
}

std::vector<std::uint32_t> orderPool(const std::vector<PoolItem>& pool, const std::vector<double>& scores,
                                     Ordering ordering, Kind kind)
{
    std::vector<std::uint32_t> order(pool.size());
    std::iota(order.begin(), order.end(), 0U);
    const bool tierFirst = ordering == Ordering::TierFirst && kind == Kind::Project;
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        const PoolItem& x = pool[a];
        const PoolItem& y = pool[b];
        if (tierFirst && x.tier != y.tier)
            return x.tier < y.tier;
        if (scores[a] != scores[b])
            return scores[a] > scores[b];
        if (x.tieHigher != y.tieHigher)
            return x.tieHigher > y.tieHigher;
        if (x.tieLower != y.tieLower)
            return x.tieLower < y.tieLower;
        return x.id < y.id;
    });
    return order;
}

Ranking rankPool(Kind kind, const std::vector<PoolItem>& pool, const Scenario& scenario)
{
    const auto& weights = scenario.weights(kind);
    double total = 0;
    for (double w : weights)
        total += w;
    const NormTable norms = normaliseAll(kind, pool, scenario.normalisation);
    std::vector<double> scores(pool.size());
    for (std::size_t i = 0; i < pool.size(); ++i)
        scores[i] = scoreOf(norms, i, weights);
    const auto order = orderPool(pool, scores, scenario.ordering, kind);

    Ranking ranking;
    ranking.kind = kind;
    ranking.items.resize(pool.size());
    for (std::size_t r = 0; r < order.size(); ++r) {
        const std::uint32_t i = order[r];
        const PoolItem& p = pool[i];
        RankedItem& item = ranking.items[r];
        item.index = p.index;
        item.id = p.id;
        item.rank = static_cast<int>(r + 1);
        if (kind == Kind::Project)
            item.tier = static_cast<Tier>(p.tier);
        item.score = scores[i];
        item.cost = p.cost;
        item.jobs = p.jobs;
        item.values = p.values;
        for (std::size_t c = 0; c < kCriteria; ++c) {
            item.norms[c] = norms[c][i];
            item.contributions[c] = total > 0 ? 100.0 * weights[c] * norms[c][i] / total : 0.0;
        }
    }
    return ranking;
}

} // namespace ehya::engine
