#pragma once

#include "DisplaySettings.h"
#include "storage/Listing.h"

#include <QAbstractTableModel>
#include <QList>

// The read-only list of half-finished projects. Display text is formatted for the settings'
// language; RawRole carries the value the proxy sorts on (numbers, ISO dates, keys).
namespace ehya::gui {

class ProjectTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectTableModel)

public:
    enum Column { Title, County, Sector, Progress, Tier, Remaining, Jobs, Status, LastReport, ColumnCount };

    explicit ProjectTableModel(const DisplaySettings& settings, QObject* parent = nullptr);

    void setRows(QList<storage::ProjectRow> rows);
    const storage::ProjectRow& rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const storage::ProjectRow& row, int column) const;
    QVariant raw(const storage::ProjectRow& row, int column) const;

    DisplaySettings m_settings;
    QList<storage::ProjectRow> m_rows;
};

} // namespace ehya::gui
