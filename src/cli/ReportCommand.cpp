// `ehya-cli report DB --output FILE.pdf [--kind projects|units] [--province NAME] [--scenario NAME]
//  [--budget AMOUNT] [--plan policy|max-jobs] [--as-of DATE] [--lang fa|en]`: the PDF report of the
// ranked list and its plan, the same the app prints (io/ReportPdf.h), made without a display.
#include "Arguments.h"
#include "Cli.h"
#include "RankArguments.h"
#include "io/RankingService.h"
#include "io/ReportPdf.h"
#include "storage/Database.h"

namespace ehya::cli {

using namespace Qt::StringLiterals;

namespace {

QString reportHelp()
{
    return Text::tr(
        "Usage: ehya-cli report DB --output FILE.pdf [options]\n"
        "Writes the PDF report of a ranked restart list and its budget plan: the summary figures,\n"
        "charts per tier and the ranked table, right-to-left in Persian. Needs no display.\n"
        "\n"
        "Options:\n"
        "  --output FILE     the PDF file to write (atomically; nothing is left on failure)\n"
        "  --kind K          projects (default) or units\n"
        "  --province NAME   one province (Persian or English name, or code); default every province\n"
        "  --scenario NAME   a stored scenario; default \"seed policy\"\n"
        "  --budget AMOUNT   rials, or with a unit: \"1000 billion toman\", \"۱۰۰۰ میلیارد تومان\"\n"
        "  --plan P          policy (rank order, default) or max-jobs (most jobs within the budget)\n"
        "  --as-of DATE      the date of the report (ISO or Jalali); default today\n"
        "  --lang L          fa or en: the language of the report (default: the system's language);\n"
        "                    Persian: right-to-left, Jalali date, Persian digits");
}

} // namespace

int runReport(const QStringList& arguments)
{
    const QString command = u"report"_s;
    const auto parsed = Arguments::parse(arguments, {{u"kind"_s, true},
                                                     {u"province"_s, true},
                                                     {u"scenario"_s, true},
                                                     {u"budget"_s, true},
                                                     {u"plan"_s, true},
                                                     {u"as-of"_s, true},
                                                     {u"output"_s, true}});
    if (!parsed)
        return usageError(command, parsed.error().message);
    if (parsed->help()) {
        printOut(reportHelp());
        return ExitCode::Success;
    }
    if (const auto problem = parsed->oneDatabaseProblem())
        return usageError(command, *problem);
    if (!parsed->has(u"output"_s) || parsed->value(u"output"_s).isEmpty())
        return usageError(command, Text::tr("The option --output FILE.pdf is required."));

    io::RankRequest request;
    if (auto wrong = readRankRequest(*parsed, request))
        return usageError(command, *wrong);
    const bool fa = persian(); // the global --lang

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

    auto report = io::buildRankReport(**db, request);
    if (!report) {
        const bool usage = report.error().kind == Error::Kind::NotFound; // an unknown scenario
        return usage ? usageError(command, report.error().message)
                     : fail(ExitCode::Rejected, report.error().message);
    }

    io::ReportContent content;
    content.report = std::move(*report);
    content.province = province->name;
    content.asOf = request.asOf;
    content.setLanguage(fa ? io::ReportLanguage::Persian : io::ReportLanguage::English);
    if (auto written = io::writeRankReportPdf(parsed->value(u"output"_s), content); !written)
        return fail(ExitCode::Rejected, written.error().message);
    return ExitCode::Success;
}

} // namespace ehya::cli
