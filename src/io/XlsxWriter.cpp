#include "XlsxWriter.h"
#include "IoText.h"
#include "TableSource.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <system_error>

namespace ehya::io {

namespace {

constexpr qsizetype maxCellChars = 32767; // Excel's limit, in UTF-16 code units

double widthOf(const XlsxColumn& column)
{
    if (column.width > 0)
        return column.width;
    double byKind = 28;
    switch (column.kind) {
    case XlsxKind::Text:
        break;
    case XlsxKind::Integer:
        byKind = 12;
        break;
    case XlsxKind::Money:
        byKind = 20;
        break;
    case XlsxKind::Percent:
    case XlsxKind::Flag:
        byKind = 10;
        break;
    case XlsxKind::Date:
        byKind = 12;
        break;
    }
    return std::max(byKind, std::min(50.0, double(column.header.size()) * 1.2 + 2));
}

lxw_format* numberFormat(lxw_workbook* workbook, const char* code)
{
    lxw_format* format = workbook_add_format(workbook);
    if (format)
        format_set_num_format(format, code);
    return format;
}

// OOXML spells a character as _xHHHH_ in text. libxlsxwriter writes control characters so, but a
// literal "_x0041_" typed by a person would be read back as "A": its underscore is spelt _x005F_.
QString escapeLiteralEscapes(const QString& text)
{
    if (!text.contains(u"_x"))
        return text;
    static const QRegularExpression escape(QStringLiteral("_(x[0-9A-Fa-f]{4}_)"));
    QString out = text;
    return out.replace(escape, QStringLiteral("_x005F_\\1"));
}

// Renames `from` over `to`, replacing it in one step (rename(2); MoveFileEx on Windows).
std::error_code replaceFile(const QString& from, const QString& to)
{
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()),
                            std::filesystem::path(to.toStdU16String()), error);
    return error;
}

} // namespace

XlsxWriter::XlsxWriter(QString path, QString tempPath, QList<XlsxColumn> columns)
    : m_path(std::move(path)), m_tempPath(std::move(tempPath)), m_columns(std::move(columns))
{
}

XlsxWriter::~XlsxWriter()
{
    discard();
}

Result<std::unique_ptr<XlsxWriter>> XlsxWriter::create(const QString& path, QList<XlsxColumn> columns,
                                                       XlsxOptions options)
{
    const QFileInfo target(path);
    QTemporaryFile temp(target.absolutePath() + QStringLiteral("/.") + target.fileName() +
                        QStringLiteral(".XXXXXX"));
    temp.setAutoRemove(false);
    if (!temp.open())
        return Error{Error::Kind::Io, IoText::tr("Cannot write %1: %2").arg(path, temp.errorString())};
    temp.close();
    std::unique_ptr<XlsxWriter> writer(new XlsxWriter(path, temp.fileName(), std::move(columns)));
    writer->m_tempDir = QFile::encodeName(target.absolutePath());
    lxw_workbook_options workbookOptions{};
    workbookOptions.constant_memory = LXW_TRUE;
    workbookOptions.tmpdir = writer->m_tempDir.data();
    writer->m_workbook =
        workbook_new_opt(QFile::encodeName(writer->m_tempPath).constData(), &workbookOptions);
    if (!writer->m_workbook)
        return writer->libraryError(LXW_ERROR_MEMORY_MALLOC_FAILED);
    if (auto status = writer->start(options); !status)
        return status.error(); // the destructor removes the temporary file
    return writer;
}

Status XlsxWriter::start(const XlsxOptions& options)
{
    const QByteArray name = options.sheetName.toUtf8();
    if (const lxw_error invalid = workbook_validate_sheet_name(m_workbook, name.constData()))
        return fail(libraryError(invalid));
    m_sheet = workbook_add_worksheet(m_workbook, name.constData());
    if (!m_sheet) // the name is valid: the scratch file of constant-memory mode could not be made
        return fail(libraryError(LXW_ERROR_CREATING_TMPFILE));
    m_headerFormat = workbook_add_format(m_workbook);
    m_integerFormat = numberFormat(m_workbook, "0");
    m_moneyFormat = numberFormat(m_workbook, "#,##0");
    m_percentFormat = numberFormat(m_workbook, "0.0%");
    m_dateFormat = numberFormat(m_workbook, "yyyy-mm-dd");
    if (!m_headerFormat || !m_integerFormat || !m_moneyFormat || !m_percentFormat || !m_dateFormat)
        return fail(libraryError(LXW_ERROR_MEMORY_MALLOC_FAILED));
    format_set_bold(m_headerFormat);
    format_set_pattern(m_headerFormat, LXW_PATTERN_SOLID);
    format_set_bg_color(m_headerFormat, 0xDDEBF7);
    format_set_bottom(m_headerFormat, LXW_BORDER_THIN);
    if (options.rightToLeft)
        worksheet_right_to_left(m_sheet);
    worksheet_freeze_panes(m_sheet, 1, 0);
    for (int column = 0; column < m_columns.size(); ++column) {
        const auto col = lxw_col_t(column);
        if (const lxw_error error =
                worksheet_set_column(m_sheet, col, col, widthOf(m_columns.at(column)), nullptr))
            return fail(libraryError(error));
        if (auto status = writeText(0, column, m_columns.at(column).header, m_headerFormat); !status)
            return status;
    }
    return {};
}

Status XlsxWriter::writeRow(const QVariantList& values)
{
    if (m_failure || !m_workbook)
        return m_failure ? Status(*m_failure) : Status(libraryError(LXW_ERROR_NULL_PARAMETER_IGNORED));
    const int row = m_lastRow + 1;
    if (row >= LXW_ROW_MAX)
        return fail(Error{Error::Kind::Invalid,
                          QStringLiteral("%1: %2").arg(m_path, IoText::tr("a sheet holds at most %1 rows; "
                                                                          "this export has more")
                                                                   .arg(LXW_ROW_MAX))});
    for (int column = 0; column < m_columns.size(); ++column) {
        if (auto status = writeCell(row, column, column < values.size() ? values.at(column) : QVariant());
            !status)
            return status;
    }
    m_lastRow = row;
    return {};
}

Status XlsxWriter::writeCell(int row, int column, const QVariant& value)
{
    const XlsxKind kind = m_columns.at(column).kind;
    if (!value.isValid() || value.isNull())
        return {};
    if (kind == XlsxKind::Text || value.typeId() == QMetaType::QString)
        return writeText(row, column, value.toString(), nullptr);
    if (kind == XlsxKind::Flag)
        return writeNumber(row, column, value.toBool() ? 1 : 0, nullptr);
    if (kind == XlsxKind::Date) {
        const QDate date = value.toDate();
        if (!date.isValid())
            return {};
        if (date.year() < 1900) // before Excel's calendar: kept as text
            return writeText(row, column, date.toString(Qt::ISODate), nullptr);
        lxw_datetime when{date.year(), date.month(), date.day(), 0, 0, 0};
        const lxw_error error =
            worksheet_write_datetime(m_sheet, lxw_row_t(row), lxw_col_t(column), &when, m_dateFormat);
        return error ? fail(libraryError(error)) : Status();
    }
    bool number = false;
    const double v = value.toDouble(&number);
    if (!number)
        return writeText(row, column, value.toString(), nullptr);
    switch (kind) {
    case XlsxKind::Money:
        return writeNumber(row, column, v, m_moneyFormat);
    case XlsxKind::Percent:
        // 74.9 / 100 is 0.7490000000000001 in binary; 15 digits store the 0.749 a person means
        return writeNumber(row, column, QString::number(v / 100, 'g', 15).toDouble(), m_percentFormat);
    default: // Integer; a fraction (a decimal the caller passed) keeps Excel's General format
        return writeNumber(row, column, v, v == std::trunc(v) ? m_integerFormat : nullptr);
    }
}

Status XlsxWriter::writeText(int row, int column, const QString& text, lxw_format* format)
{
    if (text.isEmpty())
        return {};
    if (text.size() > maxCellChars)
        return fail(locatedError(m_path, row + 1, column + 1,
                                 IoText::tr("the text has %1 characters; a spreadsheet cell holds at most %2")
                                     .arg(text.size())
                                     .arg(maxCellChars)));
    const QByteArray utf8 = escapeLiteralEscapes(text).toUtf8();
    const lxw_error error =
        worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(column), utf8.constData(), format);
    return error ? fail(libraryError(error)) : Status();
}

Status XlsxWriter::writeNumber(int row, int column, double value, lxw_format* format)
{
    const lxw_error error = worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(column), value, format);
    return error ? fail(libraryError(error)) : Status();
}

Status XlsxWriter::close()
{
    if (!m_workbook)
        return m_failure ? Status(*m_failure) : Status();
    if (m_failure) {
        discard();
        return *m_failure;
    }
    const bool singleCell = m_lastRow == 0 && m_columns.size() <= 1;
    if (!m_columns.isEmpty() && !singleCell) {
        // The row count is known only now; in constant-memory mode the filter range is kept aside
        // and written when the workbook is closed, so setting it last is sound.
        const lxw_error error =
            worksheet_autofilter(m_sheet, 0, 0, lxw_row_t(m_lastRow), lxw_col_t(m_columns.size() - 1));
        if (error) {
            const Status failed = fail(libraryError(error));
            discard();
            return failed;
        }
    }
    return finish();
}

Status XlsxWriter::finish()
{
    const lxw_error error = workbook_close(m_workbook); // frees the workbook in every case
    m_workbook = nullptr;
    m_sheet = nullptr;
    if (error) {
        QFile::remove(m_tempPath);
        m_tempPath.clear();
        return fail(libraryError(error));
    }
    const QFileDevice::Permissions permissions =
        QFile::exists(m_path) ? QFile::permissions(m_path)
                              : QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                                    QFileDevice::WriteUser | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    QFile::setPermissions(m_tempPath, permissions); // the temporary file was made private
    if (const std::error_code renamed = replaceFile(m_tempPath, m_path)) {
        QFile::remove(m_tempPath);
        m_tempPath.clear();
        return fail(Error{Error::Kind::Io, IoText::tr("Writing %1 failed: %2; the file was left as it was.")
                                               .arg(m_path, QString::fromStdString(renamed.message()))});
    }
    m_tempPath.clear(); // it is the target now
    return {};
}

Status XlsxWriter::fail(const Error& error)
{
    if (!m_failure)
        m_failure = error;
    return *m_failure;
}

Error XlsxWriter::libraryError(int code) const
{
    // The file system and zip errors come first in lxw_error; the rest are refused parameters.
    const Error::Kind kind = code <= LXW_ERROR_ZIP_CLOSE ? Error::Kind::Io : Error::Kind::Invalid;
    return Error{kind, IoText::tr("Writing %1 failed: %2; the file was left as it was.")
                           .arg(m_path, QString::fromUtf8(lxw_strerror(lxw_error(code))))};
}

void XlsxWriter::discard()
{
    if (m_workbook) {
        // lxw_workbook_free() (1.1.4) does not close the scratch file of constant-memory mode; it
        // is closed here, so that an abandoned export holds no descriptor or disk space.
        if (m_sheet && m_sheet->optimize_tmpfile) {
            std::fclose(m_sheet->optimize_tmpfile);
            m_sheet->optimize_tmpfile = nullptr;
            m_sheet->file = nullptr;
        }
        lxw_workbook_free(m_workbook);
        m_workbook = nullptr;
        m_sheet = nullptr;
    }
    if (!m_tempPath.isEmpty())
        QFile::remove(m_tempPath);
    m_tempPath.clear();
}

} // namespace ehya::io
