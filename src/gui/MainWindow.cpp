#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "ConflictDialog.h"
#include "DatabaseErrors.h"
#include "EditSession.h"
#include "FilterBar.h"
#include "ProjectTableModel.h"
#include "RecentFiles.h"
#include "RecordEditor.h"
#include "RecordListPane.h"
#include "RecordPage.h"
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

const QString kSuffix = QStringLiteral("sqlite");

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
        RecordListPane* pane = m_ui->tabs->currentIndex() == 0 ? m_projectPane : m_unitPane;
        pane->filterBar()->searchEdit()->setFocus(Qt::ShortcutFocusReason);
        pane->filterBar()->searchEdit()->selectAll();
    });
    connect(m_ui->actionClearFilters, &QAction::triggered, this, [this] {
        RecordListPane* pane = m_ui->tabs->currentIndex() == 0 ? m_projectPane : m_unitPane;
        pane->filterBar()->setFilter({});
        pane->model()->setFilter({}, QDate::currentDate());
    });
}

Status MainWindow::openDatabase(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_db && QFileInfo(m_db->location()).absoluteFilePath() == absolute)
        return reload(); // already open here: opening it again would find our own lock

    auto opened = storage::Database::open(absolute);
    if (!opened) {
        report(opened.error(), absolute);
        if (opened.error().kind == Error::Kind::NotFound) {
            m_recent->remove(absolute);
            rebuildRecentMenu();
        }
        return opened.error();
    }
    std::unique_ptr<storage::Database> previous = std::exchange(m_db, std::move(opened).value());
    const Status loaded = reload();
    if (!loaded) {
        m_db = std::move(previous);
        reload().ok();
        return loaded;
    }
    startUser();
    m_recent->add(absolute);
    rebuildRecentMenu();
    setWindowFilePath(absolute);
    setWindowTitle(tr("%1 — Ehya").arg(QFileInfo(absolute).fileName()));
    return {};
}

Status MainWindow::createDatabase(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QFileInfo::exists(absolute)) {
        const Error error{Error::Kind::Invalid, tr("The file %1 already exists.").arg(absolute)};
        const ErrorText t = createErrorText(error, absolute);
        m_reportError(t.title, t.text, {});
        return error;
    }
    const Status created = io::createDatabase(absolute, false);
    if (!created) {
        const ErrorText t = createErrorText(created.error(), absolute);
        m_reportError(t.title, t.text, t.details);
        return created;
    }
    return openDatabase(absolute);
}

Status MainWindow::reload()
{
    m_session->setDatabase(m_db.get());
    m_page->clear();
    if (!m_db) {
        m_projectModel->setRows({});
        m_unitModel->setRows({});
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
    if (auto loaded = ReferenceData::load(*m_db))
        m_editor->setReferenceData(*loaded);
    storage::ReferenceRepository reference(*m_db);
    auto provinces = reference.provinces();
    auto counties = reference.counties();
    auto sectors = reference.sectors();
    if (provinces && counties && sectors) {
        m_projectPane->filterBar()->setPlaces(*provinces, *counties, *sectors);
        m_unitPane->filterBar()->setPlaces(*provinces, *counties, *sectors);
    }
    m_projectModel->setRows(std::move(projects).value());
    m_unitModel->setRows(std::move(units).value());
    m_projectPane->model()->setFilter(m_projectPane->filterBar()->filter(), m_db->clock().today());
    m_unitPane->model()->setFilter(m_unitPane->filterBar()->filter(), m_db->clock().today());
    m_projectPane->fitColumns();
    m_unitPane->fitColumns();
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
    return (m_ui->tabs->currentIndex() == 0 ? m_projectPane : m_unitPane)->countText();
}

void MainWindow::setUpRecordPage()
{
    // The record's page under the list (like KeePassXC's entry preview), following the selected
    // row; it can be closed (F4) or moved beside the list.
    auto* dock = new QDockWidget(tr("Record"), this);
    dock->setObjectName(QStringLiteral("recordDock"));
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    m_page = new RecordPage(m_settings, dock);
    dock->setWidget(m_page);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    resizeDocks({dock}, {330}, Qt::Vertical);
    QAction* toggle = dock->toggleViewAction();
    toggle->setText(tr("&Record page"));
    toggle->setShortcut(QKeySequence(QStringLiteral("F4")));
    m_ui->menuView->insertAction(m_ui->actionClearFilters, toggle);

    connect(m_page, &RecordPage::editRequested, this, [this](OwnerKind kind, Id id) {
        kind == OwnerKind::Project ? m_editor->editProject(id) : m_editor->editUnit(id);
    });
    connect(m_page, &RecordPage::deleteRequested, this,
            [this](OwnerKind kind, Id id) { m_editor->deleteRecord(kind, id); });
    connect(m_page, &RecordPage::addReportRequested, this, [this](Id id) { m_editor->addReport(id); });
    connect(m_page, &RecordPage::addObstacleRequested, this, [this](OwnerKind kind, Id owner) {
        Obstacle fresh;
        fresh.ownerKind = kind;
        fresh.ownerId = owner;
        fresh.opened = QDate::currentDate();
        m_editor->editObstacle(fresh);
    });
    connect(m_page, &RecordPage::editObstacleRequested, this,
            [this](const Obstacle& o) { m_editor->editObstacle(o); });
    connect(m_page, &RecordPage::resolveObstacleRequested, this,
            [this](const Obstacle& o) { m_editor->editObstacle(o, true); });
    connect(m_page, &RecordPage::addActionRequested, this, [this](OwnerKind kind, Id owner) {
        Action fresh;
        fresh.ownerKind = kind;
        fresh.ownerId = owner;
        fresh.started = QDate::currentDate();
        m_editor->editAction(fresh);
    });
    connect(m_page, &RecordPage::editActionRequested, this,
            [this](const Action& a) { m_editor->editAction(a); });
    connect(m_page, &RecordPage::closeActionRequested, this,
            [this](const Action& a) { m_editor->editAction(a, true); });
    for (RecordListPane* pane : {m_projectPane, m_unitPane})
        connect(pane->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &MainWindow::showCurrentRecord);
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, &MainWindow::showCurrentRecord);
}

void MainWindow::showCurrentRecord()
{
    const Id id = currentPane()->currentId();
    if (!m_db || id == 0) {
        m_page->clear();
        return;
    }
    if (currentPane()->kind() == OwnerKind::Project)
        m_page->showProject(*m_db, id);
    else
        m_page->showUnit(*m_db, id);
}

RecordListPane* MainWindow::currentPane() const
{
    return m_ui->tabs->currentIndex() == 0 ? m_projectPane : m_unitPane;
}

void MainWindow::updateActions()
{
    const bool open = m_db != nullptr;
    const bool selected = open && currentPane()->currentId() != 0;
    const bool projects = m_ui->tabs->currentIndex() == 0;
    for (QAction* action : {m_ui->actionNewProject, m_ui->actionNewUnit, m_ui->actionUser,
                            m_ui->actionReferenceData, m_ui->actionImport, m_ui->actionExport})
        action->setEnabled(open);
    m_ui->actionEditRecord->setEnabled(selected);
    m_ui->actionDeleteRecord->setEnabled(selected);
    m_ui->actionAddReport->setEnabled(selected && projects);
}

void MainWindow::startUser()
{
    auto known = knownCurrentUser(*m_db, *m_qsettings);
    std::optional<CurrentUser> user = known ? *known : std::nullopt;
    if (!user)
        user = m_chooseUser(*m_db);
    if (user) {
        startWorkingAs(*m_db, *m_qsettings, *user);
        m_user = *user;
    } else { // nobody chosen: the OS login is recorded, with an officer's rights
        m_user = CurrentUser{};
        m_user.login = m_db->currentUser();
        m_user.role = Role::Officer;
    }
    statusBar()->setToolTip(tr("Working as %1").arg(m_user.displayName()));
    updateActions();
}

void MainWindow::editCurrent()
{
    RecordListPane* pane = currentPane();
    const Id id = pane->currentId();
    if (id == 0)
        return;
    if (pane->kind() == OwnerKind::Project)
        m_editor->editProject(id);
    else
        m_editor->editUnit(id);
    pane->selectId(id);
}

void MainWindow::deleteCurrent()
{
    RecordListPane* pane = currentPane();
    m_editor->deleteRecord(pane->kind(), pane->currentId());
}

void MainWindow::addReportToCurrent()
{
    if (m_ui->tabs->currentIndex() != 0)
        return;
    const Id id = m_projectPane->currentId();
    if (id != 0) {
        m_editor->addReport(id);
        m_projectPane->selectId(id);
    }
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    DisplaySettings chosen = dialog.settings();
    chosen.tiers = m_settings.tiers;
    saveDisplaySettings(*m_qsettings, chosen);
    if (dialog.languageChanged()) {
        saveViewState();
        Q_EMIT languageChangeRequested(chosen);
        return;
    }
    applySettings(chosen);
}

void MainWindow::applySettings(const DisplaySettings& settings)
{
    m_settings = settings;
    m_session->setDisplaySettings(settings);
    m_editor->setDisplaySettings(settings);
    m_projectModel->setSettings(settings);
    m_unitModel->setSettings(settings);
    m_projectPane->fitColumns();
    m_unitPane->fitColumns();
    rebuildRecentMenu();
    updateStatus();
}

void MainWindow::chooseUser()
{
    if (!m_db)
        return;
    if (auto user = UserDialog::ask(*m_db, *m_qsettings, m_user, this)) {
        m_user = *user;
        statusBar()->setToolTip(tr("Working as %1").arg(m_user.displayName()));
    }
}

void MainWindow::showReferenceData()
{
    if (!m_db)
        return;
    ReferenceDataDialog dialog(*m_db, m_user, m_settings, this);
    dialog.exec();
    if (dialog.changed())
        reload().ok();
}

void MainWindow::saveViewState()
{
    m_projectPane->saveState(*m_qsettings);
    m_unitPane->saveState(*m_qsettings);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveViewState();
    QMainWindow::closeEvent(event);
}

void MainWindow::updateStatus()
{
    statusBar()->showMessage(countText());
}

void MainWindow::report(const Error& error, const QString& path)
{
    const ErrorText t = openErrorText(error, path);
    m_reportError(t.title, t.text, t.details);
}

void MainWindow::newDatabaseDialog()
{
    const QString dir = m_db ? QFileInfo(m_db->location()).absolutePath() : QDir::homePath();
    QString path =
        QFileDialog::getSaveFileName(this, tr("New database"), dir, tr("Ehya databases (*.sqlite *.db)"),
                                     nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + kSuffix;
    createDatabase(path).ok();
}

void MainWindow::openDatabaseDialog()
{
    const QString dir = m_db ? QFileInfo(m_db->location()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), dir,
                                                      tr("Ehya databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path).ok();
}

void MainWindow::rebuildRecentMenu()
{
    QMenu* menu = m_ui->menuRecent;
    menu->clear();
    const QStringList files = m_recent->files();
    for (int i = 0; i < files.size(); ++i) {
        const QString& file = files.at(i);
        const QString label =
            QStringLiteral("&%1  %2").arg(formatCountCell(m_settings, i + 1), QFileInfo(file).fileName());
        QAction* action = menu->addAction(label);
        action->setToolTip(QDir::toNativeSeparators(file));
        action->setStatusTip(QDir::toNativeSeparators(file));
        connect(action, &QAction::triggered, this, [this, file] { openDatabase(file).ok(); });
    }
    if (!files.isEmpty()) {
        menu->addSeparator();
        QAction* clear = menu->addAction(tr("&Clear list"));
        connect(clear, &QAction::triggered, this, [this] {
            m_recent->clear();
            rebuildRecentMenu();
        });
    }
    menu->setEnabled(!files.isEmpty());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Ehya"),
                       tr("<h3>Ehya %1</h3><p>Records of idle industrial units and half-finished "
                          "industrial projects for provincial industry offices: keep them, rank "
                          "them and report on them.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace ehya::gui
