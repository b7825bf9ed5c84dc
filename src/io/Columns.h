#pragma once

#include "core/Money.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The columns of the exchange files (DESIGN.md "CSV rules", docs/csv-format.md): the stable
// English key, what the cell holds, the Persian header written with `--headers fa`, and the other
// headers officers use that import accepts. Export writes the columns in this order.
namespace ehya::io {

enum class Sheet { Projects, Units, Reports };

enum class CellType {
    Id,       // the database id; written on export, ignored on import
    Code,     // permit or licence number
    Text,     // a short name: kept, not neutralised
    FreeText, // titles, names, notes: neutralised on export when they look like a formula
    Province,
    County,
    Estate,
    Sector,
    Status,
    RevivalPath,
    Percent, // 0..100, one decimal
    Money,   // whole rials (or the unit named in the header on import)
    Count,   // a whole number of zero or more
    Flag,    // 1/0, yes/no, بله/خیر
    Date,    // ISO or Jalali
};

struct Column
{
    QString key;
    CellType type;
    bool required = false; // import refuses a file without this column
    QString headerFa;      // the Persian header of exports
    QStringList aliases;   // more headers accepted on import (Persian spellings, English labels)
};

const QList<Column>& columns(Sheet sheet);

// Columns that import ignores when a file has them (exports' id, a spreadsheet's row number).
bool ignoredOnImport(const QString& header);

// The header as import compares it: the search key (Arabic letter forms, ZWNJ, digits and case
// folded) without a parenthesised part, and the money unit that part names, if any:
// "سرمایه‌گذاری باقی‌مانده (میلیارد تومان)" → ("سرمایه گذاری باقی
// مانده", BillionToman).
struct HeaderKey
{
    QString key;
    std::optional<MoneyUnit> unit;
};
HeaderKey headerKey(const QString& header);

} // namespace ehya::io
