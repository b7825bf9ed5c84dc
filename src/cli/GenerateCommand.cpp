// `ehya-cli generate DB --projects N --units M [--seed S]`: synthetic data at scale.
#include "Arguments.h"
#include "Cli.h"
#include "io/DemoData.h"
#include "io/Generator.h"
#include "storage/Database.h"

#include <QElapsedTimer>

namespace ehya::cli {

namespace {

constexpr qint64 maxCount = 10'000'000;

QString help()
{
    return Text::tr("Usage: ehya-cli generate DB --projects N --units M [--seed S]\n"
                    "Adds N synthetic half-finished projects and M idle units, with progress\n"
                    "histories, obstacles and actions, spread over every province, county and\n"
                    "sector of the reference data, in one transaction. The same seed gives the\n"
                    "same data. Creates DB with the reference data when it does not exist.\n"
                    "\n"
                    "Options:\n"
                    "  --projects N   number of projects (0 to 10,000,000)\n"
                    "  --units M      number of idle units (0 to 10,000,000)\n"
                    "  --seed S       random seed, a whole number (default 1)");
}

} // namespace

int runGenerate(const QStringList& arguments)
{
    const QString command = QStringLiteral("generate");
    const auto parsed = Arguments::parse(arguments, {{QStringLiteral("projects"), true},
                                                     {QStringLiteral("units"), true},
                                                     {QStringLiteral("seed"), true}});
    if (!parsed) {
        return usageError(command, parsed.error().message);
    }
    if (parsed->help()) {
        printOut(help());
        return ExitCode::Success;
    }
    const QStringList& positional = parsed->positional();
    if (positional.isEmpty()) {
        return usageError(command, Text::tr("The database file (DB) is missing."));
    }
    if (positional.size() > 1) {
        return usageError(command, Text::tr("Unexpected argument '%1'.").arg(positional.at(1)));
    }
    io::GenerateOptions options;
    for (const auto& [name, target] : {std::pair{QStringLiteral("projects"), &options.projects},
                                       std::pair{QStringLiteral("units"), &options.units}}) {
        if (!parsed->has(name)) {
            return usageError(command, Text::tr("The option --%1 is missing.").arg(name));
        }
        const auto count = parseCount(parsed->value(name), 0, maxCount);
        if (!count) {
            return usageError(command, Text::tr("The value of --%1 must be a whole number from 0 to "
                                                "10,000,000; it is '%2'.")
                                           .arg(name, parsed->value(name)));
        }
        *target = *count;
    }
    if (parsed->has(QStringLiteral("seed"))) {
        const auto seed = parseSeed(parsed->value(QStringLiteral("seed")));
        if (!seed) {
            return usageError(command, Text::tr("The value of --seed must be a whole number of at least "
                                                "0; it is '%1'.")
                                           .arg(parsed->value(QStringLiteral("seed"))));
        }
        options.seed = *seed;
    }

    const QString& path = positional.first();
    QElapsedTimer timer;
    timer.start();
    // A missing file or server database is made first, with the reference data.
    auto db = storage::Database::open(path);
    if (!db && db.error().kind == Error::Kind::NotFound) {
        if (const Status created = io::createDatabase(path, false); !created) {
            return fail(ExitCode::Rejected,
                        Text::tr("Could not create the database %1: %2").arg(path, created.error().message));
        }
        db = storage::Database::open(path);
    }
    if (!db) {
        return fail(ExitCode::Rejected,
                    Text::tr("Could not open the database %1: %2").arg(path, db.error().message));
    }
    const auto summary = io::generateData(**db, options);
    if (!summary) {
        return fail(ExitCode::Rejected,
                    Text::tr("Nothing was generated in %1: %2").arg(path, summary.error().message));
    }
    printOut(Text::tr("Generated in %1: %2 projects, %3 idle units, %4 progress reports, %5 obstacles, "
                      "%6 actions (seed %7, %8 s).")
                 .arg(path)
                 .arg(summary->projects)
                 .arg(summary->units)
                 .arg(summary->reports)
                 .arg(summary->obstacles)
                 .arg(summary->actions)
                 .arg(options.seed)
                 .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 2));
    return ExitCode::Success;
}

} // namespace ehya::cli
