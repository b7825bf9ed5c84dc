#include "CsvWriter.h"
#include "IoText.h"

#include <QSaveFile>

namespace ehya::io {

CsvWriter::CsvWriter(QIODevice& device, QList<bool> freeText, CsvWriteOptions options)
    : m_device(device), m_freeText(std::move(freeText)), m_options(options)
{
}

QString CsvWriter::field(const QString& cell, bool freeText, bool neutralise)
{
    QString text = cell;
    if (freeText && neutralise && !text.isEmpty()) {
        const QChar first = text.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
            first == u'\r' || first == u'\n')
            text.prepend(u'\'');
    }
    const bool quote = text.contains(u',') || text.contains(u'"') || text.contains(u'\n') ||
                       text.contains(u'\r') || text.contains(u';') || text.startsWith(u' ') ||
                       text.endsWith(u' ');
    if (!quote)
        return text;
    text.replace(u'"', QStringLiteral("\"\""));
    return u'"' + text + u'"';
}

void CsvWriter::start()
{
    if (!m_started && m_options.bom)
        m_failed |= m_device.write("\xEF\xBB\xBF", 3) != 3;
    m_started = true;
}

void CsvWriter::writeHeader(const QStringList& keys)
{
    start();
    QStringList cells;
    for (const QString& key : keys)
        cells << field(key, false, false);
    const QByteArray line = cells.join(u',').toUtf8() + "\r\n";
    m_failed |= m_device.write(line) != line.size();
}

void CsvWriter::writeRow(const QStringList& cells)
{
    start();
    m_line.clear();
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_line += ',';
        const QString& cell = cells[i];
        const bool freeText = i < m_freeText.size() && m_freeText[i];
        // Most cells need neither quotes nor an apostrophe: one scan decides, then UTF-8 as is.
        bool plain = !(freeText && m_options.neutralise && !cell.isEmpty()) ||
                     !QStringView(u"=+-@\t\r\n").contains(cell.front());
        if (plain && !cell.isEmpty())
            plain = cell.front() != u' ' && cell.back() != u' ';
        for (qsizetype k = 0; plain && k < cell.size(); ++k) {
            const char16_t c = cell[k].unicode();
            plain = !(c == u',' || c == u'"' || c == u'\n' || c == u'\r' || c == u';');
        }
        m_line += (plain ? cell : field(cell, freeText, m_options.neutralise)).toUtf8();
    }
    m_line += "\r\n";
    m_failed |= m_device.write(m_line) != m_line.size();
}

bool CsvWriter::ok() const
{
    return !m_failed;
}

Status writeFileAtomically(const QString& path, const QByteArray& data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Error::Kind::Io, IoText::tr("Cannot write %1: %2").arg(path, file.errorString())};
    if (file.write(data) != data.size() || !file.commit())
        return Error{
            Error::Kind::Io,
            IoText::tr("Writing %1 failed: %2; the file was left as it was.").arg(path, file.errorString())};
    return {};
}

} // namespace ehya::io
