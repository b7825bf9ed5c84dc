#include "Repositories.h"
#include "SqlUtil.h"

namespace ehya::storage {

Result<QList<AuditEntry>> AuditLog::forEntity(const QString& entity, Id entityId)
{
    auto query = sql::run(
        m_db,
        QStringLiteral("SELECT id, at, user_login, entity, entity_id, action, old_json, new_json, db_user "
                       "FROM audit WHERE entity = ? AND entity_id = ? ORDER BY id"),
        {entity, QVariant::fromValue<qint64>(entityId)});
    if (!query)
        return query.error();
    QList<AuditEntry> out;
    while (query->next()) {
        AuditEntry e;
        e.id = query->value(0).toLongLong();
        e.at = QDateTime::fromString(query->value(1).toString(), Qt::ISODateWithMs).toUTC();
        e.user = query->value(2).toString();
        e.entity = query->value(3).toString();
        e.entityId = query->value(4).toLongLong();
        e.action = query->value(5).toString();
        e.oldJson = query->value(6).toString();
        e.newJson = query->value(7).toString();
        e.dbUser = query->value(8).toString();
        out << e;
    }
    return out;
}

Result<qint64> AuditLog::count()
{
    auto value = sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM audit"));
    if (!value)
        return value.error();
    return value->toLongLong();
}

} // namespace ehya::storage
