#include "engine/BudgetPlan.h"

#include <catch2/catch.hpp>

#include <limits>
#include <random>

using namespace ehya::engine;

namespace {

Ranking ranked(const std::vector<std::pair<std::int64_t, std::int64_t>>& costJobs)
{
    Ranking r;
    for (std::size_t i = 0; i < costJobs.size(); ++i) {
        RankedItem item;
        item.id = static_cast<std::int64_t>(i + 1);
        item.rank = static_cast<int>(i + 1);
        item.cost = costJobs[i].first;
        item.jobs = costJobs[i].second;
        r.items.push_back(item);
    }
    return r;
}

std::int64_t bruteForceJobs(const Ranking& r, std::int64_t budget)
{
    std::int64_t best = 0;
    const std::size_t n = r.items.size();
    for (std::uint32_t mask = 0; mask < (1U << n); ++mask) {
        std::int64_t cost = 0, jobs = 0;
        for (std::size_t i = 0; i < n; ++i)
            if (mask & (1U << i)) {
                cost += r.items[i].cost;
                jobs += r.items[i].jobs;
            }
        if (cost <= budget)
            best = std::max(best, jobs);
    }
    return best;
}

void checkTotals(const Ranking& r, const PlanResult& p)
{
    std::int64_t cost = 0, jobs = 0, n = 0;
    for (std::size_t i = 0; i < r.items.size(); ++i)
        if (p.funded[i]) {
            cost += r.items[i].cost;
            jobs += r.items[i].jobs;
            ++n;
        }
    CHECK(cost == p.cost);
    CHECK(jobs == p.jobs);
    CHECK(n == p.itemsFunded);
    CHECK(p.budgetLeft == p.budget - cost);
    CHECK(cost <= p.budget);
}

} // namespace

TEST_CASE("policy plan funds in rank order, skips what no longer fits, and continues", "[engine][plan]")
{
    const auto r = ranked({{50, 5}, {80, 50}, {30, 3}, {20, 2}, {1, 1}});
    const auto p = planPolicy(r, 100);
    CHECK(p.funded == std::vector<bool>{true, false, true, true, false});
    CHECK(p.cost == 100);
    CHECK(p.jobs == 10);
    CHECK(p.budgetLeft == 0);
    checkTotals(r, p);
    CHECK(planPolicy(r, 0).itemsFunded == 0);
    CHECK(planPolicy(r, 1'000).itemsFunded == 5);
}

TEST_CASE("max-jobs beats policy when the ranking is not jobs-first", "[engine][plan]")
{
    const auto r = ranked({{50, 5}, {80, 50}, {30, 3}, {20, 2}});
    const auto m = planMaxJobs(r, 100);
    CHECK(m.exact);
    CHECK(m.jobs == 52); // 80 + 20
    CHECK(m.funded == std::vector<bool>{false, true, false, true});
    checkTotals(r, m);
    CHECK(m.jobs - planPolicy(r, 100).jobs == 42);
}

TEST_CASE("max-jobs equals brute force on hundreds of random small instances", "[engine][plan]")
{
    std::mt19937_64 rng(2024);
    for (int round = 0; round < 400; ++round) {
        const int n = 1 + static_cast<int>(rng() % 12);
        std::vector<std::pair<std::int64_t, std::int64_t>> items;
        for (int i = 0; i < n; ++i)
            items.emplace_back(static_cast<std::int64_t>(rng() % 100), static_cast<std::int64_t>(rng() % 30));
        const auto r = ranked(items);
        const auto budget = static_cast<std::int64_t>(rng() % 300);
        const auto m = planMaxJobs(r, budget);
        INFO("round " << round);
        REQUIRE(m.exact);
        CHECK(m.jobs == bruteForceJobs(r, budget));
        checkTotals(r, m);
    }
}

TEST_CASE("max-jobs greedy on large instances honours its bound", "[engine][plan]")
{
    std::mt19937_64 rng(7);
    for (int round = 0; round < 20; ++round) {
        std::vector<std::pair<std::int64_t, std::int64_t>> items;
        for (int i = 0; i < 300; ++i)
            items.emplace_back(1 + static_cast<std::int64_t>(rng() % 1'000'000),
                               static_cast<std::int64_t>(rng() % 200));
        const auto r = ranked(items);
        const std::int64_t budget = 20'000'000 + static_cast<std::int64_t>(rng() % 50'000'000);
        const auto exact = planMaxJobs(r, budget);
        REQUIRE(exact.exact);
        const auto greedy = planMaxJobs(r, budget, /*cellLimit=*/1); // forces the greedy plan
        checkTotals(r, greedy);
        CHECK(greedy.jobs <= exact.jobs);
        CHECK(exact.jobs <= greedy.jobsBound);
        CHECK(greedy.jobsBound - greedy.jobs <= 200); // at most the jobs of one item
    }
}

TEST_CASE("max-jobs with an absurd number of jobs falls back to the greedy plan, not gigabytes",
          "[engine][plan]")
{
    // A typo of 150 million jobs: the exact table would need 1.2 GB.
    const auto r = ranked({{10, 150'000'000}, {5, 3}, {7, 4}});
    const auto m = planMaxJobs(r, 12);
    checkTotals(r, m);
    CHECK(m.jobs == 150'000'000);
    CHECK(m.funded[0]);
    CHECK(m.jobsBound >= m.jobs);
    const auto huge = ranked({{1, std::numeric_limits<std::int64_t>::max() / 2},
                              {1, std::numeric_limits<std::int64_t>::max() / 2 + 10}});
    const auto h = planMaxJobs(huge, 1); // the sum of jobs would overflow: no undefined behaviour
    CHECK(h.itemsFunded == 1);
}
