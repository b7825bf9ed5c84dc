#include "EngineFixtures.h"
#include "engine/Explain.h"

#include <catch2/catch.hpp>

#include <random>

using namespace ehya::engine;
using namespace ehya::engine::test;

namespace {

std::size_t positionOf(const Ranking& r, std::int64_t id)
{
    for (std::size_t i = 0; i < r.items.size(); ++i)
        if (r.items[i].id == id)
            return i;
    return r.items.size();
}

} // namespace

TEST_CASE("strongest and weakest criteria, next tier", "[engine][explain]")
{
    const auto c = threeProjects();
    const auto ranking = rankProjects(c, Scenario{}); // P1, P3, P2
    const auto p2 = explainProject(c, Scenario{}, ranking, 2);
    CHECK(p2.strongest == 0); // cost per job: the cheapest per job
    CHECK(p2.weakest == 1);   // progress: the lowest
    REQUIRE(p2.nextTier.has_value());
    CHECK(*p2.nextTier == Tier::A);
    CHECK(p2.progressForNextTier == 75.0);
    // The item above is in tier A: no change of cost or jobs passes it.
    CHECK(p2.aboveId == 3);
    CHECK_FALSE(p2.costToPassAbove.has_value());
    CHECK_FALSE(p2.jobsToPassAbove.has_value());

    const auto p1 = explainProject(c, Scenario{}, ranking, 0);
    CHECK_FALSE(p1.nextTier.has_value()); // already A
    CHECK_FALSE(p1.aboveId.has_value());  // rank 1
}

TEST_CASE("the cost and jobs that pass the item above agree with brute force", "[engine][explain]")
{
    const auto c = threeProjects();
    const Scenario s;
    const auto ranking = rankProjects(c, s);
    const auto e = explainProject(c, s, ranking, 1); // P3 under P1, both tier A
    REQUIRE(e.aboveId == 1);

    auto passesWith = [&](auto change) {
        auto probe = c;
        change(probe[2]);
        const auto r = rankProjects(probe, s);
        return positionOf(r, 3) < positionOf(r, 1);
    };
    std::int64_t bestCost = -1;
    for (std::int64_t cost = 0; cost < 300; ++cost)
        if (passesWith([&](ProjectCandidate& p) { p.remainingRial = cost; }))
            bestCost = cost;
    REQUIRE(e.costToPassAbove.has_value());
    CHECK(*e.costToPassAbove == bestCost);

    std::int64_t fewestJobs = -1;
    for (std::int64_t jobs = 21; jobs < 10'000 && fewestJobs < 0; ++jobs)
        if (passesWith([&](ProjectCandidate& p) { p.plannedJobs = jobs; }))
            fewestJobs = jobs;
    REQUIRE(e.jobsToPassAbove.has_value());
    CHECK(*e.jobsToPassAbove == fewestJobs);
}

TEST_CASE("the cost that gets an item funded under the plan", "[engine][explain]")
{
    const auto c = threeProjects();
    const Scenario s;
    const auto ranking = rankProjects(c, s); // P1 (100), P3 (300), P2 (50)
    const PlanSettings plan{120, PlanMode::Policy};
    // Policy with 120: P1 funded (20 left), P3 skipped, P2 (50) skipped.
    const auto e = explainProject(c, s, ranking, 1, plan);
    CHECK_FALSE(e.funded);
    REQUIRE(e.costToBeFunded.has_value());
    auto fundedAt = [&](std::int64_t cost) {
        auto probe = c;
        probe[2].remainingRial = cost;
        const auto r = rankProjects(probe, s);
        return static_cast<bool>(planPolicy(r, 120).funded[positionOf(r, 3)]);
    };
    CHECK(fundedAt(*e.costToBeFunded));
    CHECK_FALSE(fundedAt(*e.costToBeFunded + 1));
    CHECK(explainProject(c, s, ranking, 0, plan).funded);
}

TEST_CASE("units: reducing the restart cost passes the unit above", "[engine][explain]")
{
    const Day asOf = 20000;
    const std::vector<UnitCandidate> c{unit(1, 60, 40, 10, asOf - 365), unit(2, 50, 0, 5, asOf - 730, true),
                                       unit(3, 150, 50, 40, asOf)};
    const auto ranking = rankUnits(c, Scenario{}, asOf); // U3, U2, U1
    const auto e = explainUnit(c, Scenario{}, asOf, ranking, 2);
    CHECK(e.aboveId == 2);
    REQUIRE(e.costToPassAbove.has_value());
    auto probe = c;
    probe[0].fixedCapitalRial = std::min<std::int64_t>(40, *e.costToPassAbove);
    probe[0].workingCapitalRial = *e.costToPassAbove - probe[0].fixedCapitalRial;
    const auto r = rankUnits(probe, Scenario{}, asOf);
    CHECK(positionOf(r, 1) < positionOf(r, 2));
    CHECK_FALSE(e.nextTier.has_value());
}

TEST_CASE("passing the item above: the fast check agrees with re-ranking, on random pools",
          "[engine][explain]")
{
    std::mt19937_64 rng(42);
    for (int round = 0; round < 40; ++round) {
        std::vector<ProjectCandidate> c;
        for (int i = 0; i < 25; ++i)
            c.push_back(project(i + 1, static_cast<double>(rng() % 6) * 20.0,
                                static_cast<std::int64_t>(rng() % 120), static_cast<std::int64_t>(rng() % 8),
                                rng() % 2 == 0));
        const Scenario s;
        const auto ranking = rankProjects(c, s);
        const std::size_t position = 1 + rng() % (ranking.items.size() - 1);
        const auto e = explainProject(c, s, ranking, position);
        const std::size_t self = ranking.items[position].index;
        const std::int64_t id = ranking.items[position].id;
        const std::int64_t above = *e.aboveId;
        auto passesAt = [&](std::int64_t cost) {
            auto probe = c;
            probe[self].remainingRial = cost;
            const auto r = rankProjects(probe, s);
            return positionOf(r, id) < positionOf(r, above);
        };
        std::optional<std::int64_t> expected;
        for (std::int64_t cost = 0; cost < c[self].remainingRial; ++cost)
            if (passesAt(cost))
                expected = cost;
        INFO("round " << round << " position " << position);
        CHECK(e.costToPassAbove == expected);
    }
}
