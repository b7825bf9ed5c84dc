#include "ImportResultDialog.h"
#include "ui_ImportResultDialog.h"

#include "ImportProblemModel.h"
#include "PathText.h"
#include "TableFormat.h"

#include <QDesktopServices>
#include <QDir>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>

namespace ehya::gui {

namespace {

QString outcome(const io::ImportSummary& s, const ImportRequest& r)
{
    using T = ImportResultDialog;
    if (s.cancelled)
        return T::tr("The import was cancelled. The database was not changed.");
    if (r.dryRun)
        return s.rejected == 0 ? T::tr("Check only: every row is valid, the file is ready to import. "
                                       "Nothing was changed.")
                               : T::tr("Check only: the rows listed below have problems. Nothing was "
                                       "changed.");
    if (!s.written)
        return T::tr("Nothing was imported: the rows listed below have problems. Correct them in the "
                     "file and import it again, or import the valid rows and set the rejected ones aside.");
    if (s.rejected > 0)
        return T::tr("The valid rows were imported. The rows listed below were rejected and set aside "
                     "in the rejects file.");
    return T::tr("The file was imported.");
}

} // namespace

ImportResultDialog::ImportResultDialog(const io::ImportSummary& summary, const ImportRequest& request,
                                       const DisplaySettings& settings, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ImportResultDialog>()), m_settings(settings),
      m_opener([](const QUrl& url) { return QDesktopServices::openUrl(url); })
{
    m_ui->setupUi(this);
    m_problems = new ImportProblemModel(settings, request.sheet, this);
    m_ui->problemsView->setModel(m_problems);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fill(summary, request);
}

ImportResultDialog::~ImportResultDialog() = default;

void ImportResultDialog::setUrlOpener(UrlOpener opener)
{
    m_opener = std::move(opener);
}

QString ImportResultDialog::headline() const
{
    return m_ui->headlineLabel->text();
}

void ImportResultDialog::fill(const io::ImportSummary& summary, const ImportRequest& request)
{
    m_ui->headlineLabel->setText(outcome(summary, request));
    QFont bold = m_ui->headlineLabel->font();
    bold.setBold(true);
    m_ui->headlineLabel->setFont(bold);
    m_ui->fileLabel->setText(tr("File: %1").arg(pathForText(request.path)));

    const auto count = [this](qint64 n) { return formatCountCell(m_settings, n); };
    m_ui->rowsValue->setText(count(summary.rows));
    m_ui->addedValue->setText(count(summary.added));
    m_ui->updatedValue->setText(count(summary.updated));
    m_ui->unchangedValue->setText(count(summary.unchanged));
    m_ui->rejectedValue->setText(count(summary.rejected));
    if (request.dryRun) {
        m_ui->addedLabel->setText(tr("Would be added:"));
        m_ui->updatedLabel->setText(tr("Would be updated:"));
    }

    m_problems->setProblems(summary.details);
    const bool anyProblem = !summary.details.isEmpty();
    m_ui->problemsLabel->setVisible(anyProblem);
    m_ui->problemsView->setVisible(anyProblem);
    if (anyProblem) {
        QHeaderView* header = m_ui->problemsView->horizontalHeader();
        for (int c : {ImportProblemModel::Line, ImportProblemModel::FileColumn, ImportProblemModel::Field})
            header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
        // The reason is the point: wrapped whole rather than cut off.
        m_ui->problemsView->setWordWrap(true);
        m_ui->problemsView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    }
    const qint64 more = summary.problemCount - summary.details.size();
    m_ui->moreLabel->setVisible(more > 0);
    if (more > 0)
        m_ui->moreLabel->setText(tr("Problems not listed: %1.").arg(count(more)));
    m_ui->noticesLabel->setVisible(!summary.notices.isEmpty());
    m_ui->noticesLabel->setText(summary.notices.join(u'\n'));

    m_rejectsPath = summary.rejectsPath;
    if (!m_rejectsPath.isEmpty()) {
        m_ui->fileLabel->setText(m_ui->fileLabel->text() + u'\n' +
                                 tr("Rejected rows, with the reason: %1").arg(pathForText(m_rejectsPath)));
        m_openRejects =
            m_ui->buttonBox->addButton(tr("&Open the rejects file"), QDialogButtonBox::ActionRole);
        m_openRejects->setAccessibleName(tr("Open the file of rejected rows"));
        connect(m_openRejects, &QPushButton::clicked, this, &ImportResultDialog::openRejects);
    }
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setDefault(true);
}

void ImportResultDialog::openRejects()
{
    if (m_opener && m_opener(QUrl::fromLocalFile(m_rejectsPath)))
        return;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Open the rejects file"),
                                tr("No program could open %1. Open it from its folder with a spreadsheet "
                                   "program.")
                                    .arg(pathForText(m_rejectsPath)),
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace ehya::gui
