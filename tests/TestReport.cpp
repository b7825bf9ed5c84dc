// The PDF report of a ranked list (io/ReportPdf.h) on the demo database, read back with poppler's
// pdftotext as a person's tools read it: every ranked item once, the pages the rows need, page
// numbers, the plan's figures, and in Persian the columns from the right with Persian digits.
#include "DemoDatabase.h"
#include "PdfText.h"
#include "TestApplication.h"
#include "core/Digits.h"
#include "core/Money.h"
#include "i18n.h"
#include "io/RankCompare.h"
#include "io/RankingService.h"
#include "io/ReportPdf.h"
#include "storage/Repositories.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>

using namespace ehya;
using namespace ehya::test;

// Fonts and painting need a QGuiApplication (offscreen, CatchMain.cpp).
std::unique_ptr<QCoreApplication> makeTestApplication(int& argc, char** argv)
{
    return std::make_unique<QGuiApplication>(argc, argv);
}

namespace {

constexpr Rials kBudget = 10'000'000'000'000LL; // 1,000 billion toman

struct Demo
{
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db;
    Id eastAzerbaijan = 0;

    Demo()
    {
        storage::OpenOptions options;
        options.exclusive = false;
        auto opened = storage::Database::open(copyOfDemoDatabase(dir), options);
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        eastAzerbaijan = *storage::ReferenceRepository(*db).findProvince(QStringLiteral("East Azerbaijan"));
        REQUIRE(eastAzerbaijan != 0);
    }
};

Demo& demo()
{
    static Demo d;
    return d;
}

io::ReportContent eastAzerbaijan(io::ReportLanguage language,
                                 engine::PlanMode plan = engine::PlanMode::Policy)
{
    io::RankRequest request;
    request.provinceId = demo().eastAzerbaijan;
    request.budget = kBudget;
    request.plan = plan;
    request.asOf = QDate(2024, 9, 22);
    auto report = io::buildRankReport(*demo().db, request);
    REQUIRE(report.ok());
    io::ReportContent content;
    content.report = std::move(report).value();
    content.province = language == io::ReportLanguage::Persian ? QStringLiteral("آذربایجان شرقی")
                                                               : QStringLiteral("East Azerbaijan");
    content.userName = QStringLiteral("Manager");
    content.setLanguage(language);
    return content;
}

QString writePdf(const QTemporaryDir& dir, const io::ReportContent& content, const QString& name)
{
    const QString path = dir.filePath(name);
    const Status written = io::writeRankReportPdf(path, content);
    INFO(written.error().message.toStdString());
    REQUIRE(written.ok());
    return path;
}

// How many times each permit number (nine digits) or licence number (14-1376-00163) appears, and
// how many on each page.
struct Codes
{
    QHash<QString, int> count;
    QList<int> perPage; // codes on each page
};

Codes codesOf(const QStringList& pages)
{
    static const QRegularExpression code(
        QStringLiteral("(?<![\\d٬.,-])(?:\\d{9}|\\d{2}-\\d{4}-\\d{5})(?![\\d٬.,-])"));
    Codes out;
    for (const QString& page : pages) {
        int here = 0;
        for (auto it = code.globalMatch(toLatinDigits(page)); it.hasNext(); ++here)
            ++out.count[it.next().captured()];
        out.perPage << here;
    }
    return out;
}

// The value after a label on page 1 ("Items funded   123").
QString figure(const QString& page, const QString& label)
{
    const auto match = QRegularExpression(QRegularExpression::escape(label) +
                                          QStringLiteral("\\s+(\\S+(?: billion toman)?)"))
                           .match(page);
    INFO(label.toStdString());
    REQUIRE(match.hasMatch());
    return match.captured(1);
}

void checkRowsAndPages(const io::ReportContent& content, const QString& pdf)
{
    const QStringList pages = pdfPages(pdf);
    const int pageCount = pdfPageCount(pdf);
    REQUIRE(pages.size() == pageCount);
    const Codes codes = codesOf(pages);
    const auto& info = content.report.info;
    REQUIRE(info.size() == 1610);
    for (const auto& row : info) {
        INFO(row.code.toStdString());
        CHECK(codes.count.value(toLatinDigits(row.code)) == 1);
    }
    CHECK(codes.count.size() == info.size());
    // Page 1 holds the summary and charts; every table page but the last is full, and the pages
    // are as many as the rows need.
    CHECK(codes.perPage.first() == 0);
    const int perPage = codes.perPage.at(1);
    REQUIRE(perPage > 10);
    for (qsizetype p = 1; p + 1 < codes.perPage.size(); ++p)
        CHECK(codes.perPage.at(p) == perPage);
    CHECK(codes.perPage.constLast() > 0);
    CHECK(codes.perPage.constLast() <= perPage);
    CHECK(pageCount == 1 + (info.size() + perPage - 1) / perPage);
}

} // namespace

TEST_CASE("report PDF in English: every ranked item once, the pages the rows need, the plan's figures",
          "[report][pdf]")
{
    QTemporaryDir dir;
    const io::ReportContent content = eastAzerbaijan(io::ReportLanguage::English);
    const QString pdf = writePdf(dir, content, QStringLiteral("report-en.pdf"));
    checkRowsAndPages(content, pdf);

    const QStringList pages = pdfPages(pdf);
    for (qsizetype p = 0; p < pages.size(); ++p)
        CHECK(pages[p].contains(QStringLiteral("page %1 of %2").arg(p + 1).arg(pages.size())));
    // The repeated header on every table page.
    for (qsizetype p = 1; p < pages.size(); ++p) {
        CHECK(pages[p].contains(QStringLiteral("Rank")));
        CHECK(pages[p].contains(QStringLiteral("Cumulative cost")));
    }

    const QString& first = pages.first();
    const engine::PlanResult& plan = *content.report.plan;
    const auto money = [](Rials r) {
        return formatMoney(r, {MoneyUnit::BillionToman, Digits::Latin, -1, true, true});
    };
    CHECK(figure(first, QStringLiteral("Items in the list")) == QStringLiteral("1,610"));
    CHECK(figure(first, QStringLiteral("Budget")) == money(kBudget));
    CHECK(figure(first, QStringLiteral("Items funded")) == formatInteger(plan.itemsFunded, Digits::Latin));
    CHECK(figure(first, QStringLiteral("Money committed")) == money(plan.cost));
    CHECK(figure(first, QStringLiteral("Budget left")) == money(plan.budgetLeft));
    CHECK(figure(first, QStringLiteral("Jobs restored")) == formatInteger(plan.jobs, Digits::Latin));
    REQUIRE(content.report.other.has_value());
    CHECK(figure(first, QStringLiteral("More jobs with max-jobs")) ==
          formatInteger(content.report.other->jobs - plan.jobs, Digits::Latin));
    CHECK(first.contains(QStringLiteral("2024-09-22")));
    CHECK(first.contains(QStringLiteral("East Azerbaijan")));
    CHECK(first.contains(QStringLiteral("Seed policy"))); // as people read it, not the stored "seed policy"
    CHECK_FALSE(first.contains(QStringLiteral("seed policy")));

    // The funded rows say so: as many as the plan funds.
    qsizetype funded = 0;
    for (qsizetype p = 1; p < pages.size(); ++p)
        funded += pages[p].count(
            QRegularExpression(QStringLiteral("\\byes\\s*$"), QRegularExpression::MultilineOption));
    CHECK(funded == plan.itemsFunded);
}

TEST_CASE("report PDF in Persian: columns from the right, Persian digits, page numbers", "[report][pdf][fa]")
{
    QTemporaryDir dir;
    const io::ReportContent content = eastAzerbaijan(io::ReportLanguage::Persian);
    const QString pdf = writePdf(dir, content, QStringLiteral("report-fa.pdf"));
    checkRowsAndPages(content, pdf);

    const QStringList pages = pdfPages(pdf);
    // The Persian words come back whole (pdftotext gives the joined letters' presentation forms,
    // which NFKC maps back).
    CHECK(pages.at(1).normalized(QString::NormalizationForm_KC).contains(QStringLiteral("آذربایجان شرقی")));
    static const QRegularExpression latinDigit(QStringLiteral("[0-9]"));
    for (qsizetype p = 0; p < pages.size(); ++p) {
        INFO("page " << p + 1);
        CHECK_FALSE(pages[p].contains(latinDigit));
        // «page ۳ of ۱۲» (or «صفحه ۳ از ۱۲» once translated): the numbers in Persian digits.
        CHECK(pages[p].contains(toPersianDigits(QString::number(p + 1))));
        CHECK(pages[p].contains(toPersianDigits(QString::number(pages.size()))));
    }

    // On the first two table pages, every row's rightmost word is its rank, right of its code.
    const QList<PdfWord> words = pdfWords(pdf, 2, 3);
    int rows = 0;
    for (std::size_t i = 0; i < 40 && i < content.report.ranking.items.size(); ++i) {
        const QString code = toPersianDigits(content.report.info[static_cast<qsizetype>(i)].code);
        const auto at =
            std::find_if(words.begin(), words.end(), [&](const PdfWord& w) { return w.text == code; });
        if (at == words.end())
            continue;
        const PdfWord* rightmost = nullptr;
        for (const PdfWord& w : words) {
            if (w.page == at->page && std::abs(w.yMin - at->yMin) < 2 &&
                (!rightmost || w.xMax > rightmost->xMax))
                rightmost = &w;
        }
        REQUIRE(rightmost);
        CHECK(rightmost->text == toPersianDigits(QString::number(content.report.ranking.items[i].rank)));
        CHECK(rightmost->xMin > at->xMax);
        ++rows;
    }
    CHECK(rows >= 20);

    // The font the app embeds (ehya_i18n), or the fall-back.
    const bool embedded = QFile::exists(QStringLiteral(":/fonts/Vazirmatn-Regular.ttf"));
    CHECK(runPoppler(QStringLiteral("pdffonts"), {pdf})
              .contains(embedded ? QStringLiteral("Vazirmatn") : QStringLiteral("Noto")));
}

TEST_CASE("report PDF: a max-jobs plan of idle units paints on any paged device", "[report][pdf]")
{
    io::RankRequest request;
    request.kind = engine::Kind::Unit;
    request.budget = kBudget / 10;
    request.plan = engine::PlanMode::MaxJobs;
    request.asOf = QDate(2024, 9, 22);
    auto report = io::buildRankReport(*demo().db, request);
    REQUIRE(report.ok());
    io::ReportContent content;
    content.report = std::move(report).value();
    content.setLanguage(io::ReportLanguage::Persian);

    QByteArray data;
    QBuffer buffer(&data);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(10, 10, 10, 10)));
        REQUIRE(io::paintRankReport(writer, content).ok());
    }
    CHECK(data.startsWith("%PDF"));
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("units.pdf")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(data);
    file.close();
    const Codes codes = codesOf(pdfPages(file.fileName()));
    for (const auto& row : content.report.info)
        CHECK(codes.count.value(toLatinDigits(row.code)) == 1);
}

TEST_CASE("report PDF: an empty list is one page, and a missing folder leaves no file", "[report][pdf]")
{
    QTemporaryDir dir;
    io::ReportContent empty;
    const QString pdf = writePdf(dir, empty, QStringLiteral("empty.pdf"));
    CHECK(pdfPageCount(pdf) == 1);
    CHECK(pdfPages(pdf).first().contains(QStringLiteral("page 1 of 1")));

    const QString missing = dir.filePath(QStringLiteral("no-such-folder/report.pdf"));
    const Status written = io::writeRankReportPdf(missing, empty);
    CHECK_FALSE(written.ok());
    CHECK_FALSE(written.error().message.isEmpty());
    CHECK_FALSE(QFile::exists(missing));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("empty.pdf")});
}

TEST_CASE("report PDF: a long title is cut short with an ellipsis inside its column", "[report][pdf]")
{
    QTemporaryDir dir;
    io::ReportContent content = eastAzerbaijan(io::ReportLanguage::English);
    const QString words =
        QStringLiteral("Expansion of the industrial estate's shared water treatment plant ");
    content.report.info[0].title = words.repeated(6).trimmed();
    const QString pdf = writePdf(dir, content, QStringLiteral("long.pdf"));
    const QStringList pages = pdfPages(pdf);
    REQUIRE(pages.size() > 1);
    CHECK(pages[1].contains(QStringLiteral("Expansion of the industrial estate")));
    CHECK(pages[1].contains(QStringLiteral("…")));
    CHECK_FALSE(pages[1].contains(content.report.info[0].title));
    // The row keeps its county: the title did not run over it.
    const QList<PdfWord> words1 = pdfWords(pdf, 2, 2);
    const auto code = std::find_if(words1.begin(), words1.end(),
                                   [&](const PdfWord& w) { return w.text == content.report.info[0].code; });
    REQUIRE(code != words1.end());
    double titleRight = 0, countyLeft = 1e9;
    for (const PdfWord& w : words1) { // the county first: it is right of the title
        if (std::abs(w.yMin - code->yMin) < 2 && w.text == content.report.info[0].countyEn)
            countyLeft = w.xMin;
    }
    for (const PdfWord& w : words1) {
        QString word = w.text;
        word.remove(QStringLiteral("…"));
        if (std::abs(w.yMin - code->yMin) < 2 && w.xMin > code->xMax && !word.isEmpty() &&
            content.report.info[0].title.contains(word))
            titleRight = std::max(titleRight, w.xMax);
    }
    REQUIRE(countyLeft < 1e9);
    CHECK(titleRight > 0);
    CHECK(titleRight < countyLeft);
}

TEST_CASE("report PDF: the max-jobs figure is worded by its sign", "[report][pdf][plan]")
{
    io::ReportContent content = eastAzerbaijan(io::ReportLanguage::English);
    REQUIRE(io::replan(content.report, Rials(1), engine::PlanMode::Policy).ok()); // funds nothing
    REQUIRE(content.report.plan->jobs == content.report.other->jobs);
    QTemporaryDir dir;
    const QString first = pdfPages(writePdf(dir, content, QStringLiteral("same.pdf"))).front();
    INFO(first.toStdString());
    CHECK(first.contains(QRegularExpression(QStringLiteral("Jobs with max-jobs\\s+as many"))));
    CHECK_FALSE(first.contains(QStringLiteral("More jobs with max-jobs")));
    CHECK_FALSE(first.contains(QStringLiteral("Fewer jobs with max-jobs")));
}

TEST_CASE("report PDF in Persian: the plan modes in the ranking view's words, no English",
          "[report][pdf][fa][plan]")
{
    QTranslator persian;
    REQUIRE(persian.load(QStringLiteral("ehya_fa"), i18n::directory()));
    QCoreApplication::installTranslator(&persian);
    QTemporaryDir dir;
    // The ranking view's names of the plan modes (RankingText::plan), in Persian.
    const QString policyName = QCoreApplication::translate("ehya::gui::RankingText", "policy order");
    const QString maxJobsName = QCoreApplication::translate("ehya::gui::RankingText", "most jobs");
    REQUIRE(policyName != u"policy order");
    for (const auto mode : {engine::PlanMode::Policy, engine::PlanMode::MaxJobs}) {
        const io::ReportContent content = eastAzerbaijan(io::ReportLanguage::Persian, mode);
        const QString first = pdfPages(writePdf(dir, content, QStringLiteral("plan-fa.pdf")))
                                  .front()
                                  .normalized(QString::NormalizationForm_KC);
        INFO(first.toStdString());
        if (mode ==
            engine::PlanMode::Policy) // (pdftotext breaks some joined words: this one comes back whole)
            CHECK(first.contains(policyName));
        for (const char* english : {"policy", "max-jobs", "seed"})
            CHECK_FALSE(first.contains(QLatin1String(english)));
    }
    // The report's own words for the modes start with the view's.
    CHECK(QCoreApplication::translate("ehya::io", "policy (rank order)").startsWith(policyName));
    CHECK(QCoreApplication::translate("ehya::io", "max-jobs (most jobs for the budget)")
              .startsWith(maxJobsName));
    for (const char* label : {"More jobs with max-jobs", "Fewer jobs with max-jobs", "Jobs with max-jobs"})
        CHECK(QCoreApplication::translate("ehya::io", label).endsWith(maxJobsName));
    QCoreApplication::removeTranslator(&persian);
}
