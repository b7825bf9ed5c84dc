// io::createDatabase / loadReferenceData / loadDemoData: the calibration figures of data/README.md,
// asserted from the database after loading the embedded CSVs through the repositories.
#include <catch2/catch.hpp>

#include "DemoDatabase.h"
#include "io/DemoData.h"
#include "storage/Database.h"
#include "storage/Repositories.h"
#include "storage/Stats.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

using namespace ehya;
using namespace Qt::StringLiterals;

namespace {

// The demo database is built once for every test process (tests/DemoDatabase.h).
const QString& demoPath()
{
    return test::demoDatabase();
}

std::unique_ptr<storage::Database> openDemo()
{
    storage::OpenOptions options;
    options.exclusive = false;
    auto db = storage::Database::open(demoPath(), options);
    INFO(db.error().message.toStdString());
    REQUIRE(db.ok());
    return std::move(*db);
}

qint64 scalar(storage::Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

storage::ProvinceStats statsOf(const storage::Stats& stats, const QString& code)
{
    for (const auto& province : stats.provinces) {
        if (province.code == code)
            return province;
    }
    FAIL("no statistics for province " << code.toStdString());
    return {};
}

// A WHERE fragment for the projects of one province (by code).
QString inProvince(const char* code, const char* alias = "")
{
    return u"%1province_id = (SELECT id FROM province WHERE code = '%2')"_s.arg(QLatin1String(alias),
                                                                                QLatin1String(code));
}

} // namespace

TEST_CASE("demo: East Azerbaijan matches the brief's figures", "[demo]")
{
    auto db = openDemo();
    const auto stats = storage::computeStats(*db);
    REQUIRE(stats.ok());
    const auto ea = statsOf(*stats, u"EA"_s);

    CHECK(ea.halfFinished == 1610);
    const double billionRials = double(ea.remainingRial) / 1e9;
    CHECK(billionRials == Approx(65000).epsilon(0.005)); // 6,500 billion toman
    CHECK(double(ea.plannedJobs) == Approx(12000).epsilon(0.01));
    // every tier present, none dominating (A: >= 75, B: >= 50, C: >= 25, D: below)
    qint64 tiers = 0;
    for (const qint64 n : ea.halfFinishedPerTier) {
        CHECK(n >= 1610 / 10);
        CHECK(n <= 1610 * 4 / 10);
        tiers += n;
    }
    CHECK(tiers == 1610);
    CHECK(ea.countiesWithProjects == 21);
    CHECK(ea.unitsEligible == 95);
    CHECK(ea.unitsRevivedByManagementChange == 12);
    // and some operational and cancelled projects besides
    CHECK(ea.projects > ea.halfFinished);
    const QString half = u"status IN ('under_construction', 'stalled') AND "_s + inProvince("EA", "p.");
    CHECK(scalar(*db,
                 u"SELECT COUNT(*) FROM project WHERE status = 'operational' AND "_s + inProvince("EA")) > 0);
    CHECK(scalar(*db, u"SELECT COUNT(*) FROM project WHERE status = 'cancelled' AND "_s + inProvince("EA")) >
          0);

    // Tabriz has the most half-finished projects
    CHECK(
        scalar(*db,
               u"SELECT c.name_en = 'Tabriz' FROM project p JOIN county c ON c.id = p.county_id WHERE p."_s +
                   half + u" GROUP BY c.id ORDER BY COUNT(*) DESC LIMIT 1"_s) == 1);
    // the sectors the sources name are all there, auto parts the largest
    for (const char* isic : {"29", "24", "07", "08", "15", "13", "10", "20", "23", "28"}) {
        INFO("ISIC " << isic);
        CHECK(
            scalar(
                *db,
                u"SELECT COUNT(*) FROM project p JOIN sector s ON s.id = p.sector_id WHERE s.isic = '%1' AND p."_s
                        .arg(QLatin1String(isic)) +
                    half) >= 10);
    }
    CHECK(scalar(*db, u"SELECT s.isic = '29' FROM project p JOIN sector s ON s.id = p.sector_id WHERE p."_s +
                          half + u" GROUP BY s.id ORDER BY COUNT(*) DESC LIMIT 1"_s) == 1);
    // money per project: most between 5 and 200 billion rials
    const qint64 ordinary =
        scalar(*db, u"SELECT COUNT(*) FROM project p WHERE remaining_rial BETWEEN 5000000000 AND "
                    u"200000000000 AND "_s +
                        half);
    CHECK(ordinary >= 1610 * 9 / 10);
    CHECK(ordinary < 1610);
    // the other revived units came back by other paths
    CHECK(
        scalar(
            *db,
            u"SELECT COUNT(*) FROM unit WHERE status = 'revived' AND revival_path <> 'management_change' AND "_s +
                inProvince("EA")) > 0);
    // eligible means all three: the candidates that lack a flag exist and are not counted
    CHECK(ea.unitsCandidate > ea.unitsEligible);
}

TEST_CASE("demo: West Azerbaijan matches the brief's figures", "[demo]")
{
    auto db = openDemo();
    const auto stats = storage::computeStats(*db);
    REQUIRE(stats.ok());
    const auto wa = statsOf(*stats, u"WA"_s);
    CHECK(wa.unitsEligible == 217);
    CHECK(wa.halfFinishedAbove60 == 307);
    // any reading of "above 60%" gives 307: no other WA project at or above 60, whatever its status
    CHECK(scalar(*db, u"SELECT COUNT(*) FROM project WHERE progress >= 60 AND "_s + inProvince("WA")) == 307);
    CHECK(scalar(*db, u"SELECT COUNT(*) FROM project WHERE status = 'operational' AND progress > 60 AND "_s +
                          inProvince("WA")) == 0);
    CHECK(wa.halfFinished > 307);
}

TEST_CASE("demo: permit and licence numbers are unique per province", "[demo]")
{
    auto db = openDemo();
    CHECK(scalar(*db, u"SELECT COUNT(*) FROM (SELECT province_id, permit_no FROM project "
                      u"GROUP BY province_id, permit_no HAVING COUNT(*) > 1) AS d"_s) == 0);
    CHECK(scalar(*db, u"SELECT COUNT(*) FROM (SELECT province_id, licence_no FROM unit "
                      u"GROUP BY province_id, licence_no HAVING COUNT(*) > 1) AS d"_s) == 0);
    CHECK(scalar(*db, u"SELECT COUNT(*) FROM project WHERE permit_no = ''"_s) == 0);
}

TEST_CASE("demo: progress histories, obstacles and actions", "[demo]")
{
    auto db = openDemo();
    const qint64 projects = scalar(*db, u"SELECT COUNT(*) FROM project"_s);
    const qint64 withHistory = scalar(*db, u"SELECT COUNT(DISTINCT project_id) FROM progress_report"_s);
    CHECK(withHistory >= projects * 5 / 10);
    CHECK(withHistory <= projects * 7 / 10);
    // 2 to 6 reports each, increasing with the date, the last one the current progress
    CHECK(scalar(*db, u"SELECT COUNT(*) FROM (SELECT project_id FROM progress_report GROUP BY project_id "
                      u"HAVING COUNT(*) < 2 OR COUNT(*) > 6) AS d"_s) == 0);
    CHECK(scalar(*db, u"SELECT COUNT(*) FROM (SELECT percent, LAG(percent) OVER (PARTITION BY project_id "
                      u"ORDER BY report_date) AS previous FROM progress_report) AS r "
                      u"WHERE previous IS NOT NULL AND percent <= previous"_s) == 0);
    CHECK(scalar(*db, u"SELECT COUNT(*) FROM project p JOIN progress_report r ON r.project_id = p.id "
                      u"WHERE r.report_date = (SELECT MAX(report_date) FROM progress_report x "
                      u"WHERE x.project_id = p.id) AND ABS(r.percent - p.progress) > 0.001"_s) == 0);

    const qint64 units = scalar(*db, u"SELECT COUNT(*) FROM unit"_s);
    const qint64 unitsWithObstacles = scalar(*db, u"SELECT COUNT(DISTINCT unit_id) FROM obstacle"_s);
    CHECK(unitsWithObstacles >= units * 4 / 10);
    CHECK(unitsWithObstacles <= units * 7 / 10);
    CHECK(scalar(*db, u"SELECT COUNT(DISTINCT project_id) FROM obstacle"_s) > projects / 10);
    CHECK(scalar(*db, u"SELECT COUNT(*) FROM obstacle WHERE resolved IS NOT NULL"_s) > 0);
    CHECK(scalar(*db, u"SELECT COUNT(*) FROM action WHERE project_id IS NOT NULL"_s) > 0);
    CHECK(
        scalar(
            *db,
            u"SELECT COUNT(*) FROM action WHERE unit_id IS NOT NULL AND action_type = 'management_changed'"_s) >=
        12);
    CHECK(scalar(*db, u"SELECT COUNT(*) FROM action WHERE agency_id IS NULL"_s) == 0);
}

TEST_CASE("demo: text typed with Arabic letter forms is stored with Persian ones", "[demo]")
{
    QFile file(u":/data/demo/projects.csv"_s);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    REQUIRE(csv.contains(QChar(0x064A))); // ي in the file, as officers type it
    auto db = openDemo();
    CHECK(scalar(*db, u"SELECT COUNT(*) FROM project WHERE title LIKE '%%1%' OR investor LIKE '%%2%'"_s.arg(
                          QChar(0x064A), QChar(0x0643))) == 0);
}

TEST_CASE("demo: every record was written through the audited repositories", "[demo]")
{
    auto db = openDemo();
    const auto audited = storage::AuditLog(*db).count();
    REQUIRE(audited.ok());
    CHECK(*audited >= scalar(*db,
                             u"SELECT (SELECT COUNT(*) FROM project) + (SELECT COUNT(*) FROM unit) + "
                             u"(SELECT COUNT(*) FROM progress_report) + (SELECT COUNT(*) FROM obstacle)"_s));
}
