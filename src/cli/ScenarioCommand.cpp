// `ehya-cli scenario DB list | show NAME | save NAME FILE.json | delete NAME`: the scenarios of the
// engine, stored in the database. The seed policy is always there and cannot be changed.
#include "Arguments.h"
#include "Cli.h"
#include "storage/Database.h"
#include "storage/Scenarios.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace ehya::cli {

using namespace Qt::StringLiterals;

namespace {

QString scenarioHelp()
{
    return Text::tr("Usage: ehya-cli scenario DB list\n"
                    "       ehya-cli scenario DB show NAME\n"
                    "       ehya-cli scenario DB save NAME FILE.json\n"
                    "       ehya-cli scenario DB delete NAME\n"
                    "The scenarios the ranking uses (ehya-cli rank --scenario NAME). \"seed policy\" is the\n"
                    "default and cannot be changed: show it, edit the JSON, save it under another name.\n"
                    "Keys of the JSON (any may be left out to keep the default):\n"
                    "  project_weights {cost_per_job, progress, remaining, jobs, export}\n"
                    "  unit_weights {cost_per_job, restart_cost, jobs, months_idle, export}\n"
                    "  tiers [75, 50, 25]; project_statuses, unit_statuses [status keys];\n"
                    "  require_market, require_justified (true/false);\n"
                    "  normalisation mid_rank|min_max; ordering tier_first|score_only");
}

// The stored JSON plus the version it was read at: `save` of an existing scenario requires it back,
// so that a change someone saved meanwhile is refused rather than overwritten.
QString pretty(const storage::StoredScenario& stored)
{
    QJsonObject object = QJsonDocument::fromJson(storage::scenarioToJson(stored.scenario).toUtf8()).object();
    object.insert(QStringLiteral("version"), stored.version);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed();
}

} // namespace

int runScenario(const QStringList& arguments)
{
    const QString command = u"scenario"_s;
    const auto parsed = Arguments::parse(arguments, {});
    if (!parsed)
        return usageError(command, parsed.error().message);
    if (parsed->help()) {
        printOut(scenarioHelp());
        return ExitCode::Success;
    }
    const QStringList& args = parsed->positional();
    if (args.size() < 2)
        return usageError(command, Text::tr("Give the database and what to do: list, show, save or delete."));
    const QString& path = args[0];
    const QString& action = args[1];
    const qsizetype wanted = action == u"list" ? 2 : action == u"save" ? 4 : 3;
    if (action != u"list" && action != u"show" && action != u"save" && action != u"delete")
        return usageError(command,
                          Text::tr("Unknown action '%1': use list, show, save or delete.").arg(action));
    if (args.size() != wanted)
        return usageError(
            command, Text::tr("'%1' takes %2 argument(s) after the database.").arg(action).arg(wanted - 2));

    storage::OpenOptions options;
    options.exclusive = action != u"list" && action != u"show";
    auto db = storage::Database::open(path, options);
    if (!db)
        return fail(ExitCode::Rejected,
                    Text::tr("Could not open the database %1: %2").arg(path, db.error().message));
    storage::ScenarioRepository repository(**db);

    if (action == u"list") {
        auto all = repository.list();
        if (!all)
            return fail(ExitCode::Rejected, all.error().message);
        for (const auto& stored : *all)
            printOut(QString::fromStdString(stored.scenario.name) +
                     (stored.builtin ? Text::tr("  (built in, read-only)") : QString()));
        return ExitCode::Success;
    }
    const QString& name = args[2];
    auto existing = repository.get(name);
    if (action == u"show") {
        if (!existing)
            return usageError(command, existing.error().message);
        printOut(pretty(*existing));
        return ExitCode::Success;
    }
    if (action == u"delete") {
        if (!existing)
            return usageError(command, existing.error().message);
        if (auto removed = repository.remove(name, existing->version); !removed)
            return fail(ExitCode::Rejected, removed.error().message);
        return ExitCode::Success;
    }
    // save NAME FILE.json
    QFile file(args[3]);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ExitCode::Rejected, Text::tr("Cannot read %1: %2").arg(args[3], file.errorString()));
    const QByteArray bytes = file.readAll();
    auto scenario = storage::scenarioFromJson(QString::fromUtf8(bytes), name);
    if (!scenario)
        return fail(ExitCode::Rejected, Text::tr("%1: %2").arg(args[3], scenario.error().message));
    storage::StoredScenario stored;
    stored.scenario = std::move(*scenario);
    if (existing) {
        const QJsonValue version = QJsonDocument::fromJson(bytes).object().value(QStringLiteral("version"));
        if (!version.isDouble())
            return fail(
                ExitCode::Rejected,
                Text::tr("The scenario '%1' exists already: keep the \"version\" that 'scenario show' "
                         "printed in %2, so that a change saved meanwhile is not overwritten.")
                    .arg(name, args[3]));
        stored.version = version.toInt();
    }
    if (auto saved = repository.save(stored); !saved)
        return fail(ExitCode::Rejected, saved.error().message);
    printOut(Text::tr("Saved scenario '%1' (version %2).").arg(name).arg(stored.version));
    return ExitCode::Success;
}

} // namespace ehya::cli
