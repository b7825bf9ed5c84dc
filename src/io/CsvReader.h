#pragma once

#include "TableSource.h"
#include "TextDecoder.h"
#include "core/Result.h"

#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

// Reading CSV by RFC 4180 as officers' files come: UTF-8 with or without a BOM, UTF-16 with a BOM
// or Windows-1256 (TextDecoder); CRLF, LF or CR; comma, semicolon or tab (detected from the header
// line, or Excel's "sep=;" first line); quoted fields with delimiters, doubled quotes and line
// breaks inside. Streaming: a megabyte is read at a time, so a file of a million rows is never in
// memory whole, and a field or row longer than the limits (a 1 GB line) is refused without
// reading it all. Errors name the file, the line and the column.
namespace ehya::io {

struct CsvLimits
{
    qsizetype maxFieldChars = qsizetype(1) << 20;   // one cell: 1 Mi characters
    qsizetype maxRecordChars = qsizetype(16) << 20; // one row: 16 Mi characters
    qsizetype chunkBytes = qsizetype(1) << 20;
};

class CsvSource final : public TableSource
{
public:
    // Reads the header. `device` must stay open and alive while the source is used.
    static Result<std::unique_ptr<CsvSource>> open(QIODevice& device, const QString& fileName,
                                                   CsvLimits limits = {});
    // Opens the file and owns it; the error names the path when it is missing or unreadable.
    static Result<std::unique_ptr<CsvSource>> openFile(const QString& path, CsvLimits limits = {});

    const QStringList& header() const override { return m_header; }
    Result<bool> next(SourceRow& row) override;
    QString notice() const override { return m_decoder.notice(); }
    double fractionRead() const override;
    QChar delimiter() const { return m_delimiter; }

private:
    CsvSource(QIODevice& device, QString fileName, CsvLimits limits);

    Status readHeader();
    Result<bool> readRecord(QStringList& fields, int& startLine); // false at the end of the file
    Result<bool> fill();                                          // false when nothing more came
    Result<bool> ensure(qsizetype count);                         // m_text has `count` chars from m_pos
    Error tooLong(int line, int column) const;

    std::unique_ptr<QIODevice> m_owned;
    QIODevice& m_device;
    QString m_fileName;
    CsvLimits m_limits;
    TextDecoder m_decoder;
    QString m_text; // decoded text not yet parsed starts at m_pos
    qsizetype m_pos = 0;
    bool m_eof = false;
    qint64 m_bytesRead = 0;
    qint64 m_expectedSize = -1; // a file's size when it was opened, to notice it changing
    QChar m_delimiter = u',';
    QStringList m_header;
    int m_line = 1;
};

// A whole small CSV in memory (the embedded data files): the header and every row.
struct CsvTable
{
    QStringList header;
    QList<QStringList> rows;
    QList<int> rowLines; // the 1-based line where each row starts, for error messages
};

Result<CsvTable> readCsv(QIODevice& device, const QString& fileName);
Result<CsvTable> readCsvFile(const QString& path);

} // namespace ehya::io
