#pragma once

#include "core/Records.h"

#include <QDate>
#include <QSqlQuery>
#include <QString>

struct sqlite3_stmt;

// Column lists and row readers shared by the repositories and the listing queries, so that one
// SELECT can read a whole record plus joined names. Internal to the storage layer.
namespace ehya::storage::detail {

// The cells of the current row, typed: through a QSqlQuery (any backend) or, for the lists that
// read 100k rows at once, straight from a SQLite statement (no QVariant per cell).
struct QueryCells
{
    const QSqlQuery& query;
    qint64 integer(int i) const { return query.value(i).toLongLong(); }
    double real(int i) const { return query.value(i).toDouble(); }
    QString text(int i) const { return query.value(i).toString(); }
    QDate date(int i) const; // null for NULL
    Id ref(int i) const;     // 0 for NULL
};

struct NativeCells
{
    sqlite3_stmt* statement;
    qint64 integer(int i) const;
    double real(int i) const;
    QString text(int i) const;
    QDate date(int i) const;
    Id ref(int i) const;
};

template <typename Cells> Project readProjectCells(const Cells& cells, int first);
template <typename Cells> IdleUnit readUnitCells(const Cells& cells, int first);

// "p.id, p.version, p.province_id, ..." for the given table alias.
QString projectSelectColumns(const QString& alias);
int projectColumnCount(); // of projectSelectColumns
// Reads the columns of projectSelectColumns starting at `first`; returns the index after them.
Project readProject(const QSqlQuery& query, int first, int* next = nullptr);

QString unitSelectColumns(const QString& alias);
int unitColumnCount();
IdleUnit readUnit(const QSqlQuery& query, int first, int* next = nullptr);

} // namespace ehya::storage::detail
