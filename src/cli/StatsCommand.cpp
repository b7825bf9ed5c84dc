// `ehya-cli stats DB [--format table|json]`: the figures per province.
#include "Arguments.h"
#include "Cli.h"
#include "StatsFormat.h"
#include "storage/Database.h"
#include "storage/Stats.h"

namespace ehya::cli {

int runStats(const QStringList& arguments)
{
    const QString command = QStringLiteral("stats");
    const auto parsed = Arguments::parse(arguments, {{QStringLiteral("format"), true}});
    if (!parsed) {
        return usageError(command, parsed.error().message);
    }
    if (parsed->help()) {
        printOut(Text::tr("Usage: ehya-cli stats DB [--format table|json]\n"
                          "Prints per province: half-finished projects (per progress tier A-D and above\n"
                          "60%), their remaining investment and planned jobs; idle units that are\n"
                          "candidates, eligible (market and justified), revived, revived by a change\n"
                          "of management; progress reports, open obstacles and actions.\n"
                          "\n"
                          "Options:\n"
                          "  --format F   table (default) or json\n"
                          "  --lang L     fa or en: the language of the table (default: the system's\n"
                          "               language); JSON keeps English keys and Latin digits"));
        return ExitCode::Success;
    }
    const QStringList& positional = parsed->positional();
    if (positional.isEmpty()) {
        return usageError(command, Text::tr("The database file (DB) is missing."));
    }
    if (positional.size() > 1) {
        return usageError(command, Text::tr("Unexpected argument '%1'.").arg(positional.at(1)));
    }
    const QString format = parsed->value(QStringLiteral("format"), QStringLiteral("table"));
    if (format != u"table" && format != u"json") {
        return usageError(command,
                          Text::tr("The value of --format must be table or json; it is '%1'.").arg(format));
    }
    const QString& path = positional.first();
    storage::OpenOptions options;
    options.exclusive = false; // reading only: another instance may have the database open
    auto db = storage::Database::open(path, options);
    if (!db) {
        return fail(ExitCode::Rejected,
                    Text::tr("Could not open the database %1: %2").arg(path, db.error().message));
    }
    const auto stats = storage::computeStats(**db);
    if (!stats) {
        return fail(ExitCode::Rejected,
                    Text::tr("Could not compute the figures of %1: %2").arg(path, stats.error().message));
    }
    printOut(format == u"json" ? statsJson(*stats) : statsTable(*stats, persian()));
    return ExitCode::Success;
}

} // namespace ehya::cli
