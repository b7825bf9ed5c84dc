#pragma once

#include "CsvReader.h"
#include "core/Enums.h"
#include "core/Records.h"
#include "core/Result.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <optional>

// Reading the rows of the embedded data files (data/reference, data/demo): typed cells with errors
// that name the resource file, the line and the column, and the lookups from the names and codes
// in those files to database ids (hash maps, filled once; no query per name per row).
namespace ehya::io::demo {

// An embedded CSV file (":/data/demo/projects.csv") with the columns it must have.
Result<CsvTable> readTable(const QString& resourcePath, const QStringList& requiredColumns);

// One data row of a table. Every getter returns nullopt after recording the first error, which
// names the file, the line and the column ("FILE:LINE:COLUMN: sentence").
class Row final
{
public:
    Row(const CsvTable& table, qsizetype index, const QString& fileName);

    QString text(const char* column) const; // trimmed, Arabic letter forms made Persian
    std::optional<QString> required(const char* column);
    std::optional<qint64> integer(const char* column);
    std::optional<Rials> money(const char* column);
    std::optional<double> percent(const char* column);
    std::optional<QDate> date(const char* column, bool required);
    std::optional<bool> flag(const char* column);

    template <typename E> std::optional<E> choice(const char* column)
    {
        const QString value = text(column);
        if (auto parsed = enumFromText<E>(value))
            return parsed;
        fail(column, notAChoice(value));
        return std::nullopt;
    }

    // Records an error on `column` (the first one wins).
    void fail(const char* column, const QString& sentence);
    bool failed() const { return m_error.has_value(); }
    const Error& error() const { return *m_error; }
    int line() const { return m_line; }

private:
    static QString notAChoice(const QString& value);

    const CsvTable& m_table;
    const QStringList& m_cells;
    QString m_fileName;
    int m_line = 0;
    std::optional<Error> m_error;
};

// Ids by the names and codes used in the data files, compared on PersianText's search key.
struct Lookups
{
    QHash<QString, Id> provinces;   // code, Persian or English name
    QHash<QString, Id> counties;    // "provinceId|name"
    QHash<QString, Estate> estates; // "provinceId|name"
    QHash<QString, Id> sectors;     // ISIC division, Persian or English name
    QHash<QString, Id> agencies;    // Persian or English name
    QHash<QString, Id> projects;    // "provinceId|permit_no"
    QHash<QString, Id> units;       // "provinceId|licence_no"

    static QString key(Id provinceId, const QString& name);
};

// Runs `perRow(row)` on every row of an embedded file; stops at the first error, its own or the
// row's (Row::fail).
template <typename F> Status eachRow(const QString& path, const QStringList& columns, F perRow)
{
    auto table = readTable(path, columns);
    if (!table)
        return table.error();
    for (qsizetype i = 0; i < table->rows.size(); ++i) {
        Row row(*table, i, path);
        if (auto done = perRow(row); !done)
            return done;
        if (row.failed())
            return row.error();
    }
    return {};
}

// A storage error on a row, prefixed with the file and line so that a person can find the row.
Error onRow(const Row& row, const QString& path, const Error& error);

} // namespace ehya::io::demo
