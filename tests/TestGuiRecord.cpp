// The record page over a copy of the demo database: a project's progress history (table and
// chart), its audit history after an update, a unit's obstacles and the buttons' signals, Jalali
// dates in Persian, errors shown in the page, and the page's models under QAbstractItemModelTester.
#include <catch2/catch.hpp>

#include "DemoDatabase.h"

#include "TestApplication.h"
#include "core/Dates.h"
#include "core/Digits.h"
#include "core/Enums.h"
#include "gui/ActionTableModel.h"
#include "gui/AuditTableModel.h"
#include "gui/DisplaySettings.h"
#include "gui/Localization.h"
#include "gui/ObstacleTableModel.h"
#include "gui/ProgressChart.h"
#include "gui/RecordPage.h"
#include "gui/ReportTableModel.h"
#include "gui/TableFormat.h"
#include "storage/Database.h"
#include "storage/Repositories.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

std::unique_ptr<QCoreApplication> makeTestApplication(int& argc, char** argv)
{
    return std::make_unique<QApplication>(argc, argv);
}

using namespace ehya;
using gui::RecordPage;

namespace {

struct Demo
{
    Demo()
    {
        auto opened = storage::Database::open(path);
        REQUIRE(opened.ok());
        db = std::move(opened.value());
    }
    QTemporaryDir dir;
    QString path = test::copyOfDemoDatabase(dir);
    std::unique_ptr<storage::Database> db;
};

Id firstId(storage::Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// The project with the most progress reports; the unit with both open and resolved obstacles.
Id projectWithReports(storage::Database& db)
{
    return firstId(db, QStringLiteral("SELECT project_id FROM progress_report GROUP BY project_id "
                                      "ORDER BY count(*) DESC, project_id LIMIT 1"));
}

Id unitWithOpenAndResolvedObstacles(storage::Database& db)
{
    return firstId(db,
                   QStringLiteral("SELECT unit_id FROM obstacle WHERE unit_id IS NOT NULL GROUP BY unit_id "
                                  "HAVING sum(resolved IS NULL) > 0 AND sum(resolved IS NOT NULL) > 0 "
                                  "ORDER BY unit_id LIMIT 1"));
}

QPushButton* button(const RecordPage& page, const char* name)
{
    auto* b = page.findChild<QPushButton*>(QLatin1String(name));
    REQUIRE(b);
    return b;
}

QTableView* view(const RecordPage& page, const char* name)
{
    auto* v = page.findChild<QTableView*>(QLatin1String(name));
    REQUIRE(v);
    return v;
}

void clickRow(QTableView* v, int row)
{
    const QRect cell = v->visualRect(v->model()->index(row, 0));
    REQUIRE(cell.isValid());
    QTest::mouseClick(v->viewport(), Qt::LeftButton, {}, cell.center());
}

gui::DisplaySettings english()
{
    return gui::DisplaySettings::forLanguage(gui::Language::English);
}

} // namespace

TEST_CASE("A project's page shows its title and its progress history as rows and chart points",
          "[gui][record]")
{
    Demo demo;
    const Id id = projectWithReports(*demo.db);
    auto project = storage::ProjectRepository(*demo.db).get(id);
    auto history = storage::ProjectRepository(*demo.db).history(id);
    REQUIRE(project.ok());
    REQUIRE(history.ok());
    REQUIRE(history->size() >= 2);

    RecordPage page(english());
    page.resize(1100, 640);
    page.show();
    REQUIRE(page.showProject(*demo.db, id));
    CHECK(page.errorText().isEmpty());
    CHECK(page.titleText() == project->title);
    CHECK(page.ownerKind() == OwnerKind::Project);

    const gui::ReportTableModel& reports = *page.reportModel();
    REQUIRE(reports.rowCount() == history->size());
    for (int r = 0; r < reports.rowCount(); ++r) {
        CHECK(reports.index(r, gui::ReportTableModel::Date).data(gui::RawRole).toString() ==
              isoDate(history->at(r).date));
        CHECK(reports.index(r, gui::ReportTableModel::Percent).data(gui::RawRole).toDouble() ==
              Approx(history->at(r).percent));
        CHECK(reports.index(r, gui::ReportTableModel::ReportedBy).data().toString() ==
              history->at(r).reportedBy);
    }
    CHECK(view(page, "reportView")->model()->rowCount() == history->size());

    const gui::ProgressChart& chart = *page.progressChart();
    CHECK_FALSE(chart.isEmpty());
    REQUIRE(chart.pointCount() == history->size());
    for (int i = 0; i < chart.pointCount(); ++i)
        CHECK(chart.series()->at(i).y() == Approx(history->at(i).percent));
    // The x axis names the first and last report dates, as the settings format them.
    const QStringList labels = chart.dateLabels();
    REQUIRE_FALSE(labels.isEmpty());
    CHECK(labels.constFirst() == gui::formatDateCell(english(), history->constFirst().date));
    CHECK(labels.constLast() == gui::formatDateCell(english(), history->constLast().date));

    // The field rows show the project's values.
    const QStringList shown = [&] {
        QStringList out;
        for (auto* label : page.findChildren<QLabel*>())
            out << label->text();
        return out;
    }();
    CHECK(shown.contains(project->permitNo));
    CHECK(shown.contains(project->investor));
    CHECK(button(page, "addReportButton")->isEnabled());
}

TEST_CASE("After a progress update, reload() shows who changed the progress from what to what",
          "[gui][record]")
{
    Demo demo;
    const Id id = projectWithReports(*demo.db);
    RecordPage page(english());
    REQUIRE(page.showProject(*demo.db, id));
    const int before = page.auditModel()->rowCount();

    demo.db->setCurrentUser(QStringLiteral("z.ahmadi"));
    storage::ProjectRepository repo(*demo.db);
    auto project = repo.get(id);
    REQUIRE(project.ok());
    const double oldProgress = project->progress;
    project->progress = oldProgress >= 50 ? oldProgress - 20.5 : oldProgress + 20.5;
    REQUIRE(repo.update(*project).ok());

    REQUIRE(page.reload());
    const gui::AuditTableModel& audit = *page.auditModel();
    REQUIRE(audit.rowCount() == before + 1);
    // Newest first.
    CHECK(audit.index(0, gui::AuditTableModel::User).data().toString() == QStringLiteral("z.ahmadi"));
    CHECK(audit.index(0, gui::AuditTableModel::What).data().toString() ==
          QStringLiteral("Changed the project"));
    CHECK(audit.index(0, gui::AuditTableModel::What).data(gui::RawRole).toString() ==
          QStringLiteral("update"));
    const QString expected = QStringLiteral("progress: %1 \u2192 %2")
                                 .arg(gui::formatPercentCell(english(), oldProgress),
                                      gui::formatPercentCell(english(), project->progress));
    CHECK(audit.index(0, gui::AuditTableModel::Changes).data().toString() == expected);
    CHECK(audit.index(0, gui::AuditTableModel::Changes).data(gui::RawRole).toStringList() ==
          QStringList{QStringLiteral("progress")});
    // The time is today's date in the user's calendar.
    CHECK(audit.index(0, gui::AuditTableModel::Time)
              .data()
              .toString()
              .startsWith(gui::formatDateCell(english(), QDate::currentDate())));
    // The page's own copy and the field row follow the database.
    REQUIRE(page.project().has_value());
    CHECK(page.project()->progress == Approx(project->progress));
}

TEST_CASE("A unit's obstacles are listed and Resolve acts on the selected open one", "[gui][record]")
{
    Demo demo;
    const Id id = unitWithOpenAndResolvedObstacles(*demo.db);
    auto obstacles = storage::ObstacleRepository(*demo.db).forOwner(OwnerKind::Unit, id);
    REQUIRE(obstacles.ok());

    RecordPage page(english());
    page.resize(1100, 640);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    REQUIRE(page.showUnit(*demo.db, id));
    auto unit = storage::UnitRepository(*demo.db).get(id);
    REQUIRE(unit.ok());
    CHECK(page.titleText() == unit->name);
    // No progress history for a unit.
    auto* tabs = page.findChild<QTabWidget*>(QStringLiteral("tabs"));
    REQUIRE(tabs);
    CHECK_FALSE(tabs->isTabVisible(RecordPage::ProgressTab));

    const gui::ObstacleTableModel& model = *page.obstacleModel();
    REQUIRE(model.rowCount() == obstacles->size());
    int openRow = -1;
    int resolvedRow = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        CHECK(model.rowAt(r).id == obstacles->at(r).id);
        CHECK(model.index(r, gui::ObstacleTableModel::Type).data().toString() ==
              enumLabel(obstacles->at(r).type));
        CHECK(model.index(r, gui::ObstacleTableModel::Description).data().toString() ==
              obstacles->at(r).description);
        if (obstacles->at(r).resolved.isValid()) {
            resolvedRow = r;
            CHECK(model.index(r, gui::ObstacleTableModel::Resolved).data().toString() ==
                  gui::formatDateCell(english(), obstacles->at(r).resolved));
        } else {
            openRow = r;
            CHECK(model.index(r, gui::ObstacleTableModel::Resolved).data().toString() ==
                  QStringLiteral("Open"));
        }
    }
    REQUIRE(openRow >= 0);
    REQUIRE(resolvedRow >= 0);

    page.showTab(RecordPage::ObstaclesTab);
    QTableView* obstacleView = view(page, "obstacleView");
    QPushButton* resolve = button(page, "resolveObstacleButton");
    CHECK_FALSE(resolve->isEnabled()); // nothing selected yet

    QSignalSpy resolved(&page, &RecordPage::resolveObstacleRequested);
    clickRow(obstacleView, openRow);
    REQUIRE(resolve->isEnabled());
    QTest::mouseClick(resolve, Qt::LeftButton);
    REQUIRE(resolved.count() == 1);
    const auto emitted = resolved.takeFirst().at(0).value<Obstacle>();
    CHECK(emitted.id == obstacles->at(openRow).id);
    CHECK(emitted.version == obstacles->at(openRow).version);
    CHECK_FALSE(emitted.resolved.isValid());

    clickRow(obstacleView, resolvedRow);
    CHECK_FALSE(resolve->isEnabled());
    QTest::mouseClick(resolve, Qt::LeftButton);
    CHECK(resolved.isEmpty());

    // Edit and Add carry the owner; double-click edits the obstacle under the mouse.
    QSignalSpy add(&page, &RecordPage::addObstacleRequested);
    QTest::mouseClick(button(page, "addObstacleButton"), Qt::LeftButton);
    REQUIRE(add.count() == 1);
    CHECK(add.at(0).at(0).value<OwnerKind>() == OwnerKind::Unit);
    CHECK(add.at(0).at(1).value<Id>() == id);
    QSignalSpy edit(&page, &RecordPage::editRequested);
    QTest::mouseClick(button(page, "editButton"), Qt::LeftButton);
    REQUIRE(edit.count() == 1);
    CHECK(edit.at(0).at(1).value<Id>() == id);
}

TEST_CASE("A read-only page hides the buttons that start an edit", "[gui][record]")
{
    Demo demo;
    RecordPage page(english());
    page.show();
    REQUIRE(page.showProject(*demo.db, projectWithReports(*demo.db)));
    for (const char* name : {"editButton", "deleteButton", "addReportButton", "addObstacleButton",
                             "addActionButton", "resolveObstacleButton", "closeActionButton"})
        CHECK_FALSE(button(page, name)->isHidden());
    page.setReadOnly(true);
    for (const char* name : {"editButton", "deleteButton", "addReportButton", "addObstacleButton",
                             "addActionButton", "resolveObstacleButton", "closeActionButton"})
        CHECK(button(page, name)->isHidden());
    page.setReadOnly(false);
    CHECK_FALSE(button(page, "editButton")->isHidden());
    CHECK(button(page, "editButton")->isEnabled());
}

TEST_CASE("Persian settings show report dates in the Jalali calendar with Persian digits", "[gui][record]")
{
    Demo demo;
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    REQUIRE(app);
    gui::applyLanguage(*app, gui::Language::Persian);
    const auto persian = gui::DisplaySettings::forLanguage(gui::Language::Persian);

    const Id id = projectWithReports(*demo.db);
    ProgressReport report;
    report.projectId = id;
    report.date = QDate(2024, 3, 20); // Nowruz 1403
    report.percent = 12.5;
    report.reportedBy = QStringLiteral("ناظر استان");
    REQUIRE(storage::ProjectRepository(*demo.db).addReport(report).ok());

    RecordPage page(persian);
    page.show();
    REQUIRE(page.showProject(*demo.db, id));
    CHECK(page.isRightToLeft());
    const gui::ReportTableModel& reports = *page.reportModel();
    int found = -1;
    for (int r = 0; r < reports.rowCount(); ++r)
        if (reports.rowAt(r).id == report.id)
            found = r;
    REQUIRE(found >= 0);
    CHECK(reports.index(found, gui::ReportTableModel::Date).data().toString() ==
          QStringLiteral("۱۴۰۳/۰۱/۰۱"));
    CHECK(reports.index(found, gui::ReportTableModel::Percent).data().toString() == QStringLiteral("۱۲٫۵٪"));
    // The chart's date labels and the audit times use Persian digits only.
    for (const QString& label : page.progressChart()->dateLabels())
        CHECK_FALSE(label.contains(QRegularExpression(QStringLiteral("[0-9]"))));
    REQUIRE(page.auditModel()->rowCount() > 0);
    CHECK_FALSE(page.auditModel()
                    ->index(0, gui::AuditTableModel::Time)
                    .data()
                    .toString()
                    .contains(QRegularExpression(QStringLiteral("[0-9]"))));
    gui::applyLanguage(*app, gui::Language::English);
}

TEST_CASE("A record that cannot be read is reported in the page", "[gui][record]")
{
    Demo demo;
    RecordPage page(english());
    CHECK_FALSE(page.showProject(*demo.db, 987654321));
    CHECK(page.errorText().contains(QStringLiteral("987654321")));
    CHECK(page.reportModel()->rowCount() == 0);
    CHECK_FALSE(button(page, "editButton")->isEnabled());
    CHECK_FALSE(button(page, "addObstacleButton")->isEnabled());

    // A project without reports: an empty chart that says so.
    storage::ProjectRepository repo(*demo.db);
    auto some = repo.get(projectWithReports(*demo.db));
    REQUIRE(some.ok());
    Project fresh = *some;
    fresh.permitNo += QStringLiteral("-new");
    REQUIRE(repo.insert(fresh).ok());
    REQUIRE(page.showProject(*demo.db, fresh.id));
    CHECK(page.errorText().isEmpty());
    CHECK(page.progressChart()->isEmpty());
    CHECK(page.reportModel()->rowCount() == 0);
    CHECK(page.auditModel()->index(0, gui::AuditTableModel::What).data().toString() ==
          QStringLiteral("Created the project"));

    page.clear();
    CHECK_FALSE(page.hasRecord());
    CHECK_FALSE(page.reload());
}

TEST_CASE("The record page's models pass QAbstractItemModelTester", "[gui][record]")
{
    Demo demo;
    const Id projectId = projectWithReports(*demo.db);
    const Id unitId = unitWithOpenAndResolvedObstacles(*demo.db);
    auto history = storage::ProjectRepository(*demo.db).history(projectId);
    auto obstacles = storage::ObstacleRepository(*demo.db).forOwner(OwnerKind::Unit, unitId);
    auto actions = storage::ActionRepository(*demo.db).forOwner(OwnerKind::Unit, unitId);
    auto audit = storage::AuditLog(*demo.db).forEntity(QStringLiteral("project"), projectId);
    auto names = gui::ReferenceNames::load(*demo.db, english());
    REQUIRE(history.ok());
    REQUIRE(obstacles.ok());
    REQUIRE(actions.ok());
    REQUIRE(audit.ok());
    REQUIRE(names.ok());

    for (const auto language : {gui::Language::Persian, gui::Language::English}) {
        const auto settings = gui::DisplaySettings::forLanguage(language);
        constexpr auto fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;
        gui::ReportTableModel reports(settings);
        gui::ObstacleTableModel obstacleModel(settings);
        gui::ActionTableModel actionModel(settings);
        gui::AuditTableModel auditModel(settings);
        QAbstractItemModelTester t1(&reports, fatal);
        QAbstractItemModelTester t2(&obstacleModel, fatal);
        QAbstractItemModelTester t3(&actionModel, fatal);
        QAbstractItemModelTester t4(&auditModel, fatal);
        reports.setRows(*history);
        obstacleModel.setRows(*obstacles);
        actionModel.setRows(*actions, names->agencies);
        auditModel.setRows(*audit, *names);
        CHECK(reports.rowCount() == history->size());
        CHECK(obstacleModel.rowCount() == obstacles->size());
        CHECK(actionModel.rowCount() == actions->size());
        CHECK(auditModel.rowCount() == audit->size());
        for (const auto* model : std::initializer_list<const QAbstractItemModel*>{&reports, &obstacleModel,
                                                                                  &actionModel, &auditModel})
            for (int c = 0; c < model->columnCount(); ++c)
                CHECK_FALSE(model->headerData(c, Qt::Horizontal).toString().isEmpty());
        reports.setRows({});
        auditModel.setRows({});
        CHECK(reports.rowCount() == 0);
    }
}

// Not run by default: `test_gui_record "[.shots]"` writes the page in both languages as PNGs to
// $EHYA_SHOTS_DIR (default: the temporary folder), for docs/screenshots and for looking at it.
TEST_CASE("Screenshots of the record page", "[.shots]")
{
    Demo demo;
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    REQUIRE(app);
    const QString dir = qEnvironmentVariableIsSet("EHYA_SHOTS_DIR") ? qEnvironmentVariable("EHYA_SHOTS_DIR")
                                                                    : QDir::tempPath();
    const Id projectId = projectWithReports(*demo.db);
    const Id unitId = unitWithOpenAndResolvedObstacles(*demo.db);
    for (const auto language : {gui::Language::Persian, gui::Language::English}) {
        gui::applyLanguage(*app, language);
        const QString key = gui::languageKey(language);
        RecordPage page(gui::DisplaySettings::forLanguage(language));
        page.resize(1100, 640);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
        REQUIRE(page.showProject(*demo.db, projectId));
        const auto shoot = [&](const QString& name) {
            QTest::qWait(50);
            CHECK(page.grab().save(dir + u"/record-" + name + u'-' + key + u".png"));
        };
        shoot(QStringLiteral("project-progress"));
        page.showTab(RecordPage::HistoryTab);
        shoot(QStringLiteral("project-history"));
        REQUIRE(page.showUnit(*demo.db, unitId));
        page.showTab(RecordPage::ObstaclesTab);
        shoot(QStringLiteral("unit-obstacles"));
        page.showTab(RecordPage::ActionsTab);
        shoot(QStringLiteral("unit-actions"));
    }
    gui::applyLanguage(*app, gui::Language::English);
}
