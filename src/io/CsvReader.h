#pragma once

#include "core/Result.h"

#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

// A small RFC 4180 reader: UTF-8 with or without BOM, CRLF or LF, comma / semicolon / tab
// (detected from the header line), quoted fields with quotes and newlines inside. Errors name
// the line and column. The full import service (issue: import and export) builds on it.
namespace ehya::io {

struct CsvTable
{
    QStringList header;
    QList<QStringList> rows;
    QList<int> rowLines; // the 1-based line where each row starts, for error messages
};

Result<CsvTable> readCsv(QIODevice& device, const QString& fileName);
Result<CsvTable> readCsvFile(const QString& path);

} // namespace ehya::io
