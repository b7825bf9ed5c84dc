#include "ProjectForm.h"
#include "ui_ProjectForm.h"

#include "ReferenceCombos.h"

#include <QEvent>

namespace ehya::gui {

ProjectForm::ProjectForm(const ReferenceData& reference, const DisplaySettings& settings, QWidget* parent)
    : RecordDialog(parent), m_ui(std::make_unique<Ui::ProjectForm>()), m_reference(reference),
      m_settings(settings)
{
    m_ui->setupUi(this);
    setUpButtons(m_ui->buttonBox, m_ui->generalMessage);
    m_ui->notes->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    m_ui->title->setMinimumWidth(fontMetrics().averageCharWidth() * 36);    // names are long
    m_ui->investor->setMinimumWidth(fontMetrics().averageCharWidth() * 36); // names are long
    m_location = new LocationCombos(m_ui->province, m_ui->county, m_ui->estate, m_ui->sector, this);
    m_location->setReferenceData(m_reference, m_settings);
    fillEnum<ProjectStatus>(m_ui->status);
    for (DateEdit* date : {m_ui->permitDate, m_ui->permitExpiry, m_ui->expectedCompletion}) {
        date->setDisplaySettings(settings);
        date->setOptional(true);
    }
    for (MoneyEdit* money : {m_ui->investedRial, m_ui->remainingRial})
        money->setDisplaySettings(settings);
    m_ui->progress->setDecimals(1);
    m_ui->progress->setDigits(settings.digits);
    m_ui->plannedJobs->setDigits(settings.digits);

    FieldMessages& f = fields();
    f.add(QStringLiteral("title"), m_ui->title);
    f.add(QStringLiteral("investor"), m_ui->investor);
    f.add(QStringLiteral("status"), m_ui->status);
    f.add(QStringLiteral("capacity"), m_ui->capacity);
    f.add(QStringLiteral("permit_no"), m_ui->permitNo);
    f.add(QStringLiteral("permit_date"), m_ui->permitDate);
    f.add(QStringLiteral("permit_expiry"), m_ui->permitExpiry);
    f.add(QStringLiteral("province"), m_ui->province);
    f.add(QStringLiteral("county"), m_ui->county);
    f.add(QStringLiteral("estate"), m_ui->estate);
    f.add(QStringLiteral("sector"), m_ui->sector);
    f.add(QStringLiteral("progress"), m_ui->progress);
    f.add(QStringLiteral("invested_rial"), m_ui->investedRial);
    f.add(QStringLiteral("remaining_rial"), m_ui->remainingRial);
    f.add(QStringLiteral("planned_jobs"), m_ui->plannedJobs);
    f.add(QStringLiteral("expected_completion"), m_ui->expectedCompletion);

    watch({m_ui->title, m_ui->investor, m_ui->status, m_ui->capacity, m_ui->exportOriented, m_ui->permitNo,
           m_ui->permitDate, m_ui->permitExpiry, m_ui->progress, m_ui->investedRial, m_ui->remainingRial,
           m_ui->plannedJobs, m_ui->expectedCompletion, m_ui->notes});
    connect(m_location, &LocationCombos::changed, this, &ProjectForm::revalidate);
    retranslate();
    setRecord(Project{});
}

ProjectForm::~ProjectForm() = default;

void ProjectForm::setRecord(const Project& project)
{
    m_original = project;
    m_ui->title->setText(project.title);
    m_ui->investor->setText(project.investor);
    selectEnum(m_ui->status, project.status);
    m_ui->capacity->setText(project.capacity);
    m_ui->exportOriented->setChecked(project.exportOriented);
    m_ui->permitNo->setText(project.permitNo);
    m_ui->permitDate->setDate(project.permitDate);
    m_ui->permitExpiry->setDate(project.permitExpiry);
    m_location->setIds(project.provinceId, project.countyId, project.estateId, project.sectorId);
    m_ui->progress->setValue(project.progress);
    m_ui->investedRial->setRials(project.investedRial);
    m_ui->remainingRial->setRials(project.remainingRial);
    m_ui->plannedJobs->setValue(project.plannedJobs);
    m_ui->expectedCompletion->setDate(project.expectedCompletion);
    m_ui->notes->setPlainText(project.notes);
    retranslate();
    revalidate();
    m_ui->title->setFocus();
}

Project ProjectForm::record() const
{
    Project p = m_original; // id and version
    p.title = m_ui->title->text().trimmed();
    p.investor = m_ui->investor->text().trimmed();
    p.status = selectedEnum<ProjectStatus>(m_ui->status);
    p.capacity = m_ui->capacity->text().trimmed();
    p.exportOriented = m_ui->exportOriented->isChecked();
    p.permitNo = m_ui->permitNo->text().trimmed();
    p.permitDate = m_ui->permitDate->date();
    p.permitExpiry = m_ui->permitExpiry->date();
    p.provinceId = m_location->provinceId();
    p.countyId = m_location->countyId();
    p.estateId = m_location->estateId();
    p.sectorId = m_location->sectorId();
    p.progress = roundPercent(m_ui->progress->value().value_or(qQNaN()));
    p.investedRial = m_ui->investedRial->rials().value_or(0);
    p.remainingRial = m_ui->remainingRial->rials().value_or(0);
    p.plannedJobs = int(qBound<double>(-1e9, m_ui->plannedJobs->value().value_or(0), 1e9));
    p.expectedCompletion = m_ui->expectedCompletion->date();
    p.notes = m_ui->notes->toPlainText().trimmed();
    return p;
}

FieldErrors ProjectForm::problems() const
{
    FieldErrors typing;
    const auto typed = [&typing](const char* key, const QString& error) {
        if (!error.isEmpty())
            typing.append({QString::fromLatin1(key), error});
    };
    typed("progress", m_ui->progress->inputError());
    typed("invested_rial", m_ui->investedRial->inputError());
    typed("remaining_rial", m_ui->remainingRial->inputError());
    typed("planned_jobs", m_ui->plannedJobs->inputError());
    return merge(typing, validate(record()));
}

void ProjectForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        const ProjectStatus status = selectedEnum<ProjectStatus>(m_ui->status);
        m_ui->retranslateUi(this);
        fillEnum<ProjectStatus>(m_ui->status);
        selectEnum(m_ui->status, status);
        m_location->retranslate();
        retranslate();
    }
    RecordDialog::changeEvent(event);
}

void ProjectForm::retranslate()
{
    setWindowTitle(m_original.id == 0 ? tr("New project") : tr("Edit project"));
}

} // namespace ehya::gui
