// Listing rows (names joined, latest report) and the per-province statistics on a hand-made set.
#include "RecordChecks.h"
#include "StorageFixture.h"

#include "storage/Listing.h"
#include "storage/Stats.h"

using namespace ehya;
using namespace ehya::storage;
using namespace ehya::test;

TEST_CASE("Listing rows carry the names and the latest report", "[storage][listing]")
{
    QTemporaryDir dir;
    auto db = openDb(dir.filePath(QStringLiteral("listing.sqlite")));
    const Seed s = seed(*db);
    ProjectRepository projects(*db);
    Project reported = sampleProject(s, QStringLiteral("L-1"));
    REQUIRE_OK(projects.insert(reported));
    Project silent = sampleProject(s, QStringLiteral("L-2"));
    silent.provinceId = s.other.id;
    silent.countyId = s.otherCounty.id;
    silent.estateId = 0;
    silent.sectorId = s.sector2.id;
    REQUIRE_OK(projects.insert(silent));
    for (const QDate& date : {QDate(2024, 2, 1), QDate(2024, 5, 9), QDate(2023, 12, 30)}) {
        ProgressReport r{0, reported.id, date, 70.0, QString(), QString()};
        REQUIRE_OK(projects.addReport(r));
    }

    auto rows = listProjectRows(*db);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 2);
    const ProjectRow& first = rows->at(0);
    CHECK(first.project.id == reported.id);
    CHECK(first.project.permitNo == u"L-1");
    CHECK(first.project.progress == Approx(70.0));
    CHECK(first.provinceFa == s.province.nameFa);
    CHECK(first.provinceEn == s.province.nameEn);
    CHECK(first.countyFa == s.county.nameFa);
    CHECK(first.countyEn == s.county.nameEn);
    CHECK(first.sectorFa == s.sector.nameFa);
    CHECK(first.sectorEn == s.sector.nameEn);
    CHECK(first.lastReport == QDate(2024, 5, 9));
    const ProjectRow& second = rows->at(1);
    CHECK(second.countyEn == s.otherCounty.nameEn);
    CHECK(second.sectorEn == s.sector2.nameEn);
    CHECK(second.lastReport.isNull());

    auto filtered = listProjectRows(*db, s.other.id);
    REQUIRE(filtered.ok());
    REQUIRE(filtered->size() == 1);
    CHECK(filtered->at(0).project.id == silent.id);

    UnitRepository units(*db);
    IdleUnit u = sampleUnit(s, QStringLiteral("LU-1"));
    REQUIRE_OK(units.insert(u));
    IdleUnit quiet = sampleUnit(s, QStringLiteral("LU-2"));
    REQUIRE_OK(units.insert(quiet));
    ActionRepository actions(*db);
    Action a{0,
             0,
             OwnerKind::Unit,
             u.id,
             ActionType::BankReferral,
             0,
             QDate(2024, 1, 5),
             QDate(2024, 2, 6),
             0,
             ActionStatus::Done,
             QString()};
    REQUIRE_OK(actions.insert(a));
    Action b{
        0,       0, OwnerKind::Unit,          u.id,     ActionType::WorkgroupDecision, 0, QDate(2023, 6, 1),
        QDate(), 0, ActionStatus::InProgress, QString()};
    REQUIRE_OK(actions.insert(b));
    auto unitRows = listUnitRows(*db, s.province.id);
    REQUIRE(unitRows.ok());
    REQUIRE(unitRows->size() == 2);
    CHECK(unitRows->at(0).unit.licenceNo == u"LU-1");
    CHECK(unitRows->at(0).countyEn == s.county2.nameEn);
    CHECK(unitRows->at(0).sectorFa == s.sector2.nameFa);
    CHECK(unitRows->at(0).lastAction == QDate(2024, 2, 6));
    CHECK(unitRows->at(1).lastAction.isNull());
    CHECK(listUnitRows(*db, s.other.id)->isEmpty());
}

TEST_CASE("Statistics on a small hand-made dataset", "[storage][stats]")
{
    QTemporaryDir dir;
    auto db = openDb(dir.filePath(QStringLiteral("stats.sqlite")));
    const Seed s = seed(*db);
    ProjectRepository projects(*db);
    UnitRepository units(*db);

    // East Azerbaijan: progress 80 (A), 75 (A), 61 (B), 50 (B), 30 (C), 10 (D) half-finished,
    // plus one operational (90) and one cancelled (40) that are not half-finished.
    struct P
    {
        double progress;
        ProjectStatus status;
        Rials remaining;
        int jobs;
        bool otherCounty;
    };
    const QList<P> east = {
        {80.0, ProjectStatus::UnderConstruction, 100, 10, false},
        {75.0, ProjectStatus::Stalled, 200, 20, true},
        {61.0, ProjectStatus::Stalled, 300, 30, false},
        {50.0, ProjectStatus::UnderConstruction, 400, 40, false},
        {30.0, ProjectStatus::Stalled, 500, 50, false},
        {10.0, ProjectStatus::UnderConstruction, 600, 60, false},
        {90.0, ProjectStatus::Operational, 7000, 700, false},
        {40.0, ProjectStatus::Cancelled, 8000, 800, false},
    };
    int n = 0;
    Id firstId = 0;
    for (const P& row : east) {
        Project p = sampleProject(s, QStringLiteral("S-%1").arg(++n));
        p.progress = row.progress;
        p.status = row.status;
        p.remainingRial = row.remaining;
        p.plannedJobs = row.jobs;
        p.countyId = row.otherCounty ? s.county2.id : s.county.id;
        p.estateId = row.otherCounty ? 0 : s.estate.id;
        REQUIRE_OK(projects.insert(p));
        if (firstId == 0)
            firstId = p.id;
    }
    ProgressReport r1{0, firstId, QDate(2024, 1, 1), 80.0, QString(), QString()};
    REQUIRE_OK(projects.addReport(r1));
    ProgressReport r2{0, firstId, QDate(2024, 2, 1), 80.0, QString(), QString()};
    REQUIRE_OK(projects.addReport(r2));

    // Units: eligible idle (35 jobs), idle without market, semi-active eligible (12 jobs),
    // revived by management change, revived by a facility, closed.
    struct U
    {
        UnitStatus status;
        bool market;
        bool justified;
        int jobs;
        RevivalPath path;
    };
    const QList<U> unitRows = {
        {UnitStatus::Idle, true, true, 35, RevivalPath::None},
        {UnitStatus::Idle, false, true, 100, RevivalPath::None},
        {UnitStatus::SemiActive, true, true, 12, RevivalPath::None},
        {UnitStatus::Revived, true, true, 500, RevivalPath::ManagementChange},
        {UnitStatus::Revived, true, true, 500, RevivalPath::WorkingCapitalFacility},
        {UnitStatus::Closed, true, true, 500, RevivalPath::None},
    };
    Id firstUnit = 0;
    for (const U& row : unitRows) {
        IdleUnit u = sampleUnit(s, QStringLiteral("SU-%1").arg(++n));
        u.status = row.status;
        u.hasMarket = row.market;
        u.justified = row.justified;
        u.jobsRestorable = row.jobs;
        u.revivalPath = row.path;
        REQUIRE_OK(units.insert(u));
        if (firstUnit == 0)
            firstUnit = u.id;
    }
    ObstacleRepository obstacles(*db);
    Obstacle open{
        0,      0, OwnerKind::Unit, firstUnit, ObstacleType::WorkingCapital, QString(), QDate(2023, 1, 1),
        QDate()};
    Obstacle openOnProject{
        0, 0, OwnerKind::Project, firstId, ObstacleType::Utilities, QString(), QDate(2023, 1, 1), QDate()};
    Obstacle resolved{0,
                      0,
                      OwnerKind::Unit,
                      firstUnit,
                      ObstacleType::Legal,
                      QString(),
                      QDate(2023, 1, 1),
                      QDate(2023, 6, 1)};
    REQUIRE_OK(obstacles.insert(open));
    REQUIRE_OK(obstacles.insert(openOnProject));
    REQUIRE_OK(obstacles.insert(resolved));
    Action action{
        0,       0, OwnerKind::Unit,       firstUnit, ActionType::BankReferral, 0, QDate(2023, 2, 1),
        QDate(), 0, ActionStatus::Planned, QString()};
    REQUIRE_OK(ActionRepository(*db).insert(action));

    // West Azerbaijan: one stalled project at 99.9.
    Project west = sampleProject(s, QStringLiteral("W-1"));
    west.provinceId = s.other.id;
    west.countyId = s.otherCounty.id;
    west.estateId = 0;
    west.progress = 99.9;
    west.remainingRial = 5;
    west.plannedJobs = 3;
    REQUIRE_OK(projects.insert(west));

    auto stats = computeStats(*db);
    REQUIRE_OK(stats);
    REQUIRE(stats->provinces.size() == 2);
    const ProvinceStats& ea = stats->provinces.at(0);
    CHECK(ea.code == u"EA");
    CHECK(ea.nameEn == s.province.nameEn);
    CHECK(ea.projects == 8);
    CHECK(ea.halfFinished == 6);
    CHECK(ea.halfFinishedPerTier == std::array<qint64, 4>{2, 2, 1, 1});
    CHECK(ea.halfFinishedAbove60 == 3);
    CHECK(ea.remainingRial == 100 + 200 + 300 + 400 + 500 + 600);
    CHECK(ea.plannedJobs == 10 + 20 + 30 + 40 + 50 + 60);
    CHECK(ea.countiesWithProjects == 2);
    CHECK(ea.units == 6);
    CHECK(ea.unitsCandidate == 3);
    CHECK(ea.unitsEligible == 2);
    CHECK(ea.unitsRevived == 2);
    CHECK(ea.unitsRevivedByManagementChange == 1);
    CHECK(ea.jobsRestorableEligible == 35 + 12);
    CHECK(ea.progressReports == 2);
    CHECK(ea.obstaclesOpen == 2);
    CHECK(ea.actions == 1);

    const ProvinceStats& wa = stats->provinces.at(1);
    CHECK(wa.code == u"WA");
    CHECK(wa.projects == 1);
    CHECK(wa.halfFinishedPerTier == std::array<qint64, 4>{1, 0, 0, 0});
    CHECK(wa.units == 0);
    CHECK(wa.obstaclesOpen == 0);

    CHECK(stats->total.projects == 9);
    CHECK(stats->total.halfFinished == 7);
    CHECK(stats->total.halfFinishedPerTier == std::array<qint64, 4>{3, 2, 1, 1});
    CHECK(stats->total.remainingRial == 2105);
    CHECK(stats->total.countiesWithProjects == 3);
    CHECK(stats->total.units == 6);
}

TEST_CASE("Listing rows read every field as the repositories do (SQLite's own API)", "[storage][listing]")
{
    QTemporaryDir dir;
    auto db = openDb(dir.filePath(QStringLiteral("native.sqlite")));
    const Seed s = seed(*db);
    ProjectRepository projects(*db);
    Project full = sampleProject(s, QStringLiteral("N-1"));
    full.title = QStringLiteral("کارخانهٔ نمونه «یک»");
    full.permitExpiry = QDate(2031, 12, 31);
    full.expectedCompletion = {};
    full.investedRial = 9'007'199'254'740'993LL; // beyond a double's exact integers
    full.exportOriented = true;
    full.status = ProjectStatus::Stalled;
    full.notes = QString();
    REQUIRE_OK(projects.insert(full));
    Project bare = sampleProject(s, QStringLiteral("N-2"));
    bare.estateId = 0;
    REQUIRE_OK(projects.insert(bare));

    auto rows = listProjectRows(*db);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 2);
    for (const ProjectRow& row : std::as_const(*rows))
        checkSame(row.project, projects.get(row.project.id).value());
    CHECK(rows->at(0).project.investedRial == 9'007'199'254'740'993LL);
    CHECK(rows->at(0).project.status == ProjectStatus::Stalled);
    CHECK(rows->at(1).project.estateId == 0);
    CHECK(rows->at(1).estateFa.isEmpty());

    UnitRepository units(*db);
    IdleUnit unit = sampleUnit(s, QStringLiteral("NU-1"));
    unit.revivalPath = RevivalPath::ManagementChange;
    unit.hasMarket = true;
    unit.justified = false;
    REQUIRE_OK(units.insert(unit));
    const auto unitRows = listUnitRows(*db);
    REQUIRE(unitRows.ok());
    REQUIRE(unitRows->size() == 1);
    const IdleUnit& u = unitRows->at(0).unit;
    checkSame(u, units.get(u.id).value());
    CHECK(u.revivalPath == RevivalPath::ManagementChange);
}
