// Rolling backups: a verified copy with the live data, named by time, only the newest N kept.
#include "StorageFixture.h"

#include "storage/Backup.h"

#include <QDir>
#include <QFileInfo>

using namespace ehya;
using namespace ehya::storage;
using namespace ehya::test;

TEST_CASE("A backup is a verified copy of the database", "[storage][backup][sqlite]")
{
    QTemporaryDir dir;
    FixedClock clock(QDateTime(QDate(2024, 4, 3), QTime(10, 15, 0), Qt::LocalTime).toUTC());
    auto db = openDb(dir.filePath(QStringLiteral("live.sqlite")), &clock);
    const Seed s = seed(*db);
    Project p = sampleProject(s, QStringLiteral("BK-1"));
    REQUIRE_OK(ProjectRepository(*db).insert(p));

    const QString folder = dir.filePath(QStringLiteral("backups/nested")); // made when missing
    auto made = backupDatabase(*db, folder, 5);
    INFO((made.ok() ? QString() : made.error().message).toStdString());
    REQUIRE(made.ok());
    CHECK(QFileInfo(*made).fileName() == u"ehya-20240403-101500.sqlite");
    CHECK(QDir(folder).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("ehya-20240403-101500.sqlite")});

    // Changes after the backup are not in it.
    Project later = sampleProject(s, QStringLiteral("BK-2"));
    REQUIRE_OK(ProjectRepository(*db).insert(later));

    auto copy = openDb(*made, nullptr, false);
    CHECK(copy->schemaVersion() == Database::latestSchemaVersion());
    CHECK(copy->integrityCheck().ok());
    auto projects = ProjectRepository(*copy).list();
    REQUIRE(projects.ok());
    REQUIRE(projects->size() == 1);
    CHECK(projects->at(0).permitNo == u"BK-1");
    CHECK(projects->at(0).remainingRial == p.remainingRial);
    CHECK(*AuditLog(*copy).count() == *AuditLog(*db).count() - 1);
}

TEST_CASE("Rolling backups keep only the newest ones", "[storage][backup][sqlite]")
{
    QTemporaryDir dir;
    const QDateTime start(QDate(2024, 4, 3), QTime(9, 0, 0), Qt::LocalTime);
    FixedClock clock(start.toUTC());
    auto db = openDb(dir.filePath(QStringLiteral("live.sqlite")), &clock);
    seed(*db);
    const QString folder = dir.filePath(QStringLiteral("backups"));
    QDir().mkpath(folder);
    {
        QFile other(dir.filePath(QStringLiteral("backups/notes.txt")));
        REQUIRE(other.open(QIODevice::WriteOnly));
        other.write("not a backup");
    }

    QStringList made;
    for (int i = 0; i < 5; ++i) {
        clock.set(start.addSecs(60 * i).toUTC());
        auto backup = backupDatabase(*db, folder, 3);
        REQUIRE(backup.ok());
        made << QFileInfo(*backup).fileName();
    }
    // Two in the same second get distinct names, the later one counts as newer.
    auto sameSecond = backupDatabase(*db, folder, 3);
    REQUIRE(sameSecond.ok());
    CHECK(QFileInfo(*sameSecond).fileName() == u"ehya-20240403-090400-2.sqlite");

    QStringList left = QDir(folder).entryList({QStringLiteral("ehya-*.sqlite")}, QDir::Files);
    QStringList expected{made.at(3), made.at(4), QStringLiteral("ehya-20240403-090400-2.sqlite")};
    left.sort();
    expected.sort();
    CHECK(left == expected);
    CHECK(made.at(0) == u"ehya-20240403-090000.sqlite");
    CHECK(
        QFileInfo::exists(dir.filePath(QStringLiteral("backups/notes.txt")))); // other files are not touched
    CHECK(QDir(folder).entryList({QStringLiteral("*.tmp")}, QDir::Files | QDir::Hidden).isEmpty());
}
