// MainWindow, continued: the record page, the edits of the selected record, who is working, settings and
// reference data.
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
#include <QTimer>
#include <QUndoStack>
#include <utility>

namespace ehya::gui {

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
    // The page's height as the person left it; at first, most of the height for the list (once
    // the window has its size: a dock cannot be sized before).
    if (!restoreState(m_qsettings->value(QStringLiteral("window/docks")).toByteArray()))
        QTimer::singleShot(0, this, [this, dock] { resizeDocks({dock}, {height() * 2 / 5}, Qt::Vertical); });
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
    for (RecordListPane* pane : {m_projectPane, m_unitPane}) {
        connect(pane->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &MainWindow::showCurrentRecord);
        connect(pane, &RecordListPane::currentChanged, this, [this] {
            showCurrentRecord();
            updateActions();
        });
    }
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, &MainWindow::showCurrentRecord);
}

void MainWindow::showCurrentRecord()
{
    if (!onListTab())
        return; // the record page keeps the last record shown
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
    m_userPending = false;
    setUpRankingTab(); // with this user's rights
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
    if (chosen.language == m_settings.language && chosen.calendar == m_settings.calendar &&
        chosen.digits == m_settings.digits && chosen.moneyUnit == m_settings.moneyUnit)
        return;
    saveDisplaySettings(*m_qsettings, chosen);
    // Every view, form and the record page take their settings when they are made: main builds
    // the window again, on the same database, with the filters and columns kept.
    saveViewState();
    Q_EMIT settingsChangeRequested(chosen);
}

void MainWindow::chooseUser()
{
    if (!m_db)
        return;
    if (auto user = UserDialog::ask(*m_db, *m_qsettings, m_user, this)) {
        m_user = *user;
        setUpRankingTab();
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

} // namespace ehya::gui
