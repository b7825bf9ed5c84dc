// File › Import… and File › Export… driven through the real dialogs on a copy of the demo
// database: all or nothing, skip-invalid with its rejects file, Cancel during a long import and a
// long export, an export read back, the problem model under QAbstractItemModelTester.
#include <catch2/catch.hpp>

#include "DemoDatabase.h"

#include "TestApplication.h"
#include "gui/DisplaySettings.h"
#include "gui/ExportDialog.h"
#include "gui/ImportDialog.h"
#include "gui/ImportProblemModel.h"
#include "gui/ImportResultDialog.h"
#include "gui/Localization.h"
#include "gui/TableFormat.h"
#include "gui/TransferController.h"
#include "io/CsvReader.h"
#include "storage/Database.h"
#include "storage/Repositories.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <functional>
#include <memory>

std::unique_ptr<QCoreApplication> makeTestApplication(int& argc, char** argv)
{
    static QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    return std::make_unique<QApplication>(argc, argv);
}

using namespace ehya;
using namespace ehya::gui;

namespace {

const QByteArray kHeader = "permit_no,province,county,sector,title,progress,remaining_rial\n";

// Valid rows for the demo's reference data, with permit numbers the demo does not use.
QByteArray goodRows(int first, int count)
{
    QByteArray out;
    for (int i = 0; i < count; ++i)
        out += QByteArray::number(880000 + first + i) + ",EA,تبریز,10,نان " + QByteArray::number(i) +
               ",40,1000\n";
    return out;
}

struct Desk
{
    QTemporaryDir dir;
    QString path = test::copyOfDemoDatabase(dir);
    std::unique_ptr<storage::Database> db;
    QWidget host; // stands for the main window
    TransferController controller;
    DisplaySettings settings = DisplaySettings::forLanguage(Language::English);

    Desk()
    {
        auto opened = storage::Database::open(path);
        REQUIRE(opened);
        db = std::move(*opened);
        host.resize(800, 600);
        host.show();
        controller.setProgressDelay(0);
    }

    QString write(const QString& name, const QByteArray& bytes) const
    {
        const QString file = dir.filePath(name);
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        REQUIRE(out.write(bytes) == bytes.size());
        return file;
    }

    qint64 count(const QString& table) const
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(u"SELECT COUNT(*) FROM " + table));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }

    ImportResultDialog* resultDialog() const { return host.findChild<ImportResultDialog*>(); }
};

template <typename W> W* child(QWidget* parent, const char* name)
{
    return parent ? parent->findChild<W*>(QLatin1String(name)) : nullptr;
}

// When the next modal dialog opens, `answer` fills it like a person would (or rejects it when
// it is not the expected kind, so that a test fails instead of hanging).
template <typename D> void whenOpened(std::function<void(D*)> answer, bool* answered)
{
    QTimer::singleShot(0, [answer = std::move(answer), answered] {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* dialog = qobject_cast<D*>(modal)) {
            *answered = true;
            answer(dialog);
        } else if (auto* other = qobject_cast<QDialog*>(modal)) {
            other->reject();
        }
    });
}

void pressOk(QDialog* dialog)
{
    auto* buttons = child<QDialogButtonBox>(dialog, "buttonBox");
    QPushButton* ok = buttons ? buttons->button(QDialogButtonBox::Ok) : nullptr;
    if (ok && ok->isEnabled())
        QTest::mouseClick(ok, Qt::LeftButton);
    else
        dialog->reject();
}

// Imports `file` through File › Import…, choosing "skip invalid" or not.
void importThroughDialog(Desk& desk, const QString& file, bool skipInvalid)
{
    bool answered = false;
    whenOpened<ImportDialog>(
        [&](ImportDialog* d) {
            auto* edit = child<QLineEdit>(d, "fileEdit");
            edit->selectAll(); // the dialog offers the file of the last import
            QTest::keyClicks(edit, file);
            QTest::mouseClick(child<QRadioButton>(d, "projectsRadio"), Qt::LeftButton);
            if (skipInvalid)
                QTest::mouseClick(child<QRadioButton>(d, "skipInvalidRadio"), Qt::LeftButton);
            pressOk(d);
        },
        &answered);
    desk.controller.importRecords(&desk.host, *desk.db, desk.settings);
    REQUIRE(answered);
}

// Clicks Cancel on the progress dialog as soon as it shows; records what its bar showed.
struct Canceller
{
    QTimer timer;
    int maximum = -1, value = -1;
    bool clicked = false;

    explicit Canceller(QWidget& host)
    {
        timer.setInterval(0);
        QObject::connect(&timer, &QTimer::timeout, &timer, [this, &host] {
            for (auto* progress : host.findChildren<QProgressDialog*>()) {
                if (!progress->isVisible() || clicked)
                    continue;
                maximum = progress->maximum();
                value = progress->value();
                if (auto* cancel = progress->findChild<QPushButton*>()) {
                    clicked = true;
                    QTest::mouseClick(cancel, Qt::LeftButton);
                }
            }
        });
        timer.start();
    }
};

QString messageText(const QWidget& host)
{
    QStringList texts;
    for (auto* box : host.findChildren<QMessageBox*>())
        texts << box->text();
    return texts.join(u'\n');
}

} // namespace

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

namespace {

// The Persian of resources/translations/fa_transfer.json (and its English plurals) as a
// translator, so that the screenshots show this area's text before the .ts files are filled.
class JsonTranslator final : public QTranslator
{
public:
    JsonTranslator(const QString& path, bool persian)
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QJsonObject all = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject numerus = all.value(QStringLiteral("__numerus_en__")).toObject();
        for (auto it = all.begin(); it != all.end(); ++it) {
            if (persian && it.value().isString())
                m_text.insert(it.key(), it.value().toString());
        }
        for (auto it = numerus.begin(); it != numerus.end(); ++it) {
            if (!persian) {
                m_text.insert(it.key(), it.value().toArray().at(0).toString());
                m_plural.insert(it.key(), it.value().toArray().at(1).toString());
            }
        }
    }
    bool isEmpty() const override { return m_text.isEmpty(); }
    QString translate(const char*, const char* source, const char*, int n) const override
    {
        const QString key = QString::fromUtf8(source);
        if (n != 1 && m_plural.contains(key))
            return m_plural.value(key);
        return m_text.value(key);
    }

private:
    QHash<QString, QString> m_text, m_plural;
};

void save(QWidget* widget, const QString& name, bool fit = true)
{
    const QString dir = qEnvironmentVariable("EHYA_SCREENSHOTS", QStringLiteral("/tmp/ehya-transfer-shots"));
    QDir().mkpath(dir);
    if (fit)
        widget->adjustSize();
    CHECK(widget->grab().save(dir + u'/' + name + u".png"));
}

} // namespace

// Not run by default: `test_gui_transfer "[.screenshots]"` writes PNGs of every dialog in both
// languages to $EHYA_SCREENSHOTS (default /tmp/ehya-transfer-shots).
TEST_CASE("screenshots of the import and export dialogs", "[.screenshots]")
{
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    REQUIRE(app);
    for (Language language : {Language::Persian, Language::English}) {
        const bool persian = language == Language::Persian;
        const QString lang = persian ? QStringLiteral("fa") : QStringLiteral("en");
        applyLanguage(*app, language);
        JsonTranslator json(QStringLiteral(EHYA_SOURCE_DIR "/resources/translations/fa_transfer.json"),
                            persian);
        QCoreApplication::installTranslator(&json);
        {
            Desk desk;
            desk.settings = DisplaySettings::forLanguage(language);
            const QString mixed =
                desk.write(QStringLiteral("mixed.csv"),
                           kHeader + goodRows(1, 1) + "880900,EA,ناکجا,10,آرد,120,1000\n" + goodRows(2, 2));
            ImportDialog import(&desk.host);
            import.setRequest({mixed, io::Sheet::Projects, false, true});
            import.show();
            save(&import, u"import-dialog-" + lang);
            import.hide();

            auto provinces = storage::ReferenceRepository(*desk.db).provinces();
            REQUIRE(provinces);
            ExportDialog exportDialog(*provinces, desk.settings, &desk.host);
            exportDialog.show();
            save(&exportDialog, u"export-dialog-" + lang);
            exportDialog.hide();

            for (bool skip : {false, true}) {
                const ImportRequest request{mixed, io::Sheet::Projects, false, skip};
                auto summary = desk.controller.runImport(&desk.host, *desk.db, request, desk.settings);
                REQUIRE(summary);
                ImportResultDialog* result =
                    desk.controller.showImportResult(&desk.host, *summary, request, desk.settings);
                result->resize(820, 480);
                save(result, (skip ? u"import-result-skip-" : u"import-result-refused-") + lang, false);
                result->close();
            }

            // The progress dialog during a long import, then its Cancel.
            const QString longFile = desk.write(QStringLiteral("long.csv"), kHeader + goodRows(1000, 4000));
            QTimer shot;
            shot.setInterval(0);
            bool saved = false;
            QObject::connect(&shot, &QTimer::timeout, &shot, [&] {
                for (auto* progress : desk.host.findChildren<QProgressDialog*>()) {
                    if (progress->isVisible() && !saved) {
                        saved = true;
                        save(progress, u"import-progress-" + lang);
                        progress->cancel();
                    }
                }
            });
            shot.start();
            auto cancelled = desk.controller.runImport(
                &desk.host, *desk.db, {longFile, io::Sheet::Projects, false, false}, desk.settings);
            shot.stop();
            CHECK(saved);

            desk.controller.setSaveFileChooser([&](QWidget*, const QString&, const QString&, const QString&) {
                return desk.dir.filePath(QStringLiteral("out.csv"));
            });
            bool answered = false;
            whenOpened<ExportDialog>([](ExportDialog* d) { pressOk(d); }, &answered);
            desk.controller.exportRecords(&desk.host, *desk.db, desk.settings);
            for (auto* box : desk.host.findChildren<QMessageBox*>())
                save(box, u"export-done-" + lang);
        }
        QCoreApplication::removeTranslator(&json);
    }
}
