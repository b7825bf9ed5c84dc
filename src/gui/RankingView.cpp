#include "RankingView.h"

#include "CompareDialog.h"
#include "ExplanationCard.h"
#include "MoneyEdit.h"
#include "RankingModel.h"
#include "RankingText.h"
#include "ScenarioPanel.h"
#include "TableFormat.h"
#include "io/Exporter.h"
#include "io/RankCompare.h"
#include "storage/Candidates.h"
#include "storage/Repositories.h"
#include "storage/Scenarios.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ehya::gui {

using namespace Qt::StringLiterals;

RankingView::RankingView(storage::Database& db, const DisplaySettings& settings, const CurrentUser& user,
                         QWidget* parent)
    : QWidget(parent), m_db(db), m_settings(settings), m_user(user), m_location(db.location())
{
    buildUi();
    fillProvinces();
    reload().ok();
}

void RankingView::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_kindBox = new QComboBox(this);
    m_kindBox->addItem(RankingText::kind(engine::Kind::Project), int(engine::Kind::Project));
    m_kindBox->addItem(RankingText::kind(engine::Kind::Unit), int(engine::Kind::Unit));
    m_provinceBox = new QComboBox(this);
    m_budget = new MoneyEdit(this);
    m_budget->setDisplaySettings(m_settings);
    m_budget->lineEdit()->setPlaceholderText(tr("no budget"));
    m_planBox = new QComboBox(this);
    m_planBox->addItem(RankingText::plan(engine::PlanMode::Policy), int(engine::PlanMode::Policy));
    m_planBox->addItem(RankingText::plan(engine::PlanMode::MaxJobs), int(engine::PlanMode::MaxJobs));
    bar->addWidget(m_kindBox);
    bar->addWidget(new QLabel(tr("Province"), this));
    bar->addWidget(m_provinceBox);
    bar->addWidget(new QLabel(tr("Budget"), this));
    bar->addWidget(m_budget);
    bar->addWidget(new QLabel(tr("Plan"), this));
    bar->addWidget(m_planBox);
    bar->addStretch(1);
    m_sensitivityButton = new QPushButton(tr("Sensitivity…"), this);
    auto* compare = new QPushButton(tr("Compare…"), this);
    auto* exportButton = new QPushButton(tr("Export…"), this);
    auto* reportButton = new QPushButton(tr("Report"), this);
    for (QPushButton* b : {m_sensitivityButton, compare, exportButton, reportButton})
        bar->addWidget(b);
    layout->addLayout(bar);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_model = new RankingModel(m_settings, this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new FundedLineDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(RankingModel::Title, QHeaderView::Stretch);
    m_card = new ExplanationCard(m_settings, this);
    auto* cardScroll = new QScrollArea(this);
    cardScroll->setWidget(m_card);
    cardScroll->setWidgetResizable(true);

    m_panel = new ScenarioPanel(m_db, m_settings, m_user, this);
    auto* panelScroll = new QScrollArea(this);
    panelScroll->setWidget(m_panel);
    panelScroll->setWidgetResizable(true);
    panelScroll->setMinimumWidth(280);

    auto* left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_table);
    left->addWidget(cardScroll);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 2);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(panelScroll);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(m_kindBox, &QComboBox::currentIndexChanged, this,
            [this] { setKind(static_cast<engine::Kind>(m_kindBox->currentData().toInt())); });
    connect(m_provinceBox, &QComboBox::currentIndexChanged, this,
            [this] { setProvince(m_provinceBox->currentData().toLongLong()); });
    // Typing a budget re-plans once the person pauses (a max-jobs plan is not free).
    auto* budgetPause = new QTimer(this);
    budgetPause->setSingleShot(true);
    budgetPause->setInterval(400);
    connect(m_budget, &MoneyEdit::valueChanged, budgetPause, qOverload<>(&QTimer::start));
    connect(budgetPause, &QTimer::timeout, this, &RankingView::budgetEdited);
    connect(m_planBox, &QComboBox::currentIndexChanged, this,
            [this] { setPlan(static_cast<engine::PlanMode>(m_planBox->currentData().toInt())); });
    connect(m_panel, &ScenarioPanel::scenarioEdited, this, &RankingView::rerankEdited);
    connect(m_panel, &ScenarioPanel::errorOccurred, this, &RankingView::errorOccurred);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RankingView::showSelected);
    connect(m_sensitivityButton, &QPushButton::clicked, this, [this] { startSensitivity(); });
    connect(compare, &QPushButton::clicked, this, &RankingView::compareDialog);
    connect(exportButton, &QPushButton::clicked, this, &RankingView::exportDialog);
    auto* reportMenu = new QMenu(reportButton);
    connect(reportMenu->addAction(tr("Print preview…")), &QAction::triggered, this,
            &RankingView::reportPreviewRequested);
    connect(reportMenu->addAction(tr("Save as PDF…")), &QAction::triggered, this,
            &RankingView::reportPdfRequested);
    reportButton->setMenu(reportMenu);
}

void RankingView::fillProvinces()
{
    const QSignalBlocker blocker(m_provinceBox);
    m_provinceBox->clear();
    auto provinces = storage::ReferenceRepository(m_db).provinces();
    if (provinces)
        for (const Province& p : *provinces)
            m_provinceBox->addItem(pickName(m_settings, p.nameFa, p.nameEn), qint64(p.id));
    // The first province that has half-finished projects (or idle units) to rank.
    if (auto first = storage::firstProvinceToRank(m_db))
        m_province = *first;
    if (m_province == 0 && m_provinceBox->count() > 0)
        m_province = m_provinceBox->itemData(0).toLongLong();
    m_provinceBox->setCurrentIndex(m_provinceBox->findData(qint64(m_province)));
}

QString RankingView::provinceName() const
{
    const int i = m_provinceBox->findData(qint64(m_province));
    return i >= 0 ? m_provinceBox->itemText(i) : QString();
}

void RankingView::invalidate()
{
    m_stale = true;
    // At once when shown, or when a plan is set: the dashboard shows that plan's figures.
    if (isVisible() || m_budgetValue)
        reload().ok();
}

void RankingView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload().ok();
}

Status RankingView::reload()
{
    m_stale = false;
    cancelSensitivity();
    io::RankRequest request;
    request.kind = m_kind;
    request.provinceId = m_province;
    request.scenario = m_panel->storedName();
    request.budget = m_budgetValue;
    request.plan = m_plan;
    auto report = io::buildRankReport(m_db, request);
    if (!report) {
        m_model->setReport(nullptr);
        m_report.reset();
        m_summary->setText(report.error().message);
        showReport();
        return report.error();
    }
    auto fresh = std::make_unique<io::RankReport>(std::move(report).value());
    if (m_panel->problem().isEmpty())
        io::rerank(*fresh, m_panel->scenario()).ok(); // the edited scenario, not yet saved
    m_report.swap(fresh);                             // the old report lives until the model has let it go
    showReport();
    return {};
}

void RankingView::takeChoicesOf(const RankingView& other)
{
    setKind(other.kind());
    setProvince(other.province());
    m_panel->takeChoiceOf(*other.m_panel); // re-ranks with the chosen scenario and its edits
    setPlan(other.plan());
    setBudget(other.budget());
}

void RankingView::setKind(engine::Kind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    {
        const QSignalBlocker blocker(m_kindBox);
        m_kindBox->setCurrentIndex(m_kindBox->findData(int(kind)));
    }
    m_panel->setKind(kind);
    reload().ok();
}

void RankingView::setProvince(Id provinceId)
{
    if (provinceId == m_province && m_report)
        return;
    m_province = provinceId;
    {
        const QSignalBlocker blocker(m_provinceBox);
        m_provinceBox->setCurrentIndex(m_provinceBox->findData(qint64(provinceId)));
    }
    reload().ok();
}

void RankingView::setBudget(std::optional<Rials> budget)
{
    {
        const QSignalBlocker blocker(m_budget);
        if (budget)
            m_budget->setRials(*budget);
        else
            m_budget->lineEdit()->clear();
    }
    budgetEdited();
}

void RankingView::setPlan(engine::PlanMode mode)
{
    {
        const QSignalBlocker blocker(m_planBox);
        m_planBox->setCurrentIndex(m_planBox->findData(int(mode)));
    }
    m_plan = mode;
    budgetEdited();
}

void RankingView::budgetEdited()
{
    m_problem.clear();
    m_budgetValue.reset();
    if (!m_budget->lineEdit()->text().trimmed().isEmpty()) {
        // A budget the field does not show is never planned with: an input error plans nothing.
        const auto rials = m_budget->rials();
        if (rials && *rials >= 0)
            m_budgetValue = rials;
        else {
            QString why = m_budget->inputError();
            if (why.isEmpty())
                why = tr("The budget cannot be negative.");
            m_problem = tr("The budget is not valid (%1): no plan is shown.").arg(why);
        }
    }
    if (!m_report) {
        updateSummary();
        return;
    }
    cancelSensitivity();
    const qint64 id = releaseReport();
    io::replan(*m_report, m_budgetValue, m_plan).ok();
    showReport(id);
}

void RankingView::rerankEdited()
{
    if (!m_report)
        return;
    if (!m_panel->problem().isEmpty())
        return; // the panel shows why
    cancelSensitivity();
    const qint64 id = releaseReport();
    io::rerank(*m_report, m_panel->scenario()).ok();
    showReport(id);
}

qint64 RankingView::selectedId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(IdRole).toLongLong() : 0;
}

qint64 RankingView::releaseReport()
{
    const qint64 id = selectedId();
    m_model->setReport(nullptr); // no view reads a row while the report changes under the model
    return id;
}

void RankingView::showReport(std::optional<qint64> keepId)
{
    ++m_generation;
    const qint64 id = keepId ? *keepId : selectedId(); // the model still serves the old report here
    m_model->setReport(m_report.get());
    const bool spread = m_report && !m_report->spread.empty();
    m_table->setColumnHidden(RankingModel::Spread, !spread);
    m_table->setColumnHidden(RankingModel::FundedShare, !spread || !m_report->plan);
    m_table->setColumnHidden(RankingModel::Tier, m_kind == engine::Kind::Unit);
    for (int c = 0; c < RankingModel::ColumnCount; ++c)
        if (c != RankingModel::Title) // the title takes the rest of the width
            m_table->resizeColumnToContents(c);
    updateSummary();
    // The same item, wherever it ranks now: the card never silently moves to another one.
    int row = -1;
    if (m_report && id != 0)
        for (std::size_t i = 0; i < m_report->ranking.items.size() && row < 0; ++i)
            if (m_report->ranking.items[i].id == id)
                row = static_cast<int>(i);
    if (row >= 0)
        selectRow(row);
    else {
        m_table->setCurrentIndex({});
        m_card->clear();
    }
    Q_EMIT reportChanged();
}

void RankingView::selectRow(int row)
{
    m_table->setCurrentIndex(m_model->index(row, RankingModel::Rank));
    showSelected();
}

void RankingView::showSelected()
{
    const int row = m_table->currentIndex().row();
    if (!m_report || row < 0)
        m_card->clear();
    else
        m_card->showItem(m_report.get(), static_cast<std::size_t>(row));
}

QString RankingView::summaryText() const
{
    return m_summary->text();
}

void RankingView::updateSummary()
{
    if (!m_problem.isEmpty()) {
        m_summary->setText(m_problem);
        return;
    }
    if (!m_report)
        return;
    const DisplaySettings& s = m_settings;
    const auto money = [&s](Rials r) { return formatMoney(r, {s.moneyUnit, s.digits, -1, true, true}); };
    const auto count = [&s](qint64 v) { return formatCountCell(s, v); };
    const auto& items = m_report->ranking.items;
    if (!m_report->plan) {
        Rials cost = 0;
        qint64 jobs = 0;
        for (const auto& item : items) {
            cost += item.cost;
            jobs += item.jobs;
        }
        m_summary->setText(
            tr("%1 items ranked, %2 for %3 jobs in all. Enter a budget to see what it reaches.")
                .arg(count(qint64(items.size())), money(cost), count(jobs)));
        return;
    }
    const auto& plan = *m_report->plan;
    QString text =
        tr("A budget of %1 funds %2 of %3 items (%4): %5 for %6 jobs; %7 left.")
            .arg(money(plan.budget), count(plan.itemsFunded), count(qint64(items.size())),
                 RankingText::plan(plan.mode), money(plan.cost), count(plan.jobs), money(plan.budgetLeft));
    if (m_report->other)
        text += u' ' + RankingText::otherPlanSentence(s, plan.mode, plan.jobs, m_report->other->jobs);
    m_summary->setText(text);
}

Result<qint64> RankingView::exportTo(const QString& path)
{
    if (!m_report)
        return Error{Error::Kind::Invalid, tr("There is no ranking to export.")};
    io::WriteOptions options;
    options.format =
        path.endsWith(u".xlsx"_s, Qt::CaseInsensitive) ? io::ExportFormat::Xlsx : io::ExportFormat::Csv;
    options.persianHeaders = m_settings.persian();
    options.jalaliDates = m_settings.calendar == CalendarKind::Jalali;
    return io::exportRanking(*m_report, path, options);
}

void RankingView::exportDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the ranking"), {},
                                                      tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto done = exportTo(path); !done)
        Q_EMIT errorOccurred(tr("The ranking was not exported"), done.error().message);
}

void RankingView::compareDialog()
{
    if (!m_report)
        return;
    CompareDialog dialog(m_db, *m_report, m_settings, this);
    dialog.exec();
}

} // namespace ehya::gui
