#pragma once

#include "DisplaySettings.h"
#include "core/Records.h"
#include "io/Columns.h"
#include "io/TableWriter.h"

#include <QDialog>
#include <QList>

#include <memory>

namespace Ui {
class ExportDialog;
}

// File › Export…: what (projects, idle units, progress reports), which province, CSV or XLSX,
// Persian or English headers, Jalali or ISO dates (the defaults follow the display language).
// Only asks; TransferController chooses the file and runs the export.
namespace ehya::gui {

struct ExportRequest
{
    io::Sheet sheet = io::Sheet::Projects;
    Id provinceId = 0; // 0: every province
    io::WriteOptions write;
};

class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    ExportDialog(const QList<Province>& provinces, const DisplaySettings& settings,
                 QWidget* parent = nullptr);
    ~ExportDialog() override;

    ExportRequest request() const;
    void setRequest(const ExportRequest& request);

    // A file name to offer in the save dialog: "projects.csv", "units-EA.xlsx", ...
    QString suggestedFileName() const;

private:
    std::unique_ptr<Ui::ExportDialog> m_ui;
    QList<Province> m_provinces;
};

} // namespace ehya::gui
