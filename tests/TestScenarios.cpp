// Scenarios stored in the database: the seed policy always there and read-only, named scenarios
// saved, updated with optimistic locking, deleted; the JSON form round-trips and rejects nonsense.
#include "StorageFixture.h"

#include "storage/Scenarios.h"

#include <QTemporaryDir>

using namespace ehya;
using namespace ehya::storage;
using namespace ehya::test;

TEST_CASE("the seed policy exists in a new database and is DESIGN.md's default", "[storage][scenario]")
{
    QTemporaryDir dir;
    auto db = openDb(dir.filePath(QStringLiteral("s.sqlite")));
    ScenarioRepository repo(*db);
    auto seedPolicy = repo.get(seedPolicyName());
    REQUIRE_OK(seedPolicy);
    CHECK(seedPolicy->builtin);
    const engine::Scenario defaults;
    // DESIGN.md's table, written out: a wrong default in the code must fail here.
    const std::array<double, 5> designWeights{0.40, 0.20, 0.20, 0.10, 0.10};
    CHECK(seedPolicy->scenario.projectWeights == designWeights);
    CHECK(seedPolicy->scenario.unitWeights == designWeights);
    CHECK(seedPolicy->scenario.tiers.t2 == 50.0);
    CHECK(seedPolicy->scenario.tiers.t3 == 25.0);
    CHECK(seedPolicy->scenario.normalisation == engine::Normalisation::MidRankPercentile);
    CHECK(seedPolicy->scenario.ordering == engine::Ordering::TierFirst);
    CHECK(seedPolicy->scenario.tiers.t1 == 75.0);
    CHECK(seedPolicy->scenario.projectStates == defaults.projectStates);
    CHECK(seedPolicy->scenario.unitStates == defaults.unitStates);
    CHECK(seedPolicy->scenario.requireMarket);

    // It can be neither changed nor deleted.
    CHECK_FALSE(repo.save(*seedPolicy).ok());
    const auto removed = repo.remove(seedPolicyName(), seedPolicy->version);
    REQUIRE_FALSE(removed.ok());
    CHECK(repo.get(seedPolicyName()).ok());
}

TEST_CASE("a named scenario is saved, updated with its version, and deleted", "[storage][scenario]")
{
    QTemporaryDir dir;
    auto db = openDb(dir.filePath(QStringLiteral("s.sqlite")));
    ScenarioRepository repo(*db);
    StoredScenario west;
    west.scenario.name = "West Azerbaijan 60";
    west.scenario.tiers = {60, 40, 20};
    west.scenario.ordering = engine::Ordering::ScoreOnly;
    REQUIRE_OK(repo.save(west));
    CHECK(west.version == 1);

    auto read = repo.get(QStringLiteral("West Azerbaijan 60"));
    REQUIRE_OK(read);
    CHECK(read->scenario.tiers.t1 == 60.0);
    CHECK(read->scenario.ordering == engine::Ordering::ScoreOnly);
    CHECK_FALSE(read->builtin);

    // A stale copy is refused; the fresh one updates.
    StoredScenario stale = *read;
    read->scenario.projectWeights[0] = 0.7;
    REQUIRE_OK(repo.save(*read));
    CHECK(read->version == 2);
    stale.scenario.projectWeights[0] = 0.1;
    const auto conflict = repo.save(stale);
    REQUIRE_FALSE(conflict.ok());
    CHECK(conflict.error().kind == Error::Kind::Conflict);
    CHECK(repo.get(QStringLiteral("West Azerbaijan 60"))->scenario.projectWeights[0] == 0.7);

    auto all = repo.list();
    REQUIRE_OK(all);
    REQUIRE(all->size() == 2);
    CHECK(all->front().builtin); // the seed policy first

    // Invalid parameters are refused and nothing changes.
    StoredScenario bad = *repo.get(QStringLiteral("West Azerbaijan 60"));
    bad.scenario.tiers = {40, 60, 20};
    CHECK(repo.save(bad).error().kind == Error::Kind::Invalid);

    CHECK(repo.remove(QStringLiteral("West Azerbaijan 60"), 1).error().kind == Error::Kind::Conflict);
    REQUIRE_OK(repo.remove(QStringLiteral("West Azerbaijan 60"), 2));
    const auto gone = repo.get(QStringLiteral("West Azerbaijan 60"));
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().kind == Error::Kind::NotFound);
    CHECK(gone.error().message.contains(seedPolicyName())); // names the scenarios that exist
}

TEST_CASE("scenario JSON round-trips and names what is wrong", "[storage][scenario]")
{
    engine::Scenario s;
    s.name = "x";
    s.unitWeights = {0.1, 0.2, 0.3, 0.2, 0.2};
    s.unitStates = {0, 1, 2};
    s.requireJustified = false;
    s.normalisation = engine::Normalisation::MinMax;
    auto back = scenarioFromJson(scenarioToJson(s), QStringLiteral("x"));
    REQUIRE_OK(back);
    CHECK(back->unitWeights == s.unitWeights);
    CHECK(back->unitStates == s.unitStates);
    CHECK_FALSE(back->requireJustified);
    CHECK(back->normalisation == engine::Normalisation::MinMax);

    const auto unknown =
        scenarioFromJson(QStringLiteral(R"({"project_weights": {"beauty": 1}})"), QStringLiteral("y"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(QStringLiteral("beauty")));
    CHECK_FALSE(scenarioFromJson(QStringLiteral("not json"), QStringLiteral("z")).ok());
    CHECK_FALSE(scenarioFromJson(QStringLiteral(R"({"tiers": [75, 50]})"), QStringLiteral("z")).ok());
    CHECK_FALSE(
        scenarioFromJson(QStringLiteral(R"({"unit_statuses": ["sleeping"]})"), QStringLiteral("z")).ok());
}
