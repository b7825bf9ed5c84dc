// The manager's tabs of the main window, made again for each database and user (their rights).
#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "RankingView.h"

#include <memory>
#include <utility>

namespace ehya::gui {

void MainWindow::setUpRankingTab()
{
    const bool wasCurrent = m_ranking && m_ui->tabs->currentWidget() == m_ranking;
    std::unique_ptr<RankingView> previous(std::exchange(m_ranking, nullptr));
    if (previous)
        m_ui->tabs->removeTab(m_ui->tabs->indexOf(previous.get()));
    if (!m_db)
        return;
    m_ranking = new RankingView(*m_db, m_settings, m_user, m_ui->tabs);
    if (previous && previous->databaseLocation() == m_db->location())
        m_ranking->takeChoicesOf(*previous); // the same province, budget and plan after a reload
    m_ranking->setObjectName(QStringLiteral("rankingView"));
    m_ui->tabs->insertTab(2, m_ranking, tr("Ranking"));
    connect(m_ranking, &RankingView::errorOccurred, this,
            [this](const QString& title, const QString& text) { m_reportError(title, text, {}); });
    if (wasCurrent)
        m_ui->tabs->setCurrentWidget(m_ranking);
}

} // namespace ehya::gui
