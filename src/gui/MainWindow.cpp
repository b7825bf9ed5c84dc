#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "ConflictDialog.h"
#include "DashboardView.h"
#include "DatabaseErrors.h"
#include "EditSession.h"
#include "FilterBar.h"
#include "ProjectTableModel.h"
#include "RecentFiles.h"
#include "RecordEditor.h"
#include "RecordListPane.h"
#include "RecordPage.h"
#include "ReferenceData.h"
#include "ReferenceDataDialog.h"
#include "SettingsDialog.h"
#include "SettingsStore.h"
#include "TableFormat.h"
#include "TransferController.h"
#include "UnitTableModel.h"
#include "UserDialog.h"
#include "io/DemoData.h"
#include "storage/Database.h"
#include "storage/Listing.h"
#include "storage/Repositories.h"

#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QTableView>
#include <QUndoStack>

#include <utility>

namespace ehya::gui {

namespace {

void showError(QWidget* parent, const QString& title, const QString& text, const QString& details)
{
    QMessageBox box(QMessageBox::Critical, title, text, QMessageBox::Ok, parent);
    if (!details.isEmpty())
        box.setInformativeText(details);
    box.exec();
}

} // namespace

MainWindow::MainWindow(const DisplaySettings& settings, QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_settings(settings),
      m_qsettings(std::make_unique<QSettings>(QStringLiteral("Ehya"), QStringLiteral("Ehya"))),
      m_recent(std::make_unique<RecentFiles>(*m_qsettings))
{
    m_ui->setupUi(this);
    m_reportError = [this](const QString& title, const QString& text, const QString& details) {
        showError(this, title, text, details);
    };
    m_chooseUser = [this](storage::Database& db) { return UserDialog::ask(db, *m_qsettings, m_user, this); };
    setUpTables();
    setUpEditing();
    setUpRecordPage();
    setUpDashboard();
    connectActions();
    rebuildRecentMenu();
    updateStatus();
    updateActions();
}

MainWindow::~MainWindow() = default;

QTableView* MainWindow::projectView() const
{
    return m_projectPane->view();
}

QTableView* MainWindow::unitView() const
{
    return m_unitPane->view();
}

QStringList MainWindow::recentFiles() const
{
    return m_recent->files();
}

void MainWindow::setErrorReporter(ErrorReporter reporter)
{
    m_reportError = std::move(reporter);
}

void MainWindow::setUpTables()
{
    m_projectModel = new ProjectTableModel(m_settings, this);
    m_unitModel = new UnitTableModel(m_settings, this);
    m_projectPane = new RecordListPane(OwnerKind::Project, m_projectModel, m_settings,
                                       {ProjectTableModel::PermitNo, ProjectTableModel::Province,
                                        ProjectTableModel::Investor, ProjectTableModel::Estate,
                                        ProjectTableModel::Invested, ProjectTableModel::ExpectedCompletion},
                                       m_ui->projectsTab);
    m_unitPane =
        new RecordListPane(OwnerKind::Unit, m_unitModel, m_settings,
                           {UnitTableModel::LicenceNo, UnitTableModel::Province, UnitTableModel::Operator,
                            UnitTableModel::Estate, UnitTableModel::JobsBefore},
                           m_ui->unitsTab);
    m_ui->projectsLayout->addWidget(m_projectPane);
    m_ui->unitsLayout->addWidget(m_unitPane);
    for (RecordListPane* pane : {m_projectPane, m_unitPane}) {
        connect(pane, &RecordListPane::countsChanged, this, &MainWindow::updateStatus);
        pane->restoreState(*m_qsettings);
    }
    applyDefaultOrder();
}

void MainWindow::setUpEditing()
{
    m_session = new EditSession(this);
    m_session->setDisplaySettings(m_settings);
    m_session->setErrorReporter(
        [this](const QString& text) { m_reportError(tr("The change was not saved"), text, {}); });
    QAction* undo = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(QStringLiteral("Ctrl+Shift+Z")), QKeySequence::Redo});
    QAction* first = m_ui->menuEdit->actions().value(0);
    m_ui->menuEdit->insertAction(first, undo);
    m_ui->menuEdit->insertAction(first, redo);
    m_ui->menuEdit->insertSeparator(first);
    m_session->setConflictResolver(ConflictDialog::resolver(this));
    connect(m_session, &EditSession::recordChanged, this, &MainWindow::refreshRecord);
    connect(m_session, &EditSession::recordRemoved, this, &MainWindow::removeRecord);
    m_editor = new RecordEditor(*m_session, this);
    connect(m_editor, &RecordEditor::error, this,
            [this](const QString& title, const QString& text) { m_reportError(title, text, {}); });
}

void MainWindow::applyDefaultOrder()
{
    // What the programme brings back first: projects under construction with the highest progress
    // (the sort is stable, so progress stays the order within a status), idle units with the
    // most restorable jobs.
    m_projectPane->view()->sortByColumn(ProjectTableModel::Progress, Qt::DescendingOrder);
    m_projectPane->view()->sortByColumn(ProjectTableModel::Status, Qt::AscendingOrder);
    m_unitPane->view()->sortByColumn(UnitTableModel::Jobs, Qt::DescendingOrder);
    m_unitPane->view()->sortByColumn(UnitTableModel::Status, Qt::AscendingOrder);
}

void MainWindow::connectActions()
{
    connect(m_ui->actionNew, &QAction::triggered, this, &MainWindow::newDatabaseDialog);
    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::openDatabaseDialog);
    connect(m_ui->actionConnect, &QAction::triggered, this, &MainWindow::connectServerDialog);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, [this] { updateStatus(); });
    connect(m_ui->actionNewProject, &QAction::triggered, this, [this] {
        m_ui->tabs->setCurrentIndex(0);
        m_projectPane->selectId(m_editor->newProject(m_projectPane->filterBar()->filter().provinceId));
    });
    connect(m_ui->actionNewUnit, &QAction::triggered, this, [this] {
        m_ui->tabs->setCurrentIndex(1);
        m_unitPane->selectId(m_editor->newUnit(m_unitPane->filterBar()->filter().provinceId));
    });
    connect(m_ui->actionEditRecord, &QAction::triggered, this, &MainWindow::editCurrent);
    connect(m_ui->actionDeleteRecord, &QAction::triggered, this, &MainWindow::deleteCurrent);
    connect(m_ui->actionAddReport, &QAction::triggered, this, &MainWindow::addReportToCurrent);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::showSettings);
    m_transfer = new TransferController(this);
    connect(m_transfer, &TransferController::imported, this, [this] { reload().ok(); });
    connect(m_ui->actionImport, &QAction::triggered, this, [this] {
        if (m_db)
            m_transfer->importRecords(this, *m_db, m_settings);
    });
    connect(m_ui->actionExport, &QAction::triggered, this, [this] {
        if (m_db)
            m_transfer->exportRecords(this, *m_db, m_settings);
    });
    connect(m_ui->actionUser, &QAction::triggered, this, &MainWindow::chooseUser);
    connect(m_ui->actionReferenceData, &QAction::triggered, this, &MainWindow::showReferenceData);
    for (RecordListPane* pane : {m_projectPane, m_unitPane}) {
        connect(pane, &RecordListPane::activated, this, &MainWindow::editCurrent);
        connect(pane->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &MainWindow::updateActions);
    }
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        if (!onListTab())
            return;
        RecordListPane* pane = m_ui->tabs->currentIndex() == 0 ? m_projectPane : m_unitPane;
        pane->filterBar()->searchEdit()->setFocus(Qt::ShortcutFocusReason);
        pane->filterBar()->searchEdit()->selectAll();
    });
    connect(m_ui->actionClearFilters, &QAction::triggered, this, [this] {
        if (!onListTab())
            return;
        RecordListPane* pane = m_ui->tabs->currentIndex() == 0 ? m_projectPane : m_unitPane;
        pane->filterBar()->setFilter({});
        pane->model()->setFilter({}, QDate::currentDate());
    });
}

Status MainWindow::reload()
{
    m_session->setDatabase(m_db.get());
    m_page->clear();
    setUpRankingTab();
    if (!m_db) {
        m_projectModel->setRows({});
        m_unitModel->setRows({});
        m_dashboard->setDatabase(nullptr, {});
        updateStatus();
        return {};
    }
    auto projects = storage::listProjectRows(*m_db);
    auto units = storage::listUnitRows(*m_db);
    const Error* failed = !projects ? &projects.error() : !units ? &units.error() : nullptr;
    if (failed) {
        report(*failed, m_db->location());
        return *failed;
    }
    auto reference = ReferenceData::load(*m_db); // the forms' choices and the filter bars' places
    if (!reference) {
        report(reference.error(), m_db->location());
        return reference.error();
    }
    m_editor->setReferenceData(*reference);
    for (RecordListPane* pane : {m_projectPane, m_unitPane})
        pane->filterBar()->setPlaces(reference->provinces, reference->counties, reference->sectors);
    m_projectModel->setRows(std::move(projects).value());
    m_unitModel->setRows(std::move(units).value());
    m_projectPane->model()->setFilter(m_projectPane->filterBar()->filter(), m_db->clock().today());
    m_unitPane->model()->setFilter(m_unitPane->filterBar()->filter(), m_db->clock().today());
    m_projectPane->fitColumns();
    m_unitPane->fitColumns();
    reloadDashboard(reference->provinces);
    updateStatus();
    return {};
}

void MainWindow::refreshRecord(OwnerKind kind, Id id)
{
    if (!m_db)
        return;
    if (m_page->hasRecord() && m_page->ownerKind() == kind && m_page->recordId() == id)
        m_page->reload();
    if (kind == OwnerKind::Project) {
        auto row = storage::projectRow(*m_db, id);
        if (row && *row)
            m_projectModel->upsert(**row);
        else if (row)
            m_projectModel->removeId(id);
    } else {
        auto row = storage::unitRow(*m_db, id);
        if (row && *row)
            m_unitModel->upsert(**row);
        else if (row)
            m_unitModel->removeId(id);
    }
    updateStatus();
}

void MainWindow::removeRecord(OwnerKind kind, Id id)
{
    if (m_page->hasRecord() && m_page->ownerKind() == kind && m_page->recordId() == id)
        m_page->clear();
    if (kind == OwnerKind::Project)
        m_projectModel->removeId(id);
    else
        m_unitModel->removeId(id);
    updateStatus();
}

QString MainWindow::countText() const
{
    if (!onListTab())
        return {}; // the manager's tabs say their own figures
    return (m_ui->tabs->currentIndex() == 0 ? m_projectPane : m_unitPane)->countText();
}

RecordListPane* MainWindow::currentPane() const
{
    return m_ui->tabs->currentIndex() == 0 ? m_projectPane : m_unitPane;
}

void MainWindow::updateActions()
{
    const bool open = m_db != nullptr;
    const bool selected = open && onListTab() && currentPane()->currentId() != 0;
    const bool projects = m_ui->tabs->currentIndex() == 0;
    for (QAction* action : {m_ui->actionNewProject, m_ui->actionNewUnit, m_ui->actionReferenceData,
                            m_ui->actionImport, m_ui->actionExport})
        action->setEnabled(open);
    m_ui->actionEditRecord->setEnabled(selected);
    m_ui->actionDeleteRecord->setEnabled(selected);
    m_ui->actionAddReport->setEnabled(selected && projects);
    // On a server the database login is who is working (CurrentUser.h): there is no one to choose.
    const bool server = open && m_db->isPostgres();
    m_ui->actionUser->setEnabled(open && !server);
    m_ui->actionUser->setToolTip(
        server ? tr("On a server you work as your database login (%1)").arg(m_db->serverUser())
               : tr("Choose the user under whose name changes are recorded"));
}

void MainWindow::saveViewState()
{
    restoreRecordDock();
    m_projectPane->saveState(*m_qsettings);
    m_unitPane->saveState(*m_qsettings);
    m_qsettings->setValue(QStringLiteral("window/docks"), saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveViewState();
    QMainWindow::closeEvent(event);
}

void MainWindow::updateStatus()
{
    statusBar()->showMessage(onListTab() ? countText() : QString());
}

} // namespace ehya::gui
