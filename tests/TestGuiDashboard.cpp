// The Dashboard tab offscreen over a copy of the demo database: the cards and charts show what
// io::computeDashboard computes, and a bar opens the list filtered to what it counts.
#include <catch2/catch.hpp>

#include "DemoDatabase.h"

#include "TestApplication.h"
#include "core/Enums.h"
#include "gui/BarChartView.h"
#include "gui/DashboardView.h"
#include "gui/EditSession.h"
#include "gui/FilterBar.h"
#include "gui/MainWindow.h"
#include "gui/RankingView.h"
#include "gui/RecordListModel.h"
#include "gui/RecordListPane.h"
#include "gui/TableFormat.h"
#include "gui/UnitTableModel.h"
#include "storage/Database.h"
#include "storage/Repositories.h"

#include <QApplication>
#include <QBarSet>
#include <QDockWidget>
#include <QLabel>
#include <QTemporaryDir>

#include <memory>

std::unique_ptr<QCoreApplication> makeTestApplication(int& argc, char** argv)
{
    static QTemporaryDir config; // keep the tests' settings out of the person's own
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    return std::make_unique<QApplication>(argc, argv);
}

using namespace ehya;
using gui::BarChartView;
using gui::DashboardView;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    gui::DisplaySettings settings;
    std::unique_ptr<gui::MainWindow> window;
    Id eastAzerbaijan = 0;

    explicit Fixture(gui::Language language) : settings(gui::DisplaySettings::forLanguage(language))
    {
        window = std::make_unique<gui::MainWindow>(settings);
        window->setUserChooser([](storage::Database&) { return std::optional<gui::CurrentUser>(); });
        window->setErrorReporter(
            [](const QString&, const QString& text, const QString&) { FAIL(text.toStdString()); });
        REQUIRE(window->openDatabase(test::copyOfDemoDatabase(dir)).ok());
        eastAzerbaijan = *storage::ReferenceRepository(*window->database())
                              .findProvince(QStringLiteral("East Azerbaijan"));
        REQUIRE(eastAzerbaijan != 0);
        window->resize(1366, 900);
        window->show();
        REQUIRE(window->showView(QStringLiteral("dashboard")));
        dashboard()->setProvince(eastAzerbaijan);
    }

    DashboardView* dashboard() const { return window->dashboard(); }

    io::DashboardFigures expected() const
    {
        io::DashboardRequest request;
        request.provinceId = eastAzerbaijan;
        request.tiers = settings.tiers;
        request.asOf = window->database()->clock().today();
        request.calendar = settings.calendar;
        auto f = io::computeDashboard(*window->database(), request);
        REQUIRE(f.ok());
        return *f;
    }

    QString card(DashboardView::Card which) const { return dashboard()->cardValue(which)->text(); }
};

QList<double> tierValues(const io::DashboardFigures& f, Rials io::TierFigures::*member, double divisor = 1)
{
    QList<double> values;
    for (const io::TierFigures& t : f.perTier)
        values << double(t.*member) / divisor;
    return values;
}

} // namespace

TEST_CASE("dashboard view: the cards and charts show the province's figures", "[gui][dashboard]")
{
    Fixture fx(gui::Language::Persian);
    const io::DashboardFigures f = fx.expected();
    const DashboardView* d = fx.dashboard();
    REQUIRE(d->figures().provinceId == fx.eastAzerbaijan);
    REQUIRE(f.halfFinished > 0);
    const auto count = [&](qint64 v) { return gui::formatCountCell(fx.settings, v); };
    using C = DashboardView::Card;
    CHECK(fx.card(C::HalfFinished) == count(f.halfFinished));
    CHECK(fx.card(C::Remaining) == gui::formatMoneyCell(fx.settings, f.remainingRial));
    CHECK(fx.card(C::PlannedJobs) == count(f.plannedJobs));
    CHECK(fx.card(C::IdleUnits) == count(f.idleUnits));
    CHECK(fx.card(C::EligibleUnits) == count(f.eligibleUnits));
    CHECK(fx.card(C::JobsRestorable) == count(f.jobsRestorable));
    CHECK(fx.card(C::OpenObstacles) == count(f.openObstacles));
    CHECK(fx.card(C::Operational) == count(f.projectsOperational));
    CHECK(fx.card(C::Revived) == count(f.unitsRevived));
    CHECK(d->asOfText().contains(formatJalali(f.asOf, Digits::Persian)));

    using Ch = DashboardView::Chart;
    CHECK(d->chart(Ch::TierProjects)->values() == tierValues(f, &io::TierFigures::projects));
    CHECK(d->chart(Ch::TierRemaining)->values() ==
          tierValues(f, &io::TierFigures::remainingRial, double(rialsPer(fx.settings.moneyUnit))));
    CHECK(d->chart(Ch::TierJobs)->values() == tierValues(f, &io::TierFigures::plannedJobs));
    // Persian: the tier letters, and tier A drawn at the right (the last bar of the set).
    CHECK(d->chart(Ch::TierProjects)->categories().first().contains(QStringLiteral("الف")));
    const QBarSet* set = d->chart(Ch::TierProjects)->barSet();
    REQUIRE(set->count() == 4);
    CHECK(set->at(3) == double(f.perTier[0].projects));
    CHECK(set->at(0) == double(f.perTier[3].projects));
    // Axis labels in Persian digits.
    const QStringList axis = d->chart(Ch::TierProjects)->axisLabels();
    REQUIRE(axis.size() >= 2);
    CHECK(axis.first() == QStringLiteral("۰"));

    QList<double> statuses;
    for (const qint64 n : f.unitsPerStatus)
        statuses << double(n);
    CHECK(d->chart(Ch::UnitStatus)->values() == statuses);
    double obstacles = 0;
    for (const double v : d->chart(Ch::MainObstacle)->values())
        obstacles += v;
    CHECK(qint64(obstacles) == f.idleUnits);
    QList<double> reports;
    for (const io::ReportPeriod& p : f.reportPeriods)
        reports << double(p.reports);
    CHECK(d->chart(Ch::Reports)->values() == reports);
    CHECK(d->chart(Ch::Reports)->categories().size() == 8);
    const QList<Id> counties = d->shownCounties();
    CHECK(counties.size() == qMin<qsizetype>(12, f.counties.size()));
    CHECK(counties.first() == f.counties.first().countyId); // most remaining investment first

    // Every province: the figures follow the combo.
    fx.dashboard()->setProvince(0);
    CHECK(d->figures().provinceId == 0);
    CHECK(d->figures().halfFinished > f.halfFinished);
}

TEST_CASE("dashboard view: a tier bar opens the projects of that tier and province", "[gui][dashboard]")
{
    Fixture fx(gui::Language::Persian);
    const io::DashboardFigures f = fx.expected();
    auto* dock = fx.window->findChild<QDockWidget*>(QStringLiteral("recordDock"));
    REQUIRE(dock);
    CHECK(dock->isHidden()); // the charts have the height

    // Tier B is drawn third from the left in Persian (الف at the right): the series' own click.
    BarChartView* tiers = fx.dashboard()->chart(DashboardView::Chart::TierProjects);
    Q_EMIT tiers->barSet()->clicked(2);
    CHECK(fx.window->projectPane()->isVisible());
    CHECK_FALSE(dock->isHidden());
    const io::ListFilter filter = fx.window->projectPane()->filterBar()->filter();
    CHECK(filter.provinceId == fx.eastAzerbaijan);
    REQUIRE(filter.tier.has_value());
    CHECK(*filter.tier == engine::Tier::B);
    CHECK(filter.status == io::kCandidateStatuses);
    const qint64 shown = f.perTier[1].projects;
    CHECK(fx.window->projectPane()->model()->rowCount() == shown);
    CHECK(fx.window->countText().startsWith(gui::formatCountCell(fx.settings, shown)));
}

TEST_CASE("dashboard view: status, obstacle and county bars open the matching lists", "[gui][dashboard]")
{
    Fixture fx(gui::Language::English);
    const io::DashboardFigures f = fx.expected();
    DashboardView* d = fx.dashboard();
    using Ch = DashboardView::Chart;

    d->chart(Ch::UnitStatus)->clickBar(int(UnitStatus::SemiActive));
    CHECK(fx.window->unitPane()->isVisible());
    CHECK(fx.window->unitPane()->filterBar()->filter().status == int(UnitStatus::SemiActive));
    CHECK(fx.window->unitPane()->model()->rowCount() == f.unitsPerStatus[size_t(UnitStatus::SemiActive)]);
    CHECK(fx.window->countText() == QStringLiteral("%1 of %2 idle units")
                                        .arg(f.unitsPerStatus[size_t(UnitStatus::SemiActive)])
                                        .arg(fx.window->unitModel()->totalCount()));

    // The first bar of the main obstacles: the most frequent one; its list holds every idle unit
    // with such an open obstacle, main or not.
    fx.window->showView(QStringLiteral("dashboard"));
    BarChartView* obstacles = d->chart(Ch::MainObstacle);
    d->chart(Ch::MainObstacle)->clickBar(0);
    const io::ListFilter filter = fx.window->unitPane()->filterBar()->filter();
    REQUIRE(filter.obstacleType >= 0);
    CHECK(f.idleUnitsPerMainObstacle[size_t(filter.obstacleType)] == qint64(obstacles->values().first()));
    CHECK(fx.window->unitPane()->model()->rowCount() >= qint64(obstacles->values().first()));

    // The last bar: idle units without any open obstacle, exactly as many as the bar says.
    fx.window->showView(QStringLiteral("dashboard"));
    const int none = int(obstacles->values().size()) - 1;
    d->chart(Ch::MainObstacle)->clickBar(none);
    CHECK(fx.window->unitPane()->filterBar()->filter().obstacleType == io::kNoOpenObstacle);
    CHECK(fx.window->unitPane()->model()->rowCount() == f.idleUnitsWithoutObstacle);
    CHECK(qint64(obstacles->values().at(none)) == f.idleUnitsWithoutObstacle);

    fx.window->showView(QStringLiteral("dashboard"));
    d->chart(Ch::Counties)->clickBar(0);
    CHECK(fx.window->projectPane()->isVisible());
    const io::ListFilter county = fx.window->projectPane()->filterBar()->filter();
    CHECK(county.countyId == f.counties.first().countyId);
    CHECK(fx.window->projectPane()->model()->rowCount() == f.counties.first().halfFinished);

    d->setCountyMeasure(DashboardView::CountyMeasure::IdleUnits);
    d->chart(Ch::Counties)->clickBar(0);
    CHECK(fx.window->unitPane()->isVisible());
    const Id top = d->shownCounties().first();
    qint64 idle = 0;
    for (const io::CountyFigures& c : f.counties) {
        if (c.countyId == top)
            idle = c.idleUnits;
        CHECK(c.idleUnits <= double(d->chart(Ch::Counties)->values().first()));
    }
    CHECK(fx.window->unitPane()->model()->rowCount() == idle);
}

TEST_CASE("dashboard view: the current plan's card", "[gui][dashboard]")
{
    Fixture fx(gui::Language::English);
    DashboardView* d = fx.dashboard();
    CHECK(fx.card(DashboardView::Card::Plan) == QStringLiteral("—"));
    io::PlanHeadline plan;
    plan.valid = true;
    plan.provinceId = d->provinceId();
    plan.scenario = QStringLiteral("seed policy");
    plan.budget = 10'000'000'000'000;
    plan.cost = 9'500'000'000'000;
    plan.items = 120;
    plan.jobs = 4321;
    plan.otherModeJobs = 5000;
    d->setPlan(plan);
    CHECK(fx.card(DashboardView::Card::Plan) == QStringLiteral("4,321"));
    const QString caption = d->findChild<QLabel*>(QStringLiteral("card.planCaption"))->text();
    CHECK(caption.contains(QStringLiteral("120 projects")));
    CHECK(caption.contains(QStringLiteral("950.0")));
    CHECK(caption.contains(QStringLiteral("1,000.0")));
    CHECK(caption.contains(QStringLiteral("679"))); // 5,000 - 4,321 more with max-jobs

    // A plan for another province is not shown as this province's.
    plan.provinceId = d->provinceId() + 1;
    d->setPlan(plan);
    CHECK(fx.card(DashboardView::Card::Plan) == QStringLiteral("—"));
    CHECK(d->findChild<QLabel*>(QStringLiteral("card.planCaption"))
              ->text()
              .contains(QStringLiteral("another province")));
    // ... until the dashboard shows that province.
    const Id shown = d->provinceId();
    d->setProvince(0);
    plan.provinceId = shown;
    d->setPlan(plan);
    CHECK(fx.card(DashboardView::Card::Plan) == QStringLiteral("—"));
    d->setProvince(shown);
    CHECK(fx.card(DashboardView::Card::Plan) == QStringLiteral("4,321"));
}

TEST_CASE("dashboard view: the ranking view's budget reaches the plan card", "[gui][dashboard]")
{
    Fixture fx(gui::Language::English);
    gui::RankingView* ranking = fx.window->rankingView();
    REQUIRE(ranking != nullptr);
    ranking->setProvince(fx.dashboard()->provinceId());
    ranking->setBudget(Rials{10'000'000'000'000}); // 1,000 billion toman
    const io::RankReport* report = ranking->currentReport();
    REQUIRE(report != nullptr);
    REQUIRE(report->plan.has_value());
    REQUIRE(report->plan->jobs > 0);
    CHECK(
        fx.card(DashboardView::Card::Plan) ==
        gui::formatCountCell(gui::DisplaySettings::forLanguage(gui::Language::English), report->plan->jobs));

    // A funded project deleted from the list: the plan card counts without it at once, though
    // the ranking tab was never shown.
    const qint64 jobsBefore = report->plan->jobs;
    std::size_t funded = 0;
    while (!report->plan->funded[funded])
        ++funded;
    const Id gone = report->ranking.items[funded].id;
    REQUIRE(fx.window->showView(QStringLiteral("projects")));
    REQUIRE(fx.window->editSession()->deleteProject(gone).ok());
    report = ranking->currentReport();
    REQUIRE(report != nullptr);
    REQUIRE(report->plan.has_value());
    for (const auto& item : report->ranking.items)
        REQUIRE(item.id != gone);
    CHECK(report->plan->jobs != jobsBefore);
    CHECK(fx.card(DashboardView::Card::Plan) ==
          gui::formatCountCell(gui::DisplaySettings::forLanguage(gui::Language::English), report->plan->jobs));

    ranking->setBudget(std::nullopt);
    CHECK(fx.card(DashboardView::Card::Plan) == QStringLiteral("—"));
}

TEST_CASE("dashboard view: a deleted project leaves the figures when the tab is shown again",
          "[gui][dashboard]")
{
    Fixture fx(gui::Language::English);
    const io::DashboardFigures before = fx.dashboard()->figures();
    REQUIRE(before.halfFinished > 0);
    CHECK_FALSE(fx.window->showView(QStringLiteral("nowhere")));
    REQUIRE(fx.window->showView(QStringLiteral("projects")));
    // A half-finished project of the province, deleted through the undoable session.
    io::ListFilter filter;
    filter.provinceId = fx.eastAzerbaijan;
    filter.status = io::kCandidateStatuses;
    fx.window->projectPane()->applyFilter(filter);
    REQUIRE(fx.window->projectPane()->model()->rowCount() == before.halfFinished);
    const Id id = fx.window->projectPane()
                      ->model()
                      ->data(fx.window->projectPane()->model()->index(0, 0), gui::IdRole)
                      .toLongLong();
    REQUIRE(fx.window->editSession()->deleteProject(id).ok());
    CHECK(fx.dashboard()->figures().halfFinished == before.halfFinished); // not read while hidden
    REQUIRE(fx.window->showView(QStringLiteral("dashboard")));
    CHECK(fx.dashboard()->figures().halfFinished == before.halfFinished - 1);
    CHECK(fx.card(DashboardView::Card::HalfFinished) ==
          gui::formatCountCell(fx.settings, before.halfFinished - 1));
}
