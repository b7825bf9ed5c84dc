#pragma once

#include "DisplaySettings.h"
#include "io/Columns.h"

#include <QDialog>
#include <QString>

#include <memory>

namespace Ui {
class ImportDialog;
}

// File › Import…: which file, what it holds, and what to do with rows that have problems. Only
// asks; TransferController runs the import.
namespace ehya::gui {

struct ImportRequest
{
    QString path;
    io::Sheet sheet = io::Sheet::Projects; // Projects or Units
    bool dryRun = false;                   // check only, write nothing
    bool skipInvalid = false;              // import the valid rows, the rejected ones to a file
};

class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    explicit ImportDialog(QWidget* parent = nullptr);
    ~ImportDialog() override;

    ImportRequest request() const;
    void setRequest(const ImportRequest& request);

private:
    void browse();
    void updateButtons();

    std::unique_ptr<Ui::ImportDialog> m_ui;
};

} // namespace ehya::gui
