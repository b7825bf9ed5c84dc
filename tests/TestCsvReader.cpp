#include "io/CsvReader.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>

using namespace ehya;
using namespace ehya::io;
using namespace Qt::StringLiterals;

namespace {

Result<CsvTable> parse(const QByteArray& bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return readCsv(buffer, QStringLiteral("test.csv"));
}

} // namespace

TEST_CASE("CSV: header and rows, LF and CRLF give the same table", "[csv]")
{
    const auto lf = parse("a,b,c\n1,2,3\n4,5,6\n");
    const auto crlf = parse("a,b,c\r\n1,2,3\r\n4,5,6\r\n");
    REQUIRE(lf.ok());
    REQUIRE(crlf.ok());
    CHECK(lf->header == QStringList{u"a"_s, u"b"_s, u"c"_s});
    REQUIRE(lf->rows.size() == 2);
    CHECK(lf->rows[1] == QStringList{u"4"_s, u"5"_s, u"6"_s});
    CHECK(lf->rows == crlf->rows);
    CHECK(lf->rowLines == QList<int>{2, 3});
    CHECK(crlf->rowLines == QList<int>{2, 3});
}

TEST_CASE("CSV: a UTF-8 BOM is dropped and Persian text survives", "[csv]")
{
    const QByteArray text = QStringLiteral("\uFEFFname,county\nکارخانه قند,تبریز\n").toUtf8();
    const auto table = parse(text);
    REQUIRE(table.ok());
    CHECK(table->header.first() == u"name"_s);
    CHECK(table->rows[0][0] == QStringLiteral("کارخانه قند"));
    CHECK(table->rows[0][1] == QStringLiteral("تبریز"));
}

TEST_CASE("CSV: the last line may lack its line break", "[csv]")
{
    const auto table = parse("a,b\n1,2");
    REQUIRE(table.ok());
    REQUIRE(table->rows.size() == 1);
    CHECK(table->rows[0] == QStringList{u"1"_s, u"2"_s});
}

TEST_CASE("CSV: the delimiter is detected from the header line", "[csv]")
{
    SECTION("semicolon (Excel in many locales)")
    {
        const auto table = parse("a;b;c\n1,5;2;3\n");
        REQUIRE(table.ok());
        CHECK(table->header.size() == 3);
        CHECK(table->rows[0][0] == u"1,5"_s);
    }
    SECTION("tab")
    {
        const auto table = parse("a\tb\n1,000\t2\n");
        REQUIRE(table.ok());
        CHECK(table->header == QStringList{u"a"_s, u"b"_s});
        CHECK(table->rows[0][0] == u"1,000"_s);
    }
    SECTION("a delimiter inside a quoted header cell does not count")
    {
        const auto table = parse("\"x;y;z\",b\n1,2\n");
        REQUIRE(table.ok());
        CHECK(table->header == QStringList{u"x;y;z"_s, u"b"_s});
    }
}

TEST_CASE("CSV: quoted fields hold delimiters, doubled quotes and line breaks", "[csv]")
{
    const auto table = parse("id,note\n1,\"a, b\"\n2,\"say \"\"hi\"\"\"\n3,\"two\r\nlines\"\n4,\"\"\n5,x\n");
    REQUIRE(table.ok());
    REQUIRE(table->rows.size() == 5);
    CHECK(table->rows[0][1] == u"a, b"_s);
    CHECK(table->rows[1][1] == u"say \"hi\""_s);
    CHECK(table->rows[2][1] == u"two\nlines"_s);
    CHECK(table->rows[3][1].isEmpty());
    // the row after a quoted line break starts one line later
    CHECK(table->rowLines == QList<int>{2, 3, 4, 6, 7});
}

TEST_CASE("CSV: short rows are padded, empty lines and trailing delimiters are ignored", "[csv]")
{
    const auto table = parse("a,b,c\n1\n\n,,\n2,3,4,,\n");
    REQUIRE(table.ok());
    REQUIRE(table->rows.size() == 2);
    CHECK(table->rows[0] == QStringList{u"1"_s, QString(), QString()});
    CHECK(table->rows[1] == QStringList{u"2"_s, u"3"_s, u"4"_s});
    CHECK(table->rowLines == QList<int>{2, 5});
}

TEST_CASE("CSV: errors name the file, the line and the column", "[csv]")
{
    SECTION("unterminated quote: the line where the quote opened")
    {
        const auto table = parse("a,b\n1,2\n3,\"open\nstill open\n");
        REQUIRE_FALSE(table.ok());
        CHECK(table.error().kind == Error::Kind::Invalid);
        CHECK(table.error().message == u"test.csv:3:2: unterminated quote"_s);
    }
    SECTION("text after a closing quote")
    {
        const auto table = parse("a,b\n\"x\"y,2\n");
        REQUIRE_FALSE(table.ok());
        CHECK(table.error().message.startsWith(u"test.csv:2:1: "_s));
    }
    SECTION("too many fields")
    {
        const auto table = parse("a,b\n1,2\n1,2,3\n");
        REQUIRE_FALSE(table.ok());
        CHECK(table.error().message.startsWith(u"test.csv:3:3: "_s));
    }
    SECTION("empty file")
    {
        const auto table = parse("");
        REQUIRE_FALSE(table.ok());
        CHECK(table.error().message.startsWith(u"test.csv: "_s));
    }
    SECTION("duplicate column in the header")
    {
        const auto table = parse("a,b,a\n1,2,3\n");
        REQUIRE_FALSE(table.ok());
        CHECK(table.error().message.startsWith(u"test.csv:1:3: "_s));
    }
    SECTION("not UTF-8")
    {
        const auto table = parse(QByteArray("a,b\n\xE9t\xE9,2\n"));
        REQUIRE_FALSE(table.ok());
        CHECK(table.error().kind == Error::Kind::Invalid);
    }
}

TEST_CASE("CSV: a quote inside an unquoted field is kept as typed", "[csv]")
{
    const auto table = parse("size,item\n5\" pipe,x\n");
    REQUIRE(table.ok());
    CHECK(table->rows[0][0] == u"5\" pipe"_s);
}

TEST_CASE("CSV: readCsvFile reads a file and reports a missing one", "[csv]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"units.csv"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("licence_no;name\r\n14-1390-1;\"قند; شکر\"\r\n");
    file.close();
    const auto table = readCsvFile(path);
    REQUIRE(table.ok());
    CHECK(table->rows[0][1] == QStringLiteral("قند; شکر"));

    const auto missing = readCsvFile(dir.filePath(u"none.csv"_s));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == Error::Kind::NotFound);
    CHECK(missing.error().message.contains(u"none.csv"_s));
}
