// The record page: actions, Jalali dates in Persian, errors shown in the page, and the page's
// models under QAbstractItemModelTester.
#include "RecordPageFixture.h"

using namespace ehya;
using namespace ehya::test;

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

TEST_CASE("Close acts on the selected running action and a resolved obstacle shows in the history",
          "[gui][record]")
{
    Demo demo;
    const Id id =
        firstId(*demo.db, QStringLiteral("SELECT project_id FROM action WHERE project_id IS NOT NULL "
                                         "GROUP BY project_id HAVING sum(status IN ('planned', "
                                         "'in_progress')) > 0 AND sum(status = 'done') > 0 "
                                         "ORDER BY project_id LIMIT 1"));
    RecordPage page(english());
    page.resize(1100, 640);
    page.show();
    REQUIRE(page.showProject(*demo.db, id));
    page.showTab(RecordPage::ActionsTab);
    const gui::ActionTableModel& actions = *page.actionModel();
    auto stored = storage::ActionRepository(*demo.db).forOwner(OwnerKind::Project, id);
    REQUIRE(stored.ok());
    REQUIRE(actions.rowCount() == stored->size());
    int running = -1;
    int done = -1;
    for (int r = 0; r < actions.rowCount(); ++r) {
        const ActionStatus status = actions.rowAt(r).status;
        if (status == ActionStatus::Done)
            done = r;
        else if (status != ActionStatus::Cancelled)
            running = r;
    }
    REQUIRE(running >= 0);
    REQUIRE(done >= 0);

    QSignalSpy close(&page, &RecordPage::closeActionRequested);
    QTableView* actionView = view(page, "actionView");
    clickRow(actionView, done);
    CHECK_FALSE(button(page, "closeActionButton")->isEnabled());
    clickRow(actionView, running);
    REQUIRE(button(page, "closeActionButton")->isEnabled());
    QTest::mouseClick(button(page, "closeActionButton"), Qt::LeftButton);
    REQUIRE(close.count() == 1);
    CHECK(close.at(0).at(0).value<Action>().id == actions.rowAt(running).id);
    // Enter on a row edits it.
    QSignalSpy edit(&page, &RecordPage::editActionRequested);
    actionView->setFocus();
    QTest::keyClick(actionView, Qt::Key_Return);
    REQUIRE(edit.count() == 1);
    CHECK(edit.at(0).at(0).value<Action>().id == actions.rowAt(running).id);

    // Resolving an obstacle through its repository shows up in the page's history after reload().
    Obstacle obstacle;
    obstacle.ownerKind = OwnerKind::Project;
    obstacle.ownerId = id;
    obstacle.type = ObstacleType::Permits;
    obstacle.description = QStringLiteral("Waiting for the environment permit");
    obstacle.opened = QDate(2024, 1, 10);
    REQUIRE(storage::ObstacleRepository(*demo.db).insert(obstacle).ok());
    obstacle.resolved = QDate(2024, 5, 2);
    demo.db->setCurrentUser(QStringLiteral("m.karimi"));
    REQUIRE(storage::ObstacleRepository(*demo.db).update(obstacle).ok());
    REQUIRE(page.reload());
    CHECK(page.auditModel()->index(0, gui::AuditTableModel::What).data().toString() ==
          QStringLiteral("Changed an obstacle"));
    CHECK(page.auditModel()->index(0, gui::AuditTableModel::User).data().toString() ==
          QStringLiteral("m.karimi"));
    CHECK(page.auditModel()->index(0, gui::AuditTableModel::Changes).data().toString() ==
          QStringLiteral("resolved: \u2014 \u2192 2024-05-02"));
    CHECK(page.auditModel()->index(1, gui::AuditTableModel::What).data().toString() ==
          QStringLiteral("Added an obstacle"));
    CHECK(page.obstacleModel()->rowCount() == page.obstacleModel()->rows().size());
}
