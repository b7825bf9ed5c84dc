#pragma once

#include "DisplaySettings.h"
#include "ImportDialog.h"
#include "io/Importer.h"

#include <QDialog>
#include <QUrl>

#include <functional>
#include <memory>

class QPushButton;

namespace Ui {
class ImportResultDialog;
}

// What an import did: a sentence on the outcome, the counts (read, added, updated, unchanged,
// rejected) in the user's digits, the problems one per row (ImportProblemModel), how the file was
// read, and "Open the rejects file" when the rejected rows were written to one.
namespace ehya::gui {

class ImportProblemModel;

class ImportResultDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportResultDialog)

public:
    ImportResultDialog(const io::ImportSummary& summary, const ImportRequest& request,
                       const DisplaySettings& settings, QWidget* parent = nullptr);
    ~ImportResultDialog() override;

    // How "Open the rejects file" opens it (QDesktopServices::openUrl by default; tests replace it).
    using UrlOpener = std::function<bool(const QUrl&)>;
    void setUrlOpener(UrlOpener opener);

    QString headline() const;
    ImportProblemModel* problemModel() const { return m_problems; }
    QPushButton* openRejectsButton() const { return m_openRejects; } // null without a rejects file

private:
    void fill(const io::ImportSummary& summary, const ImportRequest& request);
    void openRejects();

    std::unique_ptr<Ui::ImportResultDialog> m_ui;
    DisplaySettings m_settings;
    ImportProblemModel* m_problems = nullptr;
    QPushButton* m_openRejects = nullptr;
    QString m_rejectsPath;
    UrlOpener m_opener;
};

} // namespace ehya::gui
