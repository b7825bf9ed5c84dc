// The ranking view's sensitivity run: on a worker thread over a copy of the report, with a
// progress dialog whose Cancel stops the engine between samples.
#include "RankingView.h"

#include "RankingModel.h"

#include "io/RankCompare.h"

#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace ehya::gui {

struct SensitivityJob
{
    io::RankReport report; // a copy: the view may change its own meanwhile
    std::atomic<int> done{0};
    std::atomic<bool> cancel{false};
    std::vector<engine::RankSpread> result;
    int generation = 0;
    QThread* thread = nullptr;
    QProgressDialog* dialog = nullptr;
    QTimer* timer = nullptr;
};

RankingView::~RankingView()
{
    m_model->setReport(nullptr); // the report goes before the child widgets that show it
    if (m_job && m_job->thread) {
        m_job->cancel = true;
        m_job->thread->wait();
        delete m_job->thread;
    }
}

bool RankingView::sensitivityRunning() const
{
    return m_job != nullptr;
}

QProgressDialog* RankingView::sensitivityDialog() const
{
    return m_job ? m_job->dialog : nullptr;
}

void RankingView::startSensitivity(int samples)
{
    if (m_job || !m_report)
        return;
    auto job = std::make_shared<SensitivityJob>();
    job->report = *m_report;
    job->generation = m_generation;
    job->thread = QThread::create([job, samples] {
        job->result = io::sensitivityOf(job->report, samples, 1, [job](int done) {
            job->done = done;
            return !job->cancel;
        });
    });
    job->dialog = new QProgressDialog(tr("Re-ranking under %1 random changes of the weights…").arg(samples),
                                      tr("Cancel"), 0, samples, this);
    job->dialog->setWindowTitle(tr("Sensitivity"));
    job->dialog->setWindowModality(Qt::WindowModal);
    job->dialog->setAutoClose(false);
    job->dialog->setAutoReset(false);
    job->dialog->setMinimumDuration(0);
    job->timer = new QTimer(this);
    job->timer->setInterval(100);
    m_job = job;
    connect(job->dialog, &QProgressDialog::canceled, this, &RankingView::cancelSensitivity);
    connect(job->timer, &QTimer::timeout, this, [job] {
        if (job->dialog)
            job->dialog->setValue(job->done);
    });
    connect(
        job->thread, &QThread::finished, this, [this, job] { finishSensitivity(job); }, Qt::QueuedConnection);
    job->timer->start();
    job->dialog->show();
    job->thread->start(QThread::LowPriority);
}

void RankingView::cancelSensitivity()
{
    if (m_job)
        m_job->cancel = true;
}

void RankingView::finishSensitivity(const std::shared_ptr<SensitivityJob>& job)
{
    job->thread->wait();
    job->thread->deleteLater();
    job->thread = nullptr;
    job->timer->stop();
    job->timer->deleteLater();
    job->dialog->hide();
    job->dialog->deleteLater();
    job->dialog = nullptr;
    if (m_job == job)
        m_job.reset();
    const bool completed = !job->cancel && job->generation == m_generation && m_report &&
                           job->result.size() == m_report->ranking.items.size();
    if (completed) {
        const qint64 id = releaseReport();
        m_report->spread = std::move(job->result);
        showReport(id);
    }
    Q_EMIT sensitivityFinished(completed);
}

} // namespace ehya::gui
