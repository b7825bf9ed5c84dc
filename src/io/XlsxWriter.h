#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariantList>

#include <memory>
#include <optional>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

// Writing one sheet of an XLSX workbook with libxlsxwriter in its constant-memory mode, so that a
// million rows stream to disk: a bold, filled, frozen header with an auto-filter, typed cells
// (numbers stay numbers, dates are dates), right-to-left on request. The workbook is written to a
// temporary file next to the target and renamed over it by close(): a failed export leaves the
// previous file whole. What the columns mean is the caller's business.
namespace ehya::io {

enum class XlsxKind { Text, Integer, Money, Percent, Date, Flag };

struct XlsxColumn
{
    QString header;
    XlsxKind kind = XlsxKind::Text;
    double width = 0; // in characters; 0: by kind
};

struct XlsxOptions
{
    bool rightToLeft = false;
    QString sheetName = QStringLiteral("Sheet1");
};

class XlsxWriter final
{
public:
    // Writes to a temporary file next to `path`; close() renames it over `path` atomically, so a
    // failed export leaves the previous file whole. The header row is written at once.
    static Result<std::unique_ptr<XlsxWriter>> create(const QString& path, QList<XlsxColumn> columns,
                                                      XlsxOptions options);

    // One row; values by column: Text → QString (empty → blank cell), Integer → qint64 (or a
    // double), Money → qint64 rials shown "#,##0", Percent → 0..100 written as value/100 shown
    // "0.0%", Date → QDate shown "yyyy-mm-dd" (null → blank), Flag → bool written as 1/0. A null
    // QVariant is a blank cell; a QString in a non-Text column is written as text (Jalali dates
    // the caller formatted). After an error the writer is spent: close() reports it again.
    Status writeRow(const QVariantList& values);

    // Finishes the workbook and renames it over the target; must be called: the destructor
    // discards the temporary file.
    Status close();

    ~XlsxWriter();
    XlsxWriter(const XlsxWriter&) = delete;
    XlsxWriter& operator=(const XlsxWriter&) = delete;

private:
    XlsxWriter(QString path, QString tempPath, QList<XlsxColumn> columns);

    Status start(const XlsxOptions& options); // formats, column widths, the header row
    Status writeCell(int row, int column, const QVariant& value);
    Status writeText(int row, int column, const QString& text, lxw_format* format);
    Status writeNumber(int row, int column, double value, lxw_format* format);
    Status fail(const Error& error); // remembers the first error, returns it
    Error libraryError(int code) const;
    Status finish(); // closes the workbook and renames the temporary file
    void discard();  // frees the workbook and removes the temporary file

    QString m_path;
    QString m_tempPath;
    QByteArray m_tempDir; // libxlsxwriter's scratch files go there
    QList<XlsxColumn> m_columns;
    lxw_workbook* m_workbook = nullptr;
    lxw_worksheet* m_sheet = nullptr;
    lxw_format* m_headerFormat = nullptr;
    lxw_format* m_integerFormat = nullptr;
    lxw_format* m_moneyFormat = nullptr;
    lxw_format* m_percentFormat = nullptr;
    lxw_format* m_dateFormat = nullptr;
    int m_lastRow = 0; // 0-based; the header is row 0
    std::optional<Error> m_failure;
};

} // namespace ehya::io
