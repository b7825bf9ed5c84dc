// io::createDatabase without the demo (the reference data only), its refusals, the embedded files,
// and the row reader's error messages.
#include <catch2/catch.hpp>

#include "io/DemoData.h"
#include "io/DemoRows.h"
#include "storage/Database.h"
#include "storage/Repositories.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ehya;
using namespace Qt::StringLiterals;

namespace {

qint64 scalar(storage::Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

} // namespace

TEST_CASE("reference data: provinces, counties, sectors, agencies and users", "[demo]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"init.sqlite"_s);
    const Status created = io::createDatabase(path, false);
    INFO(created.error().message.toStdString());
    REQUIRE(created.ok());
    auto db = storage::Database::open(path);
    REQUIRE(db.ok());
    storage::Database& d = **db;

    CHECK(scalar(d, u"SELECT COUNT(*) FROM province"_s) == 31);
    CHECK(
        scalar(
            d,
            u"SELECT COUNT(*) FROM county WHERE province_id = (SELECT id FROM province WHERE code = 'EA')"_s) ==
        21);
    CHECK(
        scalar(
            d,
            u"SELECT COUNT(*) FROM county WHERE province_id = (SELECT id FROM province WHERE code = 'WA')"_s) ==
        17);
    // every province has at least its capital county, so data can spread nationally
    CHECK(scalar(d, u"SELECT COUNT(*) FROM province p WHERE NOT EXISTS "
                    u"(SELECT 1 FROM county c WHERE c.province_id = p.id)"_s) == 0);
    CHECK(scalar(d, u"SELECT COUNT(*) FROM estate e JOIN county c ON c.id = e.county_id JOIN province p "
                    u"ON p.id = c.province_id WHERE p.code IN ('EA', 'WA')"_s) >= 10);
    // ISIC Rev.4 mining (05-09) and manufacturing (10-33)
    CHECK(scalar(d, u"SELECT COUNT(*) FROM sector"_s) == 29);
    CHECK(scalar(d, u"SELECT MIN(isic) || MAX(isic) FROM sector"_s) == 533);
    CHECK(scalar(d, u"SELECT COUNT(DISTINCT agency_group) FROM agency"_s) == 4);
    storage::ReferenceRepository repo(d);
    auto users = repo.users();
    REQUIRE(users.ok());
    CHECK(std::any_of(users->cbegin(), users->cend(), [](const User& u) { return u.role == Role::Manager; }));
    CHECK(std::any_of(users->cbegin(), users->cend(), [](const User& u) { return u.role == Role::Officer; }));
    // names match as officers type them
    auto tabriz = repo.findProvince(u"آذربايجان شرقي"_s);
    REQUIRE(tabriz.ok());
    CHECK(*tabriz > 0);
    // no demo records
    CHECK(scalar(d, u"SELECT COUNT(*) FROM project"_s) == 0);
    CHECK(scalar(d, u"SELECT COUNT(*) FROM unit"_s) == 0);
}

TEST_CASE("createDatabase refuses an existing file and leaves it alone", "[demo]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"keep.sqlite"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("precious");
    file.close();
    const Status created = io::createDatabase(path, true);
    REQUIRE_FALSE(created.ok());
    CHECK(created.error().message.contains(path));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == "precious");
}

TEST_CASE("createDatabase reports a missing folder and leaves nothing behind", "[demo]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"no/such/folder/demo.sqlite"_s);
    CHECK_FALSE(io::createDatabase(path, false).ok());
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("every CSV of data/ is embedded, byte for byte", "[demo]")
{
    const QDir data(QStringLiteral(EHYA_SOURCE_DIR "/data"));
    int files = 0;
    for (const QString& folder : {u"reference"_s, u"demo"_s}) {
        const QDir sub(data.filePath(folder));
        for (const QString& name : sub.entryList({u"*.csv"_s}, QDir::Files)) {
            INFO(name.toStdString());
            QFile onDisk(sub.filePath(name));
            QFile embedded(u":/data/%1/%2"_s.arg(folder, name));
            REQUIRE(onDisk.open(QIODevice::ReadOnly));
            REQUIRE(embedded.open(QIODevice::ReadOnly));
            CHECK(onDisk.readAll() == embedded.readAll());
            ++files;
        }
    }
    CHECK(files == 11);
}

TEST_CASE("a bad cell names the file, the line and the column", "[demo]")
{
    QByteArray bytes = "code,opened,percent,flag\nX1,1402/12/30,50,1\nX2,1402/01/01,120,بله\nX3,,5,maybe\n";
    QBuffer buffer(&bytes);
    auto table = io::readCsv(buffer, u"obstacles.csv"_s);
    REQUIRE(table.ok());

    io::demo::Row first(*table, 0, u"obstacles.csv"_s);
    CHECK_FALSE(first.date("opened", true).has_value()); // 1402 is not a leap year
    REQUIRE(first.failed());
    CHECK(first.error().message.startsWith(u"obstacles.csv:2:2: "_s));

    io::demo::Row second(*table, 1, u"obstacles.csv"_s);
    CHECK(second.date("opened", true).has_value());
    CHECK(second.flag("flag") == std::optional<bool>(true));
    CHECK_FALSE(second.percent("percent").has_value());
    CHECK(second.error().message.startsWith(u"obstacles.csv:3:3: "_s));

    io::demo::Row third(*table, 2, u"obstacles.csv"_s);
    CHECK(third.date("opened", false) == std::optional<QDate>(QDate()));
    CHECK_FALSE(third.flag("flag").has_value());
    CHECK(third.error().message.startsWith(u"obstacles.csv:4:4: "_s));
}
