// Edits per second with 1, 4 and 8 clients (issue 7): each client on its own connection reads a
// project, changes it and saves it through ProjectRepository (optimistic locking, audit row), on a
// shared set of records. The same load runs on a SQLite file (the baseline, in the same run) and on
// the server database given with --server. bench/server_vs_sqlite.sh starts a throwaway server.
//   bench_server --server postgresql://user@127.0.0.1:PORT/db [--edits 300] [--records 200] [--runs 3]
#include "BenchSupport.h"

#include "core/Records.h"
#include "storage/Database.h"
#include "storage/Repositories.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <fmt/core.h>

#include <atomic>
#include <random>
#include <thread>
#include <vector>

using namespace ehya;

namespace {

struct Load
{
    int edits = 300;   // per client
    int records = 200; // shared by the clients
};

struct Outcome
{
    double seconds = 0;
    long accepted = 0, refused = 0, failed = 0;
};

storage::OpenOptions sharedOpen(bool create)
{
    storage::OpenOptions options;
    options.create = create;
    options.exclusive = false; // several connections to one SQLite file, as several app windows would
    options.user = QStringLiteral("bench");
    return options;
}

// Fresh reference data and `records` projects; returns their ids.
std::vector<Id> prepare(const QString& location, int records)
{
    auto db = storage::Database::open(location, sharedOpen(true));
    if (!db)
        qFatal("cannot open %s: %s", qUtf8Printable(location), qUtf8Printable(db.error().message));
    storage::ReferenceRepository refs(**db);
    Province province{0, QStringLiteral("BN"), QStringLiteral("آزمون"), QStringLiteral("Bench")};
    County county{0, 0, QStringLiteral("شهر"), QStringLiteral("Town")};
    Sector sector{0, QStringLiteral("29"), QStringLiteral("خودرو"), QStringLiteral("Vehicles")};
    if (!refs.add(province) || (county.provinceId = province.id, !refs.add(county)) || !refs.add(sector))
        qFatal("cannot add the reference data");
    storage::ProjectRepository projects(**db);
    std::vector<Id> ids;
    storage::Transaction transaction(**db);
    for (int i = 0; i < records; ++i) {
        Project p;
        p.provinceId = province.id;
        p.countyId = county.id;
        p.sectorId = sector.id;
        p.title = QStringLiteral("طرح %1").arg(i);
        p.permitNo = QStringLiteral("B-%1").arg(i);
        p.progress = 40;
        p.remainingRial = 10'000'000'000;
        p.plannedJobs = 10;
        p.status = ProjectStatus::Stalled;
        if (!projects.insert(p))
            qFatal("cannot add a project");
        ids.push_back(p.id);
    }
    if (!transaction.commit())
        qFatal("cannot commit the projects");
    return ids;
}

Outcome run(const QString& location, const std::vector<Id>& ids, int clients, const Load& load)
{
    std::atomic<long> accepted{0}, refused{0}, failed{0};
    std::atomic<int> ready{0};
    std::atomic<bool> go{false};
    QElapsedTimer timer;
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back([&, c] {
            auto db = storage::Database::open(location, sharedOpen(false));
            ++ready;
            while (!go.load())
                std::this_thread::yield();
            if (!db) {
                failed += load.edits;
                return;
            }
            storage::ProjectRepository projects(**db);
            std::mt19937 random(quint32(7 + c));
            std::uniform_int_distribution<size_t> pick(0, ids.size() - 1);
            for (int e = 0; e < load.edits; ++e) {
                auto project = projects.get(ids[pick(random)]);
                if (!project) {
                    ++failed;
                    continue;
                }
                project->investedRial += 1;
                const Status saved = projects.update(*project);
                if (saved)
                    ++accepted;
                else if (saved.error().kind == Error::Kind::Conflict ||
                         saved.error().kind == Error::Kind::Locked)
                    ++refused;
                else
                    ++failed;
            }
        });
    }
    while (ready.load() < clients)
        std::this_thread::yield();
    timer.start();
    go = true;
    for (auto& t : threads)
        t.join();
    return {double(timer.nsecsElapsed()) / 1e9, accepted.load(), refused.load(), failed.load()};
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption serverOption(QStringLiteral("server"), QStringLiteral("server database"),
                                          QStringLiteral("URL"));
    const QCommandLineOption editsOption(QStringLiteral("edits"), QStringLiteral("edits per client"),
                                         QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption recordsOption(QStringLiteral("records"), QStringLiteral("shared records"),
                                           QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("runs (median)"),
                                        QStringLiteral("R"), QStringLiteral("3"));
    parser.addOptions({serverOption, editsOption, recordsOption, runsOption});
    parser.process(app);
    if (!parser.isSet(serverOption))
        qFatal("--server postgresql://... is required (bench/server_vs_sqlite.sh starts one)");
    Load load;
    load.edits = parser.value(editsOption).toInt();
    load.records = parser.value(recordsOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    const QString sqlite = dir.filePath(QStringLiteral("edits.sqlite"));
    const QString server = parser.value(serverOption);
    const std::vector<Id> sqliteIds = prepare(sqlite, load.records);
    const std::vector<Id> serverIds = prepare(server, load.records);

    fmt::print("{} edits per client on {} shared projects, median of {} runs (edits/s counts every save "
               "tried; refused = stale, reported)\n",
               load.edits, load.records, runs);
    for (int clients : {1, 4, 8}) {
        double rate[2] = {0, 0};
        for (int backend = 0; backend < 2; ++backend) {
            const QString& location = backend == 0 ? sqlite : server;
            const std::vector<Id>& ids = backend == 0 ? sqliteIds : serverIds;
            std::vector<double> perSecond;
            Outcome last;
            for (int r = 0; r < runs; ++r) {
                last = run(location, ids, clients, load);
                perSecond.push_back(double(last.accepted + last.refused) / last.seconds);
            }
            rate[backend] = bench::summarize(perSecond).median;
            fmt::print(
                "{} client(s) {:<10} {:8.0f} edits/s  (last run: {} accepted, {} refused, {} failed)\n",
                clients, backend == 0 ? "SQLite" : "PostgreSQL", rate[backend], last.accepted, last.refused,
                last.failed);
        }
        fmt::print("{} client(s) server / SQLite = {:.2f}\n", clients, rate[1] / rate[0]);
    }
    fmt::print("peak RSS {} MiB\n", bench::peakRssKiB() / 1024);
    return 0;
}
