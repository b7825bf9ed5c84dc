// The dashboard's figures on the demo database, against counts made another way: `ehya-cli
// stats` (storage::computeStats) and loops over the repositories' rows.
#include "DemoDatabase.h"
#include "core/Enums.h"
#include "io/Dashboard.h"
#include "io/ListFilter.h"
#include "io/RankingService.h"
#include "storage/Listing.h"
#include "storage/Repositories.h"
#include "storage/Scenarios.h"
#include "storage/Stats.h"

#include <catch2/catch.hpp>

#include <QHash>
#include <QTemporaryDir>

#include <map>

using namespace ehya;

namespace {

struct Demo
{
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db;
    Id eastAzerbaijan = 0;

    Demo()
    {
        storage::OpenOptions options;
        options.exclusive = false;
        auto opened = storage::Database::open(test::demoLocation(dir), options);
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        eastAzerbaijan = *storage::ReferenceRepository(*db).findProvince(QStringLiteral("East Azerbaijan"));
        REQUIRE(eastAzerbaijan != 0);
    }
};

Demo& demo()
{
    static Demo d;
    return d;
}

bool halfFinished(ProjectStatus s)
{
    return s == ProjectStatus::UnderConstruction || s == ProjectStatus::Stalled;
}

bool idle(UnitStatus s)
{
    return s == UnitStatus::Idle || s == UnitStatus::SemiActive;
}

} // namespace

TEST_CASE("dashboard: the headline figures equal ehya-cli stats, per province and over all", "[dashboard]")
{
    auto stats = storage::computeStats(*demo().db);
    REQUIRE(stats.ok());
    QList<storage::ProvinceStats> all = stats->provinces;
    all << stats->total;
    REQUIRE(all.size() >= 3);
    for (const storage::ProvinceStats& s : all) {
        INFO("province " << s.provinceId);
        auto f = io::computeDashboard(*demo().db, s.provinceId, {}, QDate(2026, 1, 1));
        REQUIRE(f.ok());
        CHECK(f->halfFinished == s.halfFinished);
        for (int t = 0; t < io::kTierCount; ++t)
            CHECK(f->perTier[size_t(t)].projects == s.halfFinishedPerTier[size_t(t)]);
        CHECK(f->remainingRial == s.remainingRial);
        CHECK(f->plannedJobs == s.plannedJobs);
        CHECK(f->idleUnits == s.unitsCandidate);
        CHECK(f->eligibleUnits == s.unitsEligible);
        CHECK(f->jobsRestorable == s.jobsRestorableEligible);
        CHECK(f->unitsRevived == s.unitsRevived);
        CHECK(f->openObstacles == s.obstaclesOpen);
        qint64 units = 0;
        for (const qint64 count : f->unitsPerStatus)
            units += count;
        CHECK(units == s.units);
    }
}

TEST_CASE("dashboard: tiers at other thresholds and counties match a loop over the rows", "[dashboard]")
{
    const Id province = demo().eastAzerbaijan;
    engine::TierThresholds tiers;
    tiers.t1 = 60.0;
    tiers.t2 = 40.0;
    tiers.t3 = 20.0;
    auto f = io::computeDashboard(*demo().db, province, tiers, QDate(2026, 1, 1));
    REQUIRE(f.ok());
    auto projects = storage::listProjectRows(*demo().db, province);
    auto units = storage::listUnitRows(*demo().db, province);
    REQUIRE(projects.ok());
    REQUIRE(units.ok());

    std::array<io::TierFigures, io::kTierCount> perTier{};
    std::map<Id, io::CountyFigures> counties;
    qint64 operational = 0;
    for (const storage::ProjectRow& row : *projects) {
        const Project& p = row.project;
        operational += p.status == ProjectStatus::Operational ? 1 : 0;
        if (!halfFinished(p.status))
            continue;
        io::TierFigures& t = perTier[size_t(engine::tierOf(p.progress, tiers))];
        ++t.projects;
        t.remainingRial += p.remainingRial;
        t.plannedJobs += p.plannedJobs;
        ++counties[p.countyId].halfFinished;
        counties[p.countyId].remainingRial += p.remainingRial;
    }
    for (const storage::UnitRow& row : *units) {
        if (idle(row.unit.status))
            ++counties[row.unit.countyId].idleUnits;
    }
    CHECK(f->projectsOperational == operational);
    for (int t = 0; t < io::kTierCount; ++t) {
        INFO("tier " << t);
        CHECK(f->perTier[size_t(t)].projects == perTier[size_t(t)].projects);
        CHECK(f->perTier[size_t(t)].remainingRial == perTier[size_t(t)].remainingRial);
        CHECK(f->perTier[size_t(t)].plannedJobs == perTier[size_t(t)].plannedJobs);
    }
    // Another threshold moves projects between tiers: the default ones give other counts.
    auto byDefault = io::computeDashboard(*demo().db, province, {}, QDate(2026, 1, 1));
    REQUIRE(byDefault.ok());
    CHECK(byDefault->perTier[0].projects != f->perTier[0].projects);
    CHECK(byDefault->halfFinished == f->halfFinished);

    REQUIRE(f->counties.size() == qsizetype(counties.size()));
    for (qsizetype i = 0; i < f->counties.size(); ++i) {
        const io::CountyFigures& c = f->counties[i];
        INFO("county " << c.countyId);
        CHECK(c.provinceId == province);
        CHECK_FALSE(c.nameFa.isEmpty());
        CHECK(c.halfFinished == counties[c.countyId].halfFinished);
        CHECK(c.remainingRial == counties[c.countyId].remainingRial);
        CHECK(c.idleUnits == counties[c.countyId].idleUnits);
        if (i > 0)
            CHECK(f->counties[i - 1].remainingRial >= c.remainingRial);
    }
}

TEST_CASE("dashboard: idle units by main obstacle, the open obstacle opened first", "[dashboard]")
{
    const Id province = demo().eastAzerbaijan;
    auto f = io::computeDashboard(*demo().db, province, {}, QDate(2026, 1, 1));
    REQUIRE(f.ok());
    auto units = storage::UnitRepository(*demo().db).list(province);
    REQUIRE(units.ok());
    storage::ObstacleRepository obstacles(*demo().db);
    std::array<qint64, io::kObstacleTypeCount> perType{};
    qint64 without = 0;
    qint64 idleUnits = 0;
    for (const IdleUnit& u : *units) {
        if (!idle(u.status))
            continue;
        ++idleUnits;
        auto list = obstacles.forOwner(OwnerKind::Unit, u.id);
        REQUIRE(list.ok());
        const Obstacle* first = nullptr;
        for (const Obstacle& o : *list) {
            if (o.resolved.isValid())
                continue;
            const auto earlier = [](const Obstacle& a, const Obstacle& b) {
                if (a.opened.isValid() != b.opened.isValid())
                    return a.opened.isValid();
                return a.opened != b.opened ? a.opened < b.opened : a.id < b.id;
            };
            if (!first || earlier(o, *first))
                first = &o;
        }
        if (first)
            ++perType[size_t(first->type)];
        else
            ++without;
    }
    CHECK(f->idleUnits == idleUnits);
    CHECK(f->idleUnitsWithoutObstacle == without);
    qint64 withObstacle = 0;
    for (int t = 0; t < io::kObstacleTypeCount; ++t) {
        INFO("obstacle type " << t);
        CHECK(f->idleUnitsPerMainObstacle[size_t(t)] == perType[size_t(t)]);
        withObstacle += perType[size_t(t)];
    }
    CHECK(withObstacle > 0); // the demo has units with open obstacles
}

TEST_CASE("dashboard: progress reports per Jalali quarter up to the latest report", "[dashboard]")
{
    const Id province = demo().eastAzerbaijan;
    io::DashboardRequest request;
    request.provinceId = province;
    request.asOf = QDate(2026, 12, 1);
    auto f = io::computeDashboard(*demo().db, request);
    REQUIRE(f.ok());
    REQUIRE(f->reportPeriods.size() == 8);
    REQUIRE(f->latestReport.isValid());

    QDate latest;
    QHash<QString, qint64> perQuarter; // "year/quarter" counted from the Jalali month
    const auto status = storage::forEachReportRow(*demo().db, province, [&](const storage::ReportRow& row) {
        const QDate d = row.report.date;
        if (d > request.asOf)
            return Status{};
        latest = qMax(latest, d);
        const JalaliYmd j = toJalali(d);
        ++perQuarter[QStringLiteral("%1/%2").arg(j.year).arg((j.month - 1) / 3 + 1)];
        return Status{};
    });
    REQUIRE(status.ok());
    CHECK(f->latestReport == latest);
    const JalaliYmd last = toJalali(latest);
    CHECK(f->reportPeriods.last().year == last.year);
    CHECK(f->reportPeriods.last().quarter == (last.month - 1) / 3 + 1);
    qint64 total = 0;
    for (qsizetype i = 0; i < f->reportPeriods.size(); ++i) {
        const io::ReportPeriod& p = f->reportPeriods[i];
        INFO(p.year << " Q" << p.quarter);
        CHECK(p.reports == perQuarter.value(QStringLiteral("%1/%2").arg(p.year).arg(p.quarter)));
        CHECK(toJalali(p.first).day == 1);
        CHECK(toJalali(p.first).month == 3 * (p.quarter - 1) + 1);
        if (i > 0)
            CHECK(f->reportPeriods[i - 1].last.addDays(1) == p.first);
        total += p.reports;
    }
    CHECK(total > 0);

    // An as-of date before some reports leaves them out.
    request.asOf = latest.addYears(-1);
    auto earlier = io::computeDashboard(*demo().db, request);
    REQUIRE(earlier.ok());
    CHECK(earlier->latestReport <= request.asOf);
    CHECK(earlier->reportPeriods.last().last < latest);

    // Gregorian quarters in English.
    request.calendar = CalendarKind::Gregorian;
    request.asOf = QDate(2026, 12, 1);
    auto gregorian = io::computeDashboard(*demo().db, request);
    REQUIRE(gregorian.ok());
    CHECK(gregorian->reportPeriods.last().first == QDate(latest.year(), (latest.month() - 1) / 3 * 3 + 1, 1));
}

TEST_CASE("dashboard: the plan headline of a ranking with a budget", "[dashboard]")
{
    io::RankRequest request;
    request.provinceId = demo().eastAzerbaijan;
    request.asOf = QDate(2026, 1, 1);
    auto none = io::buildRankReport(*demo().db, request);
    REQUIRE(none.ok());
    CHECK_FALSE(io::planHeadline(*none).valid);
    request.budget = Rials(10'000'000'000'000);
    auto report = io::buildRankReport(*demo().db, request);
    REQUIRE(report.ok());
    const io::PlanHeadline h = io::planHeadline(*report);
    CHECK(h.valid);
    CHECK(h.budget == *request.budget);
    CHECK(h.provinceId == demo().eastAzerbaijan);
    CHECK(h.scenario ==
          io::scenarioDisplayName(storage::seedPolicyName())); // "Seed policy", as people read it
    CHECK(h.scenario != storage::seedPolicyName());
    qint64 items = 0;
    Rials cost = 0;
    for (size_t i = 0; i < report->plan->funded.size(); ++i) {
        if (report->plan->funded[i]) {
            ++items;
            cost += report->ranking.items[i].cost;
        }
    }
    CHECK(h.items == items);
    CHECK(h.cost == cost);
    CHECK(h.cost <= h.budget);
    REQUIRE(h.otherModeJobs.has_value());
    CHECK(*h.otherModeJobs >= h.jobs); // max-jobs brings at least as many
}

TEST_CASE("list filter: the candidates' statuses, kept in the settings' text", "[dashboard][filter]")
{
    io::ListFilter filter;
    filter.status = io::kCandidateStatuses;
    CHECK(io::ListFilter::fromString(filter.toString()) == filter);
    const io::ListMatcher matcher(filter, {}, QDate(2026, 1, 1));
    storage::ProjectRow project;
    storage::UnitRow unit;
    for (const auto& entry : enumEntries<ProjectStatus>()) {
        project.project.status = entry.value;
        CHECK(matcher.matches(project, {}, {}) == halfFinished(entry.value));
    }
    for (const auto& entry : enumEntries<UnitStatus>()) {
        unit.unit.status = entry.value;
        CHECK(matcher.matches(unit, {}, {}) == idle(entry.value));
    }
}
