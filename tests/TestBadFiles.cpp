// Opening what is not a good database: each case gets a clear message and the file is unchanged.
#include "StorageFixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSysInfo>

#include <unistd.h>

using namespace ehya;
using namespace ehya::storage;
using namespace ehya::test;

namespace {

Result<std::unique_ptr<Database>> tryOpen(const QString& path, bool create = false)
{
    OpenOptions options;
    options.create = create;
    return Database::open(path, options);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

// A database with enough rows to span many pages.
void makeDatabase(const QString& path, int projects)
{
    auto db = openDb(path);
    const Seed s = seed(*db);
    ProjectRepository repo(*db);
    Transaction transaction(*db);
    for (int i = 0; i < projects; ++i) {
        Project p = sampleProject(s, QStringLiteral("BF-%1").arg(i));
        p.notes = QString(200, QLatin1Char('x'));
        REQUIRE_OK(repo.insert(p));
    }
    REQUIRE(transaction.commit().ok());
}

bool isRoot()
{
    return ::geteuid() == 0;
}

} // namespace

TEST_CASE("A text file is refused as not a database and left unchanged", "[storage][badfiles][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("projects.csv"));
    writeFile(path, "permit_no,province,title\r\nP-1,Tabriz,Foundry\r\n");
    const QByteArray before = fileHash(path);
    for (const bool create : {false, true}) {
        auto db = tryOpen(path, create);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().kind == Error::Kind::NotDatabase);
        CHECK(db.error().message.contains(u"projects.csv"));
        CHECK(db.error().message.contains(u"not an Ehya database"));
        CHECK(fileHash(path) == before);
        CHECK_FALSE(QFileInfo::exists(path + u".lock"));
    }
}

TEST_CASE("Another program's SQLite database is refused, not turned into Ehya's", "[storage][badfiles][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.db"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery query(raw);
        REQUIRE(query.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")));
        REQUIRE(query.exec(QStringLiteral("INSERT INTO notes (text) VALUES ('keep me')")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const QByteArray before = fileHash(path);
    for (const bool create : {false, true}) {
        auto db = tryOpen(path, create);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().kind == Error::Kind::NotDatabase);
        CHECK(db.error().message.contains(u"notes.db"));
        CHECK(db.error().message.contains(u"not an Ehya database"));
        CHECK(fileHash(path) == before);
    }
}

TEST_CASE("A database from a newer version is refused unchanged", "[storage][badfiles][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    openDb(path).reset();
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery query(raw);
        REQUIRE(query.exec(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'")
                               .arg(Database::latestSchemaVersion() + 1)));
        REQUIRE(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE"))); // as a newer app might leave it
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));
    const QByteArray before = fileHash(path);
    auto db = tryOpen(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().kind == Error::Kind::TooNew);
    CHECK(db.error().message.contains(u"newer version"));
    CHECK(db.error().message.contains(QString::number(Database::latestSchemaVersion() + 1)));
    CHECK(fileHash(path) == before);
}

TEST_CASE("A missing folder or file is reported and nothing is created", "[storage][badfiles][sqlite]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("no-such-folder"));
    auto inMissing = tryOpen(folder + u"/ehya.sqlite", true);
    REQUIRE_FALSE(inMissing.ok());
    CHECK(inMissing.error().kind == Error::Kind::NotFound);
    CHECK(inMissing.error().message.contains(u"no-such-folder"));
    CHECK_FALSE(QFileInfo::exists(folder));

    const QString missing = dir.filePath(QStringLiteral("missing.sqlite"));
    auto notThere = tryOpen(missing, false);
    REQUIRE_FALSE(notThere.ok());
    CHECK(notThere.error().kind == Error::Kind::NotFound);
    CHECK(notThere.error().message.contains(u"missing.sqlite"));
    CHECK_FALSE(QFileInfo::exists(missing)); // Qt / SQLite did not make an empty file
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("A read-only folder refuses a new database with a clear message", "[storage][badfiles][sqlite]")
{
    QTemporaryDir dir;
    QString folder = dir.filePath(QStringLiteral("readonly"));
    REQUIRE(QDir().mkpath(folder));
    REQUIRE(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    if (isRoot())
        folder =
            QStringLiteral("/proc"); // root ignores permission bits; /proc refuses new files even to root
    const QString path = folder + u"/ehya-test.sqlite";
    auto db = tryOpen(path, true);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().kind == Error::Kind::Io);
    CHECK(db.error().message.contains(isRoot() ? u"ehya-test.sqlite" : u"read-only"));
    CHECK_FALSE(QFileInfo::exists(path));
    QFile::setPermissions(dir.filePath(QStringLiteral("readonly")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

TEST_CASE("A read-only database file is refused unchanged", "[storage][badfiles][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("readonly.sqlite"));
    openDb(path).reset();
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    const QByteArray before = fileHash(path);
    QFile probe(path);
    if (probe.open(QIODevice::ReadWrite)) { // root: permission bits do not stop writes
        probe.close();
        WARN(
            "Running as root: chmod cannot make the file read-only, so the read-only file check is skipped.");
    } else {
        auto db = tryOpen(path);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().kind == Error::Kind::Io);
        CHECK(db.error().message.contains(u"read-only"));
        CHECK(db.error().message.contains(u"readonly.sqlite"));
    }
    CHECK(fileHash(path) == before);
}

TEST_CASE("A damaged database fails the quick check and is left unchanged", "[storage][badfiles][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
    makeDatabase(path, 300);
    CHECK_FALSE(QFileInfo::exists(path + u"-wal"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        REQUIRE(size > 20 * 4096);
        // Keep the header page, scribble over data pages in the middle.
        for (qint64 offset = 8 * 4096; offset < 14 * 4096; offset += 512) {
            file.seek(offset + 37);
            file.write(QByteArray(300, char(0x5a)));
        }
    }
    const QByteArray before = fileHash(path);
    auto db = tryOpen(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().kind == Error::Kind::NotDatabase);
    CHECK(db.error().message.contains(u"damaged.sqlite"));
    CHECK(fileHash(path) == before);
}

TEST_CASE("A second open of a held database is refused with the holder's process", "[storage][badfiles][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("held.sqlite"));
    auto first = openDb(path);
    const QByteArray before = fileHash(path);
    auto second = tryOpen(path);
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().kind == Error::Kind::Locked);
    CHECK(second.error().message.contains(QString::number(QCoreApplication::applicationPid())));
    CHECK(second.error().message.contains(u"held.sqlite"));
    CHECK(fileHash(path) == before);
    first.reset();
    CHECK(tryOpen(path).ok()); // released on close

    // A lock left by a process that is gone is taken over.
    writeFile(path + u".lock", QByteArray("999999\nehya\n") + QSysInfo::machineHostName().toUtf8() + "\n");
    auto afterCrash = tryOpen(path);
    INFO((afterCrash.ok() ? QString() : afterCrash.error().message).toStdString());
    CHECK(afterCrash.ok());
}
