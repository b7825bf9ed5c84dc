#include "io/CsvWriter.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>

using namespace ehya::io;

TEST_CASE("CSV fields: RFC 4180 quoting, CRLF, BOM", "[io][csv]")
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer, {false, true});
    writer.writeHeader({QStringLiteral("amount"), QStringLiteral("title")});
    writer.writeRow({QStringLiteral("-12"), QStringLiteral("=HYPERLINK(\"x\")")});
    writer.writeRow({QStringLiteral("5"), QStringLiteral("طرح \"نمونه\", تبریز\nخط دوم")});
    REQUIRE(writer.ok());
    CHECK(data.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(data.mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    CHECK(lines[0] == QStringLiteral("amount,title"));
    // the number stays as it is; the formula is neutralised, then quoted for its quotes
    CHECK(lines[1] == QStringLiteral("-12,\"'=HYPERLINK(\"\"x\"\")\""));
    CHECK(lines[2] == QStringLiteral("5,\"طرح \"\"نمونه\"\", تبریز\nخط دوم\""));
}

TEST_CASE("CSV without BOM and without neutralising", "[io][csv]")
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer, {true}, {false, false});
    writer.writeRow({QStringLiteral("+98 41 1234")});
    CHECK(data == "+98 41 1234\r\n");
    CHECK(CsvWriter::field(QStringLiteral("@SUM"), true, true) == QStringLiteral("'@SUM"));
    CHECK(CsvWriter::field(QStringLiteral("@SUM"), false, true) == QStringLiteral("@SUM"));
}

TEST_CASE("atomic write keeps the old file when the write cannot happen", "[io][csv]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    REQUIRE(writeFileAtomically(path, "first\r\n").ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == "first\r\n");
    file.close();
    const auto missing = writeFileAtomically(dir.filePath(QStringLiteral("no/such/folder/out.csv")), "x");
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(QStringLiteral("no/such/folder")));
}
