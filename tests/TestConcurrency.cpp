// Many clients at once on one database (issue 7): 8 clients, each on its own connection, make 1,000
// edits each on a handful of shared records. Optimistic locking refuses stale saves; nothing an
// accepted save wrote is lost; every refusal is reported; the audit log matches. Runs on the SQLite
// file and, as "pg: ", on the test server.
#include "StorageFixture.h"

#include "storage/Retry.h"
#include "storage/SqlUtil.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <random>
#include <thread>

using namespace ehya;
using namespace ehya::storage;
using namespace ehya::test;

namespace {

constexpr int kClients = 8;
constexpr int kEditsPerClient = 1000;
constexpr int kRecords = 12;

struct ClientLog
{
    QString openError;
    QStringList accepted;   // markers of saves the database accepted
    QStringList refused;    // markers of saves refused with Conflict (stale) or Locked (collision)
    QStringList unexpected; // any other error: a defect
    QList<Id> acceptedOnRecord = QList<Id>(kRecords, 0);
    int obstaclesAdded = 0;
};

// One client: reads a record, adds 1 to its invested amount and notes its marker, saves; one edit in
// ten adds an obstacle to the record instead (a child row whose foreign key locks the parent).
void runClient(const QString& location, int client, const QList<Id>& ids, ClientLog& log)
{
    OpenOptions options;
    options.exclusive = false;
    options.user = QStringLiteral("client-%1").arg(client);
    auto opened = Database::open(location, options);
    if (!opened) {
        log.openError = opened.error().message;
        return;
    }
    Database& db = **opened;
    ProjectRepository projects(db);
    ObstacleRepository obstacles(db);
    std::mt19937 random(quint32(1000 + client));
    std::uniform_int_distribution<int> pick(0, kRecords - 1);
    for (int edit = 0; edit < kEditsPerClient; ++edit) {
        const int slot = pick(random);
        const QString marker = QStringLiteral("c%1-e%2").arg(client).arg(edit);
        Status saved;
        bool obstacle = edit % 10 == 9;
        if (obstacle) {
            Obstacle o;
            o.ownerKind = OwnerKind::Project;
            o.ownerId = ids.at(slot);
            o.type = ObstacleType::Permits;
            o.description = marker;
            o.opened = QDate(2024, 5, 1);
            auto id = obstacles.insert(o);
            saved = id ? Status() : Status(id.error());
        } else {
            auto project = projects.get(ids.at(slot));
            if (!project) {
                log.unexpected << marker + u": " + project.error().message;
                continue;
            }
            project->investedRial += 1;
            project->notes = marker;
            saved = projects.update(*project);
        }
        if (saved) {
            log.accepted << marker;
            if (obstacle)
                ++log.obstaclesAdded;
            else
                ++log.acceptedOnRecord[slot];
        } else if (saved.error().kind == Error::Kind::Conflict || saved.error().kind == Error::Kind::Locked) {
            log.refused << marker;
        } else {
            log.unexpected << marker + u": " + saved.error().message;
        }
    }
}

} // namespace

TEST_CASE("Eight clients editing the same records lose no accepted edit", "[storage][concurrency]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    QList<Id> ids;
    qint64 investedBefore = 0;
    {
        auto db = openDb(path);
        const Seed s = seed(*db);
        ProjectRepository projects(*db);
        for (int i = 0; i < kRecords; ++i) {
            Project p = sampleProject(s, QStringLiteral("C-%1").arg(i));
            REQUIRE_OK(projects.insert(p));
            ids << p.id;
            investedBefore = p.investedRial;
        }
    }
    const QString location = testLocation(path);
    QList<ClientLog> logs(kClients);
    {
        std::vector<std::thread> clients;
        for (int c = 0; c < kClients; ++c)
            clients.emplace_back(runClient, location, c, ids, std::ref(logs[c]));
        for (auto& client : clients)
            client.join();
    }

    qint64 accepted = 0, refused = 0, obstaclesAdded = 0;
    QList<Id> perRecord(kRecords, 0);
    QSet<QString> acceptedMarkers, refusedMarkers;
    for (const ClientLog& log : logs) {
        INFO(log.openError.toStdString());
        REQUIRE(log.openError.isEmpty());
        INFO(log.unexpected.mid(0, 3).join(u" | ").toStdString());
        CHECK(log.unexpected.isEmpty());
        CHECK(log.accepted.size() + log.refused.size() == kEditsPerClient);
        accepted += log.accepted.size();
        refused += log.refused.size();
        obstaclesAdded += log.obstaclesAdded;
        for (int r = 0; r < kRecords; ++r)
            perRecord[r] += log.acceptedOnRecord.at(r);
        acceptedMarkers.unite(QSet<QString>(log.accepted.begin(), log.accepted.end()));
        refusedMarkers.unite(QSet<QString>(log.refused.begin(), log.refused.end()));
    }
    // The test means something only when clients really collided.
    CHECK(refused > 0);
    CHECK(accepted > kClients * kEditsPerClient / 10);
    UNSCOPED_INFO("accepted " << accepted << ", refused " << refused);

    auto db = openDb(path, nullptr, false);
    ProjectRepository projects(*db);
    for (int r = 0; r < kRecords; ++r) {
        auto project = projects.get(ids.at(r));
        REQUIRE_OK(project);
        INFO("record " << r);
        // No lost update: every accepted +1 is there, and the version counts every accepted save.
        CHECK(project->investedRial == investedBefore + perRecord.at(r));
        CHECK(project->version == 1 + perRecord.at(r));
    }
    CHECK(countRows(*db, QStringLiteral("SELECT COUNT(*) FROM obstacle")) == obstaclesAdded);

    // The audit log holds exactly the accepted saves, each once, under the client that made it.
    QSqlQuery audit(db->connection());
    REQUIRE(audit.exec(QStringLiteral("SELECT entity, user_login, new_json FROM audit WHERE action IN "
                                      "('update', 'insert') AND entity IN ('project', 'obstacle') AND "
                                      "user_login LIKE 'client-%'")));
    QSet<QString> audited;
    qint64 auditRows = 0;
    while (audit.next()) {
        ++auditRows;
        const QJsonObject row = QJsonDocument::fromJson(audit.value(2).toString().toUtf8()).object();
        const QString marker = audit.value(0).toString() == u"project" ? row.value(u"notes").toString()
                                                                       : row.value(u"description").toString();
        CHECK(audit.value(1).toString() == u"client-" + marker.section(u'-', 0, 0).mid(1));
        audited.insert(marker);
    }
    CHECK(auditRows == accepted);
    CHECK(audited == acceptedMarkers);
    CHECK_FALSE(audited.intersects(refusedMarkers));
}

// Two transactions that wait for each other: the server stops one (deadlock), the app reports it as
// a collision to try again, and the other goes through. SQLite cannot deadlock (BEGIN IMMEDIATE
// takes the write lock first), so this case runs on the server only.
TEST_CASE("A deadlock on the server is reported as a collision to try again",
          "[storage][concurrency][server]")
{
    REQUIRE(onServer()); // CTest runs it only in the "pg: " copy; by hand, pass --backend=postgres
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deadlock.sqlite"));
    QList<Id> ids;
    {
        auto db = openDb(path);
        const Seed s = seed(*db);
        ProjectRepository projects(*db);
        for (int i = 0; i < 2; ++i) {
            Project p = sampleProject(s, QStringLiteral("D-%1").arg(i));
            REQUIRE_OK(projects.insert(p));
            ids << p.id;
        }
    }
    const QString location = testLocation(path);
    std::atomic<int> firstLocks{0};
    Status outcome[2];
    const auto client = [&](int me) {
        OpenOptions options;
        options.exclusive = false;
        auto db = Database::open(location, options);
        if (!db) {
            outcome[me] = db.error();
            return;
        }
        const QString update = QStringLiteral("UPDATE project SET notes = ? WHERE id = ?");
        Transaction transaction(**db);
        auto first =
            sql::run(**db, update, {QStringLiteral("first"), QVariant::fromValue<qint64>(ids.at(me))});
        ++firstLocks;
        while (firstLocks.load() < 2)
            std::this_thread::yield();
        if (!first) {
            outcome[me] = first.error();
            return;
        }
        auto second =
            sql::run(**db, update, {QStringLiteral("second"), QVariant::fromValue<qint64>(ids.at(1 - me))});
        outcome[me] = second ? transaction.commit() : Status(second.error());
    };
    std::thread a(client, 0), b(client, 1);
    a.join();
    b.join();
    const int failed = int(!outcome[0].ok()) + int(!outcome[1].ok());
    REQUIRE(failed == 1);
    const Error& error = outcome[0].ok() ? outcome[1].error() : outcome[0].error();
    CHECK(error.kind == Error::Kind::Locked);
    CHECK(error.message.contains(u"collided"));
    CHECK(error.message.contains(u"Try again"));
    auto db = openDb(path, nullptr, false);
    CHECK(countRows(*db, QStringLiteral("SELECT COUNT(*) FROM project WHERE notes = 'second'")) == 1);
}

TEST_CASE("A collision is retried on the server at the outermost transaction only", "[storage][concurrency]")
{
    QTemporaryDir dir;
    auto db = openDb(dir.filePath(QStringLiteral("retry.sqlite")));
    const Error collision{Error::Kind::Locked, QStringLiteral("another user's change collided")};
    int calls = 0;
    const auto collidesTwice = [&]() -> Status { return ++calls <= 2 ? Status(collision) : Status(); };
    const Status outer = retryOnCollision(*db, collidesTwice);
    if (onServer()) {
        CHECK(outer.ok());
        CHECK(calls == 3);
    } else { // SQLite waits for its lock: a Locked error there is final
        CHECK_FALSE(outer.ok());
        CHECK(calls == 1);
    }

    calls = 0;
    const auto alwaysCollides = [&]() -> Status {
        ++calls;
        return collision;
    };
    const Status given = retryOnCollision(*db, alwaysCollides);
    CHECK(given.error().message == collision.message); // reported as it is after the last try
    CHECK(calls == (onServer() ? 4 : 1));

    calls = 0;
    Transaction callers(*db);
    REQUIRE_OK(callers.started());
    CHECK_FALSE(retryOnCollision(*db, collidesTwice).ok()); // inside the caller's transaction
    CHECK(calls == 1);

    calls = 0;
    const auto conflict = [&]() -> Status {
        ++calls;
        return Error{Error::Kind::Conflict, QStringLiteral("stale")};
    };
    REQUIRE_OK(callers.commit());
    CHECK_FALSE(retryOnCollision(*db, conflict).ok()); // a stale save is the person's to resolve
    CHECK(calls == 1);
}

// A progress report moves its project's version; while others save the same project, adding a
// report must never fail as stale (the person adding it held no old version).
TEST_CASE("Progress reports added while others save the project are never refused as stale",
          "[storage][concurrency]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reports.sqlite"));
    Id id = 0;
    {
        auto db = openDb(path);
        const Seed s = seed(*db);
        Project p = sampleProject(s, QStringLiteral("R-1"));
        REQUIRE_OK(ProjectRepository(*db).insert(p));
        id = p.id;
    }
    const QString location = testLocation(path);
    constexpr int kOps = 150;
    QStringList problems[4];
    int reportsAdded[4] = {0, 0, 0, 0};
    const auto client = [&](int me) {
        OpenOptions options;
        options.exclusive = false;
        auto db = Database::open(location, options);
        if (!db) {
            problems[me] << db.error().message;
            return;
        }
        ProjectRepository projects(**db);
        for (int op = 0; op < kOps; ++op) {
            if (me < 2) { // reporters: each report later than any before, so each moves the project
                ProgressReport report{0,
                                      id,
                                      QDate(2030, 1, 1).addDays(op * 2 + me),
                                      50.0 + op % 40,
                                      QStringLiteral("reporter"),
                                      QString()};
                auto added = projects.addReport(report);
                if (added)
                    ++reportsAdded[me];
                else
                    problems[me] << added.error().message;
            } else { // editors: stale saves are expected and fine
                auto project = projects.get(id);
                if (!project)
                    continue;
                project->notes = QStringLiteral("edit %1").arg(op);
                (void)projects.update(*project);
            }
        }
    };
    std::vector<std::thread> threads;
    for (int c = 0; c < 4; ++c)
        threads.emplace_back(client, c);
    for (auto& t : threads)
        t.join();
    for (int c = 0; c < 2; ++c) {
        INFO(problems[c].mid(0, 3).join(u" | ").toStdString());
        CHECK(problems[c].isEmpty());
        CHECK(reportsAdded[c] == kOps);
    }
    auto db = openDb(path, nullptr, false);
    CHECK(countRows(*db, QStringLiteral("SELECT COUNT(*) FROM progress_report")) == 2 * kOps);
}
