#pragma once

#include "core/Records.h"

#include <QSqlQuery>
#include <QString>

// Column lists and row readers shared by the repositories and the listing queries, so that one
// SELECT can read a whole record plus joined names. Internal to the storage layer.
namespace ehya::storage::detail {

// "p.id, p.version, p.province_id, ..." for the given table alias.
QString projectSelectColumns(const QString& alias);
// Reads the columns of projectSelectColumns starting at `first`; returns the index after them.
Project readProject(const QSqlQuery& query, int first, int* next = nullptr);

QString unitSelectColumns(const QString& alias);
IdleUnit readUnit(const QSqlQuery& query, int first, int* next = nullptr);

} // namespace ehya::storage::detail
