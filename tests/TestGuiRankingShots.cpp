// Not part of the test run: screenshots of the manager's tabs (ranking, dashboard) in both languages.
#include "RankingFixture.h"

#include "gui/DashboardView.h"
#include "gui/Localization.h"
#include "gui/MainWindow.h"
#include "gui/RankingView.h"

#include <QApplication>
#include <QDir>
#include <QTabWidget>
#include <QTest>

using namespace ehya;
using namespace ehya::test;

// `test_gui_ranking "[.shots]"` writes the window as a manager sees it (East Azerbaijan, a budget
// of 1,000 billion toman, the first row the budget does not reach selected) as PNGs to $EHYA_SHOTS_DIR
// (default: the temporary folder), for docs/screenshots and for looking at it.
TEST_CASE("Screenshots of the manager's tabs", "[.shots]")
{
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    REQUIRE(app);
    const QString dir = qEnvironmentVariableIsSet("EHYA_SHOTS_DIR") ? qEnvironmentVariable("EHYA_SHOTS_DIR")
                                                                    : QDir::tempPath();
    RankingFixture f;
    for (const auto language : {gui::Language::Persian, gui::Language::English}) {
        gui::applyLanguage(*app, language);
        const QString key = gui::languageKey(language);
        gui::MainWindow window(gui::DisplaySettings::forLanguage(language));
        window.setUserChooser(
            [&f](storage::Database&) { return std::optional<gui::CurrentUser>(f.user(Role::Manager)); });
        window.resize(1366, 768);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(window.openDatabase(f.path).ok());
        REQUIRE(window.showView(QStringLiteral("ranking")));
        gui::RankingView* ranking = window.rankingView();
        REQUIRE(ranking != nullptr);
        ranking->setProvince(f.eastAzerbaijan);
        ranking->setBudget(kThousandBillionToman);
        const io::RankReport* report = ranking->currentReport();
        REQUIRE(report != nullptr);
        // The first project the budget does not reach: the funded line is just above it and the
        // card says what it would cost to be funded.
        REQUIRE(report->plan.has_value());
        int row = 0;
        while (row < int(report->plan->funded.size()) && report->plan->funded[size_t(row)])
            ++row;
        ranking->selectRow(row);
        QTest::qWait(100);
        CHECK(window.grab().save(dir + u"/ranking-" + key + u".png"));

        REQUIRE(window.showView(QStringLiteral("dashboard")));
        window.dashboard()->setProvince(f.eastAzerbaijan);
        QTest::qWait(100);
        CHECK(window.grab().save(dir + u"/dashboard-plan-" + key + u".png"));
    }
    gui::applyLanguage(*app, gui::Language::English);
}
