#include "io/CsvReader.h"

#include <catch2/catch.hpp>

#include <QBuffer>

using namespace ehya;
using namespace ehya::io;

namespace {

// A device that makes `total` bytes on demand: a header line, then one endless line of 'a', so
// that a 1 GB line is read without a 1 GB file. Counts what was read.
class EndlessLine final : public QIODevice
{
public:
    explicit EndlessLine(qint64 total) : m_total(total) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    qint64 produced() const { return m_pos; }

protected:
    qint64 readData(char* data, qint64 max) override
    {
        static const QByteArray header = "permit_no,title\n1,";
        const qint64 n = std::min(max, m_total - m_pos);
        for (qint64 i = 0; i < n; ++i) {
            const qint64 at = m_pos + i;
            data[i] = at < header.size() ? header.at(at) : 'a';
        }
        m_pos += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    qint64 m_total;
    qint64 m_pos = 0;
};

// A buffer that fails after `failAt` bytes, like a file on a disk that went away.
class FailingDevice final : public QBuffer
{
public:
    FailingDevice(const QByteArray& data, qint64 failAt) : m_data(data), m_failAt(failAt)
    {
        setBuffer(&m_data);
        open(QIODevice::ReadOnly);
    }

protected:
    qint64 readData(char* data, qint64 max) override
    {
        if (pos() >= m_failAt) {
            setErrorString(QStringLiteral("Input/output error"));
            return -1;
        }
        return QBuffer::readData(data, std::min(max, m_failAt - pos()));
    }

private:
    QByteArray m_data;
    qint64 m_failAt;
};

// A buffer whose size says more than it holds: a file cut short while it was read.
class ShrunkFile final : public QBuffer
{
public:
    explicit ShrunkFile(const QByteArray& data) : m_data(data)
    {
        setBuffer(&m_data);
        open(QIODevice::ReadOnly);
    }
    qint64 size() const override { return m_data.size() + 4096; }

private:
    QByteArray m_data;
};

Result<qint64> countRows(TableSource& source)
{
    qint64 rows = 0;
    SourceRow row;
    for (;;) {
        auto read = source.next(row);
        if (!read)
            return read.error();
        if (!*read)
            return rows;
        ++rows;
    }
}

} // namespace

TEST_CASE("CSV stream: a 1 GB line is refused after reading a few megabytes", "[csv][stream]")
{
    EndlessLine device(qint64(1) << 30);
    auto source = CsvSource::open(device, QStringLiteral("huge.csv"));
    REQUIRE(source);
    auto rows = countRows(**source);
    REQUIRE_FALSE(rows);
    CHECK(rows.error().message.startsWith(u"huge.csv:2:2: "));
    CHECK(rows.error().message.contains(u"longer than"));
    CHECK(device.produced() < (qint64(64) << 20));
}

TEST_CASE("CSV stream: a read error and a file cut short are reported, not taken as the end", "[csv][stream]")
{
    QByteArray data = "permit_no,title\n";
    for (int i = 0; i < 50'000; ++i)
        data += QByteArray::number(i) + ",row\n";
    {
        FailingDevice device(data, data.size() / 2);
        auto source = CsvSource::open(device, QStringLiteral("gone.csv"));
        REQUIRE(source);
        auto rows = countRows(**source);
        REQUIRE_FALSE(rows);
        CHECK(rows.error().kind == Error::Kind::Io);
        CHECK(rows.error().message.contains(u"gone.csv:"));
        CHECK(rows.error().message.contains(u"Input/output error"));
    }
    {
        ShrunkFile device(data);
        auto source = CsvSource::open(device, QStringLiteral("cut.csv"));
        REQUIRE(source);
        auto rows = countRows(**source);
        REQUIRE_FALSE(rows);
        CHECK(rows.error().message.contains(u"changed while it was being read"));
    }
}

TEST_CASE("CSV stream: fields split across chunks, CRLF split across chunks, multi-byte characters split",
          "[csv][stream]")
{
    // Tiny chunks force every boundary case: a CR at the end of a chunk, a quote pair split, a
    // Persian character's two bytes in two chunks.
    const QByteArray data =
        QString::fromUtf8("a,b\r\n\"x\"\"y\",پیشرفت\r\n\"line\r\nbreak\",۷۵\r\n").toUtf8();
    for (qsizetype chunk : {1, 2, 3, 5, 7}) {
        QBuffer buffer;
        buffer.setData(data);
        CsvLimits limits;
        limits.chunkBytes = chunk;
        auto source = CsvSource::open(buffer, QStringLiteral("t.csv"), limits);
        REQUIRE(source);
        SourceRow row;
        REQUIRE(*(*source)->next(row));
        CHECK(row.cells == QStringList{QStringLiteral("x\"y"), QString::fromUtf8("پیشرفت")});
        CHECK(row.line == 2);
        REQUIRE(*(*source)->next(row));
        CHECK(row.cells == QStringList{QStringLiteral("line\nbreak"), QString::fromUtf8("۷۵")});
        CHECK(row.line == 3);
        CHECK_FALSE(*(*source)->next(row));
    }
}

TEST_CASE("CSV stream: Excel's sep= line picks the delimiter", "[csv][stream]")
{
    QBuffer buffer;
    buffer.setData("sep=;\r\na;b\r\n1,5;2\r\n");
    auto source = CsvSource::open(buffer, QStringLiteral("t.csv"));
    REQUIRE(source);
    CHECK((*source)->header() == QStringList{QStringLiteral("a"), QStringLiteral("b")});
    SourceRow row;
    REQUIRE(*(*source)->next(row));
    CHECK(row.cells == QStringList{QStringLiteral("1,5"), QStringLiteral("2")});
    CHECK(row.line == 3);
}

TEST_CASE("CSV stream: doubled quotes count against the field limit; blank lines before the header",
          "[csv][stream]")
{
    QBuffer quotes;
    quotes.setData("a\n\"" + QByteArray(2 * 5000, '"') + "\"\n");
    CsvLimits limits;
    limits.maxFieldChars = 4096;
    auto source = CsvSource::open(quotes, QStringLiteral("q.csv"), limits);
    REQUIRE(source);
    SourceRow row;
    auto read = (*source)->next(row);
    REQUIRE_FALSE(read);
    CHECK(read.error().message.contains(u"longer than"));

    QBuffer blank;
    blank.setData("\r\nname;value\r\nx;1\r\n");
    auto semi = CsvSource::open(blank, QStringLiteral("b.csv"));
    REQUIRE(semi);
    CHECK((*semi)->header() == QStringList{QStringLiteral("name"), QStringLiteral("value")});
}

TEST_CASE("CSV stream: Windows-1256 is recognised wherever the chunks end", "[csv][stream]")
{
    // "a,b\nxy,سلام\n" in Windows-1256; D3 98 alone would pass for one UTF-8 character.
    const QByteArray bytes = QByteArray::fromBase64("YSxiCngs05jT4cfjCg==");
    for (qsizetype chunk : {1, 7, 64, 4096}) {
        QBuffer buffer;
        buffer.setData(bytes);
        CsvLimits limits;
        limits.chunkBytes = chunk;
        auto source = CsvSource::open(buffer, QStringLiteral("w.csv"), limits);
        REQUIRE(source);
        SourceRow row;
        auto read = (*source)->next(row);
        REQUIRE(read);
        REQUIRE(*read);
        CHECK((*source)->notice().contains(u"Windows-1256"));
    }
}

TEST_CASE("CSV stream: a bad byte's line is right in a file with CR line ends", "[csv][stream]")
{
    QBuffer buffer;
    buffer.setData(QByteArray("a,b\r1,2\r3,4\r5,\xff\xfe\x00\r", 18));
    auto source = CsvSource::open(buffer, QStringLiteral("cr.csv"));
    const QString message = source ? [&] {
        SourceRow row;
        for (;;) {
            auto read = (*source)->next(row);
            if (!read)
                return read.error().message;
            if (!*read)
                return QString();
        }
    }()
                                   : source.error().message;
    CHECK(message.startsWith(u"cr.csv:4: "));
}
