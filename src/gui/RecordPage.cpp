#include "RecordPage.h"

#include "ActionTableModel.h"
#include "AuditTableModel.h"
#include "ObstacleTableModel.h"
#include "ProgressChart.h"
#include "RecordFields.h"
#include "ReportTableModel.h"
#include "TableFormat.h"
#include "io/TierPalette.h"
#include "storage/Repositories.h"
#include "ui_RecordPage.h"

#include <QHeaderView>
#include <QItemSelectionModel>

#include <algorithm>

namespace ehya::gui {

namespace {

void setUpView(QTableView* view, QAbstractItemModel* model)
{
    view->setModel(model);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

int selectedRow(const QTableView* view)
{
    const QModelIndexList rows =
        view->selectionModel() ? view->selectionModel()->selectedRows() : QModelIndexList{};
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

// The tier badge's colours: a light background, a dark text, readable in both themes' bases.
QString badgeStyle(engine::Tier tier)
{
    const io::TierColours colours = io::tierColours(tier);
    return QStringLiteral(
               "QLabel{background:%1;color:%2;border-radius:4px;padding:2px 10px;font-weight:bold}")
        .arg(colours.light.name(), colours.dark.name());
}

} // namespace

RecordPage::RecordPage(const DisplaySettings& settings, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::RecordPage>()), m_settings(settings)
{
    m_ui->setupUi(this);
    m_reports = new ReportTableModel(m_settings, this);
    m_obstacles = new ObstacleTableModel(m_settings, this);
    m_actions = new ActionTableModel(m_settings, this);
    m_audit = new AuditTableModel(m_settings, this);
    setUpView(m_ui->reportView, m_reports);
    setUpView(m_ui->obstacleView, m_obstacles);
    setUpView(m_ui->actionView, m_actions);
    setUpView(m_ui->auditView, m_audit);
    m_ui->auditView->setWordWrap(true);

    m_chart = new ProgressChart(m_settings, m_ui->chartHolder);
    m_ui->chartLayout->addWidget(m_chart);
    m_ui->progressLayout->setStretch(0, 3);
    m_ui->progressLayout->setStretch(1, 2);

    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.35);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    m_ui->titleLabel->setAlignment(leadingAlignment(m_settings));
    m_ui->subtitleLabel->setAlignment(leadingAlignment(m_settings));
    m_ui->errorLabel->setStyleSheet(
        QStringLiteral("QLabel{background:#fdecea;color:#8e1c10;border:1px solid #f5c6c0;padding:6px}"));
    m_ui->errorLabel->hide();
    m_ui->pageLayout->setStretchFactor(m_ui->splitter, 1);
    m_ui->detailsArea->setMinimumWidth(260);
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({360, 740});

    wire();
    clear();
}

RecordPage::~RecordPage() = default;

void RecordPage::wire()
{
    connect(m_ui->editButton, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_kind, m_id); });
    connect(m_ui->deleteButton, &QPushButton::clicked, this,
            [this] { Q_EMIT deleteRequested(m_kind, m_id); });
    connect(m_ui->addReportButton, &QPushButton::clicked, this, [this] {
        if (m_kind == OwnerKind::Project)
            Q_EMIT addReportRequested(m_id);
    });
    connect(m_ui->addObstacleButton, &QPushButton::clicked, this,
            [this] { Q_EMIT addObstacleRequested(m_kind, m_id); });
    connect(m_ui->addActionButton, &QPushButton::clicked, this,
            [this] { Q_EMIT addActionRequested(m_kind, m_id); });
    connect(m_ui->editObstacleButton, &QPushButton::clicked, this, [this] {
        if (auto o = selectedObstacle())
            Q_EMIT editObstacleRequested(*o);
    });
    connect(m_ui->resolveObstacleButton, &QPushButton::clicked, this, [this] {
        if (auto o = selectedObstacle(); o && !o->resolved.isValid())
            Q_EMIT resolveObstacleRequested(*o);
    });
    connect(m_ui->editActionButton, &QPushButton::clicked, this, [this] {
        if (auto a = selectedAction())
            Q_EMIT editActionRequested(*a);
    });
    connect(m_ui->closeActionButton, &QPushButton::clicked, this, [this] {
        if (auto a = selectedAction())
            Q_EMIT closeActionRequested(*a);
    });
    connect(m_ui->obstacleView, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (!m_readOnly && index.isValid())
            Q_EMIT editObstacleRequested(m_obstacles->rowAt(index.row()));
    });
    connect(m_ui->actionView, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (!m_readOnly && index.isValid())
            Q_EMIT editActionRequested(m_actions->rowAt(index.row()));
    });
    for (QTableView* view : {m_ui->obstacleView, m_ui->actionView})
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                [this] { updateButtons(); });
}

bool RecordPage::showProject(storage::Database& db, Id id)
{
    if (m_db != &db)
        m_names.reset();
    m_db = &db;
    m_kind = OwnerKind::Project;
    m_id = id;
    return load();
}

bool RecordPage::showUnit(storage::Database& db, Id id)
{
    if (m_db != &db)
        m_names.reset();
    m_db = &db;
    m_kind = OwnerKind::Unit;
    m_id = id;
    return load();
}

bool RecordPage::reload()
{
    if (!hasRecord())
        return false;
    const int obstacleRow = selectedRow(m_ui->obstacleView);
    const int actionRow = selectedRow(m_ui->actionView);
    const int tab = m_ui->tabs->currentIndex();
    const bool ok = load();
    if (ok) {
        if (obstacleRow >= 0 && obstacleRow < m_obstacles->rowCount())
            m_ui->obstacleView->selectRow(obstacleRow);
        if (actionRow >= 0 && actionRow < m_actions->rowCount())
            m_ui->actionView->selectRow(actionRow);
        if (m_ui->tabs->isTabVisible(tab))
            m_ui->tabs->setCurrentIndex(tab);
    }
    return ok;
}

void RecordPage::clear()
{
    m_db = nullptr;
    m_id = 0;
    m_names.reset();
    clearContents();
    m_ui->errorLabel->hide();
    setHeader(tr("No record selected"), QString());
    updateTabTitles();
    updateButtons();
}

void RecordPage::clearContents()
{
    m_project.reset();
    m_unit.reset();
    m_reports->setRows({});
    m_obstacles->setRows({});
    m_actions->setRows({});
    m_audit->setRows({});
    m_chart->clear();
    RecordFields::clear(m_ui->fieldsForm);
    m_ui->tierBadge->hide();
}

bool RecordPage::load()
{
    clearContents();
    m_ui->errorLabel->hide();
    if (!m_names) {
        auto names = ReferenceNames::load(*m_db, m_settings);
        if (names)
            m_names = std::move(names).value();
        else
            showError(names.error().message);
    }
    const bool ok = m_names && (m_kind == OwnerKind::Project ? loadProject(*m_names) : loadUnit(*m_names)) &&
                    loadChildren(*m_names);
    m_ui->tabs->setTabVisible(ProgressTab, m_kind == OwnerKind::Project);
    updateTabTitles();
    updateButtons();
    return ok;
}

bool RecordPage::loadProject(const ReferenceNames& names)
{
    storage::ProjectRepository repo(*m_db);
    auto project = repo.get(m_id);
    if (!project) {
        showError(project.error().message);
        return false;
    }
    m_project = *project;
    setHeader(project->title, tr("Permit no. %1").arg(project->permitNo));
    setTier(project->progress);
    RecordFields::fillProject(m_ui->fieldsForm, *project, m_settings, names);
    auto history = repo.history(m_id);
    if (!history) {
        showError(history.error().message);
        return false;
    }
    m_reports->setRows(*history);
    m_chart->setReports(*history);
    return true;
}

bool RecordPage::loadUnit(const ReferenceNames& names)
{
    auto unit = storage::UnitRepository(*m_db).get(m_id);
    if (!unit) {
        showError(unit.error().message);
        return false;
    }
    m_unit = *unit;
    setHeader(unit->name, tr("Licence no. %1").arg(unit->licenceNo));
    RecordFields::fillUnit(m_ui->fieldsForm, *unit, m_settings, names);
    return true;
}

bool RecordPage::loadChildren(const ReferenceNames& names)
{
    auto obstacles = storage::ObstacleRepository(*m_db).forOwner(m_kind, m_id);
    auto actions = storage::ActionRepository(*m_db).forOwner(m_kind, m_id);
    if (!obstacles || !actions) {
        showError((!obstacles ? obstacles.error() : actions.error()).message);
        return false;
    }
    m_obstacles->setRows(*obstacles);
    m_actions->setRows(*actions, names.agencies);

    // The record's own audit rows and those of its reports, obstacles and actions, newest first.
    // (A child deleted since is no longer listed by its repository, so its rows are not found.)
    storage::AuditLog log(*m_db);
    QList<std::pair<QString, Id>> entities{
        {m_kind == OwnerKind::Project ? QStringLiteral("project") : QStringLiteral("unit"), m_id}};
    for (const ProgressReport& r : m_reports->rows())
        entities.append({QStringLiteral("progress_report"), r.id});
    for (const Obstacle& o : *obstacles)
        entities.append({QStringLiteral("obstacle"), o.id});
    for (const Action& a : *actions)
        entities.append({QStringLiteral("action"), a.id});
    QList<storage::AuditEntry> entries;
    for (const auto& [entity, id] : entities) {
        auto rows = log.forEntity(entity, id);
        if (!rows) {
            showError(rows.error().message);
            return false;
        }
        entries.append(*rows);
    }
    std::sort(entries.begin(), entries.end(),
              [](const storage::AuditEntry& a, const storage::AuditEntry& b) { return a.id > b.id; });
    m_audit->setRows(entries, names);
    return true;
}

void RecordPage::showError(const QString& message)
{
    m_ui->errorLabel->setText(tr("This record could not be read: %1").arg(message));
    m_ui->errorLabel->show();
}

QString RecordPage::errorText() const
{
    return m_ui->errorLabel->isVisibleTo(this) ? m_ui->errorLabel->text() : QString();
}

QString RecordPage::titleText() const
{
    return m_ui->titleLabel->text();
}

void RecordPage::setHeader(const QString& title, const QString& subtitle)
{
    m_ui->titleLabel->setText(title);
    m_ui->subtitleLabel->setText(subtitle);
    m_ui->subtitleLabel->setVisible(!subtitle.isEmpty());
}

void RecordPage::setTier(double progress)
{
    const engine::Tier tier = engine::tierOf(progress, m_settings.tiers);
    m_ui->tierBadge->setText(tr("Tier %1").arg(tierLabel(m_settings, tier)));
    m_ui->tierBadge->setStyleSheet(badgeStyle(tier));
    m_ui->tierBadge->setToolTip(tr("Progress tier of %1").arg(formatPercentCell(m_settings, progress)));
    m_ui->tierBadge->show();
}

void RecordPage::updateTabTitles()
{
    const auto count = [this](int n) { return formatCountCell(m_settings, n); };
    m_ui->tabs->setTabText(ProgressTab, tr("Progress (%1)").arg(count(m_reports->rowCount())));
    m_ui->tabs->setTabText(ObstaclesTab, tr("Obstacles (%1)").arg(count(m_obstacles->rowCount())));
    m_ui->tabs->setTabText(ActionsTab, tr("Actions (%1)").arg(count(m_actions->rowCount())));
    m_ui->tabs->setTabText(HistoryTab, tr("History (%1)").arg(count(m_audit->rowCount())));
}

void RecordPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateButtons();
}

void RecordPage::updateButtons()
{
    const bool loaded = hasRecord() && (m_project || m_unit);
    const bool editable = loaded && !m_readOnly;
    const auto obstacle = selectedObstacle();
    const auto action = selectedAction();
    for (QPushButton* b : {m_ui->editButton, m_ui->deleteButton, m_ui->addReportButton,
                           m_ui->addObstacleButton, m_ui->editObstacleButton, m_ui->resolveObstacleButton,
                           m_ui->addActionButton, m_ui->editActionButton, m_ui->closeActionButton})
        b->setVisible(!m_readOnly);
    m_ui->editButton->setEnabled(editable);
    m_ui->deleteButton->setEnabled(editable);
    m_ui->addReportButton->setEnabled(editable && m_kind == OwnerKind::Project);
    m_ui->addObstacleButton->setEnabled(editable);
    m_ui->addActionButton->setEnabled(editable);
    m_ui->editObstacleButton->setEnabled(editable && obstacle.has_value());
    m_ui->resolveObstacleButton->setEnabled(editable && obstacle && !obstacle->resolved.isValid());
    m_ui->editActionButton->setEnabled(editable && action.has_value());
    m_ui->closeActionButton->setEnabled(editable && action && action->status != ActionStatus::Done &&
                                        action->status != ActionStatus::Cancelled);
}

void RecordPage::showTab(Tab tab)
{
    m_ui->tabs->setCurrentIndex(tab);
}

std::optional<Obstacle> RecordPage::selectedObstacle() const
{
    const int row = selectedRow(m_ui->obstacleView);
    return row < 0 ? std::nullopt : std::optional<Obstacle>(m_obstacles->rowAt(row));
}

std::optional<Action> RecordPage::selectedAction() const
{
    const int row = selectedRow(m_ui->actionView);
    return row < 0 ? std::nullopt : std::optional<Action>(m_actions->rowAt(row));
}

} // namespace ehya::gui
