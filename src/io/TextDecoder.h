#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

// Turning the bytes of an officer's text file into text, chunk by chunk: UTF-8 with or without
// a BOM, UTF-16 with a BOM (Excel's "Unicode text"), or Windows-1256 (old Excel exports of
// Persian) — detected from the bytes, never guessed into mojibake. A file that is none of these
// (binary data, another encoding, UTF-8 that turns into something else half-way) is refused with
// a sentence that names the file and the line.
namespace ehya::io {

class TextDecoder final
{
public:
    enum class Encoding { Undecided, Utf8, Utf16LE, Utf16BE, Windows1256 };

    explicit TextDecoder(QString fileName) : m_fileName(std::move(fileName)) {}

    // Decodes the next chunk. `last` is true for the final chunk (an unfinished character then is
    // an error). Lines are counted to name the line of a bad byte.
    Result<QString> decode(const QByteArray& chunk, bool last);

    Encoding encoding() const { return m_encoding; }
    // "read as Windows-1256 ..." when the user should know how the file was read, else "".
    QString notice() const;

private:
    Result<QString> decodeUtf8(const QByteArray& bytes, bool last);
    Result<QString> decodeUtf16(const QByteArray& bytes, bool last);
    Error badBytes(const QByteArray& bytes, qsizetype offset, const QString& sentence) const;
    Error atLine(qint64 line, const QString& sentence) const;
    void countLines(const QByteArray& bytes);
    static qint64 lineBreaks(const QByteArray& bytes, bool afterCr);

    QString m_fileName;
    Encoding m_encoding = Encoding::Undecided;
    bool m_started = false;
    QByteArray m_carry;     // the start of a character split between two chunks
    qint64 m_lines = 0;     // line breaks in the bytes decoded so far
    bool m_afterCr = false; // the last byte counted was a CR (its LF, if next, is the same break)
};

// Windows-1256 to Unicode (all 256 bytes are defined).
QString fromWindows1256(const QByteArray& bytes);

// Where the first byte that is not valid UTF-8 is: -1 when all of `bytes` is valid; an unfinished
// character at the very end is valid unless `last`.
qsizetype firstInvalidUtf8(const QByteArray& bytes, bool last, qsizetype* complete = nullptr);

} // namespace ehya::io
