// MainWindow, continued: the dashboard tab and the filtered lists its bars open.
#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "DashboardView.h"
#include "EditSession.h"
#include "RankingView.h"
#include "RecordListPane.h"

#include <QDockWidget>
#include <QSettings>
#include <QStatusBar>

namespace ehya::gui {

void MainWindow::setUpDashboard()
{
    m_dashboard = new DashboardView(m_settings, m_ui->tabs);
    m_dashboard->setObjectName(QStringLiteral("dashboard"));
    m_ui->tabs->addTab(m_dashboard, tr("Dashboard"));
    connect(m_dashboard, &DashboardView::openList, this, &MainWindow::openFilteredList);
    // A saved record changes the figures: read them again when the dashboard is next looked at.
    connect(m_session, &EditSession::recordChanged, m_dashboard, [this] { m_dashboard->invalidate(); });
    connect(m_session, &EditSession::recordRemoved, m_dashboard, [this] { m_dashboard->invalidate(); });
    connect(m_dashboard, &DashboardView::refreshFailed, this, [this](const QString& message) {
        m_reportError(tr("The dashboard could not be read"), message, {});
    });
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, &MainWindow::followManagerTabs);
    connect(m_dashboard, &DashboardView::provinceChanged, this,
            [this](Id province) { m_qsettings->setValue(QStringLiteral("dashboard/province"), province); });
}

void MainWindow::reloadDashboard(const QList<Province>& provinces)
{
    // The province shown before the reload, else the one chosen last time.
    const Id shown = m_dashboard->provinceId();
    m_dashboard->setDatabase(
        m_db.get(), provinces,
        shown != 0 ? shown : m_qsettings->value(QStringLiteral("dashboard/province")).toLongLong());
}

bool MainWindow::onListTab() const
{
    return m_ui->tabs->currentWidget() == m_ui->projectsTab || m_ui->tabs->currentWidget() == m_ui->unitsTab;
}

bool MainWindow::showView(const QString& name)
{
    QWidget* tab = name == u"projects"    ? m_ui->projectsTab
                   : name == u"units"     ? m_ui->unitsTab
                   : name == u"ranking"   ? static_cast<QWidget*>(m_ranking)
                   : name == u"dashboard" ? static_cast<QWidget*>(m_dashboard)
                                          : nullptr;
    if (tab)
        m_ui->tabs->setCurrentWidget(tab);
    return tab != nullptr;
}

void MainWindow::openFilteredList(OwnerKind kind, const io::ListFilter& filter)
{
    RecordListPane* pane = kind == OwnerKind::Project ? m_projectPane : m_unitPane;
    pane->applyFilter(filter);
    m_ui->tabs->setCurrentWidget(kind == OwnerKind::Project ? m_ui->projectsTab : m_ui->unitsTab);
    updateStatus();
}

void MainWindow::followManagerTabs()
{
    // The charts and the ranked table need the height; the record page comes back with the lists.
    auto* dock = findChild<QDockWidget*>(QStringLiteral("recordDock"));
    if (!dock)
        return;
    if (!onListTab()) {
        if (!dock->isHidden()) {
            m_dockHiddenForManagerTab = true;
            dock->hide();
        }
    } else {
        restoreRecordDock();
    }
}

void MainWindow::restoreRecordDock()
{
    auto* dock = findChild<QDockWidget*>(QStringLiteral("recordDock"));
    if (dock && m_dockHiddenForManagerTab)
        dock->show();
    m_dockHiddenForManagerTab = false;
}

} // namespace ehya::gui
