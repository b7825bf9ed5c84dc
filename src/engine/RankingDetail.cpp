#include "RankingDetail.h"

#include "RadixSort.h"

#include <algorithm>
#include <cmath>
#include <future>
#include <numeric>

namespace ehya::engine {

NormTable normaliseAll(Kind kind, const std::vector<PoolItem>& pool, Normalisation method)
{
    NormTable norms;
    auto one = [&](std::size_t c) {
        std::vector<double> column(pool.size());
        for (std::size_t i = 0; i < pool.size(); ++i)
            column[i] = pool[i].values[c];
        norms[c] = normalise(column, criteria(kind)[c].better, method);
    };
    // Each criterion is independent: on large pools, half of them on a second thread.
    constexpr std::size_t kParallelFrom = 50'000;
    if (pool.size() < kParallelFrom) {
        for (std::size_t c = 0; c < kCriteria; ++c)
            one(c);
        return norms;
    }
    auto second = std::async(std::launch::async, [&] {
        for (std::size_t c = 0; c < kCriteria; c += 2)
            one(c);
    });
    for (std::size_t c = 1; c < kCriteria; c += 2)
        one(c);
    second.get();
    return norms;
}

double scoreFrom(const std::array<double, kCriteria>& norms, const std::array<double, kCriteria>& weights)
{
    double sum = 0, total = 0;
    for (std::size_t c = 0; c < kCriteria; ++c) {
        sum += weights[c] * norms[c];
        total += weights[c];
    }
    if (total <= 0)
        return 0.0;
    // Snapped to 1e-9: scores that are equal by the rules (equal sums of w * norm added in another
    // order) must compare equal, so that the tie-breaks of DESIGN.md decide between them.
    return std::round(100.0 * sum / total * 1e9) / 1e9;
}

double scoreOf(const NormTable& norms, std::size_t i, const std::array<double, kCriteria>& weights)
{
    std::array<double, kCriteria> own{};
    for (std::size_t c = 0; c < kCriteria; ++c)
        own[c] = norms[c][i];
    return scoreFrom(own, weights);
}

bool ranksBefore(const OrderFields& a, const OrderFields& b, bool tierFirst)
{
    if (tierFirst && a.tier != b.tier)
        return a.tier < b.tier;
    if (a.score != b.score)
        return a.score > b.score;
    if (a.tieHigher != b.tieHigher)
        return a.tieHigher > b.tieHigher;
    if (a.tieLower != b.tieLower)
        return a.tieLower < b.tieLower;
    return a.id < b.id;
}

std::vector<std::uint32_t> orderPool(const std::vector<PoolItem>& pool, const std::vector<double>& scores,
                                     Ordering ordering, Kind kind)
{
    const bool tierFirst = ordering == Ordering::TierFirst && kind == Kind::Project;
    auto fields = [&](std::uint32_t i) {
        const PoolItem& p = pool[i];
        return OrderFields{p.tier, scores[i], p.tieHigher, p.tieLower, p.id};
    };
    auto before = [&](std::uint32_t a, std::uint32_t b) {
        return ranksBefore(fields(a), fields(b), tierFirst);
    };
    // Radix-sort on (tier, score descending); scores lie in 0..100, so the top bits of their keys
    // are constant and the tier takes the top two bits. Runs of equal tier and score are then
    // put in tie-break order by the full comparison.
    const std::size_t n = pool.size();
    std::vector<KeyedIndex> keyed(n);
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint64_t scoreKey = ~orderKey(scores[i]) >> 2; // descending, 62 bits
        const std::uint64_t tier = tierFirst ? static_cast<std::uint64_t>(pool[i].tier) : 0;
        keyed[i] = {(tier << 62) | scoreKey, static_cast<std::uint32_t>(i)};
    }
    radixSort(keyed);
    std::vector<std::uint32_t> order(n);
    for (std::size_t i = 0; i < n; ++i)
        order[i] = keyed[i].index;
    for (std::size_t start = 0; start < n;) {
        std::size_t end = start + 1;
        while (end < n && keyed[end].key == keyed[start].key)
            ++end;
        if (end - start > 1)
            std::sort(order.begin() + static_cast<std::ptrdiff_t>(start),
                      order.begin() + static_cast<std::ptrdiff_t>(end), before);
        start = end;
    }
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
