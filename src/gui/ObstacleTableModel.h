#pragma once

#include "DisplaySettings.h"
#include "core/Records.h"

#include <QAbstractTableModel>
#include <QList>

// The obstacles of one project or unit, read-only. RawRole: the type key, ISO dates ("" while
// open), the description.
namespace ehya::gui {

class ObstacleTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObstacleTableModel)

public:
    enum Column { Type, Description, Opened, Resolved, ColumnCount };

    explicit ObstacleTableModel(const DisplaySettings& settings, QObject* parent = nullptr);

    void setRows(QList<Obstacle> rows);
    const Obstacle& rowAt(int row) const { return m_rows.at(row); }
    const QList<Obstacle>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Obstacle& row, int column) const;
    QVariant raw(const Obstacle& row, int column) const;

    DisplaySettings m_settings;
    QList<Obstacle> m_rows;
};

} // namespace ehya::gui
