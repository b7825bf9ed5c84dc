#include "ImportDialog.h"
#include "ui_ImportDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>

namespace ehya::gui {

ImportDialog::ImportDialog(QWidget* parent) : QDialog(parent), m_ui(std::make_unique<Ui::ImportDialog>())
{
    m_ui->setupUi(this);
    m_ui->projectsRadio->setAccessibleName(tr("The file holds half-finished projects"));
    m_ui->unitsRadio->setAccessibleName(tr("The file holds idle units"));
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_ui->fileEdit, &QLineEdit::textChanged, this, &ImportDialog::updateButtons);
    connect(m_ui->dryRunCheck, &QCheckBox::toggled, this, &ImportDialog::updateButtons);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

ImportDialog::~ImportDialog() = default;

ImportRequest ImportDialog::request() const
{
    ImportRequest r;
    r.path = QDir::fromNativeSeparators(m_ui->fileEdit->text().trimmed());
    r.sheet = m_ui->unitsRadio->isChecked() ? io::Sheet::Units : io::Sheet::Projects;
    r.dryRun = m_ui->dryRunCheck->isChecked();
    r.skipInvalid = m_ui->skipInvalidRadio->isChecked();
    return r;
}

void ImportDialog::setRequest(const ImportRequest& request)
{
    m_ui->fileEdit->setText(QDir::toNativeSeparators(request.path));
    (request.sheet == io::Sheet::Units ? m_ui->unitsRadio : m_ui->projectsRadio)->setChecked(true);
    (request.skipInvalid ? m_ui->skipInvalidRadio : m_ui->allOrNothingRadio)->setChecked(true);
    m_ui->dryRunCheck->setChecked(request.dryRun);
}

void ImportDialog::browse()
{
    const QString current = m_ui->fileEdit->text().trimmed();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import records"), current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath(),
        tr("Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_ui->fileEdit->setText(QDir::toNativeSeparators(path));
}

void ImportDialog::updateButtons()
{
    QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(m_ui->dryRunCheck->isChecked() ? tr("Chec&k") : tr("&Import"));
    ok->setEnabled(!m_ui->fileEdit->text().trimmed().isEmpty());
}

} // namespace ehya::gui
