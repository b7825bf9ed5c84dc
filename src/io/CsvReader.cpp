#include "CsvReader.h"
#include "IoText.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>

namespace ehya::io {

namespace {

Error invalid(const QString& fileName, int line, int column, const QString& message)
{
    return Error{Error::Kind::Invalid,
                 QStringLiteral("%1:%2:%3: %4")
                     .arg(fileName, QString::number(line), QString::number(column), message)};
}

// The delimiter is the one of ',', ';', '\t' found most often outside quotes on the header line;
// comma on a tie or when the header has a single column.
QChar detectDelimiter(const QString& text)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && (c == u'\n' || c == u'\r')) {
            break;
        } else if (!quoted) {
            comma += c == u',';
            semicolon += c == u';';
            tab += c == u'\t';
        }
    }
    if (semicolon > comma && semicolon >= tab)
        return u';';
    if (tab > comma && tab > semicolon)
        return u'\t';
    return u',';
}

// One pass over the text: RFC 4180 fields, quoted fields may hold delimiters, doubled quotes and
// line breaks. Line breaks are CRLF, LF or a lone CR; inside a quoted field they become "\n".
class Parser
{
public:
    Parser(const QString& text, QChar delimiter, const QString& fileName)
        : m_text(text), m_delimiter(delimiter), m_fileName(fileName)
    {
    }

    Result<CsvTable> run()
    {
        CsvTable table;
        QStringList row;
        QString field;
        int rowLine = 1;
        bool quoted = false;     // inside a quoted field
        bool wasQuoted = false;  // the current field was quoted and its closing quote is behind
        bool rowStarted = false; // anything (even an empty field) was read on this row
        int quoteLine = 0;
        const qsizetype n = m_text.size();
        for (qsizetype i = 0; i < n; ++i) {
            const QChar c = m_text.at(i);
            if (quoted) {
                if (c == u'"') {
                    if (i + 1 < n && m_text.at(i + 1) == u'"') {
                        field += u'"';
                        ++i;
                    } else {
                        quoted = false;
                        wasQuoted = true;
                    }
                } else if (c == u'\r' || c == u'\n') {
                    if (c == u'\r' && i + 1 < n && m_text.at(i + 1) == u'\n')
                        ++i;
                    field += u'\n';
                    ++m_line;
                } else {
                    field += c;
                }
                continue;
            }
            if (c == m_delimiter) {
                row.append(field);
                field.clear();
                wasQuoted = false;
                rowStarted = true;
            } else if (c == u'\r' || c == u'\n') {
                if (c == u'\r' && i + 1 < n && m_text.at(i + 1) == u'\n')
                    ++i;
                if (rowStarted || !field.isEmpty() || wasQuoted) {
                    row.append(field);
                    if (auto status = addRow(table, row, rowLine); !status)
                        return status.error();
                }
                row.clear();
                field.clear();
                wasQuoted = false;
                rowStarted = false;
                ++m_line;
                rowLine = m_line;
            } else if (c == u'"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                rowStarted = true;
                quoteLine = m_line;
                m_quoteColumn = int(row.size()) + 1;
            } else if (wasQuoted) {
                return invalid(m_fileName, m_line, int(row.size()) + 1,
                               IoText::tr("unexpected text after the closing quote of a quoted field"));
            } else {
                field += c; // a quote inside an unquoted field is kept as typed (5" pipe)
                rowStarted = true;
            }
        }
        if (quoted)
            return invalid(m_fileName, quoteLine, m_quoteColumn, IoText::tr("unterminated quote"));
        if (rowStarted || !field.isEmpty() || wasQuoted) {
            row.append(field);
            if (auto status = addRow(table, row, rowLine); !status)
                return status.error();
        }
        if (table.header.isEmpty())
            return Error{Error::Kind::Invalid,
                         QStringLiteral("%1: %2").arg(
                             m_fileName, IoText::tr("the file is empty; a header row was expected"))};
        return table;
    }

private:
    Status addRow(CsvTable& table, QStringList& row, int line)
    {
        if (table.header.isEmpty()) {
            for (QString& name : row)
                name = name.trimmed();
            for (int i = 0; i < row.size(); ++i) {
                if (row.at(i).isEmpty())
                    return invalid(m_fileName, line, i + 1,
                                   IoText::tr("the header has an empty column name"));
                if (row.indexOf(row.at(i)) != i)
                    return invalid(
                        m_fileName, line, i + 1,
                        IoText::tr("the column \"%1\" appears twice in the header").arg(row.at(i)));
            }
            table.header = row;
            return {};
        }
        // Rows with nothing in them (",,,", a spreadsheet's empty lines) are skipped.
        if (std::all_of(row.cbegin(), row.cend(), [](const QString& f) { return f.trimmed().isEmpty(); }))
            return {};
        const qsizetype width = table.header.size();
        // Extra trailing empty fields (a spreadsheet's trailing delimiters) are dropped; other
        // extra fields are an error. Missing trailing fields are read as empty.
        while (row.size() > width && row.last().isEmpty())
            row.removeLast();
        if (row.size() > width)
            return invalid(
                m_fileName, line, int(width) + 1,
                IoText::tr("this row has %1 fields but the header has %2").arg(row.size()).arg(width));
        while (row.size() < width)
            row.append(QString());
        table.rows.append(row);
        table.rowLines.append(line);
        return {};
    }

    const QString& m_text;
    QChar m_delimiter;
    const QString& m_fileName;
    int m_line = 1;
    int m_quoteColumn = 0;
};

} // namespace

Result<CsvTable> readCsv(QIODevice& device, const QString& fileName)
{
    if (!device.isOpen() && !device.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Io, QStringLiteral("%1: %2").arg(fileName, device.errorString())};
    const QByteArray bytes = device.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(bytes);
    if (decoder.hasError())
        return Error{Error::Kind::Invalid, QStringLiteral("%1: %2").arg(
                                               fileName, IoText::tr("the file is not UTF-8 text; save it as "
                                                                    "\"CSV UTF-8\" and try again"))};
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return Parser(text, detectDelimiter(text), fileName).run();
}

Result<CsvTable> readCsvFile(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return Error{Error::Kind::NotFound, QStringLiteral("%1: %2").arg(path, IoText::tr("no such file"))};
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Io, QStringLiteral("%1: %2").arg(path, file.errorString())};
    return readCsv(file, path);
}

} // namespace ehya::io
