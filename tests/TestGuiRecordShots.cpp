// Not part of the test run: screenshots of the record page in both languages.
#include "RecordPageFixture.h"

using namespace ehya;
using namespace ehya::test;

// Not run by default: `test_gui_record "[.shots]"` writes the page in both languages as PNGs to
// $EHYA_SHOTS_DIR (default: the temporary folder), for docs/screenshots and for looking at it.
TEST_CASE("Screenshots of the record page", "[.shots]")
{
    Demo demo;
    storage::Database& db = *demo.db;
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    REQUIRE(app);
    const QString dir = qEnvironmentVariableIsSet("EHYA_SHOTS_DIR") ? qEnvironmentVariable("EHYA_SHOTS_DIR")
                                                                    : QDir::tempPath();
    const Id projectId = projectWithReports(db);
    const Id unitId = unitWithOpenAndResolvedObstacles(db);
    for (const auto language : {gui::Language::Persian, gui::Language::English}) {
        gui::applyLanguage(*app, language);
        const QString key = gui::languageKey(language);
        RecordPage page(gui::DisplaySettings::forLanguage(language));
        page.resize(1100, 640);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
        REQUIRE(page.showProject(db, projectId));
        const auto shoot = [&](const QString& name) {
            QTest::qWait(50);
            CHECK(page.grab().save(dir + u"/record-" + name + u'-' + key + u".png"));
        };
        shoot(QStringLiteral("project-progress"));
        page.showTab(RecordPage::HistoryTab);
        shoot(QStringLiteral("project-history"));
        REQUIRE(page.showUnit(db, unitId));
        page.showTab(RecordPage::ObstaclesTab);
        shoot(QStringLiteral("unit-obstacles"));
        page.showTab(RecordPage::ActionsTab);
        shoot(QStringLiteral("unit-actions"));
    }
    gui::applyLanguage(*app, gui::Language::English);
}
