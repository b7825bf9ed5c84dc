// The manager's tabs of the main window, made again for each database and user (their rights).
#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "DashboardView.h"
#include "EditSession.h"
#include "RankingView.h"
#include "ReportPrinter.h"
#include "io/Dashboard.h"

#include <memory>
#include <utility>

namespace ehya::gui {

void MainWindow::setUpRankingTab()
{
    const bool wasCurrent = m_ranking && m_ui->tabs->currentWidget() == m_ranking;
    std::unique_ptr<RankingView> previous(std::exchange(m_ranking, nullptr));
    if (previous)
        m_ui->tabs->removeTab(m_ui->tabs->indexOf(previous.get()));
    if (!m_db || m_userPending)
        return;
    m_ranking = new RankingView(*m_db, m_settings, m_user, m_ui->tabs);
    if (previous && previous->databaseLocation() == m_db->location())
        m_ranking->takeChoicesOf(*previous); // the same province, budget and plan after a reload
    m_ranking->setObjectName(QStringLiteral("rankingView"));
    m_ui->tabs->insertTab(2, m_ranking, tr("Ranking"));
    connect(m_ranking, &RankingView::errorOccurred, this,
            [this](const QString& title, const QString& text) { m_reportError(title, text, {}); });
    connect(m_ranking, &RankingView::reportPreviewRequested, this, [this] {
        if (const io::RankReport* report = m_ranking->currentReport())
            previewRankReport(
                this, reportContent(*report, m_settings, m_ranking->provinceName(), m_user.displayName()));
    });
    connect(m_ranking, &RankingView::reportPdfRequested, this, [this] {
        const io::RankReport* report = m_ranking->currentReport();
        if (!report)
            return;
        const Status saved = saveRankReportPdf(
            this, reportContent(*report, m_settings, m_ranking->provinceName(), m_user.displayName()));
        if (!saved && saved.error().kind != Error::Kind::Cancelled)
            m_reportError(tr("The report could not be saved"), saved.error().message, {});
    });
    // A saved or deleted record changes the ranking: read it again when the tab is next looked at.
    connect(m_session, &EditSession::recordChanged, m_ranking, &RankingView::invalidate);
    connect(m_session, &EditSession::recordRemoved, m_ranking, &RankingView::invalidate);
    // The dashboard shows the plan the ranking view holds (its province's figures).
    const auto showPlan = [this] {
        if (m_dashboard)
            m_dashboard->setPlan(m_ranking->currentReport() ? io::planHeadline(*m_ranking->currentReport())
                                                            : io::PlanHeadline{});
    };
    connect(m_ranking, &RankingView::reportChanged, this, showPlan);
    showPlan();
    if (wasCurrent)
        m_ui->tabs->setCurrentWidget(m_ranking);
}

} // namespace ehya::gui
