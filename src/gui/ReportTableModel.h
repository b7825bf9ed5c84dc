#pragma once

#include "DisplaySettings.h"
#include "core/Records.h"

#include <QAbstractTableModel>
#include <QList>

// The progress history of one project, read-only, in the order given (oldest first, as
// ProjectRepository::history returns it). RawRole: ISO date, percent, text.
namespace ehya::gui {

class ReportTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportTableModel)

public:
    enum Column { Date, Percent, ReportedBy, Note, ColumnCount };

    explicit ReportTableModel(const DisplaySettings& settings, QObject* parent = nullptr);

    void setRows(QList<ProgressReport> rows);
    const ProgressReport& rowAt(int row) const { return m_rows.at(row); }
    const QList<ProgressReport>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ProgressReport& row, int column) const;
    QVariant raw(const ProgressReport& row, int column) const;

    DisplaySettings m_settings;
    QList<ProgressReport> m_rows;
};

} // namespace ehya::gui
