// The Ranking tab in the main window, units, export and layout (see TestGuiRanking.cpp).
#include "RankingFixture.h"
#include "gui/EditSession.h"
#include "gui/MainWindow.h"
#include "gui/ProjectTableModel.h"
#include "gui/RankingModel.h"
#include "gui/RankingView.h"
#include "gui/RecordListPane.h"
#include "gui/RecordPage.h"
#include "gui/ScenarioPanel.h"
#include "storage/Scenarios.h"

#include <catch2/catch.hpp>

#include <QDoubleSpinBox>
#include <QFile>
#include <QHeaderView>
#include <QTabWidget>
#include <QTableView>

using namespace ehya;
using namespace Qt::StringLiterals;
using gui::RankingModel;

using test::idsOf;
using test::kThousandBillionToman;
using test::RankingFixture;

TEST_CASE("the ranking table fills its width", "[gui][ranking][layout]")
{
    RankingFixture f;
    gui::RankingView view(*f.db, f.settings, f.user(Role::Manager));
    view.resize(1300, 700);
    view.show();
    view.setProvince(f.eastAzerbaijan);
    view.setBudget(kThousandBillionToman);
    QCoreApplication::processEvents();
    const auto* header = view.table()->horizontalHeader();
    int used = 0;
    for (int c = 0; c < header->count(); ++c)
        used += header->isSectionHidden(c) ? 0 : header->sectionSize(c);
    INFO(used << " of " << view.table()->viewport()->width());
    CHECK(used >= view.table()->viewport()->width() - 2);
}

TEST_CASE("the main window has a Ranking tab after the two lists, made again on reload",
          "[gui][ranking][window]")
{
    RankingFixture f;
    storage::StoredScenario progress;
    progress.scenario.name = "progress first";
    progress.scenario.projectWeights = {0.05, 0.8, 0.05, 0.05, 0.05};
    REQUIRE(storage::ScenarioRepository(*f.db).save(progress).ok());
    gui::MainWindow window(f.settings);
    window.setUserChooser([](storage::Database&) { return std::optional<gui::CurrentUser>(); }); // an officer
    QStringList errors;
    window.setErrorReporter(
        [&errors](const QString&, const QString& text, const QString&) { errors << text; });
    REQUIRE(window.openDatabase(f.path).ok());
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
    REQUIRE(tabs != nullptr);
    gui::RankingView* ranking = window.rankingView();
    REQUIRE(ranking != nullptr);
    CHECK(tabs->indexOf(ranking) == 2);
    CHECK(tabs->tabText(2) == u"Ranking");
    CHECK(ranking->scenarioPanel()->readOnly()); // nobody chosen: an officer's rights
    REQUIRE(ranking->currentReport() != nullptr);
    CHECK_FALSE(ranking->currentReport()->ranking.items.empty());

    // The record page keeps the list's record while the Ranking tab is shown.
    tabs->setCurrentIndex(0);
    const Id first = window.projectModel()->index(0, 0).data(gui::IdRole).toLongLong();
    window.projectPane()->selectId(first);
    REQUIRE(window.recordPage()->recordId() == first);
    tabs->setCurrentWidget(ranking);
    CHECK(window.recordPage()->recordId() == first);
    CHECK(window.countText().isEmpty());

    ranking->setKind(engine::Kind::Unit);
    ranking->setBudget(kThousandBillionToman);
    const Id west = *storage::ReferenceRepository(*f.db).findProvince(QStringLiteral("West Azerbaijan"));
    ranking->setProvince(west);
    ranking->scenarioPanel()->chooseStored(QStringLiteral("progress first")); // an officer may choose one
    REQUIRE(window.openDatabase(f.path).ok());                                // the same file: a reload
    REQUIRE(window.rankingView() != nullptr);
    CHECK(window.rankingView()->province() == west); // the choices stay
    CHECK(window.rankingView()->kind() == engine::Kind::Unit);
    CHECK(window.rankingView()->budget() == kThousandBillionToman);
    CHECK(window.rankingView()->currentReport()->plan.has_value());
    CHECK(window.rankingView()->scenarioPanel()->storedName() == u"progress first");
    CHECK(window.rankingView()->currentReport()->scenario.name == "progress first");
    CHECK(tabs->indexOf(window.rankingView()) == 2);
    CHECK(tabs->currentWidget() == window.rankingView());
    CHECK(errors.isEmpty());
}

TEST_CASE("units rank without tiers, and the export holds exactly the rows shown", "[gui][ranking][export]")
{
    RankingFixture f;
    gui::RankingView view(*f.db, f.settings, f.user(Role::Manager));
    view.setProvince(f.eastAzerbaijan);
    view.scenarioPanel()->weightBox(2)->setValue(0.7); // an edited, unsaved scenario
    view.setBudget(kThousandBillionToman);
    view.setKind(engine::Kind::Unit);
    CHECK(view.table()->isColumnHidden(RankingModel::Tier));
    REQUIRE(view.currentReport()->ranking.kind == engine::Kind::Unit);
    CHECK(view.currentReport()->scenario.projectWeights[2] == 0.7); // the edit is kept
    CHECK(view.model()->rowCount() == int(view.currentReport()->ranking.items.size()));
    CHECK_FALSE(view.model()->index(0, RankingModel::Tier).data(gui::RawRole).isValid());

    const QString csv = f.dir.filePath(QStringLiteral("ranking.csv"));
    auto written = view.exportTo(csv);
    REQUIRE(written.ok());
    CHECK(*written == view.model()->rowCount());
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    CHECK(lines.size() == view.model()->rowCount() + 1); // the header and one line per row
    CHECK(lines[1].contains(view.model()->index(0, RankingModel::Code).data(gui::RawRole).toString()));
}

namespace {

// The id of the first funded row of the ranking view.
Id firstFunded(const gui::RankingView& view)
{
    for (int r = 0; r < view.model()->rowCount(); ++r)
        if (view.model()->index(r, 0).data(gui::FundingRole).toString() == u"funded")
            return view.model()->index(r, 0).data(gui::IdRole).toLongLong();
    return 0;
}

} // namespace

TEST_CASE("a deleted project leaves the ranking, at once when shown, else when next shown",
          "[gui][ranking][window]")
{
    RankingFixture f;
    gui::MainWindow window(f.settings);
    const gui::CurrentUser manager = f.user(Role::Manager);
    window.setUserChooser([manager](storage::Database&) { return std::optional<gui::CurrentUser>(manager); });
    QStringList errors;
    window.setErrorReporter(
        [&errors](const QString&, const QString& text, const QString&) { errors << text; });
    REQUIRE(window.openDatabase(f.path).ok());
    window.show();
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
    gui::RankingView* ranking = window.rankingView();
    REQUIRE(ranking != nullptr);
    tabs->setCurrentWidget(ranking);
    ranking->setProvince(f.eastAzerbaijan);
    ranking->setBudget(kThousandBillionToman);
    ranking->scenarioPanel()->weightBox(1)->setValue(0.9); // an edit, not saved
    const qsizetype rows = idsOf(*ranking->model()).size();

    // Shown: the deleted project goes at once, the edit and the budget stay.
    const Id first = firstFunded(*ranking);
    REQUIRE(first != 0);
    REQUIRE(window.editSession()->deleteProject(first).ok());
    CHECK_FALSE(idsOf(*ranking->model()).contains(first));
    CHECK(idsOf(*ranking->model()).size() == rows - 1);
    CHECK(ranking->currentReport()->scenario.projectWeights[1] == 0.9);
    CHECK(ranking->currentReport()->plan.has_value());

    // Hidden with a plan: it goes at once too, since the dashboard shows the plan's figures.
    tabs->setCurrentIndex(0);
    const Id second = firstFunded(*ranking);
    REQUIRE(second != 0);
    REQUIRE(window.editSession()->deleteProject(second).ok());
    CHECK_FALSE(ranking->stale());
    CHECK_FALSE(idsOf(*ranking->model()).contains(second));
    CHECK(idsOf(*ranking->model()).size() == rows - 2);

    // Hidden without a plan: it goes when the tab is shown again.
    ranking->setBudget(std::nullopt);
    const Id third = idsOf(*ranking->model()).first();
    REQUIRE(window.editSession()->deleteProject(third).ok());
    CHECK(ranking->stale());
    CHECK(idsOf(*ranking->model()).contains(third));
    tabs->setCurrentWidget(ranking);
    CHECK_FALSE(ranking->stale());
    CHECK_FALSE(idsOf(*ranking->model()).contains(third));
    CHECK(idsOf(*ranking->model()).size() == rows - 3);
    CHECK(ranking->currentReport()->scenario.projectWeights[1] == 0.9);
    ranking->setBudget(kThousandBillionToman);

    // Opened again (the tab is made again): the unsaved edit stays, in the panel and the ranking.
    const std::string editedName = ranking->currentReport()->scenario.name;
    const QList<qint64> order = idsOf(*ranking->model());
    REQUIRE(window.openDatabase(f.path).ok());
    ranking = window.rankingView();
    REQUIRE(ranking != nullptr);
    CHECK(ranking->scenarioPanel()->edited());
    CHECK(ranking->scenarioPanel()->weightBox(1)->value() == 0.9);
    CHECK(ranking->currentReport()->scenario.projectWeights[1] == 0.9);
    CHECK(ranking->currentReport()->scenario.name == editedName);
    CHECK(idsOf(*ranking->model()) == order);
    CHECK(errors.isEmpty());
}
