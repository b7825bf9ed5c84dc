// The report from the GUI (gui/ReportPrinter.h): the print preview shows the report's pages, and
// "Save as PDF" writes the file the person chose (or nothing when they cancel).
#include "DemoDatabase.h"
#include "PdfText.h"
#include "TestApplication.h"
#include "gui/ReportPrinter.h"
#include "storage/Repositories.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QFileDialog>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QTemporaryDir>
#include <QTimer>

using namespace ehya;

std::unique_ptr<QCoreApplication> makeTestApplication(int& argc, char** argv)
{
    return std::make_unique<QApplication>(argc, argv);
}

namespace {

io::RankReport eastAzerbaijan(const QTemporaryDir& dir)
{
    storage::OpenOptions options;
    options.exclusive = false;
    auto db = storage::Database::open(test::copyOfDemoDatabase(dir), options);
    REQUIRE(db.ok());
    io::RankRequest request;
    request.provinceId = *storage::ReferenceRepository(**db).findProvince(QStringLiteral("East Azerbaijan"));
    request.budget = 10'000'000'000'000LL;
    request.asOf = QDate(2024, 9, 22);
    auto report = io::buildRankReport(**db, request);
    REQUIRE(report.ok());
    return std::move(report).value();
}

// Runs `act` on the modal dialog of type T once it is shown.
template <typename T, typename F> void whenShown(F act)
{
    QTimer::singleShot(0, [act] {
        for (int tries = 0; tries < 200; ++tries) {
            if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget())) {
                act(dialog);
                return;
            }
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        }
    });
}

} // namespace

TEST_CASE("the report's print preview shows every page of the report", "[gui][report]")
{
    QTemporaryDir dir;
    const io::ReportContent content =
        gui::reportContent(eastAzerbaijan(dir), gui::DisplaySettings::forLanguage(gui::Language::Persian),
                           QStringLiteral("آذربایجان شرقی"), QStringLiteral("Manager"));
    CHECK(content.language == io::ReportLanguage::Persian);
    CHECK(content.digits == Digits::Persian);
    CHECK(content.calendar == CalendarKind::Jalali);

    // The same pages as the PDF file.
    const QString pdf = dir.filePath(QStringLiteral("same.pdf"));
    REQUIRE(io::writeRankReportPdf(pdf, content).ok());
    const int pages = test::pdfPageCount(pdf);

    int shown = -1;
    whenShown<QPrintPreviewDialog>([&shown](QPrintPreviewDialog* dialog) {
        if (auto* preview = dialog->findChild<QPrintPreviewWidget*>())
            shown = preview->pageCount();
        dialog->reject();
    });
    gui::previewRankReport(nullptr, content);
    CHECK(shown == pages);
}

TEST_CASE("Save as PDF writes where the person chose, and nothing when cancelled", "[gui][report]")
{
    QTemporaryDir dir;
    const io::ReportContent content =
        gui::reportContent(eastAzerbaijan(dir), gui::DisplaySettings::forLanguage(gui::Language::English),
                           QStringLiteral("East Azerbaijan"), QString());
    const QString chosen = dir.filePath(QStringLiteral("ranking"));
    whenShown<QFileDialog>([&chosen](QFileDialog* dialog) {
        dialog->selectFile(chosen);
        static_cast<QDialog*>(dialog)->accept(); // public in QDialog
    });
    const Status saved = gui::saveRankReportPdf(nullptr, content, dir.path());
    INFO(saved.error().message.toStdString());
    REQUIRE(saved.ok());
    REQUIRE(QFile::exists(chosen + QStringLiteral(".pdf"))); // the suffix is added
    CHECK(
        test::pdfPages(chosen + QStringLiteral(".pdf")).first().contains(QStringLiteral("East Azerbaijan")));

    whenShown<QFileDialog>([](QFileDialog* dialog) { dialog->reject(); });
    const Status cancelled = gui::saveRankReportPdf(nullptr, content, dir.path());
    CHECK(cancelled.error().kind == Error::Kind::Cancelled);
}
