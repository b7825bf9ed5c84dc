#include "XlsxReader.h"
#include "IoText.h"
#include "XlsxPackage.h"

#include <QDate>
#include <QLocale>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ehya::io {

using namespace xlsx;

namespace {

constexpr int maxRows = 1048576;
constexpr int maxColumns = 16384; // XFD

struct Cell
{
    int column = 0; // 1-based
    QString text;
    bool blank = false; // nothing but white space
};

// The t="" of a cell.
enum class CellType { Number, Shared, Inline, Formula, Boolean, Failure, IsoDate };

CellType cellType(QStringView type)
{
    if (type.isEmpty() || type == u"n")
        return CellType::Number;
    if (type == u"s")
        return CellType::Shared;
    if (type == u"str")
        return CellType::Formula;
    if (type == u"b")
        return CellType::Boolean;
    if (type == u"e")
        return CellType::Failure;
    if (type == u"d")
        return CellType::IsoDate;
    return CellType::Inline; // "inlineStr", and what is unknown is read as text
}

// "C12" → 3; 0 when it is not a cell reference.
int columnOf(QStringView reference)
{
    const char16_t* p = reference.utf16();
    const char16_t* end = p + reference.size();
    int column = 0, letters = 0;
    for (; p < end && ((*p >= u'A' && *p <= u'Z') || (*p >= u'a' && *p <= u'z')); ++p, ++letters)
        column = column * 26 + ((*p & ~0x20) - u'A' + 1);
    if (letters == 0 || letters > 3 || column > maxColumns || p == end)
        return 0;
    for (; p < end; ++p) {
        if (*p < u'0' || *p > u'9')
            return 0;
    }
    return column;
}

// The shortest text that reads back as `value`; whole numbers without an exponent up to 1e18.
QString plainNumber(double value)
{
    if (value == std::trunc(value) && std::abs(value) < 1e18)
        return QString::number(qint64(value));
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

// An Excel serial day as an ISO date; 1900 system (with its phantom 29 February) or 1904 system.
QString serialDate(double serial, bool date1904)
{
    const double days = std::floor(serial + 0.5 / 86400000); // a time a half millisecond before midnight
    if (days < 0 || days > 2958465)                          // past 9999-12-31
        return plainNumber(serial);
    const QDate base = date1904 ? QDate(1904, 1, 1) : days < 60 ? QDate(1899, 12, 31) : QDate(1899, 12, 30);
    return base.addDays(qint64(days)).toString(Qt::ISODate);
}

QString numberText(double value, NumberKind kind, bool date1904)
{
    switch (kind) {
    case NumberKind::Date:
        return serialDate(value, date1904);
    case NumberKind::Percent: // ×100 adds binary noise (0.07 × 100 = 7.000000000000001): 15 digits
        return plainNumber(QString::number(value * 100, 'g', 15).toDouble());
    case NumberKind::Plain:
        break;
    }
    return plainNumber(value);
}

class XlsxSource final : public TableSource
{
public:
    XlsxSource(std::unique_ptr<ZipArchive> zip, std::unique_ptr<ZipEntry> sheet, QString entry,
               QStringList strings, QList<NumberKind> styles, bool date1904, XlsxLimits limits)
        : m_zip(std::move(zip)), m_sheet(std::move(sheet)), m_entry(std::move(entry)),
          m_fileName(m_zip->fileName()), m_strings(std::move(strings)), m_styles(std::move(styles)),
          m_date1904(date1904), m_limits(limits), m_xml(m_sheet.get())
    {
    }

    const QStringList& header() const override { return m_header; }
    Result<bool> next(SourceRow& row) override;
    Status readHeader();

private:
    Result<bool> readRow(); // the next <row> into m_cells; false after the last one
    Status readCells();     // the cells of the <row> just started, up to its end
    Status startCell(int& column);
    Status endCell();
    Result<QString> cellText(QStringView value) const;
    Error located(const QString& sentence) const
    {
        return locatedError(m_fileName, m_line, m_column, sentence);
    }
    Error tooLong() const;
    Error xmlFailure() const;

    std::unique_ptr<ZipArchive> m_zip;
    std::unique_ptr<ZipEntry> m_sheet;
    QString m_entry;
    QString m_fileName;
    QStringList m_strings;
    QList<NumberKind> m_styles;
    bool m_date1904 = false;
    XlsxLimits m_limits;
    QXmlStreamReader m_xml;
    QStringList m_header;
    QList<Cell> m_cells; // the non-empty cells of the row read last
    int m_line = 0;      // the sheet row being read
    int m_column = 0;    // the cell being read, its type, style and value
    CellType m_type = CellType::Number;
    int m_style = 0;
    QString m_value;
    bool m_done = false;
};

Error XlsxSource::tooLong() const
{
    return located(IoText::tr("the cell is longer than %1 characters").arg(m_limits.maxCellChars));
}

Error XlsxSource::xmlFailure() const
{
    return m_sheet->textRunTooLong() ? tooLong() : xmlError(m_xml, *m_sheet, m_fileName, m_entry);
}

Result<bool> XlsxSource::readRow()
{
    m_cells.clear();
    while (!m_done) {
        m_xml.readNext();
        if (m_xml.hasError())
            return xmlFailure();
        if (m_xml.isEndDocument() || (m_xml.isEndElement() && m_xml.name() == u"sheetData")) {
            m_done = true;
            if (auto status = m_sheet->finish(); !status)
                return status.error();
        } else if (m_xml.isStartElement() && m_xml.name() == u"row") {
            const auto attributes = m_xml.attributes();
            const auto number = attributes.value("r"_L1);
            bool ok = number.isEmpty();
            const int r = ok ? m_line + 1 : number.toInt(&ok);
            m_column = 1;
            m_line = ok && r >= 1 && r <= maxRows ? r : m_line + 1;
            if (!ok || r < 1 || r > maxRows)
                return located(IoText::tr("the row number \"%1\" is not valid").arg(number.toString()));
            if (auto status = readCells(); !status)
                return status.error();
            return true;
        }
    }
    return false;
}

// Token by token, with no allocation but the texts kept: a sheet has millions of cells. The text of
// <v>, and of the <t> of <is> and its rich-text runs, is gathered; formulas and phonetic runs are
// skipped.
Status XlsxSource::readCells()
{
    // element names, made once (a sheet has millions of them)
    static constexpr QStringView cell = u"c", value = u"v", text = u"t", row = u"row", formula = u"f",
                                 phonetic = u"rPh", extension = u"extLst";
    int column = 0;
    bool inCell = false, gathering = false;
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        const QStringView name = m_xml.name();
        if (token == QXmlStreamReader::Characters) {
            if (gathering) {
                m_value += m_xml.text();
                if (m_value.size() > m_limits.maxCellChars)
                    return tooLong();
            }
        } else if (token == QXmlStreamReader::StartElement) {
            if (name == cell) {
                if (auto status = startCell(column); !status)
                    return status;
                inCell = true;
            } else if (inCell && (name == value || name == text)) {
                gathering = true;
            } else if (name == formula || name == phonetic || name == extension) {
                m_xml.skipCurrentElement();
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (name == value || name == text) {
                gathering = false;
            } else if (name == cell) {
                inCell = false;
                if (auto status = endCell(); !status)
                    return status;
            } else if (name == row) {
                return {};
            }
        }
    }
    return xmlFailure();
}

Status XlsxSource::startCell(int& column)
{
    const auto attributes = m_xml.attributes();
    const auto reference = attributes.value("r"_L1);
    m_column = reference.isEmpty() ? column + 1 : columnOf(reference);
    if (m_column == 0 || m_column > maxColumns) {
        m_column = column + 1;
        return located(IoText::tr("the cell reference \"%1\" is not valid").arg(reference.toString()));
    }
    column = m_column;
    m_type = cellType(attributes.value("t"_L1));
    m_style = attributes.value("s"_L1).toInt();
    m_value.resize(0); // keeps its capacity
    return {};
}

Status XlsxSource::endCell()
{
    auto text = cellText(m_value);
    if (!text)
        return text.error();
    if (!text->isEmpty())
        m_cells.append({m_column, *text, QStringView(*text).trimmed().isEmpty()});
    return {};
}

Result<QString> XlsxSource::cellText(QStringView value) const
{
    if (value.isEmpty()) // a styled blank cell
        return QString();
    switch (m_type) {
    case CellType::Shared: {
        bool ok = false;
        const qsizetype index = value.trimmed().toLongLong(&ok);
        if (!ok || index < 0 || index >= m_strings.size())
            return located(
                IoText::tr("the cell refers to shared text number %1, which the workbook does not have")
                    .arg(value.trimmed()));
        return m_strings.at(index);
    }
    case CellType::Inline:
    case CellType::Formula:
        return decodeEscapes(value.toString());
    case CellType::Boolean:
        return value.trimmed() == u"1" || value.trimmed() == u"true" ? QStringLiteral("1")
                                                                     : QStringLiteral("0");
    case CellType::Failure:
        return located(IoText::tr("the cell holds a spreadsheet error %1").arg(value.trimmed()));
    case CellType::IsoDate: { // strict OOXML
        const QDate date = QDate::fromString(value.left(10), Qt::ISODate);
        return date.isValid() ? date.toString(Qt::ISODate) : value.toString();
    }
    case CellType::Number:
        break;
    }
    if (value.trimmed().isEmpty())
        return QString();
    bool ok = false;
    const double number = value.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return located(IoText::tr("the cell should hold a number but holds \"%1\"").arg(value));
    return numberText(number, m_styles.value(m_style, NumberKind::Plain), m_date1904);
}

Status XlsxSource::readHeader()
{
    for (;;) { // empty rows before the header are skipped
        auto read = readRow();
        if (!read)
            return read.error();
        if (!*read)
            return Error{
                Error::Kind::Invalid,
                QStringLiteral("%1: %2").arg(m_fileName, IoText::tr("the sheet is empty; a header row was "
                                                                    "expected"))};
        if (std::any_of(m_cells.cbegin(), m_cells.cend(), [](const Cell& c) { return !c.blank; }))
            break;
    }
    QStringList names;
    for (const Cell& cell : std::as_const(m_cells)) {
        if (cell.blank)
            continue; // trailing empty header cells are dropped; others are caught below
        while (names.size() < cell.column)
            names.append(QString());
        names[cell.column - 1] = cell.text.trimmed();
    }
    for (int i = 0; i < names.size(); ++i) {
        if (names.at(i).isEmpty())
            return locatedError(m_fileName, m_line, i + 1, IoText::tr("the header has an empty column name"));
        if (names.indexOf(names.at(i)) != i)
            return locatedError(m_fileName, m_line, i + 1,
                                IoText::tr("the column \"%1\" appears twice in the header").arg(names.at(i)));
    }
    m_header = names;
    return {};
}

Result<bool> XlsxSource::next(SourceRow& row)
{
    const int width = int(m_header.size());
    for (;;) {
        auto read = readRow();
        if (!read || !*read)
            return read;
        int last = 0, firstExtra = 0;
        for (const Cell& cell : std::as_const(m_cells)) {
            if (cell.blank)
                continue;
            last = std::max(last, cell.column);
            if (cell.column > width && (firstExtra == 0 || cell.column < firstExtra))
                firstExtra = cell.column;
        }
        if (last == 0) // a row of empty or blank cells
            continue;
        if (firstExtra > 0)
            return locatedError(
                m_fileName, m_line, firstExtra,
                IoText::tr("this row has %1 fields but the header has %2").arg(last).arg(width));
        row.line = m_line;
        row.cells.fill(QString(), width);
        for (Cell& cell : m_cells) {
            if (cell.column <= width) // blank cells may lie beyond the header
                row.cells[cell.column - 1] = std::move(cell.text);
        }
        return true;
    }
}

} // namespace

Result<std::unique_ptr<TableSource>> openXlsx(const QString& path, XlsxLimits limits)
{
    auto zip = ZipArchive::open(path);
    if (!zip)
        return zip.error();
    const auto book = readWorkbook(**zip, limits);
    if (!book)
        return book.error();
    QList<NumberKind> styles;
    if (!book->styles.isEmpty()) {
        auto read = readCellStyles(**zip, book->styles, limits);
        if (!read)
            return read.error();
        styles = *read;
    }
    QStringList strings;
    if (!book->sharedStrings.isEmpty()) {
        auto read = readSharedStrings(**zip, book->sharedStrings, limits);
        if (!read)
            return read.error();
        strings = std::move(*read);
    }
    auto sheet = (*zip)->openEntry(book->sheet, limits.maxSheetBytes, qint64(limits.maxCellChars) * 4);
    if (!sheet)
        return sheet.error();
    auto source = std::make_unique<XlsxSource>(std::move(*zip), std::move(*sheet), book->sheet,
                                               std::move(strings), std::move(styles), book->date1904, limits);
    if (auto status = source->readHeader(); !status)
        return status.error();
    return std::unique_ptr<TableSource>(std::move(source));
}

} // namespace ehya::io
