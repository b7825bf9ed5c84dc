#pragma once

#include "ValueTableModel.h"
#include "core/Records.h"

#include <QList>

// The progress history of one project, read-only, in the order given (oldest first, as
// ProjectRepository::history returns it). RawRole: ISO date, percent, text.
namespace ehya::gui {

class ReportTableModel final : public ValueTableModel<ProgressReport>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportTableModel)

public:
    enum Column { Date, Percent, ReportedBy, Note, ColumnCount };

    explicit ReportTableModel(const DisplaySettings& settings, QObject* parent = nullptr);

    void setRows(QList<ProgressReport> rows);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ProgressReport& row, int column) const override;
    QVariant raw(const ProgressReport& row, int column) const override;
    QVariant toolTip(const ProgressReport& row, int column) const override;
    QVariant alignment(int column) const override;
};

} // namespace ehya::gui
