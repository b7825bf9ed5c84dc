#pragma once

#include "XlsxReader.h"
#include "core/Result.h"

#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QXmlStreamReader;

// The parts of an XLSX package the reader needs, out of its zip archive (minizip): one entry as a
// sequential QIODevice so that a sheet streams, the workbook's first worksheet, the number formats
// of the cell styles, the shared strings. Internal to XlsxReader.cpp.
namespace ehya::io::xlsx {

// One entry being read; the archive allows one at a time. Reading stops with an error past
// `maxBytes` (a zip bomb), on a run of more than `maxTextRun` bytes without markup (a cell the XML
// reader would hold whole), or when the data is damaged.
class ZipEntry final : public QIODevice
{
public:
    ZipEntry(void* zip, QString fileName, QString entry, qint64 maxBytes, qint64 maxTextRun);
    ~ZipEntry() override;

    bool isSequential() const override { return true; }
    const std::optional<Error>& failure() const { return m_failure; }
    bool textRunTooLong() const { return m_textRunTooLong; }
    // Reads what is left and checks the CRC; call at the end.
    Status finish();

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    void trackTextRun(const char* data, qint64 size);

    void* m_zip; // unzFile, owned by the archive
    QString m_fileName;
    QString m_entry;
    qint64 m_maxBytes;
    qint64 m_maxTextRun;
    qint64 m_read = 0;
    qint64 m_textRun = 0;
    bool m_open = true;
    bool m_textRunTooLong = false;
    std::optional<Error> m_failure;
};

class ZipArchive final
{
public:
    static Result<std::unique_ptr<ZipArchive>> open(const QString& path);
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    const QString& fileName() const { return m_fileName; }
    bool contains(const QString& entry) const;
    // The previous entry must be gone first.
    Result<std::unique_ptr<ZipEntry>> openEntry(const QString& entry, qint64 maxBytes, qint64 maxTextRun);

private:
    ZipArchive(void* zip, QString fileName) : m_zip(zip), m_fileName(std::move(fileName)) {}

    void* m_zip;
    QString m_fileName;
};

enum class NumberKind { Plain, Date, Percent };

struct Workbook
{
    QString sheet;         // the first worksheet's entry, e.g. "xl/worksheets/sheet1.xml"
    QString sharedStrings; // "" when the workbook has none
    QString styles;        // "" when the workbook has none
    bool date1904 = false;
};

Result<Workbook> readWorkbook(ZipArchive& zip, const XlsxLimits& limits);
// The kind of number format of each cell style (cellXfs), by the style index a cell's s="" names.
Result<QList<NumberKind>> readCellStyles(ZipArchive& zip, const QString& entry, const XlsxLimits& limits);
Result<QStringList> readSharedStrings(ZipArchive& zip, const QString& entry, const XlsxLimits& limits);

// Date for built-in formats 14–17 and 22 and custom codes with a day, month or year; Percent for
// 9, 10 and codes with '%'; time-only formats are Plain.
NumberKind kindOfFormat(int id, const QString& code);
QString decodeEscapes(const QString& text); // OOXML's _xHHHH_ spelling of a character

// "FILE: the workbook is damaged: ENTRY is not well-formed XML (...)" or the entry's own failure.
Error xmlError(const QXmlStreamReader& xml, const ZipEntry& entry, const QString& fileName,
               const QString& entryName);
Error notXlsx(const QString& fileName, const QString& why);

} // namespace ehya::io::xlsx
