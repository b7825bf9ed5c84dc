// `ehya-cli import DB --kind projects|units FILE [--dry-run] [--skip-invalid] [--rejects FILE]
//  [--map "HEADER=key;..."] [--user LOGIN]` and `ehya-cli export DB --kind projects|units|reports|ranking
//  --output FILE [--format csv|xlsx] [--no-bom] [--headers en|fa] [--dates iso|jalali] [--raw] ...`
#include "Arguments.h"
#include "Cli.h"
#include "RankArguments.h"
#include "io/Exporter.h"
#include "io/Importer.h"
#include "storage/Database.h"

namespace ehya::cli {

using namespace Qt::StringLiterals;

namespace {

QString importHelp()
{
    return Text::tr(
        "Usage: ehya-cli import DB --kind projects|units FILE [options]\n"
        "Imports half-finished projects or idle units from a CSV or XLSX file (docs/csv-format.md).\n"
        "Accepts UTF-8 (with or without BOM), UTF-16 and Windows-1256; comma, semicolon or tab;\n"
        "Persian, Arabic-Indic or Latin digits; Jalali or ISO dates; English keys or Persian headers.\n"
        "A permit or licence number already stored in the province updates that record.\n"
        "By default nothing is written unless every row is valid.\n"
        "\n"
        "Options:\n"
        "  --dry-run          check and count, write nothing\n"
        "  --skip-invalid     import the valid rows; write the rejected ones, with a reason\n"
        "                     column, to a rejects file (FILE.rejects.csv, or --rejects)\n"
        "  --rejects FILE     where the rejected rows go\n"
        "  --map \"HEADER=key;...\"\n"
        "                     read the column HEADER as the column key (HEADER=- ignores it)\n"
        "  --user LOGIN       the name the audit log records (default: the system user)");
}

QString exportHelp()
{
    return Text::tr(
        "Usage: ehya-cli export DB --kind projects|units|reports|ranking --output FILE [options]\n"
        "Exports projects, idle units, progress reports or the ranked list as CSV (UTF-8 with BOM,\n"
        "CRLF, English keys, Latin digits, ISO dates) or XLSX.\n"
        "\n"
        "Options:\n"
        "  --format F         csv or xlsx (default: by the extension of FILE)\n"
        "  --province NAME    one province (default: every province)\n"
        "  --headers H        en (column keys, default) or fa (Persian headers, names and labels;\n"
        "                     a right-to-left sheet in XLSX)\n"
        "  --dates D          iso (default) or jalali\n"
        "  --no-bom           CSV without the UTF-8 byte order mark\n"
        "  --raw              do not neutralise text cells that look like formulas\n"
        "Ranking (--kind ranking): --of projects|units, --scenario, --budget, --plan, --as-of,\n"
        "  as for ehya-cli rank.");
}

Result<QHash<QString, QString>> parseMap(const QString& text)
{
    QHash<QString, QString> map;
    for (const QString& pair : text.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype at = pair.lastIndexOf(u'=');
        if (at <= 0)
            return Error{Error::Kind::Invalid, Text::tr("--map: \"%1\" is not HEADER=key.").arg(pair)};
        map.insert(pair.left(at).trimmed(), pair.mid(at + 1).trimmed());
    }
    return map;
}

void printSummary(const io::ImportSummary& s, const QString& file)
{
    for (const QString& problem : s.problems)
        printErr(problem);
    if (s.problemCount > s.problems.size())
        printErr(Text::tr("... and %L1 more problems.").arg(s.problemCount - s.problems.size()));
    for (const QString& notice : s.notices)
        printOut(notice);
    printOut(Text::tr("%1: %L2 rows read: %L3 added, %L4 updated, %L5 unchanged, %L6 rejected.")
                 .arg(file)
                 .arg(s.rows)
                 .arg(s.added)
                 .arg(s.updated)
                 .arg(s.unchanged)
                 .arg(s.rejected));
    if (!s.rejectsPath.isEmpty())
        printOut(Text::tr("The rejected rows, with the reason, are in %1.").arg(s.rejectsPath));
    if (s.written)
        printOut(Text::tr("Saved."));
    else
        printOut(Text::tr("Nothing was written to the database."));
}

} // namespace

int runImport(const QStringList& arguments)
{
    const QString command = u"import"_s;
    const auto parsed = Arguments::parse(arguments, {{u"kind"_s, true},
                                                     {u"dry-run"_s, false},
                                                     {u"skip-invalid"_s, false},
                                                     {u"rejects"_s, true},
                                                     {u"map"_s, true},
                                                     {u"user"_s, true}});
    if (!parsed)
        return usageError(command, parsed.error().message);
    if (parsed->help()) {
        printOut(importHelp());
        return ExitCode::Success;
    }
    const QStringList& positional = parsed->positional();
    if (positional.size() != 2)
        return usageError(command, positional.size() < 2
                                       ? Text::tr("DB and FILE are both needed.")
                                       : Text::tr("Unexpected argument '%1'.").arg(positional.at(2)));
    const QString kind = parsed->value(u"kind"_s);
    if (kind != u"projects" && kind != u"units")
        return usageError(command,
                          Text::tr("The value of --kind must be projects or units; it is '%1'.").arg(kind));
    io::ImportOptions options;
    options.sheet = kind == u"units" ? io::Sheet::Units : io::Sheet::Projects;
    options.dryRun = parsed->has(u"dry-run"_s);
    options.skipInvalid = parsed->has(u"skip-invalid"_s);
    options.rejectsPath = parsed->value(u"rejects"_s);
    auto map = parseMap(parsed->value(u"map"_s));
    if (!map)
        return usageError(command, map.error().message);
    options.columnMap = *map;

    const QString path = positional.at(0), file = positional.at(1);
    storage::OpenOptions openOptions;
    openOptions.user = parsed->value(u"user"_s);
    auto db = storage::Database::open(path, openOptions);
    if (!db)
        return fail(ExitCode::Rejected,
                    Text::tr("Could not open the database %1: %2").arg(path, db.error().message));
    auto summary = io::importFile(**db, file, options);
    if (!summary)
        return fail(ExitCode::Rejected,
                    summary.error().message + u'\n' + Text::tr("Nothing was written to the database."));
    printSummary(*summary, file);
    const bool refused = summary->rejected > 0 && !options.skipInvalid;
    return refused ? ExitCode::Rejected : ExitCode::Success;
}

int runExport(const QStringList& arguments)
{
    const QString command = u"export"_s;
    const auto parsed = Arguments::parse(arguments, {{u"kind"_s, true},
                                                     {u"output"_s, true},
                                                     {u"format"_s, true},
                                                     {u"no-bom"_s, false},
                                                     {u"headers"_s, true},
                                                     {u"dates"_s, true},
                                                     {u"raw"_s, false},
                                                     {u"province"_s, true},
                                                     {u"of"_s, true},
                                                     {u"scenario"_s, true},
                                                     {u"budget"_s, true},
                                                     {u"plan"_s, true},
                                                     {u"as-of"_s, true}});
    if (!parsed)
        return usageError(command, parsed.error().message);
    if (parsed->help()) {
        printOut(exportHelp());
        return ExitCode::Success;
    }
    if (const auto problem = parsed->oneDatabaseProblem())
        return usageError(command, *problem);
    const QString kind = parsed->value(u"kind"_s);
    const QStringList kinds{u"projects"_s, u"units"_s, u"reports"_s, u"ranking"_s};
    if (!kinds.contains(kind))
        return usageError(
            command, Text::tr("The value of --kind must be projects, units, reports or ranking; it is '%1'.")
                         .arg(kind));
    const QString output = parsed->value(u"output"_s);
    if (output.isEmpty())
        return usageError(command, Text::tr("--output FILE is needed."));
    const QString format =
        parsed->value(u"format"_s, output.endsWith(u".xlsx"_s, Qt::CaseInsensitive) ? u"xlsx"_s : u"csv"_s);
    const QString headers = parsed->value(u"headers"_s, u"en"_s);
    const QString dates = parsed->value(u"dates"_s, u"iso"_s);
    if (format != u"csv" && format != u"xlsx")
        return usageError(command,
                          Text::tr("The value of --format must be csv or xlsx; it is '%1'.").arg(format));
    if (headers != u"en" && headers != u"fa")
        return usageError(command,
                          Text::tr("The value of --headers must be en or fa; it is '%1'.").arg(headers));
    if (dates != u"iso" && dates != u"jalali")
        return usageError(command,
                          Text::tr("The value of --dates must be iso or jalali; it is '%1'.").arg(dates));
    io::WriteOptions write;
    write.format = format == u"xlsx" ? io::ExportFormat::Xlsx : io::ExportFormat::Csv;
    write.bom = !parsed->has(u"no-bom"_s);
    write.neutralise = !parsed->has(u"raw"_s);
    write.persianHeaders = headers == u"fa";
    write.jalaliDates = dates == u"jalali";
    io::RankRequest request;
    if (kind == u"ranking") {
        if (auto wrong = readRankRequest(*parsed, request, u"of"_s))
            return usageError(command, *wrong);
    }

    const QString path = parsed->positional().first();
    storage::OpenOptions openOptions;
    openOptions.exclusive = false; // reading only
    auto db = storage::Database::open(path, openOptions);
    if (!db)
        return fail(ExitCode::Rejected,
                    Text::tr("Could not open the database %1: %2").arg(path, db.error().message));
    auto province = chooseProvince(**db, *parsed, write.persianHeaders);
    if (!province)
        return province.error().kind == Error::Kind::NotFound
                   ? usageError(command, province.error().message)
                   : fail(ExitCode::Rejected, province.error().message);
    Result<qint64> rows = qint64(0);
    if (kind == u"ranking") {
        request.provinceId = province->id;
        auto report = io::buildRankReport(**db, request);
        if (!report)
            return report.error().kind == Error::Kind::NotFound
                       ? usageError(command, report.error().message)
                       : fail(ExitCode::Rejected, report.error().message);
        rows = io::exportRanking(*report, output, write);
    } else {
        io::ExportOptions options;
        options.sheet = kind == u"projects" ? io::Sheet::Projects
                        : kind == u"units"  ? io::Sheet::Units
                                            : io::Sheet::Reports;
        options.provinceId = province->id;
        options.write = write;
        rows = io::exportSheet(**db, output, options);
    }
    if (!rows)
        return fail(ExitCode::Rejected, rows.error().message);
    printOut(Text::tr("%L1 rows written to %2.").arg(*rows).arg(output));
    return ExitCode::Success;
}

} // namespace ehya::cli
