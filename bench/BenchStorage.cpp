// Storage at scale: generates a database of 100k projects and 20k idle units in a temporary
// folder, then times open, load (every list row) and stats, each against a bare-SQL baseline
// measured in the same run. Not a test: it prints figures (bench/README.md).
//   bench_storage [--projects N] [--units M] [--runs R] [--writers N]
// --writers N also times the two generator writers (direct SQL vs repositories) on N projects.
#include "io/DemoData.h"
#include "io/Generator.h"
#include "storage/Database.h"
#include "storage/Listing.h"
#include "storage/Stats.h"

#include "BenchSupport.h"

#include <fmt/format.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <vector>

using namespace ehya;
using bench::measure;
using bench::peakRssKiB;
using bench::Timing;

namespace {

[[noreturn]] void die(const QString& what, const Error& error)
{
    fmt::print(stderr, "bench_storage: {}: {}\n", what.toStdString(), error.message.toStdString());
    std::exit(1);
}

void report(const char* name, const Timing& ours, const char* baselineName, const Timing& baseline)
{
    fmt::print("{:<8} median {:9.1f} ms  min {:9.1f} ms   | baseline {:<28} median {:8.1f} ms  min {:8.1f} ms"
               "  | ratio {:6.2f}x\n",
               name, ours.median, ours.min, baselineName, baseline.median, baseline.min,
               baseline.median > 0 ? ours.median / baseline.median : 0.0);
}

std::unique_ptr<storage::Database> openOrDie(const QString& path)
{
    auto db = storage::Database::open(path);
    if (!db)
        die(QStringLiteral("open ") + path, db.error());
    return std::move(*db);
}

double generateInto(const QString& path, io::GenerateOptions options)
{
    if (const Status created = io::createDatabase(path, false); !created)
        die(QStringLiteral("create ") + path, created.error());
    auto db = openOrDie(path);
    const auto auditRows = [&] {
        QSqlQuery query(db->connection());
        query.exec(QStringLiteral("SELECT count(*) FROM audit"));
        return query.next() ? query.value(0).toLongLong() : -1;
    };
    const qint64 auditBefore = auditRows();
    QElapsedTimer timer;
    timer.start();
    const auto summary = io::generateData(*db, options);
    if (!summary)
        die(QStringLiteral("generate"), summary.error());
    const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    const qint64 rows =
        summary->projects + summary->units + summary->reports + summary->obstacles + summary->actions;
    fmt::print("generate ({}): {} projects, {} units, {} reports, {} obstacles, {} actions = {} rows "
               "(+ {} audit rows) in {:.2f} s ({:.0f} rows/s)\n",
               options.writer == io::GenerateWriter::Direct ? "direct" : "repositories", summary->projects,
               summary->units, summary->reports, summary->obstacles, summary->actions, rows,
               auditRows() - auditBefore, seconds, static_cast<double>(rows) / std::max(seconds, 1e-9));
    return seconds;
}

qint64 argument(const QStringList& args, const char* name, qint64 fallback)
{
    const qsizetype at = args.indexOf(QLatin1String(name));
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toLongLong() : fallback;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    io::GenerateOptions options;
    options.projects = argument(args, "--projects", 100000);
    options.units = argument(args, "--units", 20000);
    const int runs = static_cast<int>(std::max<qint64>(1, argument(args, "--runs", 5)));
    const qint64 writers = argument(args, "--writers", 0);

    QTemporaryDir dir;
    if (!dir.isValid())
        die(QStringLiteral("temporary folder"), Error{Error::Kind::Io, dir.errorString()});
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    generateInto(path, options);

    if (writers > 0) {
        io::GenerateOptions small{writers, writers / 5, 2};
        const double direct = generateInto(dir.filePath(QStringLiteral("direct.sqlite")), small);
        small.writer = io::GenerateWriter::Repositories;
        const double viaRepositories =
            generateInto(dir.filePath(QStringLiteral("repositories.sqlite")), small);
        fmt::print("writers on {} projects: repositories / direct = {:.1f}x\n", writers,
                   viaRepositories / std::max(direct, 1e-9));
    }

    fmt::print("\n{} runs each (median, min); the baseline runs on the same file in the same process\n",
               runs);
    const Timing open = measure(runs, [&] { openOrDie(path); });
    const Timing bareOpen = measure(runs, [&] {
        const QString name = QStringLiteral("bench-bare");
        {
            QSqlDatabase bare = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            bare.setDatabaseName(path);
            bare.open();
            QSqlQuery query(bare);
            query.exec(QStringLiteral("SELECT 1 FROM project LIMIT 1"));
            query.next();
        }
        QSqlDatabase::removeDatabase(name);
    });
    report("open", open, "QSqlDatabase::open", bareOpen);
    // Most of our open is the quick_check that the storage rules ask for: the same, bare.
    const Timing bareCheck = measure(runs, [&] {
        const QString name = QStringLiteral("bench-check");
        {
            QSqlDatabase bare = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            bare.setDatabaseName(path);
            bare.open();
            QSqlQuery query(bare);
            query.exec(QStringLiteral("PRAGMA quick_check"));
            query.next();
        }
        QSqlDatabase::removeDatabase(name);
    });
    report("open", open, "open + PRAGMA quick_check", bareCheck);

    auto db = openOrDie(path);
    qint64 loaded = 0;
    const Timing load = measure(runs, [&] {
        const auto rows = storage::listProjectRows(*db);
        if (!rows)
            die(QStringLiteral("load"), rows.error());
        loaded = rows->size();
    });
    qint64 scanned = 0;
    const Timing scan = measure(runs, [&] {
        QSqlQuery query(db->connection());
        query.setForwardOnly(true);
        query.exec(QStringLiteral("SELECT * FROM project"));
        const int columns = query.record().count();
        scanned = 0;
        while (query.next()) {
            for (int i = 0; i < columns; ++i)
                query.value(i);
            ++scanned;
        }
    });
    report("load", load, "SELECT * FROM project (all)", scan);
    fmt::print("         ({} project rows listed, {} scanned)\n", loaded, scanned);

    const Timing stats = measure(runs, [&] {
        const auto figures = storage::computeStats(*db);
        if (!figures)
            die(QStringLiteral("stats"), figures.error());
    });
    const Timing countAll = measure(runs, [&] {
        QSqlQuery query(db->connection());
        query.exec(QStringLiteral("SELECT count(*) FROM project"));
        query.next();
    });
    report("stats", stats, "SELECT count(*) FROM project", countAll);
    report("stats", stats, "SELECT * FROM project (all)", scan);

    fmt::print("\npeak RSS {:.1f} MiB\n", static_cast<double>(peakRssKiB()) / 1024.0);
    return 0;
}
