// io::generateData: deterministic for a seed, exact counts, spread, unique numbers, audited.
#include <catch2/catch.hpp>

#include "io/DemoData.h"
#include "io/Generator.h"
#include "storage/Database.h"
#include "storage/Repositories.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <memory>

using namespace ehya;

namespace {

std::unique_ptr<storage::Database> referenceDb(const QTemporaryDir& dir, const QString& name)
{
    const QString path = dir.filePath(name);
    const Status created = io::createDatabase(path, false);
    INFO(created.error().message.toStdString());
    REQUIRE(created.ok());
    auto db = storage::Database::open(path);
    INFO(db.error().message.toStdString());
    REQUIRE(db.ok());
    return std::move(*db);
}

qint64 count(storage::Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

// A hash of every column of every generated row, in id order.
QByteArray checksum(storage::Database& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* table : {"project", "progress_report", "unit", "obstacle", "action"}) {
        QSqlQuery query(db.connection());
        REQUIRE(query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1String(table))));
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i) {
                hash.addData(query.value(i).toString().toUtf8());
                hash.addData(QByteArrayView("|"));
            }
        }
    }
    return hash.result().toHex();
}

// The new_json of every insert audit row of `entity`, in id order.
QStringList insertedJson(storage::Database& db, const QString& entity)
{
    QSqlQuery query(db.connection());
    query.prepare(
        QStringLiteral("SELECT new_json FROM audit WHERE entity = ? AND action = 'insert' ORDER BY id"));
    query.bindValue(0, entity);
    REQUIRE(query.exec());
    QStringList rows;
    while (query.next())
        rows << query.value(0).toString();
    return rows;
}

io::GenerateSummary generate(storage::Database& db, const io::GenerateOptions& options)
{
    auto summary = io::generateData(db, options);
    INFO(summary.error().message.toStdString());
    REQUIRE(summary.ok());
    return *summary;
}

} // namespace

TEST_CASE("the same seed gives the same data; another seed other data", "[generator]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto first = referenceDb(dir, QStringLiteral("a.sqlite"));
    auto second = referenceDb(dir, QStringLiteral("b.sqlite"));
    auto third = referenceDb(dir, QStringLiteral("c.sqlite"));
    const io::GenerateOptions options{500, 120, 42};
    generate(*first, options);
    generate(*second, options);
    generate(*third, io::GenerateOptions{500, 120, 43});
    CHECK(checksum(*first) == checksum(*second));
    CHECK(checksum(*first) != checksum(*third));
}

TEST_CASE("counts are exact, every province gets rows, numbers are unique", "[generator]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto db = referenceDb(dir, QStringLiteral("g.sqlite"));
    const qint64 auditBefore = count(*db, QStringLiteral("SELECT count(*) FROM audit"));
    const auto summary = generate(*db, io::GenerateOptions{500, 150, 7});

    CHECK(summary.projects == 500);
    CHECK(summary.units == 150);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM project")) == 500);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM unit")) == 150);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM progress_report")) == summary.reports);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM obstacle")) == summary.obstacles);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM action")) == summary.actions);
    // About half of the projects have 2 to 4 reports each.
    const qint64 withReports =
        count(*db, QStringLiteral("SELECT count(DISTINCT project_id) FROM progress_report"));
    CHECK(withReports > 150);
    CHECK(withReports < 350);
    CHECK(summary.reports >= 2 * withReports);
    CHECK(summary.reports <= 4 * withReports);
    CHECK(summary.obstacles > 0);
    CHECK(summary.actions > 0);

    // Every province with counties gets projects and units; counties lie in their province.
    const qint64 provinces = count(*db, QStringLiteral("SELECT count(DISTINCT province_id) FROM county"));
    REQUIRE(provinces > 1);
    CHECK(count(*db, QStringLiteral("SELECT count(DISTINCT province_id) FROM project")) == provinces);
    CHECK(count(*db, QStringLiteral("SELECT count(DISTINCT province_id) FROM unit")) == provinces);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM project p JOIN county c ON c.id = p.county_id "
                                    "WHERE c.province_id <> p.province_id")) == 0);
    CHECK(count(*db, QStringLiteral("SELECT count(DISTINCT sector_id) FROM project")) ==
          count(*db, QStringLiteral("SELECT count(*) FROM sector")));

    CHECK(count(*db, QStringLiteral("SELECT count(DISTINCT province_id || '/' || permit_no) FROM project")) ==
          500);
    CHECK(count(*db, QStringLiteral("SELECT count(DISTINCT province_id || '/' || licence_no) FROM unit")) ==
          150);

    // The last report of a project is its current progress, and reports never go backwards.
    CHECK(count(*db,
                QStringLiteral("SELECT count(*) FROM project p JOIN progress_report r ON r.project_id = p.id "
                               "WHERE r.report_date = (SELECT max(report_date) FROM progress_report "
                               "WHERE project_id = p.id) AND r.percent <> p.progress")) == 0);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM progress_report a JOIN progress_report b "
                                    "ON a.project_id = b.project_id AND a.report_date < b.report_date "
                                    "AND a.percent > b.percent")) == 0);

    // One audit row per inserted record.
    const qint64 inserted =
        summary.projects + summary.units + summary.reports + summary.obstacles + summary.actions;
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM audit")) - auditBefore == inserted);
}

TEST_CASE("a seed already used is refused and nothing is written", "[generator]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto db = referenceDb(dir, QStringLiteral("twice.sqlite"));
    generate(*db, io::GenerateOptions{60, 20, 5});
    const QByteArray before = checksum(*db);
    const auto again = io::generateData(*db, io::GenerateOptions{60, 20, 5});
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind == Error::Kind::Invalid);
    CHECK(checksum(*db) == before);
    generate(*db, io::GenerateOptions{60, 20, 6});
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM project")) == 120);
}

TEST_CASE("the direct writer audits exactly as the repositories do", "[generator]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto direct = referenceDb(dir, QStringLiteral("direct.sqlite"));
    auto viaRepositories = referenceDb(dir, QStringLiteral("repositories.sqlite"));
    io::GenerateOptions options{80, 40, 11};
    const auto directSummary = generate(*direct, options);
    options.writer = io::GenerateWriter::Repositories;
    const auto repositorySummary = generate(*viaRepositories, options);
    CHECK(directSummary.reports == repositorySummary.reports);
    CHECK(directSummary.obstacles == repositorySummary.obstacles);
    CHECK(directSummary.actions == repositorySummary.actions);
    for (const char* entity : {"project", "progress_report", "unit", "obstacle", "action"}) {
        INFO(entity);
        const QStringList expected = insertedJson(*viaRepositories, QLatin1String(entity));
        REQUIRE_FALSE(expected.isEmpty());
        CHECK(insertedJson(*direct, QLatin1String(entity)) == expected);
    }
    // The rows themselves agree, apart from the version the repositories bump per report.
    storage::UnitRepository directUnits(*direct);
    storage::UnitRepository repositoryUnits(*viaRepositories);
    const auto a = directUnits.list();
    const auto b = repositoryUnits.list();
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    REQUIRE(a->size() == b->size());
    for (qsizetype i = 0; i < a->size(); ++i) {
        CHECK(a->at(i).licenceNo == b->at(i).licenceNo);
        CHECK(a->at(i).workingCapitalRial == b->at(i).workingCapitalRial);
        CHECK(a->at(i).status == b->at(i).status);
    }
}
