// The main window on a server database (issue 7): opened from a postgresql:// location, it shows the
// server's records, works as the database login with the server's role (never asking who is
// working), remembers the location in the recent list, and says clearly when it cannot connect.
// [server]: these cases run only in the "pg: " copy of test_gui, against the test server.
#include <catch2/catch.hpp>

#include "DemoDatabase.h"
#include "StorageFixture.h"

#include "gui/CurrentUser.h"
#include "gui/DisplaySettings.h"
#include "gui/MainWindow.h"
#include "storage/Listing.h"

#include <QAction>
#include <QTableView>
#include <QTemporaryDir>

using namespace ehya;
using gui::MainWindow;

namespace {

// A fresh demo database on the test server: the cached demo file copied into `dir`, then into a
// server database (test::demoLocation; faster under the sanitizers than loading the demo again).
QString demoOnServer(const QTemporaryDir& dir)
{
    REQUIRE(test::onServer());
    return test::demoLocation(dir);
}

} // namespace

TEST_CASE("The window opens a server database as the database login", "[gui][server]")
{
    QTemporaryDir dir;
    const QString location = demoOnServer(dir);
    MainWindow window(gui::DisplaySettings::forLanguage(gui::Language::English));
    int asked = 0;
    window.setUserChooser([&](storage::Database&) {
        ++asked;
        return std::optional<gui::CurrentUser>();
    });
    QStringList errors;
    window.setErrorReporter([&](const QString&, const QString& text, const QString&) { errors << text; });
    REQUIRE(window.openDatabase(location).ok());
    CHECK(errors.isEmpty());
    CHECK(asked == 0);

    storage::Database& db = *window.database();
    CHECK(db.isPostgres());
    const QString login = QUrl(test::testServer()).userName();
    CHECK(window.currentUser().login == login);
    CHECK(db.currentUser() == login);        // what the audit log records
    CHECK(window.currentUser().isManager()); // the test login is in ehya_admin
    CHECK(window.rankingView() != nullptr);
    const QList<QAction*> actions = window.findChildren<QAction*>(QStringLiteral("actionUser"));
    REQUIRE(actions.size() == 1);
    CHECK_FALSE(actions.at(0)->isEnabled()); // no one to choose: the login is who is working

    const qint64 projects = test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM project"));
    REQUIRE(projects > 10);
    CHECK(window.projectView()->model()->rowCount() == projects);
    CHECK(window.unitView()->model()->rowCount() ==
          test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM unit")));
    CHECK(window.recentFiles().value(0) == location);
    CHECK(window.windowTitle().contains(QUrl(location).path().mid(1)));
}

TEST_CASE("A server that cannot be reached gives a clear message and keeps the open database",
          "[gui][server]")
{
    QTemporaryDir dir;
    const QString location = demoOnServer(dir);
    MainWindow window(gui::DisplaySettings::forLanguage(gui::Language::English));
    window.setUserChooser([](storage::Database&) { return std::optional<gui::CurrentUser>(); });
    QStringList errors;
    window.setErrorReporter([&](const QString&, const QString& text, const QString&) { errors << text; });
    REQUIRE(window.openDatabase(location).ok());

    QUrl missing(location);
    missing.setPath(QStringLiteral("/no_such_database"));
    CHECK_FALSE(window.openDatabase(missing.toString()).ok());
    REQUIRE(errors.size() == 1);
    CHECK(errors.at(0).contains(u"no database"));

    QUrl closed(location);
    closed.setPort(1); // nothing listens there
    CHECK_FALSE(window.openDatabase(closed.toString()).ok());
    REQUIRE(errors.size() == 2);
    CHECK(errors.at(1).contains(u"could not connect"));
    CHECK(errors.at(1).contains(u"pgpass"));

    CHECK_FALSE(window.openDatabase(QStringLiteral("postgresql://someone:secret@127.0.0.1/x")).ok());
    REQUIRE(errors.size() == 3);
    CHECK(errors.at(2).contains(u"must not hold a password"));
    CHECK_FALSE(errors.at(2).contains(u"secret"));

    CHECK(window.database() != nullptr);
    CHECK(window.database()->location() == QUrl(location).toString());
}
