// Server mode: row-level security of migration 4 (ServerSecurity.h, docs/server.md).
#include "ServerSecurity.h"

#include "SqlUtil.h"
#include "StorageText.h"

namespace ehya::storage::security {

namespace {

const QStringList& recordTables()
{
    static const QStringList tables{QStringLiteral("project"), QStringLiteral("unit"),
                                    QStringLiteral("progress_report"), QStringLiteral("obstacle"),
                                    QStringLiteral("action")};
    return tables;
}

// Read by every application role; written by admins (scenarios by managers too).
const QStringList& referenceTables()
{
    static const QStringList tables{QStringLiteral("meta"),     QStringLiteral("province"),
                                    QStringLiteral("county"),   QStringLiteral("estate"),
                                    QStringLiteral("sector"),   QStringLiteral("agency"),
                                    QStringLiteral("app_user"), QStringLiteral("scenario")};
    return tables;
}

// Evaluated once per statement (an InitPlan), not once per row: ranking 100k rows as a manager
// costs one role lookup.
const QString kReadsAll = QStringLiteral("(SELECT ehya_reads_all())");
const QString kAdmin = QStringLiteral("(SELECT ehya_is_admin())");

// The province `column` is one granted to the current role (a hashed subplan over a tiny table;
// province_access's own policy shows each role its own rows).
QString granted(const QString& column)
{
    return column + u" IN (SELECT a.province_id FROM province_access a WHERE a.role_name = current_user)";
}

// The row's parent project or unit is visible (RLS on the parent decides), or writable.
QString parent(const QString& table, const QString& parentTable, bool write)
{
    const QString alias = parentTable.left(1);
    QString sql = u"EXISTS (SELECT 1 FROM " + parentTable + u' ' + alias + u" WHERE " + alias + u".id = " +
                  table + u'.' + parentTable + u"_id";
    if (write)
        sql += u" AND " + granted(alias + u".province_id");
    return sql + u')';
}

QString recordCondition(const QString& table, bool write)
{
    const QString who = write ? kAdmin : kReadsAll;
    if (table == u"project" || table == u"unit")
        return who + u" OR " + granted(table + u".province_id");
    if (table == u"progress_report")
        return who + u" OR " + parent(table, QStringLiteral("project"), write);
    return who + u" OR " + parent(table, QStringLiteral("project"), write) + u" OR " +
           parent(table, QStringLiteral("unit"), write);
}

// SELECT, INSERT, UPDATE and DELETE policies on one table.
QStringList policies(const QString& table, const QString& read, const QString& write)
{
    return {
        u"CREATE POLICY ehya_read ON " + table + u" FOR SELECT USING (" + read + u')',
        u"CREATE POLICY ehya_insert ON " + table + u" FOR INSERT WITH CHECK (" + write + u')',
        u"CREATE POLICY ehya_update ON " + table + u" FOR UPDATE USING (" + write + u") WITH CHECK (" +
            write + u')',
        u"CREATE POLICY ehya_delete ON " + table + u" FOR DELETE USING (" + write + u')',
    };
}

QStringList forceRowSecurity(const QString& table)
{
    return {u"ALTER TABLE " + table + u" ENABLE ROW LEVEL SECURITY",
            u"ALTER TABLE " + table + u" FORCE ROW LEVEL SECURITY"};
}

// An officer sees the audit rows of the records they can see (the EXISTS runs under the records'
// own policies), their own rows, and those of reference data; managers and admins see all.
QString auditRead()
{
    QString sql = kReadsAll + u" OR audit.db_user = current_user OR audit.entity NOT IN ('" +
                  recordTables().join(QStringLiteral("', '")) + u"')";
    for (const QString& table : recordTables())
        sql += u" OR (audit.entity = '" + table + u"' AND EXISTS (SELECT 1 FROM " + table +
               u" r WHERE r.id = " + u"audit.entity_id))";
    return sql;
}

// Non-admins write audit rows only as themselves, and only about what they may change: a record of
// a granted province (or one just deleted, which no longer exists anywhere), or a scenario for
// managers. ehya_record_province sees every record (SECURITY DEFINER), so a forged row about
// another province's record is refused even though the officer cannot see that record.
QString auditInsert()
{
    return kAdmin + u" OR (audit.db_user = current_user AND ((audit.entity = 'scenario' AND " + kReadsAll +
           u") OR (audit.entity IN ('" + recordTables().join(QStringLiteral("', '")) + u"') AND (" +
           granted(QStringLiteral("ehya_record_province(audit.entity, audit.entity_id)")) +
           u" OR (audit.action = 'delete' AND ehya_record_province(audit.entity, audit.entity_id) IS "
           u"NULL)))))";
}

QStringList functions()
{
    // SECURITY INVOKER and no table access: they cannot recurse into a policy. pg_has_role with
    // MEMBER: SET ROLE to a group role the login belongs to gains nothing it did not have.
    return {
        QStringLiteral("CREATE FUNCTION ehya_is_admin() RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE AS "
                       "$$ SELECT pg_catalog.pg_has_role(current_user, 'ehya_admin', 'MEMBER') $$"),
        QStringLiteral(
            "CREATE FUNCTION ehya_reads_all() RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE AS "
            "$$ SELECT pg_catalog.pg_has_role(current_user, 'ehya_admin', 'MEMBER') OR "
            "pg_catalog.pg_has_role(current_user, 'ehya_manager', 'MEMBER') $$"),
        // The province of any record, whoever asks (the owner's rights; the owner is an admin), for
        // the audit log's insert policy. NULL when the record does not exist.
        QStringLiteral(
            "CREATE FUNCTION ehya_record_province(entity text, record_id bigint) RETURNS bigint LANGUAGE sql "
            "STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$ SELECT CASE entity "
            "WHEN 'project' THEN (SELECT province_id FROM public.project WHERE id = record_id) "
            "WHEN 'unit' THEN (SELECT province_id FROM public.unit WHERE id = record_id) "
            "WHEN 'progress_report' THEN (SELECT p.province_id FROM public.progress_report r JOIN "
            "public.project p ON p.id = r.project_id WHERE r.id = record_id) "
            "WHEN 'obstacle' THEN (SELECT COALESCE(p.province_id, u.province_id) FROM public.obstacle o "
            "LEFT JOIN public.project p ON p.id = o.project_id LEFT JOIN public.unit u ON u.id = o.unit_id "
            "WHERE o.id = record_id) "
            "WHEN 'action' THEN (SELECT COALESCE(p.province_id, u.province_id) FROM public.action a "
            "LEFT JOIN public.project p ON p.id = a.project_id LEFT JOIN public.unit u ON u.id = a.unit_id "
            "WHERE a.id = record_id) END $$"),
        QStringLiteral("REVOKE ALL ON FUNCTION ehya_record_province(text, bigint) FROM PUBLIC"),
        QStringLiteral("GRANT EXECUTE ON FUNCTION ehya_record_province(text, bigint) TO ehya_officer, "
                       "ehya_manager, ehya_admin"),
    };
}

QStringList grants()
{
    QStringList out;
    QStringList all = referenceTables() + recordTables();
    all << QStringLiteral("audit") << QStringLiteral("province_access");
    for (const QString& table : all) {
        out << u"REVOKE ALL ON " + table + u" FROM PUBLIC";
        out << u"GRANT ALL ON " + table + u" TO ehya_admin";
    }
    for (const QString& table : referenceTables())
        out << u"GRANT SELECT ON " + table + u" TO ehya_officer, ehya_manager";
    out << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON scenario TO ehya_manager");
    for (const QString& table : recordTables())
        out << u"GRANT SELECT, INSERT, UPDATE, DELETE ON " + table + u" TO ehya_officer, ehya_manager";
    out << QStringLiteral("GRANT SELECT, INSERT ON audit TO ehya_officer, ehya_manager");
    out << QStringLiteral("GRANT SELECT ON province_access TO ehya_officer, ehya_manager");
    // Identity columns need no sequence grant to insert; resetting them after a copy (setval) does.
    out << QStringLiteral("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ehya_admin");
    return out;
}

} // namespace

QStringList serverStatements()
{
    QStringList out = functions();
    for (const QString& table : recordTables()) {
        out << forceRowSecurity(table);
        out << policies(table, recordCondition(table, false), recordCondition(table, true));
    }
    out << forceRowSecurity(QStringLiteral("audit"));
    out << u"CREATE POLICY ehya_read ON audit FOR SELECT USING (" + auditRead() + u')';
    // Non-admins record only themselves (db_user defaults to current_user); admins may copy
    // history rows of other users. Nobody but an admin changes or deletes the log.
    out << u"CREATE POLICY ehya_insert ON audit FOR INSERT WITH CHECK (" + auditInsert() + u')';
    out << u"CREATE POLICY ehya_update ON audit FOR UPDATE USING (" + kAdmin + u") WITH CHECK (" + kAdmin +
               u')';
    out << u"CREATE POLICY ehya_delete ON audit FOR DELETE USING (" + kAdmin + u')';
    out << forceRowSecurity(QStringLiteral("province_access"));
    out << policies(QStringLiteral("province_access"),
                    kReadsAll + u" OR province_access.role_name = current_user", kAdmin);
    out << grants();
    return out;
}

Status checkGroupRoles(Database& db)
{
    auto found = sql::scalar(db, QStringLiteral("SELECT count(*) FROM pg_catalog.pg_roles WHERE rolname IN "
                                                "('ehya_officer', 'ehya_manager', 'ehya_admin')"));
    if (!found)
        return found.error();
    if (found->toLongLong() == 3)
        return {};
    return Error{
        Error::Kind::Database,
        StorageText::tr("The server has no Ehya group roles (ehya_officer, ehya_manager, ehya_admin), "
                        "so the database's row-level security cannot be set up. A superuser runs "
                        "scripts/server/roles.sql once on the server first; see docs/server.md.")};
}

} // namespace ehya::storage::security
