#pragma once

#include "Columns.h"
#include "TableSource.h"
#include "core/Records.h"
#include "core/Result.h"
#include "storage/Database.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// From a spreadsheet row to a record: which file column holds which key (the header mapped on the
// Persian search key, with an explicit map for headers we do not know), the reference names
// matched to ids, every cell read as officers type it, and every problem of the row reported with
// its column — not just the first.
namespace ehya::io {

// Where each column of columns(sheet) is in the file (-1: absent) and the unit its amounts are in.
struct HeaderMap
{
    Sheet sheet = Sheet::Projects;
    QList<int> fileColumn;                // by index into columns(sheet)
    QList<std::optional<MoneyUnit>> unit; // from "(میلیارد تومان)" in the header
    QStringList ignored;                  // file columns import does not read
};

// `explicitMap`: file header → column key, or "-" to ignore that column. Every problem of the
// header (unknown, repeated or missing columns) in one error, a line each.
Result<HeaderMap> mapHeader(Sheet sheet, const QStringList& header,
                            const QHash<QString, QString>& explicitMap, const QString& fileName);

// Reference names (Persian or English, Arabic letter forms, ZWNJ and digits folded) to ids.
class ReferenceLookup final
{
public:
    static Result<ReferenceLookup> load(storage::Database& db);

    Id province(const QString& nameOrCode) const;
    Id county(Id provinceId, const QString& name) const;
    const Estate* estate(Id provinceId, const QString& name) const;
    Id sector(const QString& isicOrName) const;

private:
    QHash<QString, Id> m_provinces, m_counties, m_sectors; // counties by "province|name"
    QHash<QString, Estate> m_estates;                      // by "province|name"
};

struct CellProblem
{
    int column = 0; // 1-based in the file; 0 when the column is absent
    QString key;
    QString sentence;
};
using CellProblems = QList<CellProblem>;

// Reads one row into a record. Problems of the cells and of the record's validation, a problem per
// field; an empty list means the record is ready to store.
class RowConverter final
{
public:
    RowConverter(const HeaderMap& map, const ReferenceLookup& lookup) : m_map(map), m_lookup(lookup) {}

    CellProblems read(const SourceRow& row, Project& project) const;
    CellProblems read(const SourceRow& row, IdleUnit& unit) const;

    // The file column of a key (1-based), 0 when the file has no such column.
    int fileColumn(const QString& key) const;

private:
    const HeaderMap& m_map;
    const ReferenceLookup& m_lookup;
};

} // namespace ehya::io
