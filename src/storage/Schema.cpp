#include "Schema.h"

#include "Scenarios.h"
#include "ServerSecurity.h"

#include "SqlUtil.h"
#include "StorageText.h"

namespace ehya::storage::schema {

namespace {

// Version 1: reference data, users, the audit log and the schema version.
QStringList version1(const Dialect& d)
{
    const QString id = d.idColumn();
    const QString t = d.text();
    return {
        u"CREATE TABLE meta (key " + t + u" PRIMARY KEY, value " + t + u" NOT NULL)",
        u"CREATE TABLE province (" + id + u", code " + t + u" NOT NULL UNIQUE, name_fa " + t +
            u" NOT NULL, name_en " + t + u" NOT NULL DEFAULT '')",
        u"CREATE TABLE county (" + id + u", province_id " + d.bigint() +
            u" NOT NULL REFERENCES province(id), name_fa " + t + u" NOT NULL, name_en " + t +
            u" NOT NULL DEFAULT '', UNIQUE (province_id, name_fa))",
        u"CREATE TABLE estate (" + id + u", county_id " + d.bigint() +
            u" NOT NULL REFERENCES county(id), name_fa " + t + u" NOT NULL, name_en " + t +
            u" NOT NULL DEFAULT '')",
        u"CREATE TABLE sector (" + id + u", isic " + t + u" NOT NULL UNIQUE, name_fa " + t +
            u" NOT NULL, name_en " + t + u" NOT NULL DEFAULT '')",
        u"CREATE TABLE agency (" + id + u", name_fa " + t + u" NOT NULL, name_en " + t +
            u" NOT NULL DEFAULT '', agency_group " + t + u" NOT NULL)",
        u"CREATE TABLE app_user (" + id + u", login " + t + u" NOT NULL UNIQUE, full_name " + t +
            u" NOT NULL DEFAULT '', role " + t + u" NOT NULL, active " + d.boolean() +
            u" NOT NULL DEFAULT 1)",
        u"CREATE TABLE audit (" + id + u", at " + t + u" NOT NULL, user_login " + t + u" NOT NULL, entity " +
            t + u" NOT NULL, entity_id " + d.bigint() + u" NOT NULL, action " + t + u" NOT NULL, old_json " +
            t + u", new_json " + t + u")",
        QStringLiteral("CREATE INDEX audit_entity ON audit (entity, entity_id)"),
        QStringLiteral("CREATE INDEX county_province ON county (province_id)"),
        QStringLiteral("CREATE INDEX estate_county ON estate (county_id)"),
    };
}

// Version 2: projects with their progress history, idle units, obstacles and actions.
QStringList version2(const Dialect& d)
{
    const QString id = d.idColumn();
    const QString t = d.text();
    const QString big = d.bigint();
    const auto fk = [&](const char* column, const char* table, bool required) -> QString {
        return QLatin1String(column) + u" " + big + (required ? u" NOT NULL" : u"") + u" REFERENCES " +
               QLatin1String(table) + u"(id)";
    };
    return {
        u"CREATE TABLE project (" + id + u", version " + d.integer() + u" NOT NULL DEFAULT 1, " +
            fk("province_id", "province", true) + u", " + fk("county_id", "county", true) + u", " +
            fk("estate_id", "estate", false) + u", " + fk("sector_id", "sector", true) + u", title " + t +
            u" NOT NULL, investor " + t + u" NOT NULL DEFAULT '', permit_no " + t +
            u" NOT NULL, permit_date " + d.date() + u", permit_expiry " + d.date() + u", progress " +
            d.real() + u" NOT NULL DEFAULT 0, " + u"invested_rial " + big +
            u" NOT NULL DEFAULT 0, remaining_rial " + big + u" NOT NULL DEFAULT 0, " + u"planned_jobs " +
            d.integer() + u" NOT NULL DEFAULT 0, capacity " + t + u" NOT NULL DEFAULT '', status " + t +
            u" NOT NULL, export_oriented " + d.boolean() + u" NOT NULL DEFAULT 0, expected_completion " +
            d.date() + u", notes " + t + u" NOT NULL DEFAULT '', UNIQUE (province_id, permit_no))",
        u"CREATE TABLE progress_report (" + id + u", " + fk("project_id", "project", true) +
            u", report_date " + d.date() + u" NOT NULL, percent " + d.real() + u" NOT NULL, reported_by " +
            t + u" NOT NULL DEFAULT '', note " + t + u" NOT NULL DEFAULT '')",
        u"CREATE TABLE unit (" + id + u", version " + d.integer() + u" NOT NULL DEFAULT 1, " +
            fk("province_id", "province", true) + u", " + fk("county_id", "county", true) + u", " +
            fk("estate_id", "estate", false) + u", " + fk("sector_id", "sector", true) + u", name " + t +
            u" NOT NULL, operator_name " + t + u" NOT NULL DEFAULT '', licence_no " + t +
            u" NOT NULL, status " + t + u" NOT NULL, idle_since " + d.date() + u", capacity_use " + d.real() +
            u" NOT NULL DEFAULT 0, jobs_before " + d.integer() + u" NOT NULL DEFAULT 0, jobs_restorable " +
            d.integer() + u" NOT NULL DEFAULT 0, has_market " + d.boolean() +
            u" NOT NULL DEFAULT 0, justified " + d.boolean() + u" NOT NULL DEFAULT 0, working_capital_rial " +
            big + u" NOT NULL DEFAULT 0, fixed_capital_rial " + big + u" NOT NULL DEFAULT 0, revival_path " +
            t + u" NOT NULL, export_oriented " + d.boolean() + u" NOT NULL DEFAULT 0, notes " + t +
            u" NOT NULL DEFAULT '', UNIQUE (province_id, licence_no))",
        // An obstacle or action belongs to a project or a unit: two foreign keys, exactly one set.
        u"CREATE TABLE obstacle (" + id + u", version " + d.integer() + u" NOT NULL DEFAULT 1, owner_kind " +
            t + u" NOT NULL, " + fk("project_id", "project", false) + u", " + fk("unit_id", "unit", false) +
            u", obstacle_type " + t + u" NOT NULL, description " + t + u" NOT NULL DEFAULT '', opened " +
            d.date() + u", resolved " + d.date() + u", CHECK ((project_id IS NULL) <> (unit_id IS NULL)))",
        u"CREATE TABLE action (" + id + u", version " + d.integer() + u" NOT NULL DEFAULT 1, owner_kind " +
            t + u" NOT NULL, " + fk("project_id", "project", false) + u", " + fk("unit_id", "unit", false) +
            u", action_type " + t + u" NOT NULL, " + fk("agency_id", "agency", false) + u", started " +
            d.date() + u", finished " + d.date() + u", amount_rial " + big + u" NOT NULL DEFAULT 0, status " +
            t + u" NOT NULL, outcome " + t +
            u" NOT NULL DEFAULT '', CHECK ((project_id IS NULL) <> (unit_id IS NULL)))",
        QStringLiteral("CREATE INDEX project_province ON project (province_id)"),
        QStringLiteral("CREATE INDEX project_county ON project (county_id)"),
        QStringLiteral("CREATE INDEX project_status ON project (status)"),
        QStringLiteral("CREATE INDEX report_project ON progress_report (project_id, report_date)"),
        QStringLiteral("CREATE INDEX unit_province ON unit (province_id)"),
        QStringLiteral("CREATE INDEX unit_county ON unit (county_id)"),
        QStringLiteral("CREATE INDEX unit_status ON unit (status)"),
        QStringLiteral("CREATE INDEX obstacle_project ON obstacle (project_id)"),
        QStringLiteral("CREATE INDEX obstacle_unit ON obstacle (unit_id)"),
        QStringLiteral("CREATE INDEX action_project ON action (project_id)"),
        QStringLiteral("CREATE INDEX action_unit ON action (unit_id)"),
    };
}

// Version 3: scenarios of the prioritisation engine, with the seed policy (DESIGN.md) built in.
QStringList version3(const Dialect& d)
{
    const QString t = d.text();
    const QString seedPolicy = scenarioToJson(engine::Scenario{}); // our own JSON: no quote can occur
    return {
        u"CREATE TABLE scenario (" + d.idColumn() + u", version " + d.integer() +
            u" NOT NULL DEFAULT 1, name " + t + u" NOT NULL UNIQUE, params " + t + u" NOT NULL, builtin " +
            d.boolean() + u" NOT NULL DEFAULT 0)",
        u"INSERT INTO scenario (version, name, params, builtin) VALUES (1, '" + seedPolicyName() + u"', '" +
            seedPolicy + u"', 1)",
    };
}

// Version 4: server mode (issue 7). Which provinces each server role may change, and the database
// user in the audit log (the server fills it in itself; '' on SQLite). On PostgreSQL, the
// row-level security of ServerSecurity.h. The SQLite schema has the same tables.
QStringList version4(const Dialect& d)
{
    const bool pg = d.kind() == Dialect::Kind::Postgres;
    QStringList out{
        u"CREATE TABLE province_access (role_name " + d.text() + u" NOT NULL, province_id " + d.bigint() +
            u" NOT NULL REFERENCES province(id), PRIMARY KEY (role_name, province_id))",
        // Rows already logged keep '' (unknown), not the name of whoever migrates.
        u"ALTER TABLE audit ADD COLUMN db_user " + d.text() + u" NOT NULL DEFAULT ''",
    };
    if (pg) {
        out << QStringLiteral("ALTER TABLE audit ALTER COLUMN db_user SET DEFAULT current_user");
        out << security::serverStatements();
    }
    return out;
}

} // namespace

int latestVersion()
{
    return 4;
}

QStringList migrationStatements(int version, const Dialect& dialect)
{
    switch (version) {
    case 1:
        return version1(dialect);
    case 2:
        return version2(dialect);
    case 3:
        return version3(dialect);
    case 4:
        return version4(dialect);
    default:
        return {};
    }
}

Result<int> storedVersion(Database& db)
{
    auto hasMeta = sql::scalar(db, db.dialect().tableExistsQuery(), {QStringLiteral("meta")});
    if (!hasMeta)
        return hasMeta.error();
    if (!hasMeta->isValid())
        return 0;
    auto value = sql::scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
    if (!value)
        return value.error();
    bool ok = false;
    const int version = value->toString().toInt(&ok);
    if (!ok || version < 0)
        return Error{Error::Kind::NotDatabase,
                     StorageText::tr("The database has no valid schema version; it was not made by Ehya.")};
    return version;
}

Status migrate(Database& db, int from, int to)
{
    if (from >= to)
        return {};
    if (db.isPostgres() && from < 4 && to >= 4) {
        if (auto roles = security::checkGroupRoles(db); !roles)
            return roles;
    }
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    for (int version = from + 1; version <= to; ++version) {
        const QStringList statements = migrationStatements(version, db.dialect());
        for (const QString& statement : statements) {
            auto done = sql::run(db, statement);
            if (!done)
                return Error{Error::Kind::Database,
                             StorageText::tr("Upgrading the database to schema version %1 failed, so "
                                             "nothing was changed. %2")
                                 .arg(version)
                                 .arg(done.error().message)};
        }
    }
    const QString upsert = from == 0
                               ? QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', ?)")
                               : QStringLiteral("UPDATE meta SET value = ? WHERE key = 'schema_version'");
    if (auto stored = sql::run(db, upsert, {QString::number(to)}); !stored)
        return stored.error();
    return transaction.commit();
}

} // namespace ehya::storage::schema
