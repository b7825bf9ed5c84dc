// A loaded ranking changed in memory (io/RankCompare.h): the same as reading it again with the
// changed scenario or budget, and two rankings compared item by item.
#include "DemoDatabase.h"
#include "io/RankCompare.h"
#include "storage/Repositories.h"
#include "storage/Scenarios.h"

#include <catch2/catch.hpp>

#include <QSet>
#include <QTemporaryDir>

using namespace ehya;

namespace {

struct CompareDemo
{
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db;
    Id eastAzerbaijan = 0;

    CompareDemo()
    {
        storage::OpenOptions options;
        options.exclusive = false;
        auto opened = storage::Database::open(test::demoLocation(dir), options);
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        db->setCurrentUser(QStringLiteral("tester"));
        eastAzerbaijan = *storage::ReferenceRepository(*db).findProvince(QStringLiteral("East Azerbaijan"));
        REQUIRE(eastAzerbaijan != 0);
    }
};

CompareDemo& demo()
{
    static CompareDemo d;
    return d;
}

io::RankReport load(engine::Kind kind, const QString& scenario = {}, std::optional<Rials> budget = {},
                    engine::PlanMode mode = engine::PlanMode::Policy)
{
    io::RankRequest request;
    request.kind = kind;
    request.provinceId = demo().eastAzerbaijan;
    request.scenario = scenario;
    request.budget = budget;
    request.plan = mode;
    request.asOf = QDate(2025, 3, 1);
    auto report = io::buildRankReport(*demo().db, request);
    REQUIRE(report.ok());
    return std::move(report).value();
}

void requireSame(const io::RankReport& a, const io::RankReport& b)
{
    REQUIRE(a.ranking.items.size() == b.ranking.items.size());
    REQUIRE(a.info.size() == b.info.size());
    for (std::size_t i = 0; i < a.ranking.items.size(); ++i) {
        CHECK(a.ranking.items[i].id == b.ranking.items[i].id);
        CHECK(a.ranking.items[i].score == b.ranking.items[i].score);
        CHECK(a.info[static_cast<qsizetype>(i)].code == b.info[static_cast<qsizetype>(i)].code);
        CHECK(a.info[static_cast<qsizetype>(i)].title == b.info[static_cast<qsizetype>(i)].title);
    }
    REQUIRE(a.plan.has_value() == b.plan.has_value());
    if (a.plan) {
        CHECK(a.plan->funded == b.plan->funded);
        CHECK(a.plan->jobs == b.plan->jobs);
        CHECK(a.other->jobs == b.other->jobs);
    }
}

const Rials kThousandBillionToman = 1'000LL * 10'000'000'000LL;

} // namespace

TEST_CASE("re-ranking in memory with a changed scenario equals reading it stored", "[rank][compare]")
{
    for (const auto kind : {engine::Kind::Project, engine::Kind::Unit}) {
        io::RankReport report = load(kind, {}, kThousandBillionToman);
        engine::Scenario changed = report.scenario;
        changed.name = kind == engine::Kind::Project ? "progress first" : "no market needed";
        if (kind == engine::Kind::Project) {
            changed.projectWeights = {0.1, 0.6, 0.1, 0.1, 0.1};
            changed.ordering = engine::Ordering::ScoreOnly;
        } else {
            changed.requireMarket = false; // more units become eligible: their names must follow
            changed.unitWeights = {0.2, 0.2, 0.4, 0.1, 0.1};
        }
        storage::StoredScenario stored;
        stored.scenario = changed;
        REQUIRE(storage::ScenarioRepository(*demo().db).save(stored).ok());

        const auto before = report.ranking.items.size();
        REQUIRE(io::rerank(report, changed).ok());
        requireSame(report, load(kind, QString::fromStdString(changed.name), kThousandBillionToman));
        if (kind == engine::Kind::Unit)
            CHECK(report.ranking.items.size() > before);

        // Back to the seed policy: exactly the report the CLI reads.
        REQUIRE(io::rerank(report, load(kind).scenario).ok());
        requireSame(report, load(kind, {}, kThousandBillionToman));
    }
}

TEST_CASE("an invalid scenario leaves the report as it was", "[rank][compare]")
{
    io::RankReport report = load(engine::Kind::Project);
    const auto firstId = report.ranking.items.front().id;
    engine::Scenario bad = report.scenario;
    bad.tiers.t2 = 90; // not decreasing
    const Status status = io::rerank(report, bad);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().kind == Error::Kind::Invalid);
    CHECK_FALSE(status.error().message.isEmpty());
    CHECK(report.scenario.tiers.t2 == 50.0);
    CHECK(report.ranking.items.front().id == firstId);
}

TEST_CASE("a new budget in memory equals reading it with that budget", "[rank][compare][plan]")
{
    io::RankReport report = load(engine::Kind::Project);
    CHECK_FALSE(report.plan.has_value());
    REQUIRE(io::replan(report, kThousandBillionToman, engine::PlanMode::MaxJobs).ok());
    requireSame(report, load(engine::Kind::Project, {}, kThousandBillionToman, engine::PlanMode::MaxJobs));
    REQUIRE(io::replan(report, kThousandBillionToman, engine::PlanMode::Policy).ok());
    requireSame(report, load(engine::Kind::Project, {}, kThousandBillionToman));
    CHECK_FALSE(io::replan(report, -5, engine::PlanMode::Policy).ok());
    REQUIRE(io::replan(report, std::nullopt, engine::PlanMode::Policy).ok());
    CHECK_FALSE(report.plan.has_value());
    CHECK_FALSE(report.other.has_value());
}

TEST_CASE("comparing two scenarios gives each item's move and its funding change", "[rank][compare]")
{
    const io::RankReport a = load(engine::Kind::Unit, {}, 200LL * 10'000'000'000LL);
    io::RankReport b = a;
    engine::Scenario relaxed = a.scenario;
    relaxed.requireMarket = false;
    relaxed.unitWeights = {0.1, 0.1, 0.6, 0.1, 0.1};
    REQUIRE(io::rerank(b, relaxed).ok());

    const QList<io::RankMove> moves = io::compareReports(a, b);
    QSet<qint64> ids;
    for (const auto& item : a.ranking.items)
        ids.insert(item.id);
    for (const auto& item : b.ranking.items)
        ids.insert(item.id);
    REQUIRE(moves.size() == ids.size());

    const auto positionIn = [](const io::RankReport& r, qint64 id) -> std::optional<std::size_t> {
        for (std::size_t p = 0; p < r.ranking.items.size(); ++p)
            if (r.ranking.items[p].id == id)
                return p;
        return std::nullopt;
    };
    int onlyInB = 0, up = 0, down = 0, entered = 0, left = 0;
    for (const auto& move : moves) {
        const auto pa = positionIn(a, move.id);
        const auto pb = positionIn(b, move.id);
        CHECK(move.rankA.has_value() == pa.has_value());
        CHECK(move.rankB.has_value() == pb.has_value());
        if (pa) {
            CHECK(*move.rankA == static_cast<int>(*pa) + 1);
            CHECK(move.fundedA == a.plan->funded[*pa]);
            CHECK(move.code == a.info[static_cast<qsizetype>(*pa)].code);
        }
        if (pb) {
            CHECK(move.fundedB == b.plan->funded[*pb]);
            CHECK(move.code == b.info[static_cast<qsizetype>(*pb)].code);
        }
        if (!pa)
            ++onlyInB;
        if (move.delta() && *move.delta() > 0)
            ++up;
        if (move.delta() && *move.delta() < 0)
            ++down;
        entered += move.enteredFunded() ? 1 : 0;
        left += move.leftFunded() ? 1 : 0;
    }
    CHECK(onlyInB == static_cast<int>(b.ranking.items.size() - a.ranking.items.size()));
    CHECK(up > 0);
    CHECK(down > 0);
    CHECK(entered + left > 0);
    // B's order first.
    CHECK(moves.front().id == b.ranking.items.front().id);

    // The same report compared with itself: nothing moves.
    for (const auto& move : io::compareReports(a, a)) {
        CHECK(move.delta() == 0);
        CHECK_FALSE(move.enteredFunded());
        CHECK_FALSE(move.leftFunded());
    }
}

TEST_CASE("the sensitivity of a report stops when cancelled", "[rank][compare][sensitivity]")
{
    const io::RankReport report = load(engine::Kind::Project, {}, kThousandBillionToman);
    int last = 0;
    const auto spread = io::sensitivityOf(report, 20, 1, [&last](int done) {
        last = done;
        return done < 3;
    });
    CHECK(spread.empty());
    CHECK(last == 3);
    const auto full = io::sensitivityOf(report, 20);
    REQUIRE(full.size() == report.ranking.items.size());
    for (std::size_t i = 0; i < full.size(); ++i)
        CHECK((full[i].p5 <= full[i].p50 && full[i].p50 <= full[i].p95));
}
