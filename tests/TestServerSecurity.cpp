// Server mode only (registered as "pg: " tests): row-level security. Two officers of different
// provinces and a manager on one database; each tries to read, update, insert and delete the other
// province's rows through the app and through raw SQL on the same connection.
#include "ServerOffice.h"

#include "storage/Dialect.h"
#include "storage/Listing.h"
#include "storage/Scenarios.h"
#include "storage/Schema.h"
#include "storage/Stats.h"

using namespace ehya;
using namespace ehya::storage;
using namespace ehya::test;

namespace {

bool refusedAsProvince(const Status& status)
{
    return !status.ok() &&
           (status.error().kind == Error::Kind::Invalid || status.error().kind == Error::Kind::NotFound) &&
           status.error().message.contains(u"province");
}

} // namespace

TEST_CASE("An officer sees and changes only their province's records through the app", "[server][security]")
{
    ServerOffice office;
    auto db = office.as(office.officerA);
    ProjectRepository projects(*db);
    UnitRepository units(*db);

    // Reading: the other province's records are not there at all.
    CHECK(projects.get(office.theirs.project.id).error().kind == Error::Kind::NotFound);
    CHECK(units.get(office.theirs.unit.id).error().kind == Error::Kind::NotFound);
    auto listed = projects.list();
    REQUIRE_OK(listed);
    REQUIRE(listed->size() == 1);
    CHECK(listed->at(0).id == office.mine.project.id);
    CHECK(projects.list(office.seeds.other.id)->isEmpty());
    CHECK(units.list()->size() == 1);
    CHECK(listProjectRows(*db)->size() == 1);
    CHECK(listUnitRows(*db)->size() == 1);
    CHECK(projects.history(office.theirs.project.id)->isEmpty());
    CHECK(ObstacleRepository(*db).forOwner(OwnerKind::Project, office.theirs.project.id)->isEmpty());
    CHECK(ActionRepository(*db).forOwner(OwnerKind::Unit, office.theirs.unit.id)->isEmpty());
    auto stats = computeStats(*db);
    REQUIRE_OK(stats);
    REQUIRE(stats->provinces.size() == 1);
    CHECK(stats->provinces.at(0).provinceId == office.seeds.province.id);
    CHECK(stats->total.projects == 1);
    CHECK(stats->total.units == 1);
    CHECK(stats->total.progressReports == 1);
    CHECK(stats->total.actions == 1);

    // Writing the other province's records: refused with a sentence, and nothing changed.
    Project theirProject = office.theirs.project;
    theirProject.title = QStringLiteral("taken over");
    const Status updated = projects.update(theirProject);
    INFO((updated.ok() ? QString() : updated.error().message).toStdString());
    CHECK(refusedAsProvince(updated));
    CHECK(refusedAsProvince(projects.remove(office.theirs.project.id, office.theirs.project.version)));
    IdleUnit theirUnit = office.theirs.unit;
    theirUnit.notes = QStringLiteral("taken over");
    CHECK(refusedAsProvince(units.update(theirUnit)));
    CHECK(refusedAsProvince(units.remove(office.theirs.unit.id, office.theirs.unit.version)));

    Project intruder = sampleProject(office.seeds, QStringLiteral("P-INTRUDER"));
    intruder.provinceId = office.seeds.other.id;
    intruder.countyId = office.seeds.otherCounty.id;
    intruder.estateId = 0;
    const auto inserted = projects.insert(intruder);
    REQUIRE_FALSE(inserted.ok());
    CHECK(inserted.error().kind == Error::Kind::Invalid);
    CHECK(inserted.error().message.contains(u"province you may not change"));

    // Moving one's own project into the other province is refused too.
    Project moved = office.mine.project;
    moved.provinceId = office.seeds.other.id;
    moved.countyId = office.seeds.otherCounty.id;
    moved.estateId = 0;
    const Status movedStatus = projects.update(moved);
    CHECK(movedStatus.error().kind == Error::Kind::Invalid);
    CHECK(movedStatus.error().message.contains(u"province you may not change"));

    ProgressReport report{0,  office.theirs.project.id, QDate(2024, 8, 1),
                          90, QStringLiteral("me"),     QString()};
    CHECK_FALSE(projects.addReport(report).ok());
    CHECK_FALSE(projects.removeReport(office.theirs.report).ok());
    Obstacle obstacle = office.theirs.obstacle;
    obstacle.resolved = QDate(2024, 9, 1);
    CHECK_FALSE(ObstacleRepository(*db).update(obstacle).ok());
    CHECK_FALSE(ObstacleRepository(*db).remove(obstacle.id, obstacle.version).ok());
    Obstacle newObstacle{0,
                         0,
                         OwnerKind::Unit,
                         office.theirs.unit.id,
                         ObstacleType::BankDebt,
                         QString(),
                         QDate(2024, 1, 1),
                         QDate()};
    CHECK_FALSE(ObstacleRepository(*db).insert(newObstacle).ok());
    Action action = office.theirs.action;
    action.status = ActionStatus::Done;
    CHECK_FALSE(ActionRepository(*db).update(action).ok());
    CHECK_FALSE(ActionRepository(*db).remove(action.id, action.version).ok());

    // The admin still finds the other province exactly as it was.
    Project after = *ProjectRepository(*office.admin).get(office.theirs.project.id);
    CHECK(after.title == office.theirs.project.title);
    CHECK(after.version == office.theirs.project.version);
    CHECK(after.provinceId == office.seeds.other.id);
    CHECK(ProjectRepository(*office.admin).history(office.theirs.project.id)->size() == 1);
    CHECK(ObstacleRepository(*office.admin).forOwner(OwnerKind::Project, office.theirs.project.id)->size() ==
          1);
    CHECK(ObstacleRepository(*office.admin).forOwner(OwnerKind::Unit, office.theirs.unit.id)->isEmpty());
    CHECK(ActionRepository(*office.admin).forOwner(OwnerKind::Unit, office.theirs.unit.id)->at(0).status ==
          ActionStatus::Planned);
    CHECK(countRows(*office.admin, QStringLiteral("SELECT count(*) FROM project")) == 2);

    // Their own province: every write works.
    Project own = office.mine.project;
    own.title = QStringLiteral("renamed by the officer");
    REQUIRE_OK(projects.update(own));
    IdleUnit ownUnit = office.mine.unit;
    ownUnit.notes = QStringLiteral("visited");
    REQUIRE_OK(units.update(ownUnit));
    ProgressReport ownReport{0, own.id, QDate(2024, 8, 1), 80, QStringLiteral("me"), QString()};
    REQUIRE_OK(projects.addReport(ownReport));
    Obstacle ownObstacle = office.mine.obstacle;
    ownObstacle.resolved = QDate(2024, 9, 1);
    REQUIRE_OK(ObstacleRepository(*db).update(ownObstacle));
    Action ownAction = office.mine.action;
    ownAction.status = ActionStatus::Done;
    REQUIRE_OK(ActionRepository(*db).update(ownAction));
    Project fresh = sampleProject(office.seeds, QStringLiteral("P-NEW"));
    REQUIRE_OK(projects.insert(fresh));
    Obstacle freshObstacle{
        0, 0, OwnerKind::Project, fresh.id, ObstacleType::BankDebt, QString(), QDate(2024, 1, 1), QDate()};
    REQUIRE_OK(ObstacleRepository(*db).insert(freshObstacle));
    REQUIRE_OK(ObstacleRepository(*db).remove(freshObstacle.id, freshObstacle.version));
    REQUIRE_OK(projects.remove(fresh.id, fresh.version));
    CHECK(ProjectRepository(*office.admin).get(own.id)->title == own.title);
}

TEST_CASE("Raw SQL as an officer cannot read or write another province's rows", "[server][security]")
{
    ServerOffice office;
    auto db = office.as(office.officerA);
    const QString other = QString::number(office.seeds.other.id);
    const QString theirProject = QString::number(office.theirs.project.id);
    const QString theirUnit = QString::number(office.theirs.unit.id);

    // Reads: not one row of the other province, in any table or through a join.
    CHECK(raw(*db, u"SELECT count(*) FROM project WHERE province_id = " + other).rows == 0);
    CHECK(raw(*db, QStringLiteral("SELECT count(*) FROM project")).rows == 1);
    CHECK(raw(*db, u"SELECT count(*) FROM unit WHERE province_id = " + other).rows == 0);
    CHECK(raw(*db, u"SELECT count(*) FROM progress_report WHERE project_id = " + theirProject).rows == 0);
    CHECK(raw(*db, u"SELECT count(*) FROM obstacle WHERE project_id = " + theirProject).rows == 0);
    CHECK(raw(*db, u"SELECT count(*) FROM action WHERE unit_id = " + theirUnit).rows == 0);
    CHECK(raw(*db, QStringLiteral("SELECT count(*) FROM progress_report")).rows == 1);
    CHECK(raw(*db, u"SELECT count(*) FROM audit WHERE entity = 'project' AND entity_id = " + theirProject)
              .rows == 0);
    CHECK(raw(*db, u"SELECT count(*) FROM audit WHERE entity = 'action' AND entity_id = " +
                       QString::number(office.theirs.action.id))
              .rows == 0);
    CHECK(raw(*db, QStringLiteral("SELECT count(*) FROM province_access WHERE role_name <> current_user"))
              .rows == 0);

    // Updates and deletes touch nothing.
    CHECK(raw(*db, u"UPDATE project SET title = 'x' WHERE id = " + theirProject).rows == 0);
    CHECK(raw(*db, u"UPDATE project SET title = 'x' WHERE province_id = " + other).rows == 0);
    CHECK(raw(*db, u"DELETE FROM unit WHERE id = " + theirUnit).rows == 0);
    CHECK(raw(*db, u"DELETE FROM progress_report WHERE project_id = " + theirProject).rows == 0);
    CHECK(raw(*db, u"UPDATE obstacle SET description = 'x' WHERE project_id = " + theirProject).rows == 0);
    CHECK(raw(*db, u"DELETE FROM action WHERE unit_id = " + theirUnit).rows == 0);

    // Inserts into the other province fail as row-level security violations.
    const RawResult project =
        raw(*db, u"INSERT INTO project (province_id, county_id, sector_id, title, "
                 u"permit_no, status) VALUES (" +
                     other + u", " + QString::number(office.seeds.otherCounty.id) + u", " +
                     QString::number(office.seeds.sector.id) + u", 'x', 'RAW-1', 'stalled')");
    CHECK_FALSE(project.ok);
    CHECK(project.state == u"42501");
    CHECK(raw(*db, u"INSERT INTO progress_report (project_id, report_date, percent) VALUES (" + theirProject +
                       u", '2024-01-01', 99)")
              .state == u"42501");
    CHECK(raw(*db, u"INSERT INTO obstacle (owner_kind, unit_id, obstacle_type) VALUES ('unit', " + theirUnit +
                       u", 'other')")
              .state == u"42501");
    // Moving one's own row into the other province fails.
    const RawResult moved = raw(*db, u"UPDATE project SET province_id = " + other + u", county_id = " +
                                         QString::number(office.seeds.otherCounty.id) +
                                         u", estate_id = NULL "
                                         u"WHERE id = " +
                                         QString::number(office.mine.project.id));
    CHECK_FALSE(moved.ok);
    CHECK(moved.state == u"42501");
    CHECK(raw(*db, u"UPDATE obstacle SET project_id = " + theirProject + u" WHERE id = " +
                       QString::number(office.mine.obstacle.id))
              .state == u"42501");

    // Granting oneself the other province, or rewriting the log, is refused.
    CHECK_FALSE(
        raw(*db, QStringLiteral("INSERT INTO province_access VALUES (current_user, %1)").arg(other)).ok);
    CHECK_FALSE(raw(*db, u"UPDATE province_access SET province_id = " + other).ok);
    CHECK_FALSE(raw(*db, QStringLiteral("DELETE FROM province_access")).ok);
    CHECK_FALSE(raw(*db, QStringLiteral("UPDATE audit SET user_login = 'nobody'")).ok);
    CHECK_FALSE(raw(*db, QStringLiteral("DELETE FROM audit")).ok);
    CHECK_FALSE(raw(*db, QStringLiteral("TRUNCATE audit")).ok);
    CHECK_FALSE(raw(*db, QStringLiteral("TRUNCATE project CASCADE")).ok);
    const RawResult forged =
        raw(*db, QStringLiteral("INSERT INTO audit (at, user_login, entity, entity_id, action, "
                                "db_user) VALUES ('2024-01-01', 'x', 'project', 1, "
                                "'update', '%1')")
                     .arg(office.officerB));
    CHECK(forged.state == u"42501");
    CHECK(raw(*db, QStringLiteral("INSERT INTO audit (at, user_login, entity, entity_id, action) VALUES "
                                  "('2024-01-01', 'x', 'project', %1, 'update')")
                       .arg(office.mine.project.id))
              .ok);
    // Not even as oneself about the other province's records (which the officer cannot see).
    for (const auto& [entity, id] :
         {std::pair{"project", office.theirs.project.id}, std::pair{"unit", office.theirs.unit.id},
          std::pair{"obstacle", office.theirs.obstacle.id}}) {
        INFO(entity);
        CHECK(raw(*db, QStringLiteral("INSERT INTO audit (at, user_login, entity, entity_id, action) VALUES "
                                      "('2024-01-01', 'x', '%1', %2, 'update')")
                           .arg(QLatin1String(entity))
                           .arg(id))
                  .state == u"42501");
    }
    CHECK(raw(*db, QStringLiteral("INSERT INTO audit (at, user_login, entity, entity_id, action) VALUES "
                                  "('2024-01-01', 'x', 'county', 1, 'update')"))
              .state == u"42501");
    // Reference data and users are read-only for officers.
    CHECK_FALSE(raw(*db, QStringLiteral("UPDATE province SET name_en = 'x'")).ok);
    CHECK_FALSE(raw(*db, QStringLiteral("INSERT INTO app_user (login, role) VALUES ('x', 'admin')")).ok);
    CHECK_FALSE(raw(*db, QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'")).ok);
}

TEST_CASE("An officer cannot lift the row-level security", "[server][security]")
{
    ServerOffice office;
    auto db = office.as(office.officerA);
    const QString other = QString::number(office.seeds.other.id);

    // No application role owns a table; every record table forces its policies on the owner too.
    CHECK(
        raw(*db, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND "
                                "tableowner IN (current_user, 'ehya_officer', 'ehya_manager', 'ehya_admin')"))
            .rows == 0);
    CHECK(raw(*db, QStringLiteral("SELECT count(*) FROM pg_class WHERE relname IN ('project', 'unit', "
                                  "'progress_report', 'obstacle', 'action', 'audit', 'province_access') AND "
                                  "relrowsecurity AND relforcerowsecurity"))
              .rows == 7);
    CHECK(raw(*db, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND "
                                  "pg_has_role(current_user, tableowner, 'MEMBER')"))
              .rows == 0);

    CHECK_FALSE(raw(*db, QStringLiteral("ALTER TABLE project DISABLE ROW LEVEL SECURITY")).ok);
    CHECK_FALSE(raw(*db, QStringLiteral("ALTER TABLE project NO FORCE ROW LEVEL SECURITY")).ok);
    CHECK_FALSE(raw(*db, QStringLiteral("DROP POLICY ehya_read ON project")).ok);
    CHECK_FALSE(raw(*db, QStringLiteral("CREATE POLICY mine ON project FOR SELECT USING (true)")).ok);
    CHECK_FALSE(raw(*db, QStringLiteral("ALTER TABLE project OWNER TO current_user")).ok);
    CHECK_FALSE(raw(*db, QStringLiteral("CREATE OR REPLACE FUNCTION ehya_reads_all() RETURNS boolean "
                                        "LANGUAGE sql AS $$ SELECT true $$"))
                    .ok);
    CHECK_FALSE(raw(*db, QStringLiteral("CREATE TABLE stolen AS SELECT * FROM project")).ok);

    // Turning row security off makes a filtered query fail instead of showing everything.
    CHECK(raw(*db, QStringLiteral("SET row_security = off")).ok);
    CHECK_FALSE(raw(*db, QStringLiteral("SELECT count(*) FROM project")).ok);
    CHECK(raw(*db, QStringLiteral("RESET row_security")).ok);

    // SET ROLE: to the group role it sees nothing (no province is granted to the group); to the
    // other officer, a manager or an admin it is refused.
    CHECK(raw(*db, QStringLiteral("SET ROLE ehya_officer")).ok);
    CHECK(raw(*db, QStringLiteral("SELECT count(*) FROM project")).rows == 0);
    CHECK(raw(*db, QStringLiteral("RESET ROLE")).ok);
    CHECK_FALSE(raw(*db, QStringLiteral("SET ROLE ehya_admin")).ok);
    CHECK_FALSE(raw(*db, QStringLiteral("SET ROLE ehya_manager")).ok);
    CHECK_FALSE(raw(*db, u"SET ROLE " + office.officerB).ok);
    CHECK_FALSE(raw(*db, u"SET SESSION AUTHORIZATION " + office.officerB).ok);
    CHECK(raw(*db, u"SELECT count(*) FROM project WHERE province_id = " + other).rows == 0);

    // A temporary table shadowing province_access (pg_temp comes first in the search path) changes
    // nothing: the policies refer to the real table, not to a name.
    CHECK(raw(*db, u"CREATE TEMP TABLE province_access AS SELECT current_user::text AS role_name, " + other +
                       u"::bigint AS province_id")
              .ok);
    CHECK(raw(*db, QStringLiteral("SELECT count(*) FROM province_access")).rows == 1);
    CHECK(raw(*db, u"SELECT count(*) FROM project WHERE province_id = " + other).rows == 0);
    CHECK(raw(*db, u"UPDATE project SET title = 'x' WHERE province_id = " + other).rows == 0);
}

TEST_CASE("Each officer holds to their own province the other way round too", "[server][security]")
{
    ServerOffice office;
    auto a = office.as(office.officerA);
    auto b = office.as(office.officerB);
    CHECK(ProjectRepository(*b).list()->at(0).id == office.theirs.project.id);
    CHECK(ProjectRepository(*b).get(office.mine.project.id).error().kind == Error::Kind::NotFound);
    Project mine = office.mine.project;
    mine.title = QStringLiteral("by B");
    CHECK(refusedAsProvince(ProjectRepository(*b).update(mine)));
    CHECK(raw(*b, u"DELETE FROM project WHERE id = " + QString::number(office.mine.project.id)).rows == 0);

    // Both edit at the same time, each in their own province.
    Project theirs = office.theirs.project;
    theirs.title = QStringLiteral("by B");
    mine.title = QStringLiteral("by A");
    REQUIRE_OK(ProjectRepository(*b).update(theirs));
    REQUIRE_OK(ProjectRepository(*a).update(mine));
    CHECK(ProjectRepository(*office.admin).get(office.theirs.project.id)->title == u"by B");
    CHECK(ProjectRepository(*office.admin).get(office.mine.project.id)->title == u"by A");
}

TEST_CASE("A manager reads every province, writes records only where granted, and saves scenarios",
          "[server][security]")
{
    ServerOffice office;
    auto db = office.as(office.manager);
    CHECK(ProjectRepository(*db).list()->size() == 2);
    CHECK(UnitRepository(*db).list()->size() == 2);
    CHECK(computeStats(*db)->total.progressReports == 2);
    CHECK(raw(*db, QStringLiteral("SELECT count(*) FROM audit WHERE entity = 'project'")).rows ==
          raw(*office.admin, QStringLiteral("SELECT count(*) FROM audit WHERE entity = 'project'")).rows);

    Project project = office.theirs.project;
    project.title = QStringLiteral("by the manager");
    const Status refused = ProjectRepository(*db).update(project);
    CHECK(refused.error().kind == Error::Kind::Invalid);
    CHECK(refused.error().message.contains(u"province you may not change"));
    CHECK(refusedAsProvince(UnitRepository(*db).remove(office.mine.unit.id, office.mine.unit.version)));
    CHECK(raw(*db, QStringLiteral("UPDATE project SET title = 'x'")).rows == 0);
    ProgressReport report{0,  office.theirs.project.id, QDate(2025, 2, 1),
                          80, QStringLiteral("mgr"),    QString()};
    const auto reported = ProjectRepository(*db).addReport(report); // readable, not changeable
    REQUIRE_FALSE(reported.ok());
    CHECK(reported.error().message.contains(u"province you may not change"));
    CHECK_FALSE(raw(*db, QStringLiteral("INSERT INTO province_access VALUES (current_user, 1)")).ok);

    StoredScenario scenario;
    scenario.scenario.name = "manager's choice";
    scenario.scenario.projectWeights = {0.5, 0.2, 0.1, 0.1, 0.1};
    REQUIRE_OK(ScenarioRepository(*db).save(scenario));
    CHECK(ScenarioRepository(*office.admin).get(QStringLiteral("manager's choice")).ok());

    // An officer may not save scenarios.
    auto officer = office.as(office.officerA);
    StoredScenario theirs;
    theirs.scenario.name = "officer's choice";
    const Status denied = ScenarioRepository(*officer).save(theirs);
    CHECK(denied.error().kind == Error::Kind::Invalid);

    // Granted a province, the manager writes there.
    office.grant(office.manager, office.seeds.other.id);
    REQUIRE_OK(ProjectRepository(*db).update(project));
}

TEST_CASE("The audit log records the database user an edit ran as", "[server][security]")
{
    ServerOffice office;
    auto db = office.as(office.officerA);
    db->setCurrentUser(QStringLiteral("typed name"));
    Project own = office.mine.project;
    own.title = QStringLiteral("audited");
    REQUIRE_OK(ProjectRepository(*db).update(own));
    auto entries = AuditLog(*db).forEntity(QStringLiteral("project"), own.id);
    REQUIRE_OK(entries);
    REQUIRE(entries->size() >= 2);
    CHECK(entries->last().action == u"update");
    CHECK(entries->last().user == u"typed name");
    CHECK(entries->last().dbUser == office.officerA);
    CHECK(entries->first().dbUser == office.admin->serverUser()); // the admin's insert
    // The officer sees the history of their records, not of the other province's.
    CHECK(AuditLog(*db).forEntity(QStringLiteral("project"), office.theirs.project.id)->isEmpty());
    CHECK_FALSE(
        AuditLog(*office.admin).forEntity(QStringLiteral("project"), office.theirs.project.id)->isEmpty());
}

TEST_CASE("A SQLite file has the same tables and columns as the server", "[server][security]")
{
    ServerOffice office;
    QTemporaryDir dir;
    auto file =
        Database::open(dir.filePath(QStringLiteral("same.sqlite")), OpenOptions{true, true, {}, nullptr});
    REQUIRE_OK(file);
    const auto columnsOf = [](Database& db, const QString& sql) {
        QStringList out;
        QSqlQuery query(db.connection());
        REQUIRE(query.exec(sql));
        while (query.next())
            out << query.value(0).toString();
        out.sort();
        return out;
    };
    const QStringList server =
        columnsOf(*office.admin, QStringLiteral("SELECT table_name || '.' || column_name FROM "
                                                "information_schema.columns WHERE table_schema = 'public'"));
    const QStringList sqlite =
        columnsOf(**file, QStringLiteral("SELECT m.name || '.' || p.name FROM sqlite_master m, "
                                         "pragma_table_info(m.name) p WHERE m.type = 'table'"));
    CHECK(server.contains(u"province_access.role_name"));
    CHECK(server.contains(u"audit.db_user"));
    CHECK(sqlite == server);
    CHECK(queryValue(**file, QStringLiteral("SELECT dflt_value FROM pragma_table_info('audit') WHERE name = "
                                            "'db_user'"))
              .toString() == u"''");
}

TEST_CASE("A server database of schema 3 gains the row-level security, its old audit rows keep no db_user",
          "[server][security]")
{
    REQUIRE(onServer());
    const QUrl server(testServer());
    const QString name = u"t_v3_" + QString::number(QRandomGenerator::global()->generate());
    const QString connection = u"v3-maker-" + name;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        raw.setHostName(server.host());
        raw.setPort(server.port());
        raw.setUserName(server.userName());
        raw.setDatabaseName(QStringLiteral("postgres"));
        REQUIRE(raw.open());
        REQUIRE(QSqlQuery(raw).exec(u"CREATE DATABASE " + name));
        raw.close();
        raw.setDatabaseName(name);
        REQUIRE(raw.open());
        const Dialect dialect(Dialect::Kind::Postgres);
        QStringList statements;
        for (int version = 1; version <= 3; ++version)
            statements << schema::migrationStatements(version, dialect);
        statements << QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', '3')")
                   << QStringLiteral("INSERT INTO audit (at, user_login, entity, entity_id, action) VALUES "
                                     "('2024-01-01T00:00:00.000Z', 'old', 'province', 1, 'insert')");
        QSqlQuery query(raw);
        for (const QString& statement : statements) {
            INFO(statement.toStdString() << ": " << query.lastError().text().toStdString());
            REQUIRE(query.exec(statement));
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(connection);

    auto db = Database::open(onDatabase(testServer(), name));
    REQUIRE_OK(db);
    CHECK((*db)->schemaVersion() == 4);
    CHECK(queryValue(**db, QStringLiteral("SELECT db_user FROM audit WHERE user_login = 'old'"))
              .toString()
              .isEmpty());
    CHECK(
        countRows(**db, QStringLiteral("SELECT count(*) FROM pg_class WHERE relname IN ('project', 'unit', "
                                       "'progress_report', 'obstacle', 'action', 'audit', 'province_access') "
                                       "AND relrowsecurity AND relforcerowsecurity")) == 7);
    Province province{0, QStringLiteral("KH"), QStringLiteral("خوزستان"), QStringLiteral("Khuzestan")};
    REQUIRE_OK(ReferenceRepository(**db).add(province));
    CHECK(queryValue(**db,
                     QStringLiteral("SELECT db_user FROM audit WHERE entity = 'province' AND entity_id = %1 "
                                    "AND user_login <> 'old'")
                         .arg(province.id))
              .toString() == server.userName());
}
