#pragma once

#include "DisplaySettings.h"
#include "ExportDialog.h"
#include "ImportDialog.h"
#include "core/Result.h"
#include "io/Importer.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class QWidget;

namespace ehya::storage {
class Database;
}

// File › Import… and File › Export… through the src/io services. Asks (ImportDialog,
// ExportDialog, a save-file dialog), runs on the GUI thread (the database connection lives there)
// under a window-modal progress dialog whose Cancel stops the work with nothing written, then
// reports: ImportResultDialog for an import, a short confirmation with the row count for an
// export. Every message box is opened, not exec'd, so nothing blocks after the work is done.
namespace ehya::gui {

class ImportResultDialog;

class TransferController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferController)

public:
    explicit TransferController(QObject* parent = nullptr);
    ~TransferController() override;

    // File › Import…: the dialog, the import, the result dialog. Emits imported() when rows were
    // written.
    void importRecords(QWidget* parent, storage::Database& db, const DisplaySettings& settings);
    // File › Export…: the dialog, the file name, the export, the confirmation; emits exported().
    void exportRecords(QWidget* parent, storage::Database& db, const DisplaySettings& settings);

    // The work alone, under the progress dialog (Cancel → summary.cancelled, or an error of kind
    // Cancelled for an export, with nothing written).
    Result<io::ImportSummary> runImport(QWidget* parent, storage::Database& db, const ImportRequest& request,
                                        const DisplaySettings& settings);
    Result<qint64> runExport(QWidget* parent, storage::Database& db, const ExportRequest& request,
                             const QString& path, const DisplaySettings& settings);
    // The result dialog, opened (window-modal, deleted when closed).
    ImportResultDialog* showImportResult(QWidget* parent, const io::ImportSummary& summary,
                                         const ImportRequest& request, const DisplaySettings& settings);

    // Replaceable for tests: how the export's file is chosen (QFileDialog::getSaveFileName by
    // default; "" cancels), how the rejects file is opened, after how long the progress shows.
    using SaveFileChooser = std::function<QString(QWidget* parent, const QString& caption,
                                                  const QString& suggestedPath, const QString& filter)>;
    void setSaveFileChooser(SaveFileChooser chooser);
    void setUrlOpener(std::function<bool(const QUrl&)> opener);
    void setProgressDelay(int milliseconds);

Q_SIGNALS:
    void imported(); // rows were added or updated: the lists should reload
    void exported(const QString& path, qint64 rows);

private:
    void showMessage(QWidget* parent, bool warning, const QString& title, const QString& text,
                     const QString& details = {});

    SaveFileChooser m_chooseSaveFile;
    std::function<bool(const QUrl&)> m_openUrl;
    int m_progressDelay = 400;
    std::optional<ImportRequest> m_lastImport;
    std::optional<ExportRequest> m_lastExport;
    QString m_exportFolder;
};

} // namespace ehya::gui
