#pragma once

#include "Database.h"
#include "core/Records.h"
#include "core/Result.h"

#include <QDate>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

// Helpers shared by the repositories: binding (bound values only), value conversion, error
// mapping, and the audit log (the row as JSON before and after, written in the same transaction).
// Table and column names passed here always come from the code, never from user text.
namespace ehya::storage::sql {

QVariant date(const QDate& value); // ISO text, NULL when the date is null
QDate toDate(const QVariant& value);
QVariant ref(Id id);             // NULL for 0 (no reference)
Id toRef(const QVariant& value); // 0 for NULL

// "What failed: the driver's message". Kind Database, or NotDatabase for a damaged file.
Error error(const QSqlQuery& query, const QString& what);
Error error(const QSqlDatabase& db, const QString& what);

// Prepares, binds positionally and runs. The query is ready for next() on success.
Result<QSqlQuery> run(Database& db, const QString& sql, const QVariantList& values = {});

// First column of the first row, or an invalid QVariant when there is no row.
Result<QVariant> scalar(Database& db, const QString& sql, const QVariantList& values = {});

// The row of `table` with this id as a compact JSON object (column: value); "" when it is gone.
Result<QString> rowJson(Database& db, const QString& table, Id id);

// Writes one audit row (UTC time from db.clock(), db.currentUser()).
Status audit(Database& db, const QString& entity, Id entityId, const QString& action, const QString& oldJson,
             const QString& newJson);

// INSERT INTO table (columns) VALUES (...) RETURNING id, plus the audit row. Call inside a
// transaction.
Result<Id> insertRow(Database& db, const QString& table, const QStringList& columns,
                     const QVariantList& values);

// Optimistic update: UPDATE table SET columns..., version = version + 1 WHERE id = ? AND version = ?,
// plus the audit row. NotFound when the row is gone, Conflict when the version is stale.
// `what` names the record in messages ("Project 12"). Call inside a transaction.
Status updateVersioned(Database& db, const QString& table, Id id, int expectedVersion,
                       const QStringList& columns, const QVariantList& values, const QString& what);

// Update of a table without a version column (used for child rows); audited.
Status updateRow(Database& db, const QString& table, Id id, const QStringList& columns,
                 const QVariantList& values);

// Deletes one row (checking the version when expectedVersion >= 0), with its audit row.
Status deleteRow(Database& db, const QString& table, Id id, int expectedVersion, const QString& what);

// Deletes every row of `table` whose `column` equals `value`, each with its audit row.
Status deleteWhere(Database& db, const QString& table, const QString& column, Id value);

// Does a row with this id exist in table?
Result<bool> exists(Database& db, const QString& table, Id id);

// Checks the references of a project or unit: the province, the county (in that province), the
// estate (in that county; 0 = none) and the sector exist. Invalid with a sentence otherwise.
Status checkPlace(Database& db, Id provinceId, Id countyId, Id estateId, Id sectorId);

// Invalid error from a list of validation messages.
Error invalid(const QString& message);

} // namespace ehya::storage::sql
