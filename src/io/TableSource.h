#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

#include <memory>

// The rows of a spreadsheet being imported, one at a time (CSV or XLSX), so that a file of a
// million rows is never held in memory whole. Every error names the file, the line (CSV: the line
// where the row starts; XLSX: the sheet's row number) and the column (1-based):
// "FILE:LINE:COLUMN: sentence".
namespace ehya::io {

struct SourceRow
{
    QStringList cells; // as many as the header has columns (missing trailing cells are "")
    int line = 0;
};

class TableSource
{
public:
    virtual ~TableSource() = default;

    // The column names of the first row, trimmed; never empty, no empty or repeated name.
    virtual const QStringList& header() const = 0;

    // The next data row; false at the end. Rows with nothing in them are skipped.
    virtual Result<bool> next(SourceRow& row) = 0;

    // Something the reader decided that the user should know ("read as Windows-1256"), or "".
    virtual QString notice() const { return {}; }

    // How much of the file was read, 0..1, for a progress bar; -1 when the reader cannot tell.
    virtual double fractionRead() const { return -1; }
};

// "FILE:LINE:COLUMN: sentence" as an Invalid error.
Error locatedError(const QString& fileName, int line, int column, const QString& sentence);

// Opens a CSV or XLSX file for reading, chosen by its first bytes (an XLSX file is a zip archive),
// not by its name. `displayName` is what messages call the file (usually the path).
Result<std::unique_ptr<TableSource>> openTable(const QString& path);

} // namespace ehya::io
