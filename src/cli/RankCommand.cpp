// `ehya-cli rank DB [--kind projects|units] [--province NAME] [--scenario NAME] [--budget RIALS]
//  [--plan policy|max-jobs] [--as-of DATE] [--format table|csv|json] [--output FILE]
//  [--sensitivity N] [--seed S] [--lang fa|en] [--no-bom]`
#include "Arguments.h"
#include "Cli.h"
#include "RankArguments.h"
#include "RankFormat.h"
#include "core/Clock.h"
#include "core/Dates.h"
#include "core/Money.h"
#include "io/CsvWriter.h"
#include "io/RankingService.h"
#include "storage/Database.h"
#include "storage/Repositories.h"

#include <QFile>

namespace ehya::cli {

using namespace Qt::StringLiterals;

namespace {

QString rankHelp()
{
    return Text::tr(
        "Usage: ehya-cli rank DB [options]\n"
        "Ranks half-finished projects (by progress tier, then score) or idle units (by score) by a\n"
        "scenario, and plans a budget over the ranked list.\n"
        "\n"
        "Options:\n"
        "  --kind K          projects (default) or units\n"
        "  --province NAME   one province (Persian or English name, or code); default every province\n"
        "  --scenario NAME   a stored scenario; default \"seed policy\"\n"
        "  --budget AMOUNT   rials, or with a unit: \"1000 billion toman\", \"۱۰۰۰ میلیارد تومان\"\n"
        "  --plan P          policy (rank order, default) or max-jobs (most jobs within the budget)\n"
        "  --as-of DATE      the date months idle are counted to (ISO or Jalali); default today\n"
        "  --format F        table (default), csv or json\n"
        "  --output FILE     write to FILE (atomically) instead of standard output\n"
        "  --sensitivity N   add the rank spread over N random weight perturbations (±25%)\n"
        "  --seed S          the seed of the perturbations (default 1)\n"
        "  --lang L          fa or en: the language of the table, the explanation and the names in\n"
        "                    the table and CSV (default: the system's language); CSV and JSON keep\n"
        "                    English keys and Latin digits\n"
        "  --no-bom          CSV without the UTF-8 byte order mark\n"
        "  --explain CODE    explain one item (permit or licence number): why it ranks there and\n"
        "                    what would move it up or get it funded (table or json)");
}

} // namespace

int runRank(const QStringList& arguments)
{
    const QString command = u"rank"_s;
    const auto parsed = Arguments::parse(arguments, {{u"kind"_s, true},
                                                     {u"province"_s, true},
                                                     {u"scenario"_s, true},
                                                     {u"budget"_s, true},
                                                     {u"plan"_s, true},
                                                     {u"as-of"_s, true},
                                                     {u"format"_s, true},
                                                     {u"output"_s, true},
                                                     {u"sensitivity"_s, true},
                                                     {u"seed"_s, true},
                                                     {u"no-bom"_s, false},
                                                     {u"explain"_s, true}});
    if (!parsed)
        return usageError(command, parsed.error().message);
    if (parsed->help()) {
        printOut(rankHelp());
        return ExitCode::Success;
    }
    if (const auto problem = parsed->oneDatabaseProblem())
        return usageError(command, *problem);

    io::RankRequest request;
    if (auto wrong = readRankRequest(*parsed, request))
        return usageError(command, *wrong);
    const QString format = parsed->value(u"format"_s, u"table"_s);
    if (format != u"table" && format != u"csv" && format != u"json")
        return usageError(
            command, Text::tr("The value of --format must be table, csv or json; it is '%1'.").arg(format));
    // --lang is the global option (Cli.cpp): it picks the names as well as the language.
    const bool fa = persian();

    const QString path = parsed->positional().first();
    storage::OpenOptions options;
    options.exclusive = false; // reading only
    auto db = storage::Database::open(path, options);
    if (!db)
        return fail(ExitCode::Rejected,
                    Text::tr("Could not open the database %1: %2").arg(path, db.error().message));

    auto province = chooseProvince(**db, *parsed, fa);
    if (!province)
        return province.error().kind == Error::Kind::NotFound
                   ? usageError(command, province.error().message)
                   : fail(ExitCode::Rejected, province.error().message);
    request.provinceId = province->id;
    const QString provinceName = province->name;

    auto report = io::buildRankReport(**db, request);
    if (!report) {
        // An unknown scenario name is a usage error; a damaged stored scenario or a database error
        // is not something the command line can fix.
        const bool usage = report.error().kind == Error::Kind::NotFound;
        return usage ? usageError(command, report.error().message)
                     : fail(ExitCode::Rejected, report.error().message);
    }

    RankFormatOptions formatOptions;
    formatOptions.persian = fa;
    formatOptions.bom = !parsed->has(u"no-bom"_s);
    formatOptions.title =
        Text::tr("Ranking of %1 — %2 — scenario \"%3\" — as of %4")
            .arg(request.kind == engine::Kind::Project ? Text::tr("half-finished projects")
                                                       : Text::tr("idle units"),
                 provinceName, io::scenarioDisplayName(QString::fromStdString(report->scenario.name)),
                 fa ? formatJalali(request.asOf, Digits::Persian) : isoDate(request.asOf));
    QByteArray out;
    if (parsed->has(u"explain"_s)) {
        const QString code = parsed->value(u"explain"_s);
        const QList<std::size_t> found = io::findByCode(*report, code); // Persian or Latin digits
        if (found.isEmpty())
            return usageError(command,
                              Text::tr("No ranked item has the number '%1' (is it eligible, and in this "
                                       "province?).")
                                  .arg(code));
        if (found.size() > 1) {
            QStringList provinces;
            for (const std::size_t at : found) {
                const auto& info = report->info[static_cast<qsizetype>(at)];
                provinces << (fa ? info.provinceFa : info.provinceEn);
            }
            return usageError(command, Text::tr("The number '%1' is used in more than one province (%2): add "
                                                "--province.")
                                           .arg(code, provinces.join(Text::tr(", "))));
        }
        const std::size_t position = found.front();
        const engine::Explanation why = io::explainItem(*report, position);
        out = format == u"json" ? explainJson(*report, position, why)
                                : explainText(*report, position, why, fa).toUtf8() + '\n';
    } else if (format == u"json")
        out = rankJson(*report);
    else if (format == u"csv")
        out = rankCsv(*report, formatOptions);
    else
        out = rankTable(*report, formatOptions).toUtf8() + '\n';

    if (parsed->has(u"output"_s)) {
        const QString file = parsed->value(u"output"_s);
        if (auto written = io::writeFileAtomically(file, out); !written)
            return fail(ExitCode::Rejected, written.error().message);
        return ExitCode::Success;
    }
    QFile stdoutFile;
    if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(out) != out.size())
        return fail(ExitCode::Rejected, Text::tr("Could not write to standard output."));
    return ExitCode::Success;
}

} // namespace ehya::cli
