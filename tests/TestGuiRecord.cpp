// The record page over a copy of the demo database: a project's progress history (table and
// chart), its audit history after an update, a unit's obstacles and the buttons' signals.
#include "RecordPageFixture.h"
#include "TestApplication.h"

#include <QApplication>

std::unique_ptr<QCoreApplication> makeTestApplication(int& argc, char** argv)
{
    return std::make_unique<QApplication>(argc, argv);
}

using namespace ehya;
using namespace ehya::test;

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
