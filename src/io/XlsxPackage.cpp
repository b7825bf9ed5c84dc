#include "XlsxPackage.h"
#include "IoText.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QXmlStreamReader>

#include <unzip.h>

#include <cstring>
#include <functional>

using namespace Qt::StringLiterals;

namespace ehya::io::xlsx {

namespace {

constexpr qint64 chunkBytes = 64 * 1024;

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

Error damaged(const QString& fileName, const QString& sentence)
{
    return Error{
        Error::Kind::Invalid,
        QStringLiteral("%1: %2").arg(fileName, IoText::tr("the workbook is damaged: %1").arg(sentence))};
}

Error tooLarge(const QString& fileName, const QString& entry, qint64 maxBytes)
{
    return Error{
        Error::Kind::Invalid,
        QStringLiteral("%1: %2").arg(fileName, IoText::tr("%1 in the workbook is too large (more than %2 "
                                                          "bytes); it is not read")
                                                   .arg(entry, QString::number(maxBytes)))};
}

// Streams the XML of `entry`; `onStart` is called at every start element and may read on.
Status readXml(ZipArchive& zip, const QString& entry, qint64 maxBytes, qint64 maxTextRun,
               const std::function<Status(QXmlStreamReader&)>& onStart)
{
    auto device = zip.openEntry(entry, maxBytes, maxTextRun);
    if (!device)
        return device.error();
    QXmlStreamReader xml(device->get());
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (auto status = onStart(xml); !status)
                return status;
        }
    }
    if (xml.hasError())
        return xmlError(xml, **device, zip.fileName(), entry);
    return (*device)->finish();
}

// A relationship's target as an entry name: relative to xl/ unless it starts with '/'.
QString resolveTarget(const QString& target)
{
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.mid(1));
    return QDir::cleanPath(QStringLiteral("xl/") + target);
}

struct Relationship
{
    QString type; // the last part of the type URI: "worksheet", "sharedStrings", "styles", …
    QString target;
};

Result<QHash<QString, Relationship>> readRelationships(ZipArchive& zip, const XlsxLimits& limits)
{
    QHash<QString, Relationship> byId;
    const QString entry = QStringLiteral("xl/_rels/workbook.xml.rels");
    if (!zip.contains(entry))
        return byId;
    auto status = readXml(zip, entry, limits.maxPartBytes, limits.maxPartBytes, [&](QXmlStreamReader& xml) {
        const auto attributes = xml.attributes();
        if (xml.name() == u"Relationship" && attributes.value("TargetMode"_L1) != u"External") {
            const QString type = attributes.value("Type"_L1).toString();
            byId.insert(attributes.value("Id"_L1).toString(),
                        {type.mid(type.lastIndexOf(u'/') + 1),
                         resolveTarget(attributes.value("Target"_L1).toString())});
        }
        return Status();
    });
    if (!status)
        return status.error();
    return byId;
}

// The relationship id of every <sheet>, in order, and the date system.
Status readWorkbookXml(ZipArchive& zip, const XlsxLimits& limits, QStringList& sheetIds, bool& date1904)
{
    return readXml(zip, QStringLiteral("xl/workbook.xml"), limits.maxPartBytes, limits.maxPartBytes,
                   [&](QXmlStreamReader& xml) {
                       const auto attributes = xml.attributes();
                       if (xml.name() == u"workbookPr") {
                           const auto value = attributes.value("date1904"_L1);
                           date1904 = value == u"1" || value == u"true";
                       } else if (xml.name() == u"sheet") {
                           for (const auto& attribute : attributes) {
                               if (attribute.name() == u"id" && !attribute.namespaceUri().isEmpty())
                                   sheetIds << attribute.value().toString();
                           }
                       }
                       return Status();
                   });
}

QString firstOfType(const QHash<QString, Relationship>& relationships, const QString& type)
{
    for (auto it = relationships.cbegin(); it != relationships.cend(); ++it) {
        if (it->type == type)
            return it->target;
    }
    return {};
}

} // namespace

ZipEntry::ZipEntry(void* zip, QString fileName, QString entry, qint64 maxBytes, qint64 maxTextRun)
    : m_zip(zip), m_fileName(std::move(fileName)), m_entry(std::move(entry)), m_maxBytes(maxBytes),
      m_maxTextRun(maxTextRun)
{
}

ZipEntry::~ZipEntry()
{
    if (m_open)
        unzCloseCurrentFile(m_zip);
}

void ZipEntry::trackTextRun(const char* data, qint64 size)
{
    const char* end = data + size;
    const auto* first = static_cast<const char*>(std::memchr(data, '<', size_t(size)));
    if (!first) {
        m_textRun += size;
    } else if (m_maxTextRun >= chunkBytes) { // no run inside one chunk can be too long: its ends will do
        m_textRun += first - data;
        m_textRunTooLong |= m_textRun > m_maxTextRun;
        const char* last = end - 1;
        while (*last != '<') // stops at `first` at the latest
            --last;
        m_textRun = end - last - 1;
    } else {
        for (const char* p = data; p < end;) {
            const auto* open = static_cast<const char*>(std::memchr(p, '<', size_t(end - p)));
            m_textRun += (open ? open : end) - p;
            m_textRunTooLong |= m_textRun > m_maxTextRun;
            if (!open)
                return;
            m_textRun = 0;
            p = open + 1;
        }
        return;
    }
    m_textRunTooLong |= m_textRun > m_maxTextRun;
}

qint64 ZipEntry::readData(char* data, qint64 maxSize)
{
    if (m_failure || !m_open)
        return -1;
    const int got = unzReadCurrentFile(m_zip, data, unsigned(std::min(maxSize, chunkBytes)));
    if (got < 0) {
        const QString sentence =
            IoText::tr("%1 cannot be read (error %2)").arg(m_entry, QString::number(got));
        m_failure = got == UNZ_ERRNO
                        ? Error{Error::Kind::Io, QStringLiteral("%1: %2").arg(m_fileName, sentence)}
                        : damaged(m_fileName, sentence);
        return -1;
    }
    m_read += got;
    trackTextRun(data, got);
    if (m_read > m_maxBytes) {
        m_failure = tooLarge(m_fileName, m_entry, m_maxBytes);
        return -1;
    }
    if (m_textRunTooLong) {
        m_failure =
            Error{Error::Kind::Invalid,
                  QStringLiteral("%1: %2").arg(m_fileName, IoText::tr("%1 holds a text longer than %2 bytes; "
                                                                      "it is not read")
                                                               .arg(m_entry, QString::number(m_maxTextRun)))};
        return -1;
    }
    return got;
}

Status ZipEntry::finish()
{
    char rest[4096];
    while (readData(rest, sizeof rest) > 0) {
    }
    if (m_failure)
        return *m_failure;
    m_open = false;
    if (unzCloseCurrentFile(m_zip) == UNZ_CRCERROR)
        return damaged(m_fileName, IoText::tr("the checksum of %1 does not match its data").arg(m_entry));
    return {};
}

Result<std::unique_ptr<ZipArchive>> ZipArchive::open(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return Error{Error::Kind::NotFound, QStringLiteral("%1: %2").arg(path, IoText::tr("no such file"))};
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Io, QStringLiteral("%1: %2").arg(path, file.errorString())};
    const bool zipStart = file.read(4) == QByteArrayLiteral("PK\x03\x04");
    file.close();
    void* zip = unzOpen64(QFile::encodeName(path).constData());
    if (!zip)
        return notXlsx(path, zipStart ? IoText::tr("it is a damaged or cut-short zip archive")
                                      : IoText::tr("it is not a zip archive"));
    return std::unique_ptr<ZipArchive>(new ZipArchive(zip, path));
}

ZipArchive::~ZipArchive()
{
    unzClose(m_zip);
}

bool ZipArchive::contains(const QString& entry) const
{
    return unzLocateFile(m_zip, entry.toUtf8().constData(), 2 /* case-insensitive, as OPC */) == UNZ_OK;
}

Result<std::unique_ptr<ZipEntry>> ZipArchive::openEntry(const QString& entry, qint64 maxBytes,
                                                        qint64 maxTextRun)
{
    if (!contains(entry))
        return notXlsx(m_fileName, IoText::tr("it has no %1").arg(entry));
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK ||
        unzOpenCurrentFile(m_zip) != UNZ_OK)
        return damaged(m_fileName, IoText::tr("%1 cannot be opened").arg(entry));
    auto device = std::make_unique<ZipEntry>(m_zip, m_fileName, entry, maxBytes, maxTextRun);
    if (info.uncompressed_size > quint64(maxBytes)) // what the directory says; reading counts as well
        return tooLarge(m_fileName, entry, maxBytes);
    device->open(QIODevice::ReadOnly);
    return device;
}

Result<Workbook> readWorkbook(ZipArchive& zip, const XlsxLimits& limits)
{
    Workbook book;
    const QString firstSheet = QStringLiteral("xl/worksheets/sheet1.xml");
    QHash<QString, Relationship> relationships;
    if (zip.contains(QStringLiteral("xl/workbook.xml"))) {
        QStringList sheetIds;
        if (auto status = readWorkbookXml(zip, limits, sheetIds, book.date1904); !status)
            return status.error();
        auto read = readRelationships(zip, limits);
        if (!read)
            return read.error();
        relationships = *read;
        for (const QString& id : std::as_const(sheetIds)) {
            const auto it = relationships.constFind(id);
            if (it != relationships.cend() && it->type == u"worksheet" && zip.contains(it->target)) {
                book.sheet = it->target;
                break;
            }
        }
    } else if (!zip.contains(firstSheet)) {
        return notXlsx(zip.fileName(), IoText::tr("it has no %1").arg(QStringLiteral("xl/workbook.xml")));
    }
    if (book.sheet.isEmpty() && zip.contains(firstSheet))
        book.sheet = firstSheet;
    if (book.sheet.isEmpty())
        return notXlsx(zip.fileName(), IoText::tr("it has no worksheet"));
    const auto part = [&](const QString& type, const QString& fallback) {
        const QString target = firstOfType(relationships, type);
        return zip.contains(target) ? target : zip.contains(fallback) ? fallback : QString();
    };
    book.sharedStrings = part(QStringLiteral("sharedStrings"), QStringLiteral("xl/sharedStrings.xml"));
    book.styles = part(QStringLiteral("styles"), QStringLiteral("xl/styles.xml"));
    return book;
}

Result<QList<NumberKind>> readCellStyles(ZipArchive& zip, const QString& entry, const XlsxLimits& limits)
{
    QHash<int, QString> codes;
    QList<int> formatIds;
    auto status = readXml(zip, entry, limits.maxPartBytes, limits.maxPartBytes, [&](QXmlStreamReader& xml) {
        if (xml.name() == u"numFmt") {
            codes.insert(xml.attributes().value("numFmtId"_L1).toInt(),
                         xml.attributes().value("formatCode"_L1).toString());
        } else if (xml.name() == u"cellXfs") {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"xf")
                    formatIds << xml.attributes().value("numFmtId"_L1).toInt();
                xml.skipCurrentElement();
            }
        }
        return Status();
    });
    if (!status)
        return status.error();
    QList<NumberKind> kinds;
    kinds.reserve(formatIds.size());
    for (const int id : std::as_const(formatIds))
        kinds << kindOfFormat(id, codes.value(id));
    return kinds;
}

Result<QStringList> readSharedStrings(ZipArchive& zip, const QString& entry, const XlsxLimits& limits)
{
    QStringList strings;
    const auto tooLong = [&] {
        return Error{Error::Kind::Invalid, QStringLiteral("%1: %2").arg(
                                               zip.fileName(), IoText::tr("a text in the workbook is longer "
                                                                          "than %1 characters")
                                                                   .arg(limits.maxCellChars))};
    };
    // <si> holds <t>, or rich-text runs <r><t>…</t></r>; phonetic runs <rPh> are not the text.
    std::function<Status(QXmlStreamReader&, QString&)> collect = [&](QXmlStreamReader& xml, QString& text) {
        while (xml.readNextStartElement()) {
            if (xml.name() == u"t")
                text += xml.readElementText();
            else if (xml.name() == u"r") {
                if (auto status = collect(xml, text); !status)
                    return status;
            } else
                xml.skipCurrentElement();
            if (text.size() > limits.maxCellChars)
                return Status(tooLong());
        }
        return Status();
    };
    auto status = readXml(zip, entry, limits.maxSharedStringsBytes, qint64(limits.maxCellChars) * 4,
                          [&](QXmlStreamReader& xml) {
                              if (xml.name() != u"si")
                                  return Status();
                              QString text;
                              if (auto read = collect(xml, text); !read)
                                  return read;
                              strings << decodeEscapes(text);
                              return Status();
                          });
    if (!status)
        return status.error();
    return strings;
}

NumberKind kindOfFormat(int id, const QString& code)
{
    if (code.isEmpty()) {
        if (id == 9 || id == 10)
            return NumberKind::Percent;
        if ((id >= 14 && id <= 17) || id == 22)
            return NumberKind::Date;
        return NumberKind::Plain; // including the time-only formats 18–21 and 45–47
    }
    QString bare; // the code without quoted text, [colours and locales], escaped and padding characters
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == u'"') {
            const qsizetype close = code.indexOf(u'"', i + 1);
            i = close < 0 ? code.size() : close;
        } else if (c == u'[') {
            const qsizetype close = code.indexOf(u']', i + 1);
            i = close < 0 ? code.size() : close;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else {
            bare += c.toLower();
        }
    }
    if (bare.contains(u'%'))
        return NumberKind::Percent;
    const bool day = bare.contains(u'd') || bare.contains(u'y');
    const bool time = bare.contains(u'h') || bare.contains(u's');
    if (day || (bare.contains(u'm') && !time)) // m alone is a month; next to h or s, minutes
        return NumberKind::Date;
    return NumberKind::Plain;
}

QString decodeEscapes(const QString& text)
{
    if (!text.contains(u"_x"))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto hex = [&](qsizetype at) { return isHexDigit(text.at(at)); };
        if (text.at(i) == u'_' && i + 6 < text.size() && text.at(i + 1) == u'x' && text.at(i + 6) == u'_' &&
            hex(i + 2) && hex(i + 3) && hex(i + 4) && hex(i + 5)) {
            out += QChar(char16_t(QStringView(text).mid(i + 2, 4).toUInt(nullptr, 16)));
            i += 6;
            continue;
        }
        out += text.at(i);
    }
    return out;
}

Error xmlError(const QXmlStreamReader& xml, const ZipEntry& entry, const QString& fileName,
               const QString& entryName)
{
    if (entry.failure())
        return *entry.failure();
    return damaged(fileName, IoText::tr("%1 is not well-formed XML (%2, line %3)")
                                 .arg(entryName, xml.errorString(), QString::number(xml.lineNumber())));
}

Error notXlsx(const QString& fileName, const QString& why)
{
    return Error{
        Error::Kind::Invalid,
        QStringLiteral("%1: %2").arg(fileName, IoText::tr("this is not an XLSX workbook (%1)").arg(why))};
}

} // namespace ehya::io::xlsx
