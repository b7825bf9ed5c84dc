// Crash safety: a child process writing transactions is killed with SIGKILL at random moments
// (fixed seed); after each kill the database must pass integrity_check and every transaction
// must be whole or absent, with its audit rows.
#include "StorageFixture.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QThread>

#include <random>

using namespace ehya;
using namespace ehya::storage;
using namespace ehya::test;

namespace {

// The number of the last "committed N" line the child printed, or -1.
int lastCommitted(const QByteArray& output)
{
    int last = -1;
    for (const QByteArray& line : output.split('\n')) {
        if (line.startsWith("committed "))
            last = line.mid(10).toInt();
    }
    return last;
}

} // namespace

TEST_CASE("Transactions survive SIGKILL whole or not at all", "[storage][crash][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
    {
        auto db = openDb(path);
        seed(*db);
    }
    std::mt19937 random(20240403);
    std::uniform_int_distribution<int> delay(20, 200);
    constexpr int rounds = 50;
    qint64 projectsSeen = 0;
    int roundsWithCommits = 0;

    for (int round = 0; round < rounds; ++round) {
        INFO("round " << round);
        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QStringLiteral(EHYA_CRASH_WRITER), {path});
        REQUIRE(child.waitForStarted(10000));
        QByteArray output;
        QElapsedTimer waited;
        waited.start();
        while (!output.contains("ready\n") && waited.elapsed() < 20000) {
            if (!child.waitForReadyRead(20000))
                break;
            output += child.readAllStandardOutput();
        }
        INFO(child.readAllStandardError().toStdString());
        REQUIRE(output.contains("ready\n"));
        QThread::msleep(static_cast<unsigned long>(delay(random)));
        child.kill(); // SIGKILL
        REQUIRE(child.waitForFinished(10000));
        output += child.readAllStandardOutput();
        const int committed = lastCommitted(output);
        if (committed >= 0)
            ++roundsWithCommits;

        auto db = openDb(path, nullptr, false); // takes over the dead child's lock
        REQUIRE(db->integrityCheck().ok());
        const qint64 projects = countRows(*db, QStringLiteral("SELECT COUNT(*) FROM project"));
        CHECK(projects >= projectsSeen + committed + 1);
        CHECK(projects <= projectsSeen + committed + 2); // at most one commit not yet printed
        projectsSeen = projects;

        // Every project has exactly its three reports, and its progress is the last of them.
        CHECK(countRows(*db, QStringLiteral("SELECT COUNT(*) FROM project p WHERE (SELECT COUNT(*) FROM "
                                            "progress_report r WHERE r.project_id = p.id) <> 3")) == 0);
        CHECK(countRows(*db, QStringLiteral(
                                 "SELECT COUNT(*) FROM project WHERE progress <> 30 OR version <> 4")) == 0);
        CHECK(countRows(*db, QStringLiteral("SELECT COUNT(*) FROM progress_report")) == 3 * projects);
        // Audit rows match the records one for one.
        CHECK(
            countRows(*db, QStringLiteral("SELECT COUNT(*) FROM audit WHERE entity = 'project' AND action = "
                                          "'insert' AND entity_id IN (SELECT id FROM project)")) == projects);
        CHECK(
            countRows(*db, QStringLiteral("SELECT COUNT(*) FROM audit WHERE entity = 'project' AND action = "
                                          "'insert'")) == projects);
        CHECK(
            countRows(*db, QStringLiteral("SELECT COUNT(*) FROM audit WHERE entity = 'project' AND action = "
                                          "'update'")) == 3 * projects);
        CHECK(countRows(*db, QStringLiteral("SELECT COUNT(*) FROM audit WHERE entity = 'progress_report' AND "
                                            "entity_id IN (SELECT id FROM progress_report)")) ==
              3 * projects);
        CHECK(countRows(*db, QStringLiteral("SELECT COUNT(*) FROM audit WHERE entity = 'progress_report'")) ==
              3 * projects);
    }
    CHECK(roundsWithCommits > rounds / 2); // the test exercised real writes, not only start-ups
    CHECK(projectsSeen > rounds);
}
