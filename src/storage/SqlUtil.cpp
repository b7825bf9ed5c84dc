#include "SqlUtil.h"
#include "StorageText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaType>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>

namespace ehya::storage::sql {

namespace {

// PostgreSQL: the SQLSTATE (server mode).
Error::Kind serverKindOf(const QString& state)
{
    if (state.startsWith(u"23") || state == u"42501") // integrity; no privilege or a row policy
        return Error::Kind::Invalid;
    if (state == u"40001" || state == u"40P01" || state == u"55P03") // serialization, deadlock, lock
        return Error::Kind::Locked;
    if (state.startsWith(u"08") || state.startsWith(u"53") || state.startsWith(u"57"))
        return Error::Kind::Io; // connection lost, server out of resources or shutting down
    return Error::Kind::Database;
}

Error::Kind kindOf(const QSqlError& sqlError)
{
    bool ok = false;
    const int code = sqlError.nativeErrorCode().toInt(&ok) & 0xff; // SQLite primary result code
    if (!ok)
        return Error::Kind::Database;
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Error::Kind::Locked;
    case 8:  // SQLITE_READONLY
    case 10: // SQLITE_IOERR
    case 13: // SQLITE_FULL
    case 14: // SQLITE_CANTOPEN
        return Error::Kind::Io;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return Error::Kind::NotDatabase;
    case 19: // SQLITE_CONSTRAINT
        return Error::Kind::Invalid;
    default:
        return Error::Kind::Database;
    }
}

Error fromSqlError(const QSqlError& sqlError, const QString& what, const QSqlDriver* driver)
{
    const QString detail =
        (sqlError.databaseText().isEmpty() ? sqlError.text() : sqlError.databaseText()).trimmed();
    if (driver && driver->dbmsType() == QSqlDriver::PostgreSQL) {
        const QString state = sqlError.nativeErrorCode();
        if (state == u"40001" || state == u"40P01")
            return Error{Error::Kind::Locked,
                         StorageText::tr("%1: another user's change collided with this one on the server "
                                         "(%2), so nothing was saved. Try again.")
                             .arg(what, detail)};
        if (state == u"42501" && detail.contains(u"row-level security"))
            return Error{Error::Kind::Invalid,
                         StorageText::tr("%1: the record belongs to a province you may not change, so the "
                                         "server refused it (%2).")
                             .arg(what, detail)};
        if (state == u"42501")
            return Error{Error::Kind::Invalid,
                         StorageText::tr("%1: your database role may not do this; ask the administrator of "
                                         "the server (%2).")
                             .arg(what, detail)};
        return Error{serverKindOf(state), StorageText::tr("%1: %2").arg(what, detail)};
    }
    return Error{kindOf(sqlError), StorageText::tr("%1: %2").arg(what, detail)};
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(u", ");
}

QString assignments(const QStringList& columns)
{
    QStringList parts;
    for (const QString& column : columns)
        parts << column + u" = ?";
    return parts.join(u", ");
}

} // namespace

QVariant date(const QDate& value)
{
    if (!value.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return value.toString(Qt::ISODate);
}

QDate toDate(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant ref(Id id)
{
    if (id == 0)
        return QVariant(QMetaType::fromType<qint64>());
    return QVariant::fromValue<qint64>(id);
}

Id toRef(const QVariant& value)
{
    return value.isNull() ? 0 : value.toLongLong();
}

Error error(const QSqlQuery& query, const QString& what)
{
    return fromSqlError(query.lastError(), what, query.driver());
}

Error error(const QSqlDatabase& db, const QString& what)
{
    return fromSqlError(db.lastError(), what, db.driver());
}

Error invalid(const QString& message)
{
    return Error{Error::Kind::Invalid, message};
}

Result<QSqlQuery> run(Database& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    // PostgreSQL cannot PREPARE a DDL statement, and a prepared statement there costs two more round
    // trips: without values the text goes as it is.
    if (values.isEmpty() && db.isPostgres()) {
        if (!query.exec(sql))
            return error(query, StorageText::tr("A database query failed"));
        return query;
    }
    if (!query.prepare(sql))
        return error(query, StorageText::tr("Could not prepare a database query"));
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant& value = values.at(i);
        // A null QString would be bound as SQL NULL; text columns hold '' instead. NULL is only
        // bound on purpose (date() and ref() return a null QVariant).
        if (value.typeId() == QMetaType::QString && !value.isNull() && value.toString().isNull())
            query.bindValue(int(i), QStringLiteral(""));
        else
            query.bindValue(int(i), value);
    }
    if (!query.exec())
        return error(query, StorageText::tr("A database query failed"));
    return query;
}

Result<QVariant> scalar(Database& db, const QString& sql, const QVariantList& values)
{
    auto query = run(db, sql, values);
    if (!query)
        return query.error();
    if (!query->next())
        return QVariant();
    return query->value(0);
}

Result<bool> exists(Database& db, const QString& table, Id id)
{
    auto value = scalar(db, u"SELECT 1 FROM " + table + u" WHERE id = ?", {QVariant::fromValue<qint64>(id)});
    if (!value)
        return value.error();
    return value->isValid();
}

Status checkPlace(Database& db, Id provinceId, Id countyId, Id estateId, Id sectorId)
{
    const auto id64 = [](Id id) { return QVariant::fromValue<qint64>(id); };
    auto province = exists(db, QStringLiteral("province"), provinceId);
    if (!province)
        return province.error();
    if (!*province)
        return invalid(StorageText::tr("Province %1 does not exist.").arg(provinceId));
    auto county = scalar(db, QStringLiteral("SELECT province_id FROM county WHERE id = ?"), {id64(countyId)});
    if (!county)
        return county.error();
    if (!county->isValid())
        return invalid(StorageText::tr("County %1 does not exist.").arg(countyId));
    if (county->toLongLong() != provinceId)
        return invalid(StorageText::tr("County %1 is not in province %2.").arg(countyId).arg(provinceId));
    if (estateId != 0) {
        auto estate =
            scalar(db, QStringLiteral("SELECT county_id FROM estate WHERE id = ?"), {id64(estateId)});
        if (!estate)
            return estate.error();
        if (!estate->isValid())
            return invalid(StorageText::tr("Industrial estate %1 does not exist.").arg(estateId));
        if (estate->toLongLong() != countyId)
            return invalid(
                StorageText::tr("Industrial estate %1 is not in county %2.").arg(estateId).arg(countyId));
    }
    auto sector = exists(db, QStringLiteral("sector"), sectorId);
    if (!sector)
        return sector.error();
    if (!*sector)
        return invalid(StorageText::tr("Sector %1 does not exist.").arg(sectorId));
    return {};
}

Result<QString> rowJson(Database& db, const QString& table, Id id)
{
    auto query = run(db, u"SELECT * FROM " + table + u" WHERE id = ?", {QVariant::fromValue<qint64>(id)});
    if (!query)
        return query.error();
    if (!query->next())
        return QString();
    const QSqlRecord record = query->record();
    QJsonObject object;
    for (int i = 0; i < record.count(); ++i) {
        const QVariant value = query->value(i);
        QJsonValue json;
        if (value.isNull())
            json = QJsonValue(QJsonValue::Null);
        else if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int ||
                 value.typeId() == QMetaType::ULongLong ||
                 value.typeId() == QMetaType::UInt) // QPSQL: BIGINT >= 0
            json = QJsonValue(value.toLongLong());
        else if (value.typeId() == QMetaType::Double)
            json = QJsonValue(value.toDouble());
        else
            json = QJsonValue(value.toString());
        object.insert(record.fieldName(i), json);
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Status audit(Database& db, const QString& entity, Id entityId, const QString& action, const QString& oldJson,
             const QString& newJson)
{
    const auto nullable = [](const QString& text) {
        return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
    };
    auto query = run(
        db,
        QStringLiteral("INSERT INTO audit (at, user_login, entity, entity_id, action, old_json, new_json) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {db.clock().nowUtc().toUTC().toString(Qt::ISODateWithMs), db.currentUser(), entity,
         QVariant::fromValue<qint64>(entityId), action, nullable(oldJson), nullable(newJson)});
    if (!query)
        return query.error();
    return {};
}

Result<Id> insertRow(Database& db, const QString& table, const QStringList& columns,
                     const QVariantList& values)
{
    Id id = 0;
    {
        auto query = run(db,
                         u"INSERT INTO " + table + u" (" + columns.join(u", ") + u") VALUES (" +
                             placeholders(columns.size()) + u") RETURNING id",
                         values);
        if (!query)
            return query.error();
        if (!query->next())
            return Error{Error::Kind::Database,
                         StorageText::tr("The database did not return the new id of a %1 row.").arg(table)};
        id = query->value(0).toLongLong();
    }
    auto after = rowJson(db, table, id);
    if (!after)
        return after.error();
    if (auto written = audit(db, table, id, QStringLiteral("insert"), QString(), *after); !written)
        return written.error();
    return id;
}

namespace {

// On the server a row that exists but is outside the role's provinces is not visible (RLS).
Error missingRow(Database& db, const QString& what)
{
    if (db.isPostgres())
        return Error{
            Error::Kind::NotFound,
            StorageText::tr("%1 does not exist: someone else deleted it, or it belongs to a province "
                            "you may not see.")
                .arg(what)};
    return Error{Error::Kind::NotFound,
                 StorageText::tr("%1 no longer exists; someone else deleted it.").arg(what)};
}

// An UPDATE or DELETE that touched no row: on the server, the row may still be there at the expected
// version, which means row-level security kept the role from changing it (a manager reads every
// province but writes only where granted). Otherwise someone else changed or deleted it.
Error untouched(Database& db, const QString& table, Id id, int expectedVersion, const QString& what,
                const Error& conflict)
{
    if (!db.isPostgres())
        return conflict;
    QString sql = u"SELECT 1 FROM " + table + u" WHERE id = ?";
    QVariantList values{QVariant::fromValue<qint64>(id)};
    if (expectedVersion >= 0) {
        sql += u" AND version = ?";
        values << expectedVersion;
    }
    auto still = scalar(db, sql, values);
    if (!still)
        return still.error();
    if (!still->isValid())
        return conflict;
    return Error{
        Error::Kind::Invalid,
        StorageText::tr("%1 belongs to a province you may not change, so it was not saved.").arg(what)};
}

Status updateImpl(Database& db, const QString& table, Id id, int expectedVersion, const QStringList& columns,
                  QVariantList values, const QString& what)
{
    auto before = rowJson(db, table, id);
    if (!before)
        return before.error();
    if (before->isEmpty())
        return missingRow(db, what);
    QString sql = u"UPDATE " + table + u" SET " + assignments(columns);
    if (expectedVersion >= 0)
        sql += u", version = version + 1";
    sql += u" WHERE id = ?";
    values << QVariant::fromValue<qint64>(id);
    if (expectedVersion >= 0) {
        sql += u" AND version = ?";
        values << expectedVersion;
    }
    {
        auto query = run(db, sql, values);
        if (!query)
            return query.error();
        if (query->numRowsAffected() == 0)
            return untouched(
                db, table, id, expectedVersion, what,
                Error{Error::Kind::Conflict,
                      StorageText::tr("%1 was changed by someone else since you opened it. Reopen "
                                      "it to see their changes, then edit again.")
                          .arg(what)});
    }
    auto after = rowJson(db, table, id);
    if (!after)
        return after.error();
    return audit(db, table, id, QStringLiteral("update"), *before, *after);
}

} // namespace

Status updateVersioned(Database& db, const QString& table, Id id, int expectedVersion,
                       const QStringList& columns, const QVariantList& values, const QString& what)
{
    return updateImpl(db, table, id, expectedVersion, columns, values, what);
}

Status updateRow(Database& db, const QString& table, Id id, const QStringList& columns,
                 const QVariantList& values)
{
    return updateImpl(db, table, id, -1, columns, values, table);
}

Status deleteRow(Database& db, const QString& table, Id id, int expectedVersion, const QString& what)
{
    auto before = rowJson(db, table, id);
    if (!before)
        return before.error();
    if (before->isEmpty())
        return missingRow(db, what);
    QString sql = u"DELETE FROM " + table + u" WHERE id = ?";
    QVariantList values{QVariant::fromValue<qint64>(id)};
    if (expectedVersion >= 0) {
        sql += u" AND version = ?";
        values << expectedVersion;
    }
    auto query = run(db, sql, values);
    if (!query)
        return query.error();
    if (query->numRowsAffected() == 0)
        return untouched(
            db, table, id, expectedVersion, what,
            Error{Error::Kind::Conflict,
                  StorageText::tr("%1 was changed by someone else since you opened it, so it was "
                                  "not deleted. Reopen it and try again.")
                      .arg(what)});
    return audit(db, table, id, QStringLiteral("delete"), *before, QString());
}

Status deleteWhere(Database& db, const QString& table, const QString& column, Id value)
{
    QList<Id> ids;
    {
        auto query = run(db, u"SELECT id FROM " + table + u" WHERE " + column + u" = ? ORDER BY id",
                         {QVariant::fromValue<qint64>(value)});
        if (!query)
            return query.error();
        while (query->next())
            ids << query->value(0).toLongLong();
    }
    for (const Id id : ids) {
        if (auto removed = deleteRow(db, table, id, -1, table); !removed)
            return removed;
    }
    return {};
}

} // namespace ehya::storage::sql
