#include "EngineFixtures.h"
#include "engine/Ranking.h"

#include <catch2/catch.hpp>

#include <numeric>
#include <random>

using namespace ehya::engine;
using namespace ehya::engine::test;

TEST_CASE("mid-rank percentile: strictly worse plus half the equal others, over n - 1", "[engine][normalise]")
{
    const std::vector<double> v{10, 20, 20, 30};
    const auto higher = normalise(v, Direction::Higher, Normalisation::MidRankPercentile);
    CHECK(higher == std::vector<double>{0.0, 0.5, 0.5, 1.0});
    const auto lower = normalise(v, Direction::Lower, Normalisation::MidRankPercentile);
    CHECK(lower == std::vector<double>{1.0, 0.5, 0.5, 0.0});
    // (1 worse + 0.5 * 1 equal other) / 3 for the two 20s when one more value sits below
    const auto five = normalise({5, 10, 20, 20, 30}, Direction::Higher, Normalisation::MidRankPercentile);
    CHECK(five[2] == Approx((2 + 0.5) / 4));
}

TEST_CASE("a pool of one scores 100; equal values score the middle", "[engine][normalise]")
{
    CHECK(normalise({42}, Direction::Lower, Normalisation::MidRankPercentile) == std::vector<double>{1.0});
    CHECK(normalise({7, 7, 7}, Direction::Higher, Normalisation::MidRankPercentile) ==
          std::vector<double>{0.5, 0.5, 0.5});
    const auto one = rankProjects({project(9, 10, 100, 5)}, Scenario{});
    REQUIRE(one.items.size() == 1);
    CHECK(one.items[0].score == Approx(100));
    CHECK(one.items[0].rank == 1);
}

TEST_CASE("min-max normalisation is an option", "[engine][normalise]")
{
    CHECK(normalise({10, 20, 30}, Direction::Higher, Normalisation::MinMax) ==
          std::vector<double>{0.0, 0.5, 1.0});
    CHECK(normalise({10, 20, 30}, Direction::Lower, Normalisation::MinMax) ==
          std::vector<double>{1.0, 0.5, 0.0});
    CHECK(normalise({4, 4}, Direction::Lower, Normalisation::MinMax) == std::vector<double>{1.0, 1.0});
}

TEST_CASE("three projects by hand: tier first, then score", "[engine][rank]")
{
    // cost per job: P1 10, P2 5, P3 15 (lower better)  -> .5, 1, 0
    // progress:     P1 80, P2 60, P3 90 (higher)       -> .5, 0, 1
    // remaining:    P1 100, P2 50, P3 300 (lower)      -> .5, 1, 0
    // jobs:         10, 10, 20 (higher)                -> .25, .25, 1
    // export:       0, 1, 0                            -> .25, 1, .25
    // P1 = 100(.4*.5+.2*.5+.2*.5+.1*.25+.1*.25) = 45; P2 = 72.5; P3 = 32.5
    const auto ranking = rankProjects(threeProjects(), Scenario{});
    REQUIRE(ids(ranking) == std::vector<std::int64_t>{1, 3, 2}); // A: P1, P3; then B: P2
    CHECK(ranking.items[0].score == Approx(45));
    CHECK(ranking.items[1].score == Approx(32.5));
    CHECK(ranking.items[2].score == Approx(72.5));
    CHECK(ranking.items[0].tier == Tier::A);
    CHECK(ranking.items[2].tier == Tier::B);
    CHECK(ranking.items[2].norms == std::array<double, kCriteria>{1.0, 0.0, 1.0, 0.25, 1.0});
    CHECK(ranking.items[2].values[0] == Approx(5));
    for (const auto& item : ranking.items) {
        const double sum = std::accumulate(item.contributions.begin(), item.contributions.end(), 0.0);
        CHECK(sum == Approx(item.score));
    }
    CHECK(ranking.items[0].contributions[0] == Approx(20)); // 100 * .4 * .5

    Scenario scoreOnly;
    scoreOnly.ordering = Ordering::ScoreOnly;
    CHECK(ids(rankProjects(threeProjects(), scoreOnly)) == std::vector<std::int64_t>{2, 1, 3});
}

TEST_CASE("each criterion's direction", "[engine][rank]")
{
    // Two projects differing in one criterion only; only that criterion weighs.
    auto only = [](std::size_t c) {
        Scenario s;
        s.projectWeights = {0, 0, 0, 0, 0};
        s.projectWeights[c] = 1;
        s.ordering = Ordering::ScoreOnly;
        return s;
    };
    // cost per job lower is better: same jobs, less remaining
    CHECK(ids(rankProjects({project(1, 50, 200, 10), project(2, 50, 100, 10)}, only(0))).front() == 2);
    // progress higher is better
    CHECK(ids(rankProjects({project(1, 50, 100, 10), project(2, 60, 100, 10)}, only(1))).front() == 2);
    // remaining lower is better
    CHECK(ids(rankProjects({project(1, 50, 300, 10), project(2, 50, 100, 10)}, only(2))).front() == 2);
    // planned jobs higher is better
    CHECK(ids(rankProjects({project(1, 50, 100, 10), project(2, 50, 100, 30)}, only(3))).front() == 2);
    // export-oriented is better
    CHECK(ids(rankProjects({project(1, 50, 100, 10), project(2, 50, 100, 10, true)}, only(4))).front() == 2);
}

TEST_CASE("zero jobs count as one for cost per job; zero cost is cheapest", "[engine][rank]")
{
    const auto ranking = rankProjects({project(1, 50, 100, 0), project(2, 50, 0, 0)}, Scenario{});
    const auto& p1 = ranking.items[1].id == 1 ? ranking.items[1] : ranking.items[0];
    CHECK(p1.values[0] == Approx(100)); // 100 / max(0, 1)
    CHECK(ranking.items[0].id == 2);
    CHECK(ranking.items[0].values[0] == 0);
}

TEST_CASE("tier boundaries in the order: 75.0 is A, 74.9 is B, whatever the score", "[engine][rank][tier]")
{
    // P2 has far better figures but 74.9% progress.
    const std::vector<ProjectCandidate> c{project(1, 75.0, 1000, 1), project(2, 74.9, 10, 100, true)};
    CHECK(ids(rankProjects(c, Scenario{})) == std::vector<std::int64_t>{1, 2});
    Scenario west;
    west.tiers = {60, 40, 20};
    CHECK(ids(rankProjects(c, west)) == std::vector<std::int64_t>{2, 1}); // both A at 60: score decides
    CHECK(rankProjects(c, west).items[0].tier == Tier::A);
}

TEST_CASE("tie-breaks: progress, then remaining investment, then id", "[engine][rank]")
{
    Scenario exportOnly; // every project scores the same
    exportOnly.projectWeights = {0, 0, 0, 0, 1};
    // same tier (B), same score: higher progress first
    CHECK(ids(rankProjects({project(1, 60, 100, 5), project(2, 70, 100, 5)}, exportOnly)) ==
          std::vector<std::int64_t>{2, 1});
    // same progress: lower remaining first
    CHECK(ids(rankProjects({project(1, 60, 300, 5), project(2, 60, 100, 5)}, exportOnly)) ==
          std::vector<std::int64_t>{2, 1});
    // everything equal: lower id first
    CHECK(ids(rankProjects({project(7, 60, 100, 5), project(3, 60, 100, 5)}, exportOnly)) ==
          std::vector<std::int64_t>{3, 7});
}

TEST_CASE("scores equal by the rules tie, whatever the order of the additions", "[engine][rank]")
{
    // P2 and P3 both score 190/3 (.4*cpj + .2*progress + ...); summed in floating point they differ
    // in the last bits unless snapped. Same tier (B): P2's higher progress must put it first.
    const std::vector<ProjectCandidate> c{project(1, 60, 10, 1), project(2, 70, 30, 3, true),
                                          project(3, 60, 10, 1, true), project(4, 50, 20, 1, true)};
    const auto ranking = rankProjects(c, Scenario{});
    REQUIRE(ranking.items[0].score == ranking.items[1].score);
    CHECK(ranking.items[0].score == Approx(190.0 / 3));
    CHECK(ids(ranking) == std::vector<std::int64_t>{2, 3, 1, 4});
}

TEST_CASE("statuses outside the scenario are left out of the pool", "[engine][rank][eligible]")
{
    std::vector<ProjectCandidate> c = threeProjects();
    c.push_back(project(4, 99, 1, 100, true, ProjectState::Operational));
    c.push_back(project(5, 99, 1, 100, true, ProjectState::Cancelled));
    c.push_back(project(6, 10, 10, 1, false, ProjectState::Stalled));
    const auto ranking = rankProjects(c, Scenario{});
    CHECK(ids(ranking) == std::vector<std::int64_t>{1, 3, 2, 6});
}

TEST_CASE("three idle units by hand; ineligible ones left out", "[engine][rank][units]")
{
    const Day asOf = 20000;
    // cost per job: U1 100/10 = 10, U2 50/5 = 10, U3 200/40 = 5   -> .25, .25, 1
    // restart cost: 100, 50, 200                                  -> .5, 1, 0
    // jobs:         10, 5, 40                                     -> .5, 0, 1
    // months idle:  365/30.4375, 730/30.4375, 0                   -> .5, 0, 1
    // export:       0, 1, 0                                       -> .25, 1, .25
    // U1 = 37.5, U2 = 40, U3 = 72.5
    std::vector<UnitCandidate> c{unit(1, 60, 40, 10, asOf - 365), unit(2, 50, 0, 5, asOf - 730, true),
                                 unit(3, 150, 50, 40, asOf)};
    auto noMarket = unit(4, 1, 0, 100, asOf);
    noMarket.hasMarket = false;
    auto notJustified = unit(5, 1, 0, 100, asOf);
    notJustified.justified = false;
    auto revived = unit(6, 1, 0, 100, asOf);
    revived.state = UnitState::Revived;
    c.push_back(noMarket);
    c.push_back(notJustified);
    c.push_back(revived);

    const auto ranking = rankUnits(c, Scenario{}, asOf);
    REQUIRE(ids(ranking) == std::vector<std::int64_t>{3, 2, 1});
    CHECK(ranking.items[0].score == Approx(72.5));
    CHECK(ranking.items[1].score == Approx(40));
    CHECK(ranking.items[2].score == Approx(37.5));
    CHECK(ranking.items[2].values[3] == Approx(365 / 30.4375));
    // An idle-since date after the as-of date counts as 0 months, never fewer.
    CHECK(unitValues(unit(9, 1, 0, 1, asOf + 100), asOf)[3] == 0.0);
    CHECK_FALSE(ranking.items[0].tier.has_value());

    Scenario lenient;
    lenient.requireMarket = false;
    CHECK(rankUnits(c, lenient, asOf).items.size() == 4);
    lenient.requireJustified = false;
    lenient.unitStates = {0, 1, 3};
    CHECK(rankUnits(c, lenient, asOf).items.size() == 6);
}

TEST_CASE("units tie on score: lower cost per job first, then id", "[engine][rank][units]")
{
    Scenario exportOnly;
    exportOnly.unitWeights = {0, 0, 0, 0, 1};
    const Day asOf = 20000;
    CHECK(ids(rankUnits({unit(1, 100, 0, 5, asOf), unit(2, 100, 0, 10, asOf)}, exportOnly, asOf)) ==
          std::vector<std::int64_t>{2, 1});
    CHECK(ids(rankUnits({unit(8, 100, 0, 5, asOf), unit(4, 100, 0, 5, asOf)}, exportOnly, asOf)) ==
          std::vector<std::int64_t>{4, 8});
}

TEST_CASE("scenario validation", "[engine][scenario]")
{
    CHECK(Scenario{}.validate().empty());
    Scenario bad;
    bad.projectWeights = {0, 0, 0, 0, 0};
    CHECK_FALSE(bad.validate().empty());
    bad = Scenario{};
    bad.unitWeights[2] = -1;
    CHECK_FALSE(bad.validate().empty());
    bad = Scenario{};
    bad.tiers = {50, 75, 25};
    CHECK_FALSE(bad.validate().empty());
}

TEST_CASE("large pools (normalised on two threads) give the same norms as one column at a time",
          "[engine][rank]")
{
    std::mt19937_64 rng(17);
    std::vector<ProjectCandidate> c;
    for (int i = 0; i < 60'000; ++i)
        c.push_back(project(i + 1, static_cast<double>(rng() % 1001) / 10.0,
                            static_cast<std::int64_t>(rng() % 5000), static_cast<std::int64_t>(rng() % 80),
                            rng() % 4 == 0));
    const auto ranking = rankProjects(c, Scenario{});
    REQUIRE(ranking.items.size() == c.size());
    for (std::size_t criterion = 0; criterion < kCriteria; ++criterion) {
        std::vector<double> column;
        for (const auto& candidate : c)
            column.push_back(projectValues(candidate)[criterion]);
        const auto norms =
            normalise(column, criteria(Kind::Project)[criterion].better, Normalisation::MidRankPercentile);
        for (std::size_t r = 0; r < ranking.items.size(); r += 997)
            CHECK(ranking.items[r].norms[criterion] == norms[ranking.items[r].index]);
    }
}
