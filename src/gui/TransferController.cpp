#include "TransferController.h"

#include "ImportResultDialog.h"
#include "PathText.h"
#include "TableFormat.h"
#include "io/Exporter.h"
#include "storage/Database.h"
#include "storage/Repositories.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>

namespace ehya::gui {

namespace {

// The steps of the bar when the share of the file read is known.
constexpr int kSteps = 1000;

void prepare(QProgressDialog& progress, const QString& title, int delay)
{
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(delay);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setRange(0, 0); // busy until the share is known
    progress.setMinimumWidth(420);
    progress.setValue(0);
}

QString exportedText(const ExportRequest& request, qint64 rows, const DisplaySettings& s)
{
    const int n = int(std::min<qint64>(rows, std::numeric_limits<int>::max()));
    QString text = request.sheet == io::Sheet::Projects
                       ? TransferController::tr("%n project(s) exported.", nullptr, n)
                   : request.sheet == io::Sheet::Units
                       ? TransferController::tr("%n idle unit(s) exported.", nullptr, n)
                       : TransferController::tr("%n progress report(s) exported.", nullptr, n);
    // tr() writes %n in Latin digits without grouping: show the count as the tables do.
    return text.replace(QString::number(n), formatCountCell(s, rows));
}

} // namespace

TransferController::TransferController(QObject* parent)
    : QObject(parent), m_chooseSaveFile([](QWidget* p, const QString& caption, const QString& suggested,
                                           const QString& filter) {
          return QFileDialog::getSaveFileName(p, caption, suggested, filter);
      })
{
}

TransferController::~TransferController() = default;

void TransferController::setSaveFileChooser(SaveFileChooser chooser)
{
    m_chooseSaveFile = std::move(chooser);
}

void TransferController::setUrlOpener(std::function<bool(const QUrl&)> opener)
{
    m_openUrl = std::move(opener);
}

void TransferController::setProgressDelay(int milliseconds)
{
    m_progressDelay = milliseconds;
}

void TransferController::importRecords(QWidget* parent, storage::Database& db,
                                       const DisplaySettings& settings)
{
    ImportDialog dialog(parent);
    if (m_lastImport)
        dialog.setRequest(*m_lastImport);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ImportRequest request = dialog.request();
    m_lastImport = request;
    auto summary = runImport(parent, db, request, settings);
    if (!summary) {
        showMessage(parent, true, tr("Import"),
                    tr("The file %1 could not be imported. Nothing was changed in the database.")
                        .arg(pathForText(request.path)),
                    summary.error().message);
        return;
    }
    if (summary->written && summary->added + summary->updated > 0)
        Q_EMIT imported();
    showImportResult(parent, *summary, request, settings);
}

Result<io::ImportSummary> TransferController::runImport(QWidget* parent, storage::Database& db,
                                                        const ImportRequest& request,
                                                        const DisplaySettings& settings)
{
    QProgressDialog progress(parent);
    prepare(progress, tr("Import"), m_progressDelay);
    const QString name = QFileInfo(request.path).fileName();
    progress.setLabelText(tr("Reading %1…").arg(name));
    io::ImportOptions options;
    options.sheet = request.sheet;
    options.dryRun = request.dryRun;
    options.skipInvalid = request.skipInvalid;
    options.progress = [&](qint64 rows, double fraction) {
        if (fraction >= 0) {
            if (progress.maximum() == 0)
                progress.setRange(0, kSteps);
            progress.setValue(std::max(progress.value(), int(fraction * kSteps)));
        } else {
            progress.setValue(int(rows / 1000 % 2)); // keeps the busy bar turning and the dialog due
        }
        progress.setLabelText(tr("Reading %1: %2 rows so far…").arg(name, formatCountCell(settings, rows)));
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    };
    return io::importFile(db, request.path, options);
}

ImportResultDialog* TransferController::showImportResult(QWidget* parent, const io::ImportSummary& summary,
                                                         const ImportRequest& request,
                                                         const DisplaySettings& settings)
{
    auto* dialog = new ImportResultDialog(summary, request, settings, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_openUrl)
        dialog->setUrlOpener(m_openUrl);
    dialog->open();
    return dialog;
}

void TransferController::exportRecords(QWidget* parent, storage::Database& db,
                                       const DisplaySettings& settings)
{
    auto provinces = storage::ReferenceRepository(db).provinces();
    if (!provinces) {
        showMessage(parent, true, tr("Export"), tr("The list of provinces could not be read."),
                    provinces.error().message);
        return;
    }
    ExportDialog dialog(*provinces, settings, parent);
    if (m_lastExport)
        dialog.setRequest(*m_lastExport);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ExportRequest request = dialog.request();
    m_lastExport = request;
    const bool xlsx = request.write.format == io::ExportFormat::Xlsx;
    const QString folder = m_exportFolder.isEmpty() ? QDir::homePath() : m_exportFolder;
    QString path =
        m_chooseSaveFile(parent, tr("Export to"), QDir(folder).filePath(dialog.suggestedFileName()),
                         xlsx ? tr("Excel workbooks (*.xlsx)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString suffix = xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    if (QFileInfo(path).suffix().isEmpty())
        path += suffix;
    m_exportFolder = QFileInfo(path).absolutePath();

    auto rows = runExport(parent, db, request, path, settings);
    if (!rows) {
        if (rows.error().kind == Error::Kind::Cancelled)
            showMessage(parent, false, tr("Export"), tr("The export was cancelled. No file was written."));
        else
            showMessage(parent, true, tr("Export"),
                        tr("The export to %1 failed. An earlier file of that name was left as it was.")
                            .arg(pathForText(path)),
                        rows.error().message);
        return;
    }
    Q_EMIT exported(path, *rows);
    showMessage(parent, false, tr("Export"),
                exportedText(request, *rows, settings) + u'\n' + tr("File: %1").arg(pathForText(path)));
}

Result<qint64> TransferController::runExport(QWidget* parent, storage::Database& db,
                                             const ExportRequest& request, const QString& path,
                                             const DisplaySettings& settings)
{
    QProgressDialog progress(parent);
    prepare(progress, tr("Export"), m_progressDelay);
    const QString name = QFileInfo(path).fileName();
    progress.setLabelText(tr("Writing %1…").arg(name));
    io::ExportOptions options;
    options.sheet = request.sheet;
    options.provinceId = request.provinceId;
    options.write = request.write;
    options.progress = [&](qint64 rows) {
        progress.setValue(int(rows / 1000 % 2));
        progress.setLabelText(tr("Writing %1: %2 rows so far…").arg(name, formatCountCell(settings, rows)));
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    };
    return io::exportSheet(db, path, options);
}

void TransferController::showMessage(QWidget* parent, bool warning, const QString& title, const QString& text,
                                     const QString& details)
{
    auto* box = new QMessageBox(warning ? QMessageBox::Warning : QMessageBox::Information, title, text,
                                QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!details.isEmpty())
        box->setDetailedText(details);
    box->open();
}

} // namespace ehya::gui
