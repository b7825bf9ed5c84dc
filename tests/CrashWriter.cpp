// Child process of TestCrash: opens the database given on the command line and writes
// transactions (one project + three progress reports each) until it is killed. After each commit
// it prints "committed N" so that the parent knows what must have survived.
#include "storage/Database.h"
#include "storage/Repositories.h"

#include <QCoreApplication>
#include <QDate>

#include <cstdio>

using namespace ehya;
using namespace ehya::storage;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: ehya_crash_writer DB\n");
        return 2;
    }
    OpenOptions options;
    options.user = QStringLiteral("crash-writer");
    auto db = Database::open(args.at(1), options);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    ReferenceRepository refs(**db);
    const auto provinces = refs.provinces();
    const auto counties = refs.counties();
    const auto sectors = refs.sectors();
    if (!provinces || !counties || !sectors || provinces->isEmpty() || counties->isEmpty() ||
        sectors->isEmpty()) {
        std::fprintf(stderr, "no reference data\n");
        return 1;
    }
    ProjectRepository projects(**db);
    const QString prefix = QStringLiteral("CR-%1-").arg(QCoreApplication::applicationPid());
    std::printf("ready\n");
    std::fflush(stdout);
    for (int n = 0;; ++n) {
        Transaction transaction(**db);
        Project p;
        p.provinceId = counties->at(0).provinceId;
        p.countyId = counties->at(0).id;
        p.sectorId = sectors->at(0).id;
        p.title = QStringLiteral("Crash test project %1").arg(n);
        p.permitNo = prefix + QString::number(n);
        p.progress = 5;
        p.remainingRial = 1000 + n;
        if (!projects.insert(p)) {
            std::fprintf(stderr, "insert failed\n");
            return 1;
        }
        for (int i = 0; i < 3; ++i) {
            ProgressReport report{
                0, p.id, QDate(2024, 1, 1).addDays(i), 10.0 * (i + 1), QStringLiteral("writer"), QString()};
            if (!projects.addReport(report)) {
                std::fprintf(stderr, "report failed\n");
                return 1;
            }
        }
        if (auto done = transaction.commit(); !done) {
            std::fprintf(stderr, "%s\n", qPrintable(done.error().message));
            return 1;
        }
        std::printf("committed %d\n", n);
        std::fflush(stdout);
    }
}
