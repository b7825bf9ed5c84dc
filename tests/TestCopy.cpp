// `ehya-cli copy FROM TO` and storage::copyDatabase: SQLite <-> PostgreSQL, counts and checksums.
// The server cases need the throwaway server of scripts/test.sh (EHYA_TEST_PG) and fail without it.
#include "CliRunner.h"
#include "DemoDatabase.h"
#include "StorageFixture.h"
#include "io/DemoData.h"
#include "storage/Copy.h"
#include "storage/Dialect.h"
#include "storage/Repositories.h"
#include "storage/SqlUtil.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <map>

using namespace ehya;
using namespace ehya::test;

namespace {

// A new database on the test server, a name of its own in every run.
QString newServerDatabase()
{
    return onDatabase(testServer(), u"copy_" + QUuid::createUuid().toString(QUuid::Id128).left(20));
}

std::unique_ptr<storage::Database> open(const QString& location, bool create = true)
{
    storage::OpenOptions options;
    options.create = create;
    options.exclusive = false;
    options.user = QStringLiteral("tester");
    auto db = storage::Database::open(location, options);
    INFO((db.ok() ? QString() : db.error().message).toStdString());
    REQUIRE(db.ok());
    return std::move(db).value();
}

// Every table of copyOrder() that `db` has, with its count and checksum.
std::map<QString, storage::TableCopy> sums(storage::Database& db)
{
    std::map<QString, storage::TableCopy> out;
    for (const QString& table : storage::copyOrder()) {
        auto exists = storage::sql::scalar(db, db.dialect().tableExistsQuery(), {table});
        REQUIRE_OK(exists);
        if (!exists->isValid())
            continue;
        auto sum = storage::tableChecksum(db, table);
        REQUIRE_OK(sum);
        out.emplace(table, *sum);
    }
    return out;
}

qint64 rowsOf(storage::Database& db, const QString& table)
{
    return countRows(db, u"SELECT count(*) FROM " + table);
}

// Rows of `table` in one SQLite file and not in the other (both ways), compared by SQLite itself.
qint64 differingRows(const QString& a, const QString& b, const QString& table)
{
    qint64 differing = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("compare"));
        db.setDatabaseName(a);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(u"ATTACH DATABASE '" + b + u"' AS other"));
        const QString mainMinusOther = u"SELECT count(*) FROM (SELECT * FROM main." + table +
                                       u" EXCEPT SELECT * FROM other." + table + u")";
        const QString otherMinusMain = u"SELECT count(*) FROM (SELECT * FROM other." + table +
                                       u" EXCEPT SELECT * FROM main." + table + u")";
        for (const QString& sql : {mainMinusOther, otherMinusMain}) {
            REQUIRE(query.exec(sql));
            REQUIRE(query.next());
            differing += query.value(0).toLongLong();
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("compare"));
    return differing;
}

void requireEmptyBut(storage::Database& db, const QString& builtinScenarios)
{
    for (const QString& table : storage::copyOrder()) {
        if (table == u"province_access" || table == u"scenario")
            continue;
        INFO(table.toStdString());
        CHECK(rowsOf(db, table) == 0);
    }
    CHECK(countRows(db, QStringLiteral("SELECT count(*) FROM scenario")) == 1);
    CHECK(queryValue(db, QStringLiteral("SELECT name FROM scenario WHERE builtin = 1")).toString() ==
          builtinScenarios);
}

} // namespace

TEST_CASE("copy: SQLite to PostgreSQL and back keeps every row, id and checksum", "[copy][server]")
{
    QTemporaryDir dir;
    const QString demo = copyOfDemoDatabase(dir);
    const QString server = newServerDatabase();
    const QString back = dir.filePath(QStringLiteral("back.sqlite"));
    std::map<QString, storage::TableCopy> first;
    {
        auto from = open(demo, false);
        auto to = open(server);
        REQUIRE(to->isPostgres());
        auto copies = storage::copyDatabase(*from, *to);
        REQUIRE_OK(copies);
        REQUIRE(copies->size() >= 13);
        for (const storage::TableCopy& copy : *copies) {
            INFO(copy.table.toStdString());
            CHECK(copy.rows == rowsOf(*from, copy.table));
            CHECK(copy.rows == rowsOf(*to, copy.table));
            CHECK(copy.sourceSum.size() == 64);
            CHECK(copy.sourceSum == copy.targetSum);
            first.emplace(copy.table, copy);
        }
        CHECK(first.at(QStringLiteral("project")).rows > 1000);
        CHECK(first.at(QStringLiteral("audit")).rows > 1000);
        // Sums computed afresh on each side agree with the copy's.
        for (const auto& [table, sum] : sums(*to))
            CHECK(sum.sourceSum == first.at(table).sourceSum);
    }
    {
        auto from = open(server, false);
        auto to = open(back);
        auto copies = storage::copyDatabase(*from, *to);
        REQUIRE_OK(copies);
        REQUIRE(qsizetype(first.size()) == copies->size());
        for (const storage::TableCopy& copy : *copies) {
            INFO(copy.table.toStdString());
            CHECK(copy.rows == first.at(copy.table).rows);
            CHECK(copy.sourceSum == first.at(copy.table).sourceSum);
            CHECK(copy.targetSum == first.at(copy.table).sourceSum);
        }
    }
    // Row for row, by SQLite's own comparison (ids, texts, numbers, NULLs).
    for (const auto& [table, copy] : first) {
        INFO(table.toStdString());
        CHECK(differingRows(demo, back, table) == 0);
    }
}

TEST_CASE("copy: new records on the target after a copy get fresh ids", "[copy][server]")
{
    QTemporaryDir dir;
    const QString demo = copyOfDemoDatabase(dir);
    auto from = open(demo, false);
    for (const QString& target : {newServerDatabase(), dir.filePath(QStringLiteral("to.sqlite"))}) {
        INFO(target.toStdString());
        auto to = open(target);
        REQUIRE_OK(storage::copyDatabase(*from, *to));
        const qint64 province = countRows(*to, QStringLiteral("SELECT max(id) FROM province"));
        const qint64 audit = countRows(*to, QStringLiteral("SELECT max(id) FROM audit"));
        const qint64 scenario = countRows(*to, QStringLiteral("SELECT max(id) FROM scenario"));
        Province added{0, QStringLiteral("XX"), QStringLiteral("استان آزمایشی"),
                       QStringLiteral("Test province")};
        storage::ReferenceRepository refs(*to);
        REQUIRE_OK(refs.add(added));
        CHECK(added.id == province + 1);
        CHECK(countRows(*to, QStringLiteral("SELECT max(id) FROM audit")) == audit + 1);
        REQUIRE(
            storage::sql::run(
                *to, QStringLiteral("INSERT INTO scenario (name, params, builtin) VALUES ('new', '{}', 0)"))
                .ok());
        CHECK(countRows(*to, QStringLiteral("SELECT id FROM scenario WHERE name = 'new'")) == scenario + 1);
    }
}

TEST_CASE("copy: a target that holds records is refused and left as it was", "[copy][server]")
{
    QTemporaryDir dir;
    const QString demo = copyOfDemoDatabase(dir);
    auto from = open(demo, false);

    SECTION("a SQLite file holding the reference data")
    {
        const QString path = dir.filePath(QStringLiteral("init.sqlite"));
        REQUIRE_OK(io::createDatabase(path, false));
        auto to = open(path);
        const auto before = sums(*to);
        auto copied = storage::copyDatabase(*from, *to);
        REQUIRE_FALSE(copied.ok());
        CHECK(copied.error().kind == Error::Kind::Invalid);
        CHECK(copied.error().message.contains(u"province"));
        CHECK(copied.error().message.contains(path));
        const auto after = sums(*to);
        for (const auto& [table, sum] : before)
            CHECK(after.at(table).sourceSum == sum.sourceSum);
    }
    SECTION("a new database with a scenario of its own")
    {
        auto to = open(dir.filePath(QStringLiteral("scenario.sqlite")));
        REQUIRE(storage::sql::run(
                    *to, QStringLiteral("INSERT INTO scenario (name, params, builtin) VALUES ('x', '{}', 0)"))
                    .ok());
        auto copied = storage::copyDatabase(*from, *to);
        REQUIRE_FALSE(copied.ok());
        CHECK(copied.error().message.contains(u"scenario"));
        CHECK(rowsOf(*to, QStringLiteral("scenario")) == 2);
    }
    SECTION("a server database that a copy filled already")
    {
        auto to = open(newServerDatabase());
        REQUIRE_OK(storage::copyDatabase(*from, *to));
        const auto before = sums(*to);
        auto again = storage::copyDatabase(*from, *to);
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().kind == Error::Kind::Invalid);
        CHECK(again.error().message.contains(u"province"));
        const auto after = sums(*to);
        REQUIRE(after.size() == before.size());
        for (const auto& [table, sum] : before) {
            CHECK(after.at(table).rows == sum.rows);
            CHECK(after.at(table).sourceSum == sum.sourceSum);
        }
    }
}

TEST_CASE("copy: a failure mid-way leaves the target unchanged", "[copy][server]")
{
    QTemporaryDir dir;
    const QString demo = copyOfDemoDatabase(dir);
    auto from = open(demo, false);
    const QString builtin =
        queryValue(*from, QStringLiteral("SELECT name FROM scenario WHERE builtin = 1")).toString();

    SECTION("stopped while copying the projects to the server")
    {
        auto to = open(newServerDatabase());
        QStringList seen;
        auto copied = storage::copyDatabase(*from, *to, [&](const QString& table, qint64 done) {
            if (!seen.contains(table))
                seen.append(table);
            return !(table == u"project" && done > 0);
        });
        REQUIRE_FALSE(copied.ok());
        CHECK(copied.error().kind == Error::Kind::Cancelled);
        CHECK(copied.error().message.contains(u"project"));
        CHECK(seen.contains(u"province")); // earlier tables were written, then rolled back
        requireEmptyBut(*to, builtin);
    }
    SECTION("the server refuses the last table (a check constraint)")
    {
        auto to = open(newServerDatabase());
        REQUIRE(storage::sql::run(
                    *to, QStringLiteral("ALTER TABLE audit ADD CONSTRAINT no_units CHECK (entity <> 'unit')"))
                    .ok());
        auto copied = storage::copyDatabase(*from, *to);
        REQUIRE_FALSE(copied.ok());
        CHECK(copied.error().message.contains(u"audit"));
        CHECK(copied.error().message.contains(u"no_units"));
        requireEmptyBut(*to, builtin);
    }
    SECTION("a SQLite target refuses the actions (a trigger)")
    {
        auto to = open(dir.filePath(QStringLiteral("to.sqlite")));
        REQUIRE(storage::sql::run(*to, QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON action "
                                                      "BEGIN SELECT RAISE(ABORT, 'injected failure'); END"))
                    .ok());
        auto copied = storage::copyDatabase(*from, *to);
        REQUIRE_FALSE(copied.ok());
        CHECK(copied.error().kind == Error::Kind::Invalid);
        CHECK(copied.error().message.contains(u"action"));
        CHECK(copied.error().message.contains(u"injected failure"));
        requireEmptyBut(*to, builtin);
    }
}

TEST_CASE("copy: ehya-cli copy prints every table with its checksum", "[copy][server][cli]")
{
    QTemporaryDir dir;
    const QString demo = copyOfDemoDatabase(dir);
    const QString server = newServerDatabase();
    const Run run = cli({QStringLiteral("copy"), demo, server});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    auto db = open(demo, false);
    for (const auto& [table, sum] : sums(*db)) {
        INFO(table.toStdString());
        const QRegularExpression line(u"^" + table + u" +" + QString::number(sum.rows) + u" +" +
                                          QString::fromLatin1(sum.sourceSum.left(16)) + u" +ok$",
                                      QRegularExpression::MultilineOption);
        CHECK(run.out.contains(line));
    }
    CHECK(run.out.contains(u"the counts and checksums match"));

    const QString back = dir.filePath(QStringLiteral("back.sqlite"));
    const Run home = cli({QStringLiteral("copy"), server, back});
    INFO(home.err.toStdString());
    CHECK(home.exitCode == 0);
    CHECK(differingRows(demo, back, QStringLiteral("project")) == 0);

    const Run again = cli({QStringLiteral("copy"), demo, server});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(u"already holds records"));
    CHECK(again.err.contains(u"Nothing was written to " + server));
}

TEST_CASE("copy: bad locations and arguments give a clear error", "[copy][cli]")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.sqlite"));
    const QString target = dir.filePath(QStringLiteral("target.sqlite"));

    const Run noSource = cli({QStringLiteral("copy"), missing, target});
    CHECK(noSource.exitCode == 1);
    CHECK(noSource.err.contains(missing));
    CHECK_FALSE(QFileInfo::exists(target));

    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile file(text);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("not a database\n");
    }
    const Run notDb = cli({QStringLiteral("copy"), text, target});
    CHECK(notDb.exitCode == 1);
    CHECK(notDb.err.contains(text));

    const QString demo = copyOfDemoDatabase(dir);
    const Run noFolder =
        cli({QStringLiteral("copy"), demo, dir.filePath(QStringLiteral("no/such/folder.sqlite"))});
    CHECK(noFolder.exitCode == 1);
    CHECK(noFolder.err.contains(u"no/such/folder.sqlite"));

    const Run password =
        cli({QStringLiteral("copy"), demo, QStringLiteral("postgresql://someone:secret99@127.0.0.1:1/x")});
    CHECK(password.exitCode == 1);
    CHECK(password.err.contains(u"password"));
    CHECK_FALSE(password.err.contains(u"secret99"));
    // Every command refuses it before it could echo the location in a message.
    for (const char* command : {"stats", "rank", "init"}) {
        const Run echoed = cli(
            {QString::fromLatin1(command), QStringLiteral("postgresql://someone:secret99@127.0.0.1:1/x")});
        INFO(command);
        CHECK(echoed.exitCode == 1);
        CHECK(echoed.err.contains(u"pgpass"));
        CHECK_FALSE(echoed.err.contains(u"secret99"));
    }

    const Run help = cli({QStringLiteral("--help")});
    CHECK(help.out.contains(u"copy FROM TO"));
    const Run copyHelp = cli({QStringLiteral("copy"), QStringLiteral("--help")});
    CHECK(copyHelp.exitCode == 0);
    CHECK(copyHelp.out.startsWith(u"Usage: ehya-cli copy FROM TO"));
    CHECK(cli({QStringLiteral("copy"), demo}).exitCode == 2);
    CHECK(cli({QStringLiteral("copy"), demo, target, target}).exitCode == 2);
    const Run same = cli({QStringLiteral("copy"), demo, dir.path() + u"/./demo.sqlite"});
    CHECK(same.exitCode == 2);
    CHECK(same.err.contains(u"same database"));
    CHECK_FALSE(QFileInfo::exists(target));
}

TEST_CASE("copy: tables and columns are found at run time and an unknown table stops the copy",
          "[copy][server]")
{
    QTemporaryDir dir;
    const QString demo = copyOfDemoDatabase(dir);
    {
        auto from = open(demo, false); // schema 4 has province_access and audit.db_user
        // Role names that sort differently byte-wise and in a linguistic collation.
        REQUIRE_OK(storage::sql::run(
            *from, QStringLiteral("INSERT INTO province_access VALUES ('ehya_officer_ea', 1), "
                                  "('Zeta', 1), ('alpha', 2), ('_b', 1)")));
        REQUIRE_OK(storage::sql::run(
            *from, QStringLiteral("UPDATE audit SET db_user = 'ehya_officer_ea' WHERE id % 3 = 0")));
    }
    {
        // A table of the source that the target lacks, then one that copy does not know.
        auto from = open(demo, false);
        auto lacking = open(dir.filePath(QStringLiteral("lacking.sqlite")));
        REQUIRE_OK(storage::sql::run(*lacking, QStringLiteral("DROP TABLE province_access")));
        auto copied = storage::copyDatabase(*from, *lacking);
        REQUIRE_FALSE(copied.ok());
        CHECK(copied.error().kind == Error::Kind::Invalid);
        CHECK(copied.error().message.contains(u"province_access"));
        requireEmptyBut(
            *lacking,
            queryValue(*from, QStringLiteral("SELECT name FROM scenario WHERE builtin = 1")).toString());

        QTemporaryDir other;
        auto unknown = open(copyOfDemoDatabase(other), false);
        REQUIRE_OK(storage::sql::run(*unknown, QStringLiteral("CREATE TABLE extra (x INTEGER)")));
        auto target = open(other.filePath(QStringLiteral("extra.sqlite")));
        auto refused = storage::copyDatabase(*unknown, *target);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == Error::Kind::Invalid);
        CHECK(refused.error().message.contains(u"extra"));
    }
    const QString server = newServerDatabase();
    const QString back = dir.filePath(QStringLiteral("back.sqlite"));
    {
        auto from = open(demo, false);
        auto to = open(server);
        auto there = storage::copyDatabase(*from, *to);
        REQUIRE_OK(there);
        CHECK(rowsOf(*to, QStringLiteral("province_access")) == 4);
        CHECK(
            countRows(*to, QStringLiteral("SELECT count(*) FROM audit WHERE db_user = 'ehya_officer_ea'")) ==
            countRows(*from, QStringLiteral("SELECT count(*) FROM audit WHERE db_user = 'ehya_officer_ea'")));
        auto home = open(back);
        auto again = storage::copyDatabase(*to, *home);
        REQUIRE_OK(again);
        REQUIRE(again->size() == there->size());
        for (qsizetype i = 0; i < there->size(); ++i)
            CHECK(again->at(i).sourceSum == there->at(i).sourceSum);
    }
    CHECK(differingRows(demo, back, QStringLiteral("province_access")) == 0);
    CHECK(differingRows(demo, back, QStringLiteral("audit")) == 0);
}
