// `ehya-cli init DB` and `ehya-cli demo DB`: create a new database (never overwrite one).
#include "Arguments.h"
#include "Cli.h"
#include "io/DemoData.h"
#include "storage/ServerLocation.h"

#include <QFileInfo>

namespace ehya::cli {

namespace {

int create(const QString& command, const QStringList& arguments, bool withDemo, const QString& help)
{
    const auto parsed = Arguments::parse(arguments, {});
    if (!parsed) {
        return usageError(command, parsed.error().message);
    }
    if (parsed->help()) {
        printOut(help);
        return ExitCode::Success;
    }
    const QStringList& positional = parsed->positional();
    if (positional.isEmpty()) {
        return usageError(command, Text::tr("The database file (DB) is missing."));
    }
    if (positional.size() > 1) {
        return usageError(command, Text::tr("Unexpected argument '%1'.").arg(positional.at(1)));
    }
    const QString& path = positional.first();
    if (!storage::ServerLocation::isServer(path) && QFileInfo::exists(path)) {
        return fail(ExitCode::Rejected,
                    Text::tr("The file %1 already exists; '%2' creates a new database and never "
                             "overwrites one. Choose another name or remove the file first.")
                        .arg(path, command));
    }
    if (const Status status = io::createDatabase(path, withDemo); !status) {
        return fail(ExitCode::Rejected,
                    Text::tr("Could not create the database %1: %2").arg(path, status.error().message));
    }
    printOut(withDemo ? Text::tr("Created %1 with the reference data and the demo dataset.").arg(path)
                      : Text::tr("Created %1 with the reference data.").arg(path));
    return ExitCode::Success;
}

} // namespace

int runInit(const QStringList& arguments)
{
    return create(QStringLiteral("init"), arguments, false,
                  Text::tr("Usage: ehya-cli init DB\n"
                           "Creates DB holding only the reference data (provinces, counties,\n"
                           "industrial estates, sectors, agencies, users). DB must not exist yet."));
}

int runDemo(const QStringList& arguments)
{
    return create(QStringLiteral("demo"), arguments, true,
                  Text::tr("Usage: ehya-cli demo DB\n"
                           "Creates DB holding the reference data and the demo dataset (calibrated on\n"
                           "the published figures, e.g. 1,610 half-finished projects in East\n"
                           "Azerbaijan). DB must not exist yet."));
}

} // namespace ehya::cli
