#include "DashboardView.h"

#include "BarChartView.h"
#include "TableFormat.h"
#include "core/Enums.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QShowEvent>
#include <QVBoxLayout>

#include <algorithm>

namespace ehya::gui {

namespace {

constexpr int kCardColumns = 5;

const engine::Tier kTiers[] = {engine::Tier::A, engine::Tier::B, engine::Tier::C, engine::Tier::D};

} // namespace

DashboardView::DashboardView(const DisplaySettings& settings, QWidget* parent)
    : QWidget(parent), m_settings(settings)
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout();
    auto* provinceLabel = new QLabel(tr("Province:"), this);
    m_province = new QComboBox(this);
    m_province->setObjectName(QStringLiteral("dashboardProvince"));
    m_province->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    provinceLabel->setBuddy(m_province);
    m_asOf = new QLabel(this);
    m_asOf->setObjectName(QStringLiteral("dashboardAsOf"));
    top->addWidget(provinceLabel);
    top->addWidget(m_province);
    top->addStretch(1);
    top->addWidget(m_asOf);
    layout->addLayout(top);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(buildCards());
    contentLayout->addWidget(buildCharts(), 1);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);

    connect(m_province, &QComboBox::currentIndexChanged, this, [this] {
        refresh();
        Q_EMIT provinceChanged(provinceId());
    });
    setPlan({});
}

DashboardView::~DashboardView() = default;

void DashboardView::addCard(QWidget* parent, Card which, const char* key, const QString& caption)
{
    auto* card = new QFrame(parent);
    card->setFrameShape(QFrame::StyledPanel);
    card->setAutoFillBackground(true);
    card->setBackgroundRole(QPalette::Base);
    auto* layout = new QVBoxLayout(card);
    layout->setSpacing(2);
    auto* value = new QLabel(card);
    value->setObjectName(u"card." + QLatin1String(key));
    QFont big = font();
    big.setBold(true);
    big.setPointSizeF(font().pointSizeF() * 1.5);
    value->setFont(big);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* text = new QLabel(caption, card);
    text->setWordWrap(true);
    text->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(value);
    layout->addWidget(text);
    if (which == Card::Plan) {
        m_planCaption = new QLabel(card);
        m_planCaption->setObjectName(QStringLiteral("card.planCaption"));
        m_planCaption->setWordWrap(true);
        layout->addWidget(m_planCaption);
    }
    layout->addStretch(1);
    auto* grid = static_cast<QGridLayout*>(parent->layout());
    const int index = int(m_cards.size());
    grid->addWidget(card, index / kCardColumns, index % kCardColumns);
    m_cards.insert(int(which), value);
}

QWidget* DashboardView::buildCards()
{
    auto* cards = new QWidget(this);
    auto* grid = new QGridLayout(cards);
    grid->setContentsMargins(0, 0, 0, 0);
    const QString unit = moneyUnitLabel(m_settings.moneyUnit);
    addCard(cards, Card::HalfFinished, "halfFinished", tr("Half-finished projects"));
    addCard(cards, Card::Remaining, "remaining", tr("Remaining investment (%1)").arg(unit));
    addCard(cards, Card::PlannedJobs, "plannedJobs", tr("Jobs planned by the half-finished projects"));
    addCard(cards, Card::IdleUnits, "idleUnits", tr("Idle units (idle or semi-active)"));
    addCard(cards, Card::EligibleUnits, "eligibleUnits", tr("Idle units with a market and justified"));
    addCard(cards, Card::JobsRestorable, "jobsRestorable", tr("Jobs restorable in those units"));
    addCard(cards, Card::OpenObstacles, "openObstacles", tr("Open obstacles"));
    addCard(cards, Card::Operational, "operational", tr("Projects brought into operation"));
    addCard(cards, Card::Revived, "revived", tr("Units returned to production"));
    addCard(cards, Card::Plan, "plan", tr("Jobs the current plan brings back"));
    for (int c = 0; c < kCardColumns; ++c)
        grid->setColumnStretch(c, 1);
    return cards;
}

QWidget* DashboardView::buildCharts()
{
    auto* charts = new QWidget(this);
    auto* grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    // Six columns: three charts a row, or two (the bar charts need room for their labels).
    const auto add = [&](Chart which, const char* key, BarChartView::Layout layout, int row, int column,
                         int span) {
        auto* view = new BarChartView(m_settings, layout, charts);
        view->setObjectName(u"chart." + QLatin1String(key));
        m_charts.insert(int(which), view);
        grid->addWidget(view, row, column, 1, span);
        return view;
    };
    using L = BarChartView::Layout;
    for (const Chart tierChart : {Chart::TierProjects, Chart::TierRemaining, Chart::TierJobs}) {
        const char* key = tierChart == Chart::TierProjects    ? "tierProjects"
                          : tierChart == Chart::TierRemaining ? "tierRemaining"
                                                              : "tierJobs";
        BarChartView* view = add(tierChart, key, L::Columns, 0, 2 * int(tierChart), 2);
        connect(view, &BarChartView::barClicked, this, &DashboardView::openTier);
    }
    connect(add(Chart::UnitStatus, "unitStatus", L::Columns, 1, 0, 3), &BarChartView::barClicked, this,
            [this](int status) {
                io::ListFilter filter = baseFilter();
                filter.status = status;
                Q_EMIT openList(OwnerKind::Unit, filter);
            });
    BarChartView* obstacles = add(Chart::MainObstacle, "mainObstacle", L::Bars, 3, 0, 3);
    obstacles->setMinimumHeight(360);
    connect(obstacles, &BarChartView::barClicked, this, [this](int index) {
        const QVariant type = chart(Chart::MainObstacle)->property("types").toList().value(index);
        io::ListFilter filter = baseFilter();
        filter.status = io::kCandidateStatuses;
        filter.obstacleType = type.isValid() ? type.toInt() : io::kNoOpenObstacle;
        Q_EMIT openList(OwnerKind::Unit, filter);
    });
    BarChartView* reports = add(Chart::Reports, "reports", L::TimeColumns, 1, 3, 3);
    reports->setCursor(Qt::ArrowCursor);

    auto* measureRow = new QHBoxLayout();
    m_measure = new QComboBox(charts);
    m_measure->setObjectName(QStringLiteral("countyMeasure"));
    m_measure->addItem(tr("Counties by remaining investment"), int(CountyMeasure::Remaining));
    m_measure->addItem(tr("Counties by half-finished projects"), int(CountyMeasure::Projects));
    m_measure->addItem(tr("Counties by idle units"), int(CountyMeasure::IdleUnits));
    measureRow->addWidget(m_measure);
    measureRow->addStretch(1);
    grid->addLayout(measureRow, 2, 3, 1, 3);
    connect(m_measure, &QComboBox::currentIndexChanged, this, [this] {
        m_countyMeasure = CountyMeasure(m_measure->currentData().toInt());
        showCounties();
    });
    BarChartView* counties = add(Chart::Counties, "counties", L::Bars, 3, 3, 3);
    counties->setMinimumHeight(360);
    connect(counties, &BarChartView::barClicked, this, [this](int index) {
        const Id county = m_shownCounties.value(index);
        const auto found =
            std::find_if(m_figures.counties.cbegin(), m_figures.counties.cend(),
                         [county](const io::CountyFigures& c) { return c.countyId == county; });
        if (found == m_figures.counties.cend())
            return;
        io::ListFilter filter;
        filter.provinceId = found->provinceId;
        filter.countyId = county;
        filter.status = io::kCandidateStatuses;
        Q_EMIT openList(m_countyMeasure == CountyMeasure::IdleUnits ? OwnerKind::Unit : OwnerKind::Project,
                        filter);
    });
    for (int c = 0; c < 6; ++c)
        grid->setColumnStretch(c, 1);
    return charts;
}

void DashboardView::setDatabase(storage::Database* db, const QList<Province>& provinces, Id province)
{
    m_db = db;
    {
        const QSignalBlocker blocker(m_province);
        m_province->clear();
        m_province->addItem(tr("All provinces"), qint64(0));
        for (const Province& p : provinces)
            m_province->addItem(pickName(m_settings, p.nameFa, p.nameEn), p.id);
        const int at = m_province->findData(province);
        m_province->setCurrentIndex(at < 0 ? 0 : at);
    }
    invalidate();
}

void DashboardView::setProvince(Id provinceId)
{
    const int at = m_province->findData(provinceId);
    if (at >= 0 && at != m_province->currentIndex())
        m_province->setCurrentIndex(at); // refreshes
}

Id DashboardView::provinceId() const
{
    return m_province->currentData().toLongLong();
}

void DashboardView::setCountyMeasure(CountyMeasure measure)
{
    m_measure->setCurrentIndex(m_measure->findData(int(measure)));
}

QLabel* DashboardView::cardValue(Card which) const
{
    return m_cards.value(int(which));
}

QString DashboardView::asOfText() const
{
    return m_asOf->text();
}

void DashboardView::invalidate()
{
    m_stale = true;
    if (isVisible())
        refresh();
}

void DashboardView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void DashboardView::refresh()
{
    m_stale = false;
    if (!m_db) {
        m_figures = io::DashboardFigures{};
        showFigures();
        return;
    }
    io::DashboardRequest request;
    request.provinceId = provinceId();
    request.tiers = m_settings.tiers;
    request.asOf = m_db->clock().today();
    request.calendar = m_settings.calendar;
    auto figures = io::computeDashboard(*m_db, request);
    if (!figures) {
        Q_EMIT refreshFailed(figures.error().message);
        return;
    }
    m_figures = std::move(figures).value();
    showFigures();
}

QString DashboardView::count(qint64 value) const
{
    return formatCountCell(m_settings, value);
}

QString DashboardView::money(Rials rials) const
{
    return formatMoneyCell(m_settings, rials);
}

QString DashboardView::moneyAxis(double units) const
{
    MoneyFormat format;
    format.unit = m_settings.moneyUnit;
    format.digits = m_settings.digits;
    format.withUnit = false;
    return formatMoney(qRound64(units * double(rialsPer(m_settings.moneyUnit))), format);
}

io::ListFilter DashboardView::baseFilter() const
{
    io::ListFilter filter;
    filter.provinceId = m_figures.provinceId;
    return filter;
}

void DashboardView::openTier(int tier)
{
    io::ListFilter filter = baseFilter();
    filter.tier = kTiers[std::clamp(tier, 0, 3)];
    filter.status = io::kCandidateStatuses;
    Q_EMIT openList(OwnerKind::Project, filter);
}

void DashboardView::showFigures()
{
    const io::DashboardFigures& f = m_figures;
    m_asOf->setText(f.asOf.isValid() ? tr("As of %1").arg(formatDateCell(m_settings, f.asOf)) : QString());
    cardValue(Card::HalfFinished)->setText(count(f.halfFinished));
    cardValue(Card::Remaining)->setText(money(f.remainingRial));
    cardValue(Card::PlannedJobs)->setText(count(f.plannedJobs));
    cardValue(Card::IdleUnits)->setText(count(f.idleUnits));
    cardValue(Card::EligibleUnits)->setText(count(f.eligibleUnits));
    cardValue(Card::JobsRestorable)->setText(count(f.jobsRestorable));
    cardValue(Card::OpenObstacles)->setText(count(f.openObstacles));
    cardValue(Card::Operational)->setText(count(f.projectsOperational));
    cardValue(Card::Revived)->setText(count(f.unitsRevived));
    showTierCharts();
    showUnitCharts();
    showCounties();
    showReports();
    showPlan(); // the plan may be for the province now shown
}

void DashboardView::setPlan(const io::PlanHeadline& plan)
{
    m_plan = plan;
    showPlan();
}

void DashboardView::showPlan()
{
    QLabel* value = cardValue(Card::Plan);
    if (!m_plan.valid) {
        value->setText(QStringLiteral("—"));
        m_planCaption->setText(tr("No plan yet: set a budget in the ranking view."));
        return;
    }
    if (m_plan.provinceId != provinceId()) {
        value->setText(QStringLiteral("—"));
        m_planCaption->setText(tr("The ranking view plans for another province."));
        return;
    }
    value->setText(count(m_plan.jobs));
    const int items = int(m_plan.items);
    const QString what = m_plan.kind == engine::Kind::Project
                             ? tr("%1 projects", nullptr, items).arg(count(items))
                             : tr("%1 units", nullptr, items).arg(count(items));
    const QString mode = m_plan.mode == engine::PlanMode::Policy ? tr("policy order") : tr("most jobs");
    QString caption = tr("%1 funded for %2 of %3 %4; scenario «%5», %6.")
                          .arg(what, money(m_plan.cost), money(m_plan.budget),
                               moneyUnitLabel(m_settings.moneyUnit), m_plan.scenario, mode);
    if (m_plan.otherModeJobs && *m_plan.otherModeJobs > m_plan.jobs &&
        m_plan.mode == engine::PlanMode::Policy)
        caption +=
            u' ' +
            tr("The most-jobs plan would bring %1 more.").arg(count(*m_plan.otherModeJobs - m_plan.jobs));
    m_planCaption->setText(caption);
}

} // namespace ehya::gui
