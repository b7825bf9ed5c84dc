#pragma once

#include "core/Result.h"

#include <QIODevice>
#include <QList>
#include <QString>
#include <QVariantList>

#include <memory>

// Writing a table of typed cells as CSV (DESIGN.md "CSV rules") or XLSX, for every export: the
// projects, units and progress-history sheets and the ranked list. Values by column kind: Text /
// FreeText → QString, Integer / Money → qint64, Percent / Decimal → double, Date → QDate, Flag →
// bool. Files are written atomically: a failed export leaves the previous file whole.
namespace ehya::io {

enum class ValueKind { Text, FreeText, Integer, Money, Percent, Decimal, Date, Flag };

struct OutColumn
{
    QString key;
    QString headerFa;
    ValueKind kind = ValueKind::Text;
};

enum class ExportFormat { Csv, Xlsx };

struct WriteOptions
{
    ExportFormat format = ExportFormat::Csv;
    bool bom = true;             // CSV: UTF-8 BOM so that Excel shows Persian
    bool neutralise = true;      // CSV: formula-looking free text gets a leading apostrophe
    bool persianHeaders = false; // Persian headers (and بله/خیر flags, a right-to-left sheet)
    bool jalaliDates = false;    // dates as 1402/05/10 (text in XLSX) instead of ISO
};

class TableWriter
{
public:
    virtual ~TableWriter() = default;
    virtual Status writeRow(const QVariantList& values) = 0;
    virtual Status finish() = 0; // commits the file; without it nothing replaces the old file
};

// To a file (CSV or XLSX by options.format); the header row is written at once.
Result<std::unique_ptr<TableWriter>> openTableWriter(const QString& path, const QList<OutColumn>& columns,
                                                     const WriteOptions& options);
// CSV to a device the caller owns (standard output, a buffer).
std::unique_ptr<TableWriter> csvTableWriter(QIODevice& device, const QList<OutColumn>& columns,
                                            const WriteOptions& options);

// A cell as CSV writes it: ISO or Jalali dates, one decimal for percents, 1/0 or بله/خیر.
QString csvCell(const QVariant& value, ValueKind kind, const WriteOptions& options);

} // namespace ehya::io
