// Database: open and configure, migrations, nested transactions, rollback, foreign keys.
#include "StorageFixture.h"

#include "storage/Dialect.h"
#include "storage/Schema.h"
#include "storage/ServerLocation.h"

#include <QSqlDatabase>
#include <QSqlError>

using namespace ehya;
using namespace ehya::storage;
using namespace ehya::test;

namespace {

// Makes a database at schema version 1 by hand (what an older Ehya left behind), plus `extra`.
void makeVersion1(const QString& path, const QStringList& extra = {})
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1-maker"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery query(raw);
        const Dialect dialect(Dialect::Kind::Sqlite);
        QStringList statements = schema::migrationStatements(1, dialect);
        statements
            << QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', '1')")
            << QStringLiteral(
                   "INSERT INTO province (code, name_fa, name_en) VALUES ('KH', 'خوزستان', 'Khuzestan')")
            << extra;
        for (const QString& statement : statements) {
            INFO(statement.toStdString());
            REQUIRE(query.exec(statement));
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1-maker"));
}

} // namespace

TEST_CASE("A new database gets the latest schema and the connection settings", "[storage][database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    {
        auto db = openDb(path);
        CHECK(db->schemaVersion() == Database::latestSchemaVersion());
        CHECK(Database::latestSchemaVersion() >= 2);
        CHECK(
            queryValue(*db, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")).toInt() ==
            Database::latestSchemaVersion());
        if (!onServer()) {
            CHECK(queryValue(*db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
            CHECK(queryValue(*db, QStringLiteral("PRAGMA journal_mode")).toString() == u"wal");
            CHECK(queryValue(*db, QStringLiteral("PRAGMA synchronous")).toInt() == 2); // FULL
            CHECK(queryValue(*db, QStringLiteral("PRAGMA busy_timeout")).toInt() > 0);
        } else {
            CHECK(db->isPostgres());
            CHECK(db->serverUser() == QUrl(testServer()).userName());
        }
        const QString tableCount = onServer()
                                       ? QStringLiteral("SELECT COUNT(*) FROM information_schema.tables "
                                                        "WHERE table_schema = 'public' AND table_name = '")
                                       : QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = "
                                                        "'table' AND name = '");
        for (const char* table : {"province", "county", "estate", "sector", "agency", "app_user", "project",
                                  "progress_report", "unit", "obstacle", "action", "audit", "meta"}) {
            INFO(table);
            CHECK(queryValue(*db, tableCount + QLatin1String(table) + u"'").toInt() == 1);
        }
        CHECK(db->quickCheck().ok());
        CHECK(db->integrityCheck().ok());
        CHECK(db->currentUser() == u"tester");
    }
    // Reopening does not migrate again and keeps the version.
    auto again = openDb(path, nullptr, false);
    CHECK(again->schemaVersion() == Database::latestSchemaVersion());
    CHECK(countRows(*again, QStringLiteral("SELECT COUNT(*) FROM meta")) == 1);
}

// The two cases below make an old schema by hand with the SQLite driver ([sqlite]); on the server,
// "A migration on the server is one transaction" covers the same ground.
TEST_CASE("An older schema is migrated step by step and keeps its data", "[storage][database][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    makeVersion1(path);
    auto db = openDb(path, nullptr, false);
    CHECK(db->schemaVersion() == Database::latestSchemaVersion());
    ReferenceRepository refs(*db);
    auto provinces = refs.provinces();
    REQUIRE(provinces.ok());
    REQUIRE(provinces->size() == 1);
    CHECK(provinces->at(0).nameEn == u"Khuzestan");
    CHECK(countRows(*db, QStringLiteral("SELECT COUNT(*) FROM project")) == 0); // the table exists now
}

TEST_CASE("A migration that fails half-way changes nothing", "[storage][database][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1-blocked.sqlite"));
    // A table that takes the name of an index created late in migration 2.
    makeVersion1(path, {QStringLiteral("CREATE TABLE unit_status (x INTEGER)")});
    OpenOptions options;
    auto db = Database::open(path, options);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().message.contains(u"schema version 2"));
    CHECK(db.error().message.contains(u"nothing was changed"));

    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1-check"));
    raw.setDatabaseName(path);
    REQUIRE(raw.open());
    {
        QSqlQuery query(raw);
        REQUIRE(query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")));
        REQUIRE(query.next());
        CHECK(query.value(0).toString() == u"1");
        REQUIRE(
            query.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name IN ('project', 'unit', "
                                      "'progress_report', 'project_status')")));
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == 0);
    }
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("v1-check"));
}

TEST_CASE("Nested transactions are savepoints", "[storage][database]")
{
    QTemporaryDir dir;
    auto db = openDb(dir.filePath(QStringLiteral("nested.sqlite")));
    ReferenceRepository refs(*db);
    const auto provinceCount = [&] {
        return countRows(*db, QStringLiteral("SELECT COUNT(*) FROM province"));
    };

    SECTION("an inner rollback keeps the outer work")
    {
        Transaction outer(*db);
        REQUIRE(outer.started().ok());
        Province a{0, QStringLiteral("A1"), QStringLiteral("الف"), QString()};
        REQUIRE_OK(refs.add(a));
        {
            Transaction inner(*db);
            REQUIRE(inner.started().ok());
            CHECK(db->transactionDepth() == 2);
            Province b{0, QStringLiteral("B1"), QStringLiteral("ب"), QString()};
            REQUIRE_OK(refs.add(b));
        } // rolled back
        CHECK(db->transactionDepth() == 1);
        REQUIRE(outer.commit().ok());
        CHECK(provinceCount() == 1);
    }
    SECTION("an outer rollback discards a committed inner one")
    {
        {
            Transaction outer(*db);
            Transaction inner(*db);
            Province b{0, QStringLiteral("B2"), QStringLiteral("ب"), QString()};
            REQUIRE_OK(refs.add(b));
            REQUIRE(inner.commit().ok());
        }
        CHECK(db->transactionDepth() == 0);
        CHECK(provinceCount() == 0);
        CHECK(countRows(*db, QStringLiteral("SELECT COUNT(*) FROM audit")) == 0);
    }
}

TEST_CASE("A failure in the middle of a transaction leaves nothing behind", "[storage][database]")
{
    QTemporaryDir dir;
    auto db = openDb(dir.filePath(QStringLiteral("rollback.sqlite")));
    const Seed s = seed(*db);
    const qint64 auditBefore = countRows(*db, QStringLiteral("SELECT COUNT(*) FROM audit"));
    ProjectRepository projects(*db);
    {
        Transaction transaction(*db);
        Project first = sampleProject(s, QStringLiteral("P-100"));
        REQUIRE_OK(projects.insert(first));
        ProgressReport report{0, first.id, QDate(2024, 1, 10), 64.0, QStringLiteral("inspector"), QString()};
        REQUIRE_OK(projects.addReport(report));
        Project second = sampleProject(s, QStringLiteral("P-100")); // same permit in the same province
        auto failed = projects.insert(second);
        REQUIRE_FALSE(failed.ok());
        CHECK(failed.error().kind == Error::Kind::Invalid);
        CHECK(failed.error().message.contains(u"P-100"));
        // the caller gives up: the Transaction is destroyed without commit
    }
    CHECK(countRows(*db, QStringLiteral("SELECT COUNT(*) FROM project")) == 0);
    CHECK(countRows(*db, QStringLiteral("SELECT COUNT(*) FROM progress_report")) == 0);
    CHECK(countRows(*db, QStringLiteral("SELECT COUNT(*) FROM audit")) == auditBefore);

    // The same permit number is fine in another province; the database itself enforces uniqueness.
    Project here = sampleProject(s, QStringLiteral("P-100"));
    REQUIRE_OK(projects.insert(here));
    Project there = sampleProject(s, QStringLiteral("P-100"));
    there.provinceId = s.other.id;
    there.countyId = s.otherCounty.id;
    there.estateId = 0;
    REQUIRE_OK(projects.insert(there));
    QSqlQuery raw(db->connection());
    CHECK_FALSE(raw.exec(QStringLiteral("UPDATE project SET province_id = %1 WHERE id = %2")
                             .arg(s.province.id)
                             .arg(there.id)));
}

TEST_CASE("Foreign keys are enforced", "[storage][database]")
{
    QTemporaryDir dir;
    auto db = openDb(dir.filePath(QStringLiteral("fk.sqlite")));
    const Seed s = seed(*db);

    QSqlQuery raw(db->connection());
    CHECK_FALSE(raw.exec(QStringLiteral("INSERT INTO county (province_id, name_fa) VALUES (9999, 'x')")));
    CHECK(raw.lastError().text().contains(QStringLiteral("foreign key"), Qt::CaseInsensitive));

    ProjectRepository projects(*db);
    Project p = sampleProject(s, QStringLiteral("FK-1"));
    p.countyId = 9999;
    auto rejected = projects.insert(p);
    REQUIRE_FALSE(rejected.ok());
    CHECK(rejected.error().kind == Error::Kind::Invalid);
    CHECK(rejected.error().message.contains(u"County 9999"));

    p.countyId = s.otherCounty.id; // exists, but in the other province
    rejected = projects.insert(p);
    REQUIRE_FALSE(rejected.ok());
    CHECK(rejected.error().message.contains(u"not in province"));
    CHECK(p.id == 0);
    CHECK(countRows(*db, QStringLiteral("SELECT COUNT(*) FROM project")) == 0);

    County orphan{0, 4242, QStringLiteral("هیچ"), QString()};
    auto noProvince = ReferenceRepository(*db).add(orphan);
    REQUIRE_FALSE(noProvince.ok());
    CHECK(noProvince.error().kind == Error::Kind::Invalid);
}

TEST_CASE("A server location never carries a password", "[storage][database]")
{
    auto parsed =
        ServerLocation::parse(QStringLiteral("postgresql://officer@db.example:5433/ehya?sslmode=require"));
    REQUIRE_OK(parsed);
    CHECK(parsed->user == u"officer");
    CHECK(parsed->host == u"db.example");
    CHECK(parsed->port == 5433);
    CHECK(parsed->database == u"ehya");
    CHECK(parsed->options == u"sslmode=require");
    CHECK(parsed->display() == u"postgresql://officer@db.example:5433/ehya");
    auto noUser = ServerLocation::parse(QStringLiteral("postgres://db.example:5433/ehya"));
    REQUIRE_OK(noUser);
    CHECK(noUser->user.isEmpty());
    CHECK(noUser->port == 5433);
    CHECK_FALSE(ServerLocation::holdsPassword(QStringLiteral("postgresql://db.example:5433/ehya")));
    CHECK(ServerLocation::holdsPassword(QStringLiteral("postgresql://officer:s@db.example:5433/ehya")));
    CHECK(ServerLocation::holdsPassword(
        QStringLiteral("postgresql://o@h/x?application_name=a%20password%3Dsecret")));

    for (const char* bad : {"postgresql://officer:secret@db.example/ehya",
                            "postgresql://officer@db.example/ehya?password=secret"}) {
        INFO(bad);
        auto refused = Database::open(QString::fromLatin1(bad));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == Error::Kind::Invalid);
        CHECK_FALSE(refused.error().message.contains(u"secret"));
        CHECK(refused.error().message.contains(u"pgpass"));
    }
    // A setting's value cannot carry other libpq settings (another user, a password).
    auto smuggled = ServerLocation::parse(
        QStringLiteral("postgresql://nobody@127.0.0.1/x?application_name=a%20user%3Dpostgres"));
    REQUIRE_FALSE(smuggled.ok());
    CHECK(smuggled.error().message.contains(u"application_name"));
    auto unknown = ServerLocation::parse(QStringLiteral("postgresql://nobody@127.0.0.1/x?user=postgres"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(u"\"user\""));
    auto wrong = Database::open(QStringLiteral("postgresql://officer@db.example/a/b"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().message.contains(u"a/b"));
}
