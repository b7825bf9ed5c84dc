#include "ExportDialog.h"
#include "ui_ExportDialog.h"

#include "TableFormat.h"

#include <QPushButton>

namespace ehya::gui {

ExportDialog::ExportDialog(const QList<Province>& provinces, const DisplaySettings& settings, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ExportDialog>()), m_provinces(provinces)
{
    m_ui->setupUi(this);
    m_ui->whatCombo->addItem(tr("Half-finished projects"), int(io::Sheet::Projects));
    m_ui->whatCombo->addItem(tr("Idle units"), int(io::Sheet::Units));
    m_ui->whatCombo->addItem(tr("Progress reports of the projects"), int(io::Sheet::Reports));
    m_ui->provinceCombo->addItem(tr("All provinces"), Id(0));
    for (const Province& p : m_provinces)
        m_ui->provinceCombo->addItem(pickName(settings, p.nameFa, p.nameEn), p.id);
    m_ui->csvRadio->setAccessibleName(tr("Export as CSV"));
    m_ui->xlsxRadio->setAccessibleName(tr("Export as Excel"));
    m_ui->persianHeadersRadio->setAccessibleName(tr("Persian column headers"));
    m_ui->englishHeadersRadio->setAccessibleName(tr("English column keys"));
    m_ui->jalaliRadio->setAccessibleName(tr("Jalali dates"));
    m_ui->isoRadio->setAccessibleName(tr("Gregorian dates"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    ExportRequest defaults;
    defaults.write.persianHeaders = settings.persian();
    defaults.write.jalaliDates = settings.calendar == CalendarKind::Jalali;
    setRequest(defaults);
}

ExportDialog::~ExportDialog() = default;

ExportRequest ExportDialog::request() const
{
    ExportRequest r;
    r.sheet = io::Sheet(m_ui->whatCombo->currentData().toInt());
    r.provinceId = m_ui->provinceCombo->currentData().value<Id>();
    r.write.format = m_ui->xlsxRadio->isChecked() ? io::ExportFormat::Xlsx : io::ExportFormat::Csv;
    r.write.persianHeaders = m_ui->persianHeadersRadio->isChecked();
    r.write.jalaliDates = m_ui->jalaliRadio->isChecked();
    return r;
}

void ExportDialog::setRequest(const ExportRequest& request)
{
    m_ui->whatCombo->setCurrentIndex(std::max(0, m_ui->whatCombo->findData(int(request.sheet))));
    m_ui->provinceCombo->setCurrentIndex(std::max(0, m_ui->provinceCombo->findData(request.provinceId)));
    (request.write.format == io::ExportFormat::Xlsx ? m_ui->xlsxRadio : m_ui->csvRadio)->setChecked(true);
    (request.write.persianHeaders ? m_ui->persianHeadersRadio : m_ui->englishHeadersRadio)->setChecked(true);
    (request.write.jalaliDates ? m_ui->jalaliRadio : m_ui->isoRadio)->setChecked(true);
}

QString ExportDialog::suggestedFileName() const
{
    const ExportRequest r = request();
    QString name = r.sheet == io::Sheet::Projects ? QStringLiteral("projects")
                   : r.sheet == io::Sheet::Units  ? QStringLiteral("units")
                                                  : QStringLiteral("progress-reports");
    for (const Province& p : m_provinces) {
        if (p.id == r.provinceId && !p.code.isEmpty())
            name += u'-' + p.code;
    }
    return name +
           (r.write.format == io::ExportFormat::Xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv"));
}

} // namespace ehya::gui
