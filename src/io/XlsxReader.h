#pragma once

#include "TableSource.h"
#include "core/Result.h"

#include <QString>

#include <memory>

// Reading the first worksheet of an XLSX workbook (Excel, LibreOffice, openpyxl, libxlsxwriter) as
// a TableSource. The sheet streams out of the zip archive, so a sheet of a million rows is never in
// memory whole; shared strings and styles are read first. Numbers come as text the way a person
// typed them (1250000000, 74.9), dates as ISO dates, percents as 0..100. Hostile files (not a zip,
// zip bombs, huge cells, damaged entries) are refused with a sentence naming the file.
namespace ehya::io {

struct XlsxLimits
{
    qint64 maxSheetBytes = qint64(2) << 30;           // the worksheet's XML, uncompressed
    qint64 maxSharedStringsBytes = qint64(512) << 20; // the shared strings' XML, uncompressed
    qint64 maxPartBytes = qint64(64) << 20;           // the workbook, its relationships, its styles
    qsizetype maxCellChars = qsizetype(1) << 20;      // one cell's text
};

// The rows of the workbook's first worksheet; the header is its first non-empty row. Errors name the
// file, and the sheet row and column where there is one: "FILE:ROW:COLUMN: sentence".
Result<std::unique_ptr<TableSource>> openXlsx(const QString& path, XlsxLimits limits = {});

} // namespace ehya::io
