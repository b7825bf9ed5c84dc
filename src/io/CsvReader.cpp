#include "CsvReader.h"
#include "IoText.h"

#include <QBuffer>
#include <QFile>

#include <algorithm>

namespace ehya::io {

namespace {

// The one of ',', ';', '\t' found most often outside quotes on the first line; comma on a tie or
// when the header has a single column.
QChar detectDelimiter(QStringView text)
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

bool allEmpty(const QStringList& cells)
{
    return std::all_of(cells.cbegin(), cells.cend(), [](const QString& f) { return f.trimmed().isEmpty(); });
}

} // namespace

CsvSource::CsvSource(QIODevice& device, QString fileName, CsvLimits limits)
    : m_device(device), m_fileName(std::move(fileName)), m_limits(limits), m_decoder(m_fileName)
{
}

Result<std::unique_ptr<CsvSource>> CsvSource::open(QIODevice& device, const QString& fileName,
                                                   CsvLimits limits)
{
    if (!device.isOpen() && !device.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Io, QStringLiteral("%1: %2").arg(fileName, device.errorString())};
    std::unique_ptr<CsvSource> source(new CsvSource(device, fileName, limits));
    if (!device.isSequential())
        source->m_expectedSize = device.size() - device.pos();
    if (auto status = source->readHeader(); !status)
        return status.error();
    return source;
}

Result<std::unique_ptr<CsvSource>> CsvSource::openFile(const QString& path, CsvLimits limits)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->exists())
        return Error{Error::Kind::NotFound, QStringLiteral("%1: %2").arg(path, IoText::tr("no such file"))};
    if (!file->open(QIODevice::ReadOnly))
        return Error{Error::Kind::Io, QStringLiteral("%1: %2").arg(path, file->errorString())};
    auto source = open(*file, path, limits);
    if (source)
        (*source)->m_owned = std::move(file);
    return source;
}

double CsvSource::fractionRead() const
{
    if (m_expectedSize <= 0)
        return -1;
    // The bytes read so far, less the share of the last chunk not yet parsed.
    const qint64 unparsed = m_text.isEmpty()
                                ? 0
                                : qint64(double(m_text.size() - m_pos) / double(m_text.size()) *
                                         double(std::min<qint64>(m_bytesRead, m_limits.chunkBytes)));
    return std::clamp(double(m_bytesRead - unparsed) / double(m_expectedSize), 0.0, 1.0);
}

Result<bool> CsvSource::fill()
{
    if (m_eof)
        return false;
    QByteArray chunk(m_limits.chunkBytes, Qt::Uninitialized);
    const qint64 got = m_device.read(chunk.data(), chunk.size());
    if (got < 0)
        return Error{Error::Kind::Io,
                     QStringLiteral("%1:%2: %3")
                         .arg(m_fileName, QString::number(m_line),
                              IoText::tr("reading stopped: %1").arg(m_device.errorString()))};
    chunk.truncate(got);
    m_bytesRead += got;
    m_eof = got == 0;
    if (m_eof && m_expectedSize >= 0 && m_bytesRead != m_expectedSize)
        return Error{Error::Kind::Io, QStringLiteral("%1: %2").arg(
                                          m_fileName, IoText::tr("the file changed while it was being read "
                                                                 "(%1 of its %2 bytes were read)")
                                                          .arg(m_bytesRead)
                                                          .arg(m_expectedSize))};
    auto text = m_decoder.decode(chunk, m_eof);
    if (!text)
        return text.error();
    m_text += *text;
    return !m_eof || !text->isEmpty();
}

Result<bool> CsvSource::ensure(qsizetype count)
{
    while (m_text.size() - m_pos < count) {
        auto more = fill();
        if (!more)
            return more.error();
        if (!*more && m_eof)
            return false;
    }
    return true;
}

Error CsvSource::tooLong(int line, int column) const
{
    return locatedError(m_fileName, line, column,
                        IoText::tr("this field is longer than %1 characters or its row longer than %2; is "
                                   "this really a CSV file?")
                            .arg(m_limits.maxFieldChars)
                            .arg(m_limits.maxRecordChars));
}

Status CsvSource::readHeader()
{
    // Enough text to see the first line (and a "sep=" line) before choosing the delimiter.
    const auto headerLineSeen = [this] {
        const QString trimmed = m_text.trimmed();
        return trimmed.contains(u'\n') || trimmed.contains(u'\r');
    };
    while (!m_eof && !headerLineSeen() && m_text.size() <= m_limits.maxRecordChars) {
        if (auto more = fill(); !more)
            return more.error();
    }
    if (m_text.startsWith(QLatin1String("sep=")) && m_text.size() >= 5 &&
        (m_text.size() == 5 || m_text.at(5) == u'\r' || m_text.at(5) == u'\n')) {
        m_delimiter = m_text.at(4); // Excel's hint line, e.g. "sep=;"
        m_pos = 5;
        if (auto more = ensure(2); !more)
            return more.error();
        if (m_pos < m_text.size() && m_text.at(m_pos) == u'\r')
            ++m_pos;
        if (m_pos < m_text.size() && m_text.at(m_pos) == u'\n')
            ++m_pos;
        ++m_line;
    } else {
        qsizetype first = 0; // blank lines before the header do not count
        while (first < m_text.size() && (m_text.at(first) == u'\r' || m_text.at(first) == u'\n'))
            ++first;
        m_delimiter = detectDelimiter(QStringView(m_text).mid(first));
    }
    QStringList names;
    int line = 0;
    for (;;) { // blank lines before the header are skipped
        auto read = readRecord(names, line);
        if (!read)
            return read.error();
        if (!*read)
            return Error{Error::Kind::Invalid,
                         QStringLiteral("%1: %2").arg(
                             m_fileName, IoText::tr("the file is empty; a header row was expected"))};
        if (!allEmpty(names))
            break;
    }
    for (QString& name : names)
        name = name.trimmed();
    while (!names.isEmpty() && names.last().isEmpty()) // a spreadsheet's trailing delimiters
        names.removeLast();
    for (int i = 0; i < names.size(); ++i) {
        if (names.at(i).isEmpty())
            return locatedError(m_fileName, line, i + 1, IoText::tr("the header has an empty column name"));
        if (names.indexOf(names.at(i)) != i)
            return locatedError(m_fileName, line, i + 1,
                                IoText::tr("the column \"%1\" appears twice in the header").arg(names.at(i)));
    }
    m_header = names;
    return {};
}

Result<bool> CsvSource::next(SourceRow& row)
{
    for (;;) {
        auto read = readRecord(row.cells, row.line);
        if (!read || !*read)
            return read;
        if (allEmpty(row.cells)) // ",,,", a spreadsheet's empty lines
            continue;
        const qsizetype width = m_header.size();
        // Extra trailing empty fields (trailing delimiters) are dropped; other extra fields are an
        // error. Missing trailing fields are read as empty.
        while (row.cells.size() > width && row.cells.last().trimmed().isEmpty())
            row.cells.removeLast();
        if (row.cells.size() > width)
            return locatedError(
                m_fileName, row.line, int(width) + 1,
                IoText::tr("this row has %1 fields but the header has %2").arg(row.cells.size()).arg(width));
        while (row.cells.size() < width)
            row.cells.append(QString());
        return true;
    }
}

// One record from m_pos: RFC 4180 fields; a quoted field may hold delimiters, doubled quotes and
// line breaks (CRLF, LF or a lone CR; each becomes "\n"). Unquoted runs are copied in one piece.
Result<bool> CsvSource::readRecord(QStringList& fields, int& startLine)
{
    fields.clear();
    if (m_pos >= (qsizetype(1) << 20)) { // drop what was parsed, between records only
        m_text.remove(0, m_pos);
        m_pos = 0;
    }
    if (auto any = ensure(1); !any || !*any)
        return any;
    startLine = m_line;
    QString field;
    bool quoted = false, wasQuoted = false;
    int quoteLine = 0;
    qsizetype recordChars = 0;
    const auto grow = [&](qsizetype added) -> Status {
        recordChars += added;
        if (field.size() > m_limits.maxFieldChars || recordChars > m_limits.maxRecordChars)
            return tooLong(startLine, int(fields.size()) + 1);
        return {};
    };
    for (;;) {
        auto more = ensure(2); // a character and the one after it (CR LF, doubled quotes)
        if (!more)
            return more.error();
        if (m_pos >= m_text.size()) { // the end of the file
            if (quoted)
                return locatedError(m_fileName, quoteLine, int(fields.size()) + 1,
                                    IoText::tr("unterminated quote"));
            fields.append(field);
            return true;
        }
        const QChar* data = m_text.constData();
        const qsizetype n = m_text.size();
        const QChar c = data[m_pos];
        const bool lineBreak = c == u'\r' || c == u'\n';
        if (lineBreak) {
            m_pos += (c == u'\r' && m_pos + 1 < n && data[m_pos + 1] == u'\n') ? 2 : 1;
            ++m_line;
            if (!quoted) {
                fields.append(field);
                return true;
            }
            field += u'\n';
            if (auto ok = grow(1); !ok)
                return ok.error();
            continue;
        }
        if (quoted && c == u'"') {
            if (m_pos + 1 < n && data[m_pos + 1] == u'"') {
                field += u'"';
                m_pos += 2;
                if (auto ok = grow(1); !ok)
                    return ok.error();
            } else {
                quoted = false;
                wasQuoted = true;
                ++m_pos;
            }
            continue;
        }
        if (!quoted && c == m_delimiter) {
            fields.append(field);
            field.clear();
            wasQuoted = false;
            ++m_pos;
            continue;
        }
        if (!quoted && c == u'"' && field.isEmpty() && !wasQuoted) {
            quoted = true;
            quoteLine = m_line;
            ++m_pos;
            continue;
        }
        if (!quoted && wasQuoted)
            return locatedError(m_fileName, m_line, int(fields.size()) + 1,
                                IoText::tr("unexpected text after the closing quote of a quoted field"));
        // A run of ordinary characters (in an unquoted field a quote is kept as typed: 5" pipe).
        qsizetype j = m_pos + 1;
        while (j < n) {
            const QChar d = data[j];
            if (d == u'\r' || d == u'\n' || (quoted ? d == u'"' : d == m_delimiter))
                break;
            ++j;
        }
        field.append(data + m_pos, j - m_pos);
        const qsizetype added = j - m_pos;
        m_pos = j;
        if (auto ok = grow(added); !ok)
            return ok.error();
    }
}

Result<CsvTable> readCsv(QIODevice& device, const QString& fileName)
{
    auto source = CsvSource::open(device, fileName);
    if (!source)
        return source.error();
    CsvTable table;
    table.header = (*source)->header();
    SourceRow row;
    for (;;) {
        auto read = (*source)->next(row);
        if (!read)
            return read.error();
        if (!*read)
            return table;
        table.rows.append(row.cells);
        table.rowLines.append(row.line);
    }
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
