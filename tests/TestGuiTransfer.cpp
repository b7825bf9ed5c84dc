// File › Import… and File › Export… driven through the real dialogs on a copy of the demo
// database: all or nothing, skip-invalid with its rejects file, Cancel during a long import and a
// long export, an export read back, the problem model under QAbstractItemModelTester.
#include <catch2/catch.hpp>

#include "GuiTransferFixture.h"
#include "TestApplication.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>

std::unique_ptr<QCoreApplication> makeTestApplication(int& argc, char** argv)
{
    static QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    return std::make_unique<QApplication>(argc, argv);
}

using namespace ehya;
using namespace ehya::gui;
using namespace ehya::test::transfer;

TEST_CASE("import, all or nothing: a bad row leaves the database unchanged and the result lists it",
          "[gui][transfer]")
{
    Desk desk;
    const QString file =
        desk.write(QStringLiteral("mixed.csv"),
                   kHeader + goodRows(1, 1) + "880900,EA,تبریز,10,آرد,120,1000\n" + goodRows(2, 2));
    const qint64 before = desk.count(QStringLiteral("project"));
    const qint64 auditBefore = desk.count(QStringLiteral("audit"));
    QSignalSpy imported(&desk.controller, &TransferController::imported);
    importThroughDialog(desk, file, false);

    CHECK(desk.count(QStringLiteral("project")) == before);
    CHECK(desk.count(QStringLiteral("audit")) == auditBefore);
    CHECK(imported.isEmpty());
    ImportResultDialog* result = desk.resultDialog();
    REQUIRE(result);
    CHECK(result->isVisible());
    CHECK(result->headline().startsWith(QStringLiteral("Nothing was imported")));
    CHECK(result->openRejectsButton() == nullptr);
    CHECK(child<QLabel>(result, "rejectedValue")->text() == u"1");
    CHECK(child<QLabel>(result, "rowsValue")->text() == u"4");

    ImportProblemModel* problems = result->problemModel();
    QAbstractItemModelTester tester(problems, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(problems->rowCount() == 1);
    const auto cell = [&](int column, int role = Qt::DisplayRole) {
        return problems->index(0, column).data(role);
    };
    CHECK(cell(ImportProblemModel::Line).toString() == u"3"); // the header is line 1
    CHECK(cell(ImportProblemModel::Line, RawRole).toInt() == 3);
    CHECK(cell(ImportProblemModel::FileColumn).toString() == u"6");
    CHECK(cell(ImportProblemModel::Field).toString() == u"progress");
    CHECK(cell(ImportProblemModel::Reason).toString().contains(u"120"));
    CHECK(problems->headerData(ImportProblemModel::Reason, Qt::Horizontal).toString() == u"Reason");
    auto* view = child<QTableView>(result, "problemsView");
    REQUIRE(view);
    CHECK(view->isVisible());
    CHECK(view->model() == problems);
    result->close();
}

TEST_CASE("import, skip invalid: the good rows land, the rejects file is written and offered",
          "[gui][transfer]")
{
    Desk desk;
    desk.settings = DisplaySettings::forLanguage(Language::Persian);
    const QString file =
        desk.write(QStringLiteral("mixed.csv"),
                   kHeader + goodRows(1, 1) + "880900,EA,تبریز,10,آرد,120,1000\n" + goodRows(2, 2));
    const qint64 before = desk.count(QStringLiteral("project"));
    QSignalSpy imported(&desk.controller, &TransferController::imported);
    QList<QUrl> opened;
    desk.controller.setUrlOpener([&](const QUrl& url) {
        opened << url;
        return true;
    });
    importThroughDialog(desk, file, true);

    CHECK(desk.count(QStringLiteral("project")) == before + 3);
    CHECK(imported.size() == 1);
    ImportResultDialog* result = desk.resultDialog();
    REQUIRE(result);
    CHECK(child<QLabel>(result, "addedValue")->text() == QString::fromUtf8("۳")); // Persian digits
    REQUIRE(result->problemModel()->rowCount() == 1);
    CHECK(result->problemModel()->index(0, ImportProblemModel::Line).data().toString() ==
          QString::fromUtf8("۳"));
    // The field by its Persian header.
    CHECK(result->problemModel()
              ->index(0, ImportProblemModel::Field)
              .data()
              .toString()
              .contains(QString::fromUtf8("پیشرفت")));
    const QString rejects = desk.dir.filePath(QStringLiteral("mixed.rejects.csv"));
    REQUIRE(QFile::exists(rejects));
    QFile rejected(rejects);
    REQUIRE(rejected.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(rejected.readAll());
    CHECK(text.contains(u"880900"));
    CHECK_FALSE(text.contains(u"880001"));

    QPushButton* open = result->openRejectsButton();
    REQUIRE(open);
    CHECK(open->isVisible());
    QTest::mouseClick(open, Qt::LeftButton);
    REQUIRE(opened.size() == 1);
    CHECK(opened.first() == QUrl::fromLocalFile(rejects));
    result->close();
}

TEST_CASE("import, check only: the result says what would change and nothing changes", "[gui][transfer]")
{
    Desk desk;
    const QString file = desk.write(QStringLiteral("good.csv"), kHeader + goodRows(1, 3));
    const qint64 before = desk.count(QStringLiteral("project"));
    bool answered = false;
    whenOpened<ImportDialog>(
        [](ImportDialog* d) {
            QTest::keyClicks(child<QLineEdit>(d, "fileEdit"), QStringLiteral("placeholder"));
            d->setRequest({});
            pressOk(d); // no file: OK is disabled, the dialog is rejected
        },
        &answered);
    desk.controller.importRecords(&desk.host, *desk.db, desk.settings);
    CHECK(answered);
    CHECK(desk.resultDialog() == nullptr);

    answered = false;
    whenOpened<ImportDialog>(
        [&](ImportDialog* d) {
            QTest::keyClicks(child<QLineEdit>(d, "fileEdit"), file);
            QTest::mouseClick(child<QCheckBox>(d, "dryRunCheck"), Qt::LeftButton);
            pressOk(d);
        },
        &answered);
    desk.controller.importRecords(&desk.host, *desk.db, desk.settings);
    REQUIRE(answered);
    CHECK(desk.count(QStringLiteral("project")) == before);
    ImportResultDialog* result = desk.resultDialog();
    REQUIRE(result);
    CHECK(result->headline().startsWith(QStringLiteral("Check only: every row is valid")));
    CHECK(child<QLabel>(result, "addedLabel")->text() == u"Would be added:");
    CHECK(child<QLabel>(result, "addedValue")->text() == u"3");
    CHECK_FALSE(child<QTableView>(result, "problemsView")->isVisible());
}

TEST_CASE("import: Cancel during a long import leaves the database as it was", "[gui][transfer]")
{
    Desk desk;
    const QString file = desk.write(QStringLiteral("long.csv"), kHeader + goodRows(1, 6000));
    const qint64 before = desk.count(QStringLiteral("project"));
    QSignalSpy imported(&desk.controller, &TransferController::imported);
    Canceller cancel(desk.host);
    importThroughDialog(desk, file, false);

    CHECK(cancel.clicked);
    // A CSV tells how much of it was read: the bar showed a share, not only a busy indicator.
    CHECK(cancel.maximum > 0);
    CHECK(cancel.value > 0);
    CHECK(cancel.value < cancel.maximum);
    CHECK(desk.count(QStringLiteral("project")) == before);
    CHECK(imported.isEmpty());
    ImportResultDialog* result = desk.resultDialog();
    REQUIRE(result);
    CHECK(result->headline().contains(QStringLiteral("cancelled")));
    result->close();

    // The same file imported without Cancel lands whole.
    cancel.timer.stop();
    importThroughDialog(desk, file, false);
    CHECK(desk.count(QStringLiteral("project")) == before + 6000);
    CHECK(imported.size() == 1);
}

TEST_CASE("export: the CSV written holds every project of the database, and Cancel leaves no file",
          "[gui][transfer]")
{
    Desk desk;
    const QString out = desk.dir.filePath(QStringLiteral("chosen"));
    QStringList suggested;
    desk.controller.setSaveFileChooser([&](QWidget*, const QString&, const QString& path, const QString&) {
        suggested << path;
        return out;
    });
    QSignalSpy exported(&desk.controller, &TransferController::exported);
    const auto exportThroughDialog = [&](Id provinceId = 0) {
        bool answered = false;
        whenOpened<ExportDialog>(
            [provinceId](ExportDialog* d) {
                auto* what = child<QComboBox>(d, "whatCombo");
                what->setCurrentIndex(what->findData(int(io::Sheet::Projects)));
                auto* province = child<QComboBox>(d, "provinceCombo");
                province->setCurrentIndex(province->findData(provinceId));
                QTest::mouseClick(child<QRadioButton>(d, "csvRadio"), Qt::LeftButton);
                QTest::mouseClick(child<QRadioButton>(d, "englishHeadersRadio"), Qt::LeftButton);
                QTest::mouseClick(child<QRadioButton>(d, "isoRadio"), Qt::LeftButton);
                pressOk(d);
            },
            &answered);
        desk.controller.exportRecords(&desk.host, *desk.db, desk.settings);
        REQUIRE(answered);
    };

    SECTION("written and read back")
    {
        exportThroughDialog();
        REQUIRE(suggested.size() == 1);
        CHECK(suggested.first().endsWith(QStringLiteral("projects.csv")));
        const QString written = out + QStringLiteral(".csv"); // the extension is added
        REQUIRE(QFile::exists(written));
        QFile file(written);
        REQUIRE(file.open(QIODevice::ReadOnly));
        auto table = io::readCsv(file, written);
        REQUIRE(table);
        const qint64 projects = desk.count(QStringLiteral("project"));
        CHECK(table->rows.size() == projects);
        CHECK(table->header.contains(QStringLiteral("permit_no")));
        REQUIRE(exported.size() == 1);
        CHECK(exported.first().at(1).toLongLong() == projects);
        // The count as the tables show it ("2,592"), not as tr() writes %n.
        CHECK(messageText(desk.host).contains(formatCountCell(desk.settings, projects) + u" project"));
        CHECK(messageText(desk.host).contains(QStringLiteral("exported")));
    }
    SECTION("one province")
    {
        exportThroughDialog(1); // East Azerbaijan
        REQUIRE(suggested.size() == 1);
        CHECK(suggested.first().endsWith(QStringLiteral("projects-EA.csv")));
        QFile file(out + QStringLiteral(".csv"));
        REQUIRE(file.open(QIODevice::ReadOnly));
        auto table = io::readCsv(file, file.fileName());
        REQUIRE(table);
        const qint64 inProvince = desk.count(QStringLiteral("project WHERE province_id = 1"));
        CHECK(inProvince > 0);
        CHECK(inProvince < desk.count(QStringLiteral("project")));
        CHECK(table->rows.size() == inProvince);
    }
    SECTION("cancelled")
    {
        Canceller cancel(desk.host);
        exportThroughDialog();
        CHECK(cancel.clicked);
        CHECK_FALSE(QFile::exists(out + QStringLiteral(".csv")));
        CHECK(exported.isEmpty());
        CHECK(messageText(desk.host).contains(QStringLiteral("cancelled")));

        // Over an earlier file: cancelled, it stays as it was.
        const QString earlier = desk.write(QStringLiteral("chosen.csv"), "earlier export\r\n");
        cancel.clicked = false;
        exportThroughDialog();
        CHECK(cancel.clicked);
        QFile file(earlier);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll() == "earlier export\r\n");
        CHECK(exported.isEmpty());
    }
}

TEST_CASE("export dialog: the defaults follow the display language", "[gui][transfer]")
{
    Desk desk;
    const QList<Province> provinces{
        {1, QStringLiteral("EA"), QStringLiteral("آذربایجان شرقی"), QStringLiteral("East Azerbaijan")}};
    ExportDialog persian(provinces, DisplaySettings::forLanguage(Language::Persian));
    CHECK(persian.request().write.persianHeaders);
    CHECK(persian.request().write.jalaliDates);
    ExportDialog english(provinces, DisplaySettings::forLanguage(Language::English));
    CHECK_FALSE(english.request().write.persianHeaders);
    CHECK_FALSE(english.request().write.jalaliDates);
    auto* province = child<QComboBox>(&english, "provinceCombo");
    REQUIRE(province->count() == 2);
    CHECK(province->itemText(1) == u"East Azerbaijan");
    province->setCurrentIndex(1);
    QTest::mouseClick(child<QRadioButton>(&english, "xlsxRadio"), Qt::LeftButton);
    CHECK(english.request().provinceId == 1);
    CHECK(english.request().write.format == io::ExportFormat::Xlsx);
    CHECK(english.suggestedFileName() == u"projects-EA.xlsx");

    ImportDialog import;
    auto* ok = child<QDialogButtonBox>(&import, "buttonBox")->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled()); // no file yet
    QTest::keyClicks(child<QLineEdit>(&import, "fileEdit"), QStringLiteral("/tmp/x.csv"));
    CHECK(ok->isEnabled());
    QTest::mouseClick(child<QCheckBox>(&import, "dryRunCheck"), Qt::LeftButton);
    CHECK(import.request().dryRun);
    CHECK(ok->text() == u"Chec&k");
}
