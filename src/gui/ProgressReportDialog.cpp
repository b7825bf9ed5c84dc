#include "ProgressReportDialog.h"
#include "ui_ProgressReportDialog.h"

#include "TableFormat.h"
#include "core/Validation.h"

#include <QEvent>

namespace ehya::gui {

ProgressReportDialog::ProgressReportDialog(const DisplaySettings& settings, QWidget* parent)
    : RecordDialog(parent), m_ui(std::make_unique<Ui::ProgressReportDialog>()), m_settings(settings)
{
    m_ui->setupUi(this);
    setUpButtons(m_ui->buttonBox, m_ui->generalMessage);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_ui->note->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    m_ui->date->setDisplaySettings(settings);
    m_ui->date->setOptional(false);
    m_ui->percent->setDecimals(1);
    m_ui->percent->setDigits(settings.digits);
    m_ui->tierChange->setWordWrap(true);
    fields().add(QStringLiteral("date"), m_ui->date);
    fields().add(QStringLiteral("percent"), m_ui->percent);
    watch({m_ui->date, m_ui->percent, m_ui->note});
    connect(m_ui->percent, &NumberEdit::valueChanged, this, &ProgressReportDialog::updateTier);
    connect(m_ui->date, &DateEdit::dateChanged, this, &ProgressReportDialog::updateTier);
    setReport(ProgressReport{});
}

ProgressReportDialog::~ProgressReportDialog() = default;

void ProgressReportDialog::setProject(const Project& project, const QDate& latestReport)
{
    m_project = project;
    m_latestReport = latestReport;
    m_original.projectId = project.id;
    setWindowTitle(project.title.isEmpty() ? tr("Progress report")
                                           : tr("Progress report: %1").arg(project.title));
    m_ui->currentProgress->setText(
        tr("%1 (tier %2)")
            .arg(formatPercentCell(m_settings, project.progress),
                 tierLabel(m_settings, engine::tierOf(project.progress, m_settings.tiers))));
    if (m_original.id == 0) // a new report starts from the current progress
        m_ui->percent->setValue(project.progress);
    updateTier();
}

void ProgressReportDialog::setReport(const ProgressReport& report)
{
    m_original = report;
    if (m_project.id != 0 && m_original.projectId == 0)
        m_original.projectId = m_project.id;
    m_ui->date->setDate(report.date.isValid() ? report.date : QDate::currentDate());
    if (report.id != 0 || report.percent != 0)
        m_ui->percent->setValue(report.percent);
    else
        m_ui->percent->setValue(m_project.progress);
    m_ui->note->setPlainText(report.note);
    revalidate();
    updateTier();
    m_ui->percent->setFocus();
    m_ui->percent->selectAll();
}

ProgressReport ProgressReportDialog::report() const
{
    ProgressReport r = m_original;
    r.date = m_ui->date->date();
    r.percent = roundPercent(m_ui->percent->value().value_or(qQNaN()));
    r.note = m_ui->note->toPlainText().trimmed();
    return r;
}

QString ProgressReportDialog::tierChangeText() const
{
    return m_ui->tierChange->text();
}

FieldErrors ProgressReportDialog::problems() const
{
    FieldErrors typing;
    if (const QString error = m_ui->percent->inputError(); !error.isEmpty())
        typing.append({QStringLiteral("percent"), error});
    return merge(typing, validate(report()));
}

void ProgressReportDialog::updateTier()
{
    const ProgressReport r = report();
    const engine::Tier before = engine::tierOf(m_project.progress, m_settings.tiers);
    if (!isRecordValid()) {
        m_ui->tierChange->setText(QString());
        return;
    }
    if (m_latestReport.isValid() && r.date.isValid() && r.date < m_latestReport) {
        m_ui->tierChange->setText(tr("Dated before the latest report (%1): the project's progress stays %2.")
                                      .arg(formatDateCell(m_settings, m_latestReport),
                                           formatPercentCell(m_settings, m_project.progress)));
        return;
    }
    const engine::Tier after = engine::tierOf(r.percent, m_settings.tiers);
    if (after == before)
        m_ui->tierChange->setText(tr("Tier %1, unchanged").arg(tierLabel(m_settings, after)));
    else
        m_ui->tierChange->setText(
            tr("Tier %1 → %2").arg(tierLabel(m_settings, before), tierLabel(m_settings, after)));
}

void ProgressReportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        setProject(m_project, m_latestReport);
    }
    RecordDialog::changeEvent(event);
}

} // namespace ehya::gui
