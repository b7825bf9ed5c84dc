#pragma once

#include "Database.h"
#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// `ehya-cli copy FROM TO`: every record of one database into another, SQLite or PostgreSQL either
// way, ids kept, verified by a count and a checksum per table.
namespace ehya::storage {

struct TableCopy
{
    QString table;
    qint64 rows = 0;
    QByteArray sourceSum; // SHA-256 of the canonical rows, lower-case hex
    QByteArray targetSum; // the same, read back from the target
};

// Called after each batch of rows written; returning false stops the copy (nothing is kept).
using CopyProgress = std::function<bool(const QString& table, qint64 done)>;

// The tables a copy carries, parents before children. meta is not among them: each database
// keeps its own schema version. A table of the list that neither database has is skipped; a
// table of the source that is not in the list stops the copy (so that no table is dropped).
QStringList copyOrder();

// Copies every row of every table of copyOrder() from `from` into `to`, column by column by name
// (the columns are the source's), ids kept; PostgreSQL id sequences are moved past the largest id.
// Both databases must be at the same schema version, `to` must hold no record but the built-in
// scenario of a new database (the source's scenarios replace it). `from` is read in one
// snapshot; `to` is written in one transaction, and the counts and checksums of the target, read
// back, must equal the source's, else nothing is kept. Errors name the table:
//   Invalid (target not empty, schema differs, a constraint of the target refused a row),
//   Cancelled (progress returned false), Database (any other failure).
Result<QList<TableCopy>> copyDatabase(Database& from, Database& to, const CopyProgress& progress = {});

// The count and checksum (in sourceSum) of one table as copyDatabase computes them, over
// `columns` (the table's own when empty): the same rows give the same sum on either backend.
Result<TableCopy> tableChecksum(Database& db, const QString& table, const QStringList& columns = {});

} // namespace ehya::storage
