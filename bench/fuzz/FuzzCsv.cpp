// libFuzzer target for the streaming CSV reader (io::CsvSource) and the text decoder helpers.
// Built by bench/fuzz/build.sh (clang++ -fsanitize=fuzzer,address,undefined), run by run.sh.
//
// Input layout: byte 0 picks the chunk size of the reader (data[0] % 4 -> 1, 7, 64 or 4096
// bytes, so that characters, BOMs, CR LF pairs and doubled quotes get split across chunk
// boundaries); the remaining bytes are the file. The seed corpus starts each file with an ASCII
// digit '0'..'3' for that reason.
//
// Invariants (any violation is __builtin_trap(), which libFuzzer reports as a crash):
//  - the header is non-empty, every name is non-empty, trimmed and appears once;
//  - every row has exactly header().size() cells;
//  - row line numbers are >= 1 and never decrease;
//  - every error message (from open() or next()) starts with "fuzz.csv:";
//  - fromWindows1256 returns one character per byte (ASCII bytes unchanged);
//  - firstInvalidUtf8 returns -1 or an offset inside the input, and its "complete" prefix is
//    within the input; when the bytes are valid UTF-8, Qt decodes them to the same bytes back
//    (but for a leading BOM, which QString::fromUtf8 drops).
// Also: no cell is longer than maxFieldChars and no row holds more than maxRecordChars characters
// (the reader promises to refuse such input); EHYA_FUZZ_LIMITS=0 turns this check off.

#include "io/CsvReader.h"
#include "io/TableSource.h"
#include "io/TextDecoder.h"

#include <QBuffer>
#include <QByteArray>
#include <QSet>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace ehya::io {

// Defined here, exactly as in src/io/TableSource.cpp, which the fuzz build leaves out because it
// also pulls in the XLSX reader.
Error locatedError(const QString& fileName, int line, int column, const QString& sentence)
{
    return Error{Error::Kind::Invalid, QStringLiteral("%1:%2:%3: %4")
                                           .arg(fileName, QString::number(line), QString::number(column), sentence)};
}

} // namespace ehya::io

namespace {

using ehya::Error;

constexpr qsizetype kChunkSizes[] = {1, 7, 64, 4096};

void check(bool condition)
{
    if (!condition)
        __builtin_trap();
}

bool strictLimits()
{
    static const bool on = [] {
        const char* value = std::getenv("EHYA_FUZZ_LIMITS");
        return value == nullptr || std::strcmp(value, "0") != 0;
    }();
    return on;
}

void checkError(const Error& error)
{
    check(error.message.startsWith(QLatin1String("fuzz.csv:")));
}

void checkDecoders(const QByteArray& bytes)
{
    const QString text = ehya::io::fromWindows1256(bytes);
    check(text.size() == bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes.at(i));
        if (b < 0x80)
            check(text.at(i).unicode() == b);
        else
            check(text.at(i).unicode() >= 0x80);
    }

    const qsizetype bad = ehya::io::firstInvalidUtf8(bytes, true);
    check(bad >= -1 && bad < bytes.size());
    qsizetype complete = -2;
    const qsizetype badSoFar = ehya::io::firstInvalidUtf8(bytes, false, &complete);
    check(badSoFar >= -1 && badSoFar < bytes.size());
    if (badSoFar < 0) {
        check(complete >= 0 && complete <= bytes.size());
        check(bytes.size() - complete <= 3); // at most an unfinished character is left over
        check(ehya::io::firstInvalidUtf8(bytes.left(complete), true) < 0);
    }
    if (bad < 0) {
        check(badSoFar < 0 && complete == bytes.size());
        // QString::fromUtf8 drops a leading BOM (Qt 6), so compare without one.
        const QByteArray expected = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
        check(QString::fromUtf8(bytes).toUtf8() == expected);
    } else if (badSoFar >= 0) {
        check(badSoFar == bad); // an error before the end is the same error either way
    }
}

void checkCsv(const QByteArray& bytes, qsizetype chunkBytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    if (!buffer.open(QIODevice::ReadOnly))
        return;
    ehya::io::CsvLimits limits;
    limits.maxFieldChars = 4096;
    limits.maxRecordChars = 65536;
    limits.chunkBytes = chunkBytes;
    auto source = ehya::io::CsvSource::open(buffer, QStringLiteral("fuzz.csv"), limits);
    if (!source) {
        checkError(source.error());
        return;
    }
    ehya::io::CsvSource& csv = **source;
    const QStringList& header = csv.header();
    check(!header.isEmpty());
    QSet<QString> names;
    for (const QString& name : header) {
        check(!name.isEmpty());
        check(name == name.trimmed());
        check(!names.contains(name));
        names.insert(name);
    }
    const qsizetype width = header.size();
    ehya::io::SourceRow row;
    int lastLine = 0;
    for (;;) {
        auto read = csv.next(row);
        if (!read) {
            checkError(read.error());
            return;
        }
        if (!*read)
            return;
        check(row.cells.size() == width);
        check(row.line >= 1 && row.line >= lastLine);
        lastLine = row.line;
        if (strictLimits()) {
            qsizetype total = 0;
            for (const QString& cell : row.cells) {
                check(cell.size() <= limits.maxFieldChars);
                total += cell.size();
            }
            check(total <= limits.maxRecordChars);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const qsizetype chunkBytes = kChunkSizes[data[0] % 4];
    const QByteArray bytes(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));
    checkDecoders(bytes);
    checkCsv(bytes, chunkBytes);
    return 0;
}
