#include "EngineFixtures.h"
#include "engine/Sensitivity.h"

#include <catch2/catch.hpp>

#include <random>

using namespace ehya::engine;
using namespace ehya::engine::test;

namespace {

std::vector<ProjectCandidate> randomProjects(int n, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::vector<ProjectCandidate> c;
    for (int i = 0; i < n; ++i)
        c.push_back(project(i + 1, static_cast<double>(rng() % 1000) / 10.0,
                            1 + static_cast<std::int64_t>(rng() % 1000),
                            static_cast<std::int64_t>(rng() % 50), rng() % 3 == 0));
    return c;
}

} // namespace

TEST_CASE("sensitivity is identical for the same seed", "[engine][sensitivity]")
{
    const auto c = randomProjects(60, 3);
    SensitivityOptions o;
    o.samples = 200;
    o.plan = PlanSettings{5'000, PlanMode::Policy};
    const auto a = projectSensitivity(c, Scenario{}, o);
    const auto b = projectSensitivity(c, Scenario{}, o);
    REQUIRE(a.size() == c.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        CHECK(a[i].p5 == b[i].p5);
        CHECK(a[i].p50 == b[i].p50);
        CHECK(a[i].p95 == b[i].p95);
        CHECK(a[i].fundedShare == b[i].fundedShare);
        CHECK(a[i].p5 <= a[i].p50);
        CHECK(a[i].p50 <= a[i].p95);
    }
}

TEST_CASE("without perturbation every rank stays where it is", "[engine][sensitivity]")
{
    const auto c = randomProjects(40, 5);
    const auto ranking = rankProjects(c, Scenario{});
    SensitivityOptions o;
    o.samples = 20;
    o.spread = 0;
    o.plan = PlanSettings{3'000, PlanMode::Policy};
    const auto spread = projectSensitivity(c, Scenario{}, o);
    const auto base = planPolicy(ranking, 3'000);
    for (std::size_t i = 0; i < spread.size(); ++i) {
        CHECK(spread[i].p5 == ranking.items[i].rank);
        CHECK(spread[i].p95 == ranking.items[i].rank);
        CHECK(spread[i].fundedShare == (base.funded[i] ? 1.0 : 0.0));
    }
}

TEST_CASE("perturbation moves items only within their tier", "[engine][sensitivity]")
{
    const auto c = randomProjects(80, 11);
    const auto ranking = rankProjects(c, Scenario{});
    SensitivityOptions o;
    o.samples = 100;
    const auto spread = projectSensitivity(c, Scenario{}, o);
    // Tier-first ordering: an item's rank can never leave its tier's block of ranks.
    for (std::size_t i = 0; i < ranking.items.size(); ++i) {
        int first = 0, last = 0;
        for (const auto& item : ranking.items)
            if (item.tier == ranking.items[i].tier) {
                if (first == 0)
                    first = item.rank;
                last = item.rank;
            }
        CHECK(spread[i].p5 >= first);
        CHECK(spread[i].p95 <= last);
    }
}

TEST_CASE("sensitivity reports its progress and stops when the callback says so", "[engine][sensitivity]")
{
    const auto c = randomProjects(40, 5);
    SensitivityOptions o;
    o.samples = 50;
    std::vector<int> seen;
    o.progress = [&seen](int done) {
        seen.push_back(done);
        return true;
    };
    const auto full = projectSensitivity(c, Scenario{}, o);
    CHECK(full.size() == c.size());
    REQUIRE(seen.size() == 50);
    for (std::size_t i = 0; i < seen.size(); ++i)
        CHECK(seen[i] == static_cast<int>(i) + 1);

    // The same figures as without a callback.
    SensitivityOptions plain = o;
    plain.progress = nullptr;
    const auto without = projectSensitivity(c, Scenario{}, plain);
    REQUIRE(without.size() == full.size());
    for (std::size_t i = 0; i < full.size(); ++i)
        CHECK(full[i].p50 == without[i].p50);

    int calls = 0;
    o.progress = [&calls](int done) {
        ++calls;
        return done < 7;
    };
    CHECK(projectSensitivity(c, Scenario{}, o).empty());
    CHECK(calls == 7);
}
