// The officer's desk end to end, offscreen, through the real widgets (issue 5): find a project by
// a name typed with Arabic letter forms, edit its progress across a tier boundary, see the tier
// change in the list and the audit row, undo it back into the database; invalid input keeps Save
// disabled; an edit that meets a change from a second connection shows both versions.
#include <catch2/catch.hpp>

#include "DemoDatabase.h"
#include "SettingsTestSupport.h"

#include "gui/ConflictDialog.h"
#include "gui/EditSession.h"
#include "gui/FilterBar.h"
#include "gui/Localization.h"
#include "gui/MainWindow.h"
#include "gui/ProjectForm.h"
#include "gui/ProjectTableModel.h"
#include "gui/RecordListPane.h"
#include "gui/RecordPage.h"
#include "gui/WindowHost.h"
#include "storage/Database.h"
#include "storage/Repositories.h"
#include "ui_ProjectForm.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

using namespace ehya;
using gui::MainWindow;
using gui::ProjectTableModel;

namespace {

struct Desk
{
    QTemporaryDir dir;
    QString path = test::copyOfDemoDatabase(dir);
    MainWindow window{gui::DisplaySettings::forLanguage(gui::Language::English)};
    QStringList errors;

    Desk()
    {
        window.setErrorReporter(
            [this](const QString&, const QString& text, const QString&) { errors << text; });
        window.setUserChooser([](storage::Database&) {
            gui::CurrentUser officer;
            officer.login = QStringLiteral("m.karimi");
            officer.role = Role::Officer;
            return std::optional<gui::CurrentUser>(officer);
        });
        window.resize(1280, 800);
        window.show();
        REQUIRE(window.openDatabase(path).ok());
    }

    // A tier-B project whose title has a letter that Arabic keyboards type differently.
    Project tierBProject()
    {
        const QList<Project> all = storage::ProjectRepository(*window.database()).list().value();
        for (const Project& p : all) {
            if (p.progress >= 60 && p.progress < 70 && p.title.contains(u'ی') && p.title.contains(u'ک'))
                return p;
        }
        FAIL("no tier-B project with ی and ک in the demo data");
        return {};
    }

    QString tierShown(Id id)
    {
        const int row = window.projectModel()->rowOfId(id);
        REQUIRE(row >= 0);
        return window.projectModel()->index(row, ProjectTableModel::Tier).data().toString();
    }

    QAction* action(const QKeySequence& shortcut)
    {
        for (QAction* a : window.findChildren<QAction*>()) {
            if (a->shortcuts().contains(shortcut))
                return a;
        }
        FAIL("no action with the shortcut " << shortcut.toString().toStdString());
        return nullptr;
    }

    // Runs `fill` on the project form that Edit › Edit record opens (a modal loop).
    void editWithForm(const std::function<void(gui::ProjectForm&)>& fill)
    {
        bool seen = false;
        QTimer::singleShot(0, &window, [&] {
            auto* form = qobject_cast<gui::ProjectForm*>(QApplication::activeModalWidget());
            REQUIRE(form);
            seen = true;
            fill(*form);
            if (form->isVisible())
                form->reject();
        });
        action(QKeySequence(QStringLiteral("F2")))->trigger();
        REQUIRE(seen);
    }
};

void retype(QLineEdit* line, const QString& text)
{
    line->setFocus();
    line->selectAll();
    QTest::keyClick(line, Qt::Key_Backspace);
    test::typeText(line, text);
}

QString arabicForms(QString text)
{
    return text.replace(u'ی', u'ي').replace(u'ک', u'ك');
}

} // namespace

TEST_CASE("desk: find by Arabic letter forms, edit across a tier, undo into the database", "[gui][desk]")
{
    Desk desk;
    QAbstractItemModelTester tester(desk.window.projectModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Project project = desk.tierBProject();
    const int total = desk.window.projectModel()->totalCount();

    gui::RecordListPane* pane = desk.window.projectPane();
    test::typeText(pane->filterBar()->searchEdit(), arabicForms(project.title));
    REQUIRE(desk.window.projectModel()->rowOfId(project.id) >= 0);
    const int shown = desk.window.projectModel()->rowCount();
    CHECK(shown < total);
    CHECK(desk.window.countText() ==
          QStringLiteral("%1 of %2 projects").arg(shown).arg(QLocale(QLocale::English).toString(total)));
    pane->selectId(project.id);
    CHECK(pane->currentId() == project.id);
    CHECK(desk.tierShown(project.id) == QStringLiteral("B"));

    desk.editWithForm([](gui::ProjectForm& form) {
        retype(form.ui()->progress, QStringLiteral("80"));
        REQUIRE(form.saveButton()->isEnabled());
        QTest::mouseClick(form.saveButton(), Qt::LeftButton);
    });
    storage::ProjectRepository projects(*desk.window.database());
    CHECK(projects.get(project.id)->progress == Approx(80.0));
    CHECK(desk.tierShown(project.id) == QStringLiteral("A")); // the list shows the new tier at once
    const auto audit =
        storage::AuditLog(*desk.window.database()).forEntity(QStringLiteral("project"), project.id);
    REQUIRE(audit.ok());
    REQUIRE(!audit->isEmpty());
    CHECK(audit->last().user == QStringLiteral("m.karimi"));
    CHECK(audit->last().newJson.contains(QStringLiteral("80")));

    desk.action(QKeySequence::Undo)->trigger();
    CHECK(projects.get(project.id)->progress == Approx(project.progress));
    CHECK(desk.tierShown(project.id) == QStringLiteral("B"));
    desk.action(QKeySequence(QStringLiteral("Ctrl+Shift+Z")))->trigger();
    CHECK(projects.get(project.id)->progress == Approx(80.0));
    CHECK(desk.errors.isEmpty());
}

TEST_CASE("desk: invalid input keeps Save disabled and says why", "[gui][desk]")
{
    Desk desk;
    const Project project = desk.tierBProject();
    desk.window.projectPane()->selectId(project.id);
    desk.editWithForm([](gui::ProjectForm& form) {
        retype(form.ui()->progress, QStringLiteral("120"));
        CHECK_FALSE(form.saveButton()->isEnabled());
        CHECK(form.message(QStringLiteral("progress")).contains(QStringLiteral("120")));
        retype(form.ui()->title, QStringLiteral(" "));
        CHECK_FALSE(form.message(QStringLiteral("title")).isEmpty());
    });
    CHECK(storage::ProjectRepository(*desk.window.database()).get(project.id)->progress ==
          Approx(project.progress));
    CHECK(desk.window.editSession()->undoStack()->count() == 0);
}

TEST_CASE("desk: an edit that meets a change from a second connection shows both versions", "[gui][desk]")
{
    Desk desk;
    const Project project = desk.tierBProject();
    desk.window.projectPane()->selectId(project.id);
    storage::OpenOptions options;
    options.exclusive = false;
    options.user = QStringLiteral("h.rezaei");
    auto other = storage::Database::open(desk.path, options);
    REQUIRE(other.ok());

    int differences = 0;
    desk.editWithForm([&](gui::ProjectForm& form) {
        // While the form is open, the other officer saves the same project.
        Project theirs = storage::ProjectRepository(**other).get(project.id).value();
        theirs.notes = QStringLiteral("visited on site");
        REQUIRE(storage::ProjectRepository(**other).update(theirs).ok());

        retype(form.ui()->progress, QStringLiteral("80"));
        QTimer::singleShot(0, &desk.window, [&] {
            auto* conflict = qobject_cast<gui::ConflictDialog*>(QApplication::activeModalWidget());
            REQUIRE(conflict);
            differences = conflict->differences();
            QTest::mouseClick(conflict->findChild<QPushButton*>(QStringLiteral("keepTheirs")),
                              Qt::LeftButton);
        });
        QTest::mouseClick(form.saveButton(), Qt::LeftButton);
    });
    CHECK(differences == 2); // progress (mine) and notes (theirs)
    const Project stored = storage::ProjectRepository(*desk.window.database()).get(project.id).value();
    CHECK(stored.notes == QStringLiteral("visited on site"));
    CHECK(stored.progress == Approx(project.progress)); // nothing overwritten silently
    CHECK(desk.window.editSession()->undoStack()->count() == 0);
}

TEST_CASE("desk: the filter and the columns are remembered for the next start", "[gui][desk]")
{
    io::ListFilter filter;
    {
        Desk desk;
        gui::RecordListPane* pane = desk.window.projectPane();
        test::typeText(pane->filterBar()->searchEdit(), QStringLiteral("کارخانه"));
        pane->view()->horizontalHeader()->setSectionHidden(ProjectTableModel::Sector, true);
        filter = pane->filterBar()->filter();
        desk.window.close(); // saves the view state
    }
    Desk again;
    CHECK(again.window.projectPane()->filterBar()->filter() == filter);
    CHECK(again.window.projectModel()->rowCount() < again.window.projectModel()->totalCount());
    CHECK(again.window.projectPane()->view()->horizontalHeader()->isSectionHidden(ProjectTableModel::Sector));
    QSettings(QStringLiteral("Ehya"), QStringLiteral("Ehya")).clear(); // the next test starts afresh
}

TEST_CASE("desk: new settings build the window again on the same database, in the new language",
          "[gui][desk]")
{
    QTemporaryDir dir;
    const QString path = test::copyOfDemoDatabase(dir);
    QStringList errors;
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    REQUIRE(app);
    gui::WindowHost host(*app, path, [&errors](MainWindow& window) {
        window.setErrorReporter(
            [&errors](const QString&, const QString& text, const QString&) { errors << text; });
        window.setUserChooser([](storage::Database&) { return std::optional<gui::CurrentUser>(); });
    });
    host.build(gui::DisplaySettings::forLanguage(gui::Language::English));
    REQUIRE(host.window()->database());
    const int projects = host.window()->projectModel()->rowCount();
    REQUIRE(projects > 0);

    auto persian = gui::DisplaySettings::forLanguage(gui::Language::Persian);
    persian.moneyUnit = MoneyUnit::BillionRial;
    Q_EMIT host.window()->settingsChangeRequested(persian);
    REQUIRE(QTest::qWaitFor([&host] { return host.builds() == 2; }, 5000));
    MainWindow* rebuilt = host.window();
    CHECK(errors.isEmpty()); // in particular, no "locked by another instance"
    REQUIRE(rebuilt->database());
    CHECK(rebuilt->database()->location() == QFileInfo(path).absoluteFilePath());
    CHECK(rebuilt->projectModel()->rowCount() == projects);
    CHECK(rebuilt->isRightToLeft());
    CHECK(rebuilt->projectModel()
              ->headerData(ProjectTableModel::Remaining, Qt::Horizontal)
              .toString()
              .contains(moneyUnitLabel(MoneyUnit::BillionRial)));
    gui::applyLanguage(*app, gui::Language::English); // the next test runs in English
    QSettings(QStringLiteral("Ehya"), QStringLiteral("Ehya")).clear();
}

TEST_CASE("desk: the record page and the edit actions follow the list through a filter", "[gui][desk]")
{
    Desk desk;
    const Project project = desk.tierBProject();
    gui::RecordListPane* pane = desk.window.projectPane();
    pane->selectId(project.id);
    REQUIRE(desk.window.recordPage()->hasRecord());
    CHECK(desk.window.recordPage()->recordId() == project.id);
    QAction* edit = desk.action(QKeySequence(QStringLiteral("F2")));
    CHECK(edit->isEnabled());

    test::typeText(pane->filterBar()->searchEdit(), QStringLiteral("نامی-که-نیست"));
    CHECK(desk.window.projectModel()->rowCount() == 0);
    CHECK(pane->currentId() == 0);
    CHECK_FALSE(desk.window.recordPage()->hasRecord()); // not a record the list no longer shows
    CHECK_FALSE(edit->isEnabled());

    pane->filterBar()->searchEdit()->clear(); // the record is shown again, still current
    CHECK(pane->currentId() == project.id);
    CHECK(desk.window.recordPage()->recordId() == project.id);
    CHECK(edit->isEnabled());
}
