// The first window over a real demo database, offscreen: row counts, sorting on raw values,
// Persian right-to-left display with Jalali dates, the models under QAbstractItemModelTester.
#include <catch2/catch.hpp>

#include "DemoDatabase.h"

#include "TestApplication.h"
#include "core/Dates.h"
#include "gui/DisplaySettings.h"
#include "gui/Localization.h"
#include "gui/MainWindow.h"
#include "gui/ProjectTableModel.h"
#include "gui/RecentFiles.h"
#include "gui/TableFormat.h"
#include "gui/UnitTableModel.h"
#include "io/DemoData.h"
#include "storage/Database.h"
#include "storage/Listing.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>

#include <memory>

std::unique_ptr<QCoreApplication> makeTestApplication(int& argc, char** argv)
{
    // Keep the recent-files list of the tests out of the person's own settings.
    static QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    return std::make_unique<QApplication>(argc, argv);
}

using namespace ehya;
using gui::MainWindow;
using gui::ProjectTableModel;
using gui::UnitTableModel;

namespace {

// Each test works on its own copy of the demo database, built once for every test process
// (tests/DemoDatabase.h).
struct DemoDatabase
{
    QTemporaryDir dir;
    QString path = test::copyOfDemoDatabase(dir);
};

qint64 countRows(storage::Database& db, const QString& table)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM ") + table));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

struct ErrorLog
{
    QStringList texts;
    MainWindow::ErrorReporter reporter()
    {
        return [this](const QString&, const QString& text, const QString&) { texts << text; };
    }
};

} // namespace

TEST_CASE("The main window shows every project and unit of the database", "[gui]")
{
    DemoDatabase demo;
    MainWindow window(gui::DisplaySettings::forLanguage(gui::Language::English));
    window.setUserChooser([](storage::Database&) { return std::optional<gui::CurrentUser>(); });
    ErrorLog errors;
    window.setErrorReporter(errors.reporter());
    REQUIRE(window.openDatabase(demo.path).ok());
    window.show();
    CHECK(errors.texts.isEmpty());

    storage::Database& db = *window.database();
    const qint64 projects = countRows(db, QStringLiteral("project"));
    const qint64 units = countRows(db, QStringLiteral("unit"));
    REQUIRE(projects > 10);
    REQUIRE(units > 10);
    CHECK(window.projectView()->model()->rowCount() == projects);
    CHECK(window.unitView()->model()->rowCount() == units);
    CHECK(window.projectModel()->rowCount() == projects);
    CHECK(window.unitModel()->rowCount() == units);
    CHECK(window.recentFiles().value(0) == QFileInfo(demo.path).canonicalFilePath());

    // English shows Gregorian ISO dates and the English county names.
    const ProjectTableModel& model = *window.projectModel();
    int dated = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        const storage::ProjectRow& row = model.rowAt(r);
        CHECK(model.index(r, ProjectTableModel::County).data().toString() == row.countyEn);
        if (row.lastReport.isValid()) {
            ++dated;
            CHECK(model.index(r, ProjectTableModel::LastReport).data().toString() == isoDate(row.lastReport));
        }
    }
    CHECK(dated > 0);
}

TEST_CASE("Sorting by progress follows the numbers, not the text", "[gui]")
{
    DemoDatabase demo;
    MainWindow window(gui::DisplaySettings::forLanguage(gui::Language::English));
    window.setUserChooser([](storage::Database&) { return std::optional<gui::CurrentUser>(); });
    REQUIRE(window.openDatabase(demo.path).ok());
    QAbstractItemModel* view = window.projectView()->model();

    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        window.projectView()->sortByColumn(ProjectTableModel::Progress, order);
        QList<double> values;
        for (int r = 0; r < view->rowCount(); ++r)
            values << view->index(r, ProjectTableModel::Progress).data(gui::RawRole).toDouble();
        REQUIRE(values.size() > 10);
        CHECK(values.first() != values.last());
        for (int r = 1; r < values.size(); ++r) {
            INFO("row " << r << ": " << values.at(r - 1) << " then " << values.at(r));
            if (order == Qt::AscendingOrder)
                REQUIRE(values.at(r - 1) <= values.at(r));
            else
                REQUIRE(values.at(r - 1) >= values.at(r));
        }
    }
    // The display text shows the same number ("9.5%" would sort after "10%" as text).
    const QModelIndex top = view->index(0, ProjectTableModel::Progress);
    const QString shown = top.data().toString();
    CHECK(shown.endsWith(QLatin1Char('%')));
    CHECK(QStringView(shown).chopped(1).toDouble() == Approx(top.data(gui::RawRole).toDouble()));
}

TEST_CASE("Persian mode is right-to-left with Jalali dates and Persian digits", "[gui]")
{
    DemoDatabase demo;
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    REQUIRE(app);
    gui::applyLanguage(*app, gui::Language::Persian);
    MainWindow window(gui::DisplaySettings::forLanguage(gui::Language::Persian));
    window.setUserChooser([](storage::Database&) { return std::optional<gui::CurrentUser>(); });
    REQUIRE(window.openDatabase(demo.path).ok());
    window.show();

    CHECK(QApplication::layoutDirection() == Qt::RightToLeft);
    CHECK(window.isRightToLeft());
    CHECK(window.projectView()->isRightToLeft());

    // A project with a report shows its date as the Jalali date with Persian digits.
    const ProjectTableModel& model = *window.projectModel();
    bool seenDate = false;
    for (int r = 0; r < model.rowCount() && !seenDate; ++r) {
        const QDate date = model.rowAt(r).lastReport;
        if (!date.isValid())
            continue;
        seenDate = true;
        const QString shown = model.index(r, ProjectTableModel::LastReport).data().toString();
        const JalaliYmd j = toJalali(date);
        CHECK(toLatinDigits(shown) == QStringLiteral("%1/%2/%3")
                                          .arg(j.year)
                                          .arg(j.month, 2, 10, QLatin1Char('0'))
                                          .arg(j.day, 2, 10, QLatin1Char('0')));
        CHECK(j.year > 1300);
        CHECK(j.year < 1500);
        CHECK_FALSE(shown.contains(QRegularExpression(QStringLiteral("[0-9]"))));
    }
    CHECK(seenDate);
    const QString progress = model.index(0, ProjectTableModel::Progress).data().toString();
    CHECK_FALSE(progress.contains(QRegularExpression(QStringLiteral("[0-9]"))));
    // The header is translated when the Persian translation is loaded.
    CHECK(model.headerData(ProjectTableModel::County, Qt::Horizontal).toString() ==
          QStringLiteral("شهرستان"));

    // Vazirmatn when the set-up script fetched it, else the fall-back; the application font uses it.
    const bool embedded = QFile::exists(QStringLiteral(":/fonts/Vazirmatn-Regular.ttf"));
    CHECK(gui::persianFontFamily() ==
          (embedded ? QStringLiteral("Vazirmatn") : QStringLiteral("Noto Sans Arabic")));
    CHECK(QApplication::font().families().value(0) == gui::persianFontFamily());
    CHECK(model.index(0, ProjectTableModel::County).data().toString() == model.rowAt(0).countyFa);

    gui::applyLanguage(*app, gui::Language::English);
    CHECK(QApplication::layoutDirection() == Qt::LeftToRight);
    CHECK(model.headerData(ProjectTableModel::County, Qt::Horizontal).toString() == QStringLiteral("County"));
}

TEST_CASE("Both table models pass QAbstractItemModelTester", "[gui]")
{
    DemoDatabase demo;
    auto opened = storage::Database::open(demo.path);
    REQUIRE(opened.ok());
    auto projects = storage::listProjectRows(**opened);
    auto units = storage::listUnitRows(**opened);
    REQUIRE(projects.ok());
    REQUIRE(units.ok());

    for (const auto language : {gui::Language::Persian, gui::Language::English}) {
        const auto settings = gui::DisplaySettings::forLanguage(language);
        ProjectTableModel projectModel(settings);
        UnitTableModel unitModel(settings);
        QAbstractItemModelTester projectTester(&projectModel,
                                               QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester unitTester(&unitModel,
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
        projectModel.setRows(projects.value());
        unitModel.setRows(units.value());
        CHECK(projectModel.rowCount() == projects->size());
        CHECK(unitModel.rowCount() == units->size());
        unitModel.sort(UnitTableModel::CapitalNeeded, Qt::DescendingOrder);
        CHECK(unitModel.rowCount() == units->size());
        io::ListFilter filter;
        filter.status = static_cast<int>(UnitStatus::Idle);
        unitModel.setFilter(filter, QDate(2025, 1, 1));
        CHECK(unitModel.rowCount() > 0);
        CHECK(unitModel.rowCount() < units->size());
        unitModel.setFilter({}, QDate(2025, 1, 1));
        projectModel.setRows({});
        CHECK(projectModel.rowCount() == 0);
    }
}

TEST_CASE("Opening a bad file reports a clear error and keeps the open database", "[gui]")
{
    DemoDatabase demo;
    MainWindow window(gui::DisplaySettings::forLanguage(gui::Language::English));
    window.setUserChooser([](storage::Database&) { return std::optional<gui::CurrentUser>(); });
    ErrorLog errors;
    window.setErrorReporter(errors.reporter());
    REQUIRE(window.openDatabase(demo.path).ok());
    const int rows = window.projectModel()->rowCount();

    const QString junk = demo.dir.filePath(QStringLiteral("notes.sqlite"));
    {
        QFile f(junk);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
    }
    const Status bad = window.openDatabase(junk);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().kind == Error::Kind::NotDatabase);
    REQUIRE(errors.texts.size() == 1);
    CHECK(errors.texts.first().contains(QStringLiteral("notes.sqlite")));
    CHECK(window.database()->location() == QFileInfo(demo.path).absoluteFilePath());
    CHECK(window.projectModel()->rowCount() == rows);

    const Status missing = window.openDatabase(demo.dir.filePath(QStringLiteral("missing.sqlite")));
    CHECK(missing.error().kind == Error::Kind::NotFound);
    CHECK(errors.texts.size() == 2);
}

TEST_CASE("File › New creates an empty database and opens it", "[gui]")
{
    DemoDatabase demo;
    MainWindow window(gui::DisplaySettings::forLanguage(gui::Language::English));
    window.setUserChooser([](storage::Database&) { return std::optional<gui::CurrentUser>(); });
    ErrorLog errors;
    window.setErrorReporter(errors.reporter());
    REQUIRE(window.openDatabase(demo.path).ok());
    REQUIRE(window.projectModel()->rowCount() > 0);

    const QString fresh = demo.dir.filePath(QStringLiteral("fresh.sqlite"));
    REQUIRE(window.createDatabase(fresh).ok());
    CHECK(window.database()->location() == QFileInfo(fresh).absoluteFilePath());
    CHECK(window.projectModel()->rowCount() == 0);
    CHECK(window.unitModel()->rowCount() == 0);
    CHECK(errors.texts.isEmpty());
    // A second New on the same name refuses rather than overwriting.
    CHECK_FALSE(window.createDatabase(fresh).ok());
    CHECK(errors.texts.size() == 1);
}

TEST_CASE("Recent files keep the newest eight, newest first", "[gui]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("recent.ini")), QSettings::IniFormat);
    gui::RecentFiles recent(settings);
    for (int i = 0; i < 10; ++i)
        recent.add(dir.filePath(QStringLiteral("db%1.sqlite").arg(i)));
    const QStringList files = recent.files();
    REQUIRE(files.size() == gui::RecentFiles::kMax);
    CHECK(files.first().endsWith(QStringLiteral("db9.sqlite")));
    CHECK(files.last().endsWith(QStringLiteral("db2.sqlite")));
    recent.add(dir.filePath(QStringLiteral("db5.sqlite")));
    CHECK(recent.files().first().endsWith(QStringLiteral("db5.sqlite")));
    CHECK(recent.files().size() == gui::RecentFiles::kMax);
    CHECK(recent.files().count(recent.files().first()) == 1);
}
