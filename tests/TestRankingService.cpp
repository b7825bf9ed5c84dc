// The ranking service on the demo database: what `ehya-cli rank` and the ranking view show.
#include "DemoDatabase.h"
#include "io/DemoData.h"
#include "io/RankingService.h"
#include "storage/Candidates.h"
#include "storage/Repositories.h"
#include "storage/Stats.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace ehya;

namespace {

struct Demo
{
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db;
    Id eastAzerbaijan = 0;
    Id westAzerbaijan = 0;

    Demo()
    {
        storage::OpenOptions options;
        options.exclusive = false;
        auto opened = storage::Database::open(test::demoLocation(dir), options);
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        storage::ReferenceRepository reference(*db);
        eastAzerbaijan = *reference.findProvince(QStringLiteral("East Azerbaijan"));
        westAzerbaijan = *reference.findProvince(QStringLiteral("آذربایجان غربی"));
        REQUIRE(eastAzerbaijan != 0);
        REQUIRE(westAzerbaijan != 0);
    }
};

Demo& demo()
{
    static Demo d; // one demo database for the whole binary: it takes seconds to build
    return d;
}

} // namespace

TEST_CASE("demo: every tier-A project of a province ranks before tier B, and so on", "[rank][demo]")
{
    for (const Id province : {demo().eastAzerbaijan, demo().westAzerbaijan}) {
        io::RankRequest request;
        request.provinceId = province;
        auto report = io::buildRankReport(*demo().db, request);
        REQUIRE(report.ok());
        REQUIRE_FALSE(report->ranking.items.empty());
        int previousTier = 0;
        for (const auto& item : report->ranking.items) {
            REQUIRE(item.tier.has_value());
            const int tier = static_cast<int>(*item.tier);
            CHECK(tier >= previousTier);
            previousTier = tier;
        }
        // Ranks are 1..n and every row carries its permit number.
        CHECK(report->ranking.items.front().rank == 1);
        CHECK(report->ranking.items.back().rank == static_cast<int>(report->ranking.items.size()));
        for (const auto& info : report->info)
            CHECK_FALSE(info.code.isEmpty());
    }
}

TEST_CASE("demo: the pools are the brief's half-finished projects and eligible units", "[rank][demo]")
{
    io::RankRequest projects;
    projects.provinceId = demo().eastAzerbaijan;
    CHECK(io::buildRankReport(*demo().db, projects)->ranking.items.size() == 1610);

    io::RankRequest units;
    units.kind = engine::Kind::Unit;
    units.provinceId = demo().eastAzerbaijan;
    units.asOf = QDate(2025, 3, 1);
    CHECK(io::buildRankReport(*demo().db, units)->ranking.items.size() == 95);
    units.provinceId = demo().westAzerbaijan;
    CHECK(io::buildRankReport(*demo().db, units)->ranking.items.size() == 217);
}

TEST_CASE("demo: a budget of 1,000 billion toman under both plans", "[rank][demo][plan]")
{
    io::RankRequest request;
    request.provinceId = demo().eastAzerbaijan;
    request.budget = 1'000LL * 10'000'000'000LL;
    auto policy = io::buildRankReport(*demo().db, request);
    REQUIRE(policy.ok());
    REQUIRE(policy->plan.has_value());
    REQUIRE(policy->other.has_value());
    CHECK(policy->plan->cost <= *request.budget);
    CHECK(policy->plan->itemsFunded > 0);
    CHECK(policy->other->jobs >= policy->plan->jobs); // max-jobs never restores fewer jobs
    // The policy plan funds the first item that fits, in rank order.
    CHECK(policy->plan->funded.front() == (policy->ranking.items.front().cost <= *request.budget));

    request.plan = engine::PlanMode::MaxJobs;
    auto maxJobs = io::buildRankReport(*demo().db, request);
    REQUIRE(maxJobs.ok());
    CHECK(maxJobs->plan->jobs == policy->other->jobs);
    CHECK(maxJobs->plan->cost <= *request.budget);
}

TEST_CASE("an unknown scenario and a negative budget are refused", "[rank]")
{
    io::RankRequest request;
    request.scenario = QStringLiteral("no such scenario");
    const auto unknown = io::buildRankReport(*demo().db, request);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().kind == Error::Kind::NotFound);
    request.scenario.clear();
    request.budget = -1;
    const auto negative = io::buildRankReport(*demo().db, request);
    REQUIRE_FALSE(negative.ok());
    CHECK(negative.error().kind == Error::Kind::Invalid);
}

TEST_CASE("sensitivity through the service is repeatable", "[rank][sensitivity]")
{
    io::RankRequest request;
    request.provinceId = demo().westAzerbaijan;
    request.sensitivitySamples = 50;
    request.seed = 9;
    request.budget = 500LL * 10'000'000'000LL;
    auto a = io::buildRankReport(*demo().db, request);
    auto b = io::buildRankReport(*demo().db, request);
    REQUIRE(a.ok());
    REQUIRE(a->spread.size() == a->ranking.items.size());
    for (std::size_t i = 0; i < a->spread.size(); ++i) {
        CHECK(a->spread[i].p50 == b->spread[i].p50);
        CHECK(a->spread[i].fundedShare == b->spread[i].fundedShare);
    }
}

TEST_CASE("the ranking's first province is the first one the figures of ehya-cli stats give something "
          "to rank",
          "[rank][demo]")
{
    auto stats = storage::computeStats(*demo().db);
    REQUIRE(stats.ok());
    Id expected = 0;
    for (const auto& p : stats->provinces)
        if (p.halfFinished > 0 || p.unitsEligible > 0) {
            expected = p.provinceId;
            break;
        }
    REQUIRE(expected != 0);
    CHECK(storage::firstProvinceToRank(*demo().db).value() == expected);

    // A database with reference data only has nothing to rank.
    QTemporaryDir dir;
    const QString path = test::testLocation(dir.filePath(QStringLiteral("empty.sqlite")));
    REQUIRE(io::createDatabase(path, false).ok());
    storage::OpenOptions options;
    options.exclusive = false;
    auto empty = storage::Database::open(path, options);
    REQUIRE(empty.ok());
    CHECK(storage::firstProvinceToRank(**empty).value() == Id{0});
}
