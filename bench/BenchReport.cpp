// The manager's view at scale: generates a database of 100k projects and 20k idle units in a
// temporary folder, then times the ranked list (io::buildRankReport) of the biggest province and of
// every province, and the Persian PDF report (io::writeRankReportPdf) of the province and of the
// national list, each against a baseline measured in the same run. Not a test: it prints figures
// (bench/README.md).
//   bench_report [--projects N] [--units M] [--runs R] [--national-runs K]
// --national-runs K (default 1): runs of the PDF of every province (thousands of pages); 0 skips it.
#include "i18n.h"
#include "io/DemoData.h"
#include "io/Exporter.h"
#include "io/Generator.h"
#include "io/RankCompare.h"
#include "io/RankingService.h"
#include "io/ReportPdf.h"
#include "storage/Candidates.h"
#include "storage/Database.h"

#include "BenchSupport.h"

#include <fmt/format.h>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTranslator>

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

constexpr Rials kBudget = 10'000'000'000'000LL; // 10^13 rials = 1,000 billion toman

[[noreturn]] void die(const QString& what, const Error& error)
{
    fmt::print(stderr, "bench_report: {}: {}\n", what.toStdString(), error.message.toStdString());
    std::exit(1);
}

void report(const char* name, const Timing& ours, const char* baselineName, const Timing& baseline)
{
    fmt::print("{:<13} median {:9.1f} ms  min {:9.1f} ms  | baseline {:<30} median {:8.1f} ms  min {:8.1f} ms"
               "  | ratio {:6.2f}x\n",
               name, ours.median, ours.min, baselineName, baseline.median, baseline.min,
               baseline.median > 0 ? ours.median / baseline.median : 0.0);
}

double peakRssMiB()
{
    return static_cast<double>(peakRssKiB()) / 1024.0;
}

std::unique_ptr<storage::Database> openOrDie(const QString& path)
{
    auto db = storage::Database::open(path);
    if (!db)
        die(QStringLiteral("open ") + path, db.error());
    return std::move(*db);
}

qint64 argument(const QStringList& args, const char* name, qint64 fallback)
{
    const qsizetype at = args.indexOf(QLatin1String(name));
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toLongLong() : fallback;
}

// The province with the most projects, and its Persian name.
std::pair<Id, QString> biggestProvince(storage::Database& db, qint64& projects)
{
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("SELECT p.province_id, v.name_fa, count(*) AS n FROM project p "
                              "JOIN province v ON v.id = p.province_id GROUP BY p.province_id "
                              "ORDER BY n DESC, p.province_id LIMIT 1"));
    if (!query.next())
        die(QStringLiteral("biggest province"), Error{Error::Kind::Io, QStringLiteral("no project")});
    projects = query.value(2).toLongLong();
    return {query.value(0).toLongLong(), query.value(1).toString()};
}

io::RankReport rankOrDie(storage::Database& db, Id province, bool withBudget = true)
{
    io::RankRequest request;
    request.provinceId = province;
    if (withBudget)
        request.budget = kBudget;
    request.plan = engine::PlanMode::Policy;
    request.asOf = QDate(2024, 9, 22);
    auto built = io::buildRankReport(db, request);
    if (!built)
        die(QStringLiteral("buildRankReport"), built.error());
    return std::move(*built);
}

// The page count of a PDF written by QPdfWriter: the /Count of its page tree.
int pdfPages(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray data = file.readAll();
    const qsizetype at = data.lastIndexOf("/Count ");
    return at < 0 ? -1 : data.mid(at + 7, 12).split('\n').first().trimmed().toInt();
}

struct PdfFigures
{
    Timing timing;
    int pages = 0;
    qint64 bytes = 0;
};

PdfFigures measurePdf(int runs, const io::ReportContent& content, const QString& path)
{
    PdfFigures out;
    out.timing = measure(runs, [&] {
        if (const Status written = io::writeRankReportPdf(path, content); !written)
            die(QStringLiteral("writeRankReportPdf"), written.error());
    });
    out.pages = pdfPages(path);
    out.bytes = QFileInfo(path).size();
    return out;
}

Timing measureCsv(int runs, const io::RankReport& report, const QString& path, qint64& rows, qint64& bytes)
{
    io::WriteOptions options;
    options.persianHeaders = true;
    options.jalaliDates = true;
    const Timing timing = measure(runs, [&] {
        auto written = io::exportRanking(report, path, options);
        if (!written)
            die(QStringLiteral("exportRanking"), written.error());
        rows = *written;
    });
    bytes = QFileInfo(path).size();
    return timing;
}

void printPdf(const char* name, const PdfFigures& pdf, qint64 rows)
{
    fmt::print("{:<13} {} rows, {} pages, {:.1f} MiB, {:.2f} ms per page, {:.1f} us per row (median)\n", name,
               rows, pdf.pages, static_cast<double>(pdf.bytes) / 1048576.0,
               pdf.pages > 0 ? pdf.timing.median / pdf.pages : 0.0,
               rows > 0 ? pdf.timing.median * 1000.0 / static_cast<double>(rows) : 0.0);
}

io::ReportContent persianContent(io::RankReport report, const QString& province)
{
    io::ReportContent content;
    content.report = std::move(report);
    content.province = province; // empty: every province
    content.userName = QStringLiteral("مدیر");
    content.setLanguage(io::ReportLanguage::Persian); // Jalali dates, Persian digits
    return content;
}

} // namespace

int main(int argc, char* argv[])
{
    // Fonts and painting need a QGuiApplication; no display is needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    io::GenerateOptions options;
    options.projects = argument(args, "--projects", 100000);
    options.units = argument(args, "--units", 20000);
    const int runs = static_cast<int>(std::max<qint64>(1, argument(args, "--runs", 5)));
    const int nationalRuns = static_cast<int>(std::max<qint64>(0, argument(args, "--national-runs", 1)));

    // The Persian words of the report, as `ehya-cli --lang fa report` shows them (the same cost
    // without them: the headings are a few dozen strings per page, the rows are data).
    QTranslator translator;
    const bool translated = translator.load(QStringLiteral("ehya_fa"), i18n::directory()) &&
                            QCoreApplication::installTranslator(&translator);
    QLocale::setDefault(QLocale(QLocale::Persian, QLocale::Iran));

    QTemporaryDir dir;
    if (!dir.isValid())
        die(QStringLiteral("temporary folder"), Error{Error::Kind::Io, dir.errorString()});
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    if (const Status created = io::createDatabase(path, false); !created)
        die(QStringLiteral("create ") + path, created.error());
    auto db = openOrDie(path);
    {
        QElapsedTimer timer;
        timer.start();
        const auto summary = io::generateData(*db, options);
        if (!summary)
            die(QStringLiteral("generate"), summary.error());
        fmt::print("generate: {} projects, {} units in {:.2f} s\n", summary->projects, summary->units,
                   static_cast<double>(timer.elapsed()) / 1000.0);
    }
    qint64 provinceProjects = 0;
    const auto [province, provinceName] = biggestProvince(*db, provinceProjects);

    fmt::print("\n{} runs each (median, min); the baseline runs on the same file in the same process\n"
               "biggest province: {} projects; seed policy, budget 10^13 rials, policy plan; "
               "Persian ({}), Jalali, offscreen\n",
               runs, provinceProjects, translated ? "translated" : "no translation found");

    // 1. The ranked list.
    qint64 candidates = 0;
    const auto readCandidates = [&](Id id) {
        return measure(runs, [&] {
            std::vector<storage::CandidateNames> names;
            auto read = storage::loadProjectCandidates(*db, id, &names);
            if (!read)
                die(QStringLiteral("loadProjectCandidates"), read.error());
            candidates = static_cast<qint64>(read->size());
        });
    };
    io::RankReport provinceReport;
    const Timing rankProvince = measure(runs, [&] { provinceReport = rankOrDie(*db, province); });
    const Timing readProvince = readCandidates(province);
    report("rank province", rankProvince, "loadProjectCandidates (+names)", readProvince);
    const Timing noBudgetProvince = measure(runs, [&] { rankOrDie(*db, province, false); });
    report("  no budget", noBudgetProvince, "loadProjectCandidates (+names)", readProvince);
    fmt::print("              ({} candidates read, {} ranked, {} funded)\n", candidates,
               provinceReport.ranking.items.size(),
               provinceReport.plan ? provinceReport.plan->itemsFunded : 0);
    // What one edit in the ranking view costs: a weight (re-rank the loaded candidates in memory)
    // and a budget (re-plan the same ranking), against building the report from the database.
    {
        io::RankReport edited = provinceReport;
        engine::Scenario scenario = edited.scenario;
        int flip = 0;
        const Timing rerank = measure(runs, [&] {
            scenario.projectWeights[1] = (++flip % 2) ? 0.35 : 0.20; // physical progress
            if (!io::rerank(edited, scenario).ok())
                die(QStringLiteral("rerank"), Error{Error::Kind::Invalid, QStringLiteral("rerank failed")});
        });
        report("rerank (edit)", rerank, "rank province (from the database)", rankProvince);
        const Timing replan = measure(runs, [&] {
            const Rials budget = (++flip % 2) ? 5'000'000'000'000 : 10'000'000'000'000;
            if (!io::replan(edited, budget, engine::PlanMode::Policy).ok())
                die(QStringLiteral("replan"), Error{Error::Kind::Invalid, QStringLiteral("replan failed")});
        });
        report("replan (edit)", replan, "rank province (from the database)", rankProvince);
    }
    io::RankReport nationalReport;
    const Timing rankAll = measure(runs, [&] { nationalReport = rankOrDie(*db, 0); });
    const Timing readAll = readCandidates(0);
    report("rank all", rankAll, "loadProjectCandidates (+names)", readAll);
    const Timing noBudgetAll = measure(runs, [&] { rankOrDie(*db, 0, false); });
    report("  no budget", noBudgetAll, "loadProjectCandidates (+names)", readAll);
    fmt::print("              ({} candidates read, {} ranked, {} funded)\n", candidates,
               nationalReport.ranking.items.size(),
               nationalReport.plan ? nationalReport.plan->itemsFunded : 0);

    // 2. The province's PDF report, against the same list to CSV.
    const io::ReportContent provinceContent = persianContent(std::move(provinceReport), provinceName);
    const QString pdfPath = dir.filePath(QStringLiteral("province.pdf"));
    const QString csvPath = dir.filePath(QStringLiteral("province.csv"));
    // One run first, unmeasured: the font database and the embedded fonts load once per process.
    QElapsedTimer first;
    first.start();
    if (const Status written = io::writeRankReportPdf(pdfPath, provinceContent); !written)
        die(QStringLiteral("writeRankReportPdf"), written.error());
    const double firstMs = static_cast<double>(first.nsecsElapsed()) / 1e6;
    const PdfFigures pdf = measurePdf(runs, provinceContent, pdfPath);
    qint64 csvRows = 0, csvBytes = 0;
    const Timing csv = measureCsv(runs, provinceContent.report, csvPath, csvRows, csvBytes);
    report("pdf province", pdf.timing, "exportRanking to CSV", csv);
    printPdf("", pdf, static_cast<qint64>(provinceContent.report.ranking.items.size()));
    fmt::print("              (CSV {} rows, {:.1f} MiB; first PDF of the process {:.1f} ms)\n", csvRows,
               static_cast<double>(csvBytes) / 1048576.0, firstMs);
    fmt::print("              peak RSS so far {:.1f} MiB\n", peakRssMiB());

    // 3. The national list: every province in one PDF.
    if (nationalRuns > 0) {
        const io::ReportContent nationalContent = persianContent(std::move(nationalReport), QString());
        const QString nationalPdf = dir.filePath(QStringLiteral("national.pdf"));
        const PdfFigures all = measurePdf(nationalRuns, nationalContent, nationalPdf);
        const Timing allCsv = measureCsv(nationalRuns, nationalContent.report,
                                         dir.filePath(QStringLiteral("national.csv")), csvRows, csvBytes);
        fmt::print("\n{} run(s) of the national list\n", nationalRuns);
        report("pdf all", all.timing, "exportRanking to CSV", allCsv);
        printPdf("", all, static_cast<qint64>(nationalContent.report.ranking.items.size()));
        fmt::print("              (CSV {} rows, {:.1f} MiB)\n", csvRows,
                   static_cast<double>(csvBytes) / 1048576.0);
    }

    fmt::print("\npeak RSS {:.1f} MiB\n", peakRssMiB());
    return 0;
}
