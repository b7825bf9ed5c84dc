#include "UnitForm.h"
#include "ui_UnitForm.h"

#include "ReferenceCombos.h"

#include <QEvent>

namespace ehya::gui {

namespace {

int wholeNumber(const std::optional<double>& value)
{
    return int(qBound<double>(-1e9, value.value_or(0), 1e9));
}

} // namespace

UnitForm::UnitForm(const ReferenceData& reference, const DisplaySettings& settings, QWidget* parent)
    : RecordDialog(parent), m_ui(std::make_unique<Ui::UnitForm>()), m_reference(reference),
      m_settings(settings)
{
    m_ui->setupUi(this);
    setUpButtons(m_ui->buttonBox, m_ui->generalMessage);
    m_ui->notes->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    m_ui->name->setMinimumWidth(fontMetrics().averageCharWidth() * 36);         // names are long
    m_ui->operatorName->setMinimumWidth(fontMetrics().averageCharWidth() * 36); // names are long
    m_location = new LocationCombos(m_ui->province, m_ui->county, m_ui->estate, m_ui->sector, this);
    m_location->setReferenceData(m_reference, m_settings);
    fillEnum<UnitStatus>(m_ui->status);
    fillEnum<RevivalPath>(m_ui->revivalPath);
    m_ui->idleSince->setDisplaySettings(settings);
    m_ui->idleSince->setOptional(true);
    for (MoneyEdit* money : {m_ui->workingCapitalRial, m_ui->fixedCapitalRial})
        money->setDisplaySettings(settings);
    m_ui->capacityUse->setDecimals(1);
    for (NumberEdit* number : {m_ui->capacityUse, m_ui->jobsBefore, m_ui->jobsRestorable})
        number->setDigits(settings.digits);

    FieldMessages& f = fields();
    f.add(QStringLiteral("name"), m_ui->name);
    f.add(QStringLiteral("operator"), m_ui->operatorName);
    f.add(QStringLiteral("licence_no"), m_ui->licenceNo);
    f.add(QStringLiteral("status"), m_ui->status);
    f.add(QStringLiteral("idle_since"), m_ui->idleSince);
    f.add(QStringLiteral("revival_path"), m_ui->revivalPath);
    f.add(QStringLiteral("province"), m_ui->province);
    f.add(QStringLiteral("county"), m_ui->county);
    f.add(QStringLiteral("estate"), m_ui->estate);
    f.add(QStringLiteral("sector"), m_ui->sector);
    f.add(QStringLiteral("capacity_use"), m_ui->capacityUse);
    f.add(QStringLiteral("jobs_before"), m_ui->jobsBefore);
    f.add(QStringLiteral("jobs_restorable"), m_ui->jobsRestorable);
    f.add(QStringLiteral("working_capital_rial"), m_ui->workingCapitalRial);
    f.add(QStringLiteral("fixed_capital_rial"), m_ui->fixedCapitalRial);

    watch({m_ui->name, m_ui->operatorName, m_ui->licenceNo, m_ui->status, m_ui->idleSince, m_ui->revivalPath,
           m_ui->capacityUse, m_ui->jobsBefore, m_ui->jobsRestorable, m_ui->workingCapitalRial,
           m_ui->fixedCapitalRial, m_ui->hasMarket, m_ui->justified, m_ui->exportOriented, m_ui->notes});
    connect(m_location, &LocationCombos::changed, this, &UnitForm::revalidate);
    retranslate();
    setRecord(IdleUnit{});
}

UnitForm::~UnitForm() = default;

void UnitForm::setRecord(const IdleUnit& unit)
{
    m_original = unit;
    m_ui->name->setText(unit.name);
    m_ui->operatorName->setText(unit.operatorName);
    m_ui->licenceNo->setText(unit.licenceNo);
    selectEnum(m_ui->status, unit.status);
    m_ui->idleSince->setDate(unit.idleSince);
    selectEnum(m_ui->revivalPath, unit.revivalPath);
    m_location->setIds(unit.provinceId, unit.countyId, unit.estateId, unit.sectorId);
    m_ui->capacityUse->setValue(unit.capacityUse);
    m_ui->jobsBefore->setValue(unit.jobsBefore);
    m_ui->jobsRestorable->setValue(unit.jobsRestorable);
    m_ui->workingCapitalRial->setRials(unit.workingCapitalRial);
    m_ui->fixedCapitalRial->setRials(unit.fixedCapitalRial);
    m_ui->hasMarket->setChecked(unit.hasMarket);
    m_ui->justified->setChecked(unit.justified);
    m_ui->exportOriented->setChecked(unit.exportOriented);
    m_ui->notes->setPlainText(unit.notes);
    retranslate();
    revalidate();
    m_ui->name->setFocus();
}

IdleUnit UnitForm::record() const
{
    IdleUnit u = m_original; // id and version
    u.name = m_ui->name->text().trimmed();
    u.operatorName = m_ui->operatorName->text().trimmed();
    u.licenceNo = m_ui->licenceNo->text().trimmed();
    u.status = selectedEnum<UnitStatus>(m_ui->status);
    u.idleSince = m_ui->idleSince->date();
    u.revivalPath = selectedEnum<RevivalPath>(m_ui->revivalPath);
    u.provinceId = m_location->provinceId();
    u.countyId = m_location->countyId();
    u.estateId = m_location->estateId();
    u.sectorId = m_location->sectorId();
    u.capacityUse = roundPercent(m_ui->capacityUse->value().value_or(qQNaN()));
    u.jobsBefore = wholeNumber(m_ui->jobsBefore->value());
    u.jobsRestorable = wholeNumber(m_ui->jobsRestorable->value());
    u.workingCapitalRial = m_ui->workingCapitalRial->rials().value_or(0);
    u.fixedCapitalRial = m_ui->fixedCapitalRial->rials().value_or(0);
    u.hasMarket = m_ui->hasMarket->isChecked();
    u.justified = m_ui->justified->isChecked();
    u.exportOriented = m_ui->exportOriented->isChecked();
    u.notes = m_ui->notes->toPlainText().trimmed();
    return u;
}

FieldErrors UnitForm::problems() const
{
    FieldErrors typing;
    const auto typed = [&typing](const char* key, const QString& error) {
        if (!error.isEmpty())
            typing.append({QString::fromLatin1(key), error});
    };
    typed("capacity_use", m_ui->capacityUse->inputError());
    typed("jobs_before", m_ui->jobsBefore->inputError());
    typed("jobs_restorable", m_ui->jobsRestorable->inputError());
    typed("working_capital_rial", m_ui->workingCapitalRial->inputError());
    typed("fixed_capital_rial", m_ui->fixedCapitalRial->inputError());
    return merge(typing, validate(record()));
}

void UnitForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        const UnitStatus status = selectedEnum<UnitStatus>(m_ui->status);
        const RevivalPath path = selectedEnum<RevivalPath>(m_ui->revivalPath);
        m_ui->retranslateUi(this);
        fillEnum<UnitStatus>(m_ui->status);
        selectEnum(m_ui->status, status);
        fillEnum<RevivalPath>(m_ui->revivalPath);
        selectEnum(m_ui->revivalPath, path);
        m_location->retranslate();
        retranslate();
    }
    RecordDialog::changeEvent(event);
}

void UnitForm::retranslate()
{
    setWindowTitle(m_original.id == 0 ? tr("New idle unit") : tr("Edit idle unit"));
}

} // namespace ehya::gui
