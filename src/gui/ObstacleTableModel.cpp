#include "ObstacleTableModel.h"

#include "TableFormat.h"
#include "core/Dates.h"
#include "core/Enums.h"

namespace ehya::gui {

ObstacleTableModel::ObstacleTableModel(const DisplaySettings& settings, QObject* parent)
    : QAbstractTableModel(parent), m_settings(settings)
{
}

void ObstacleTableModel::setRows(QList<Obstacle> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ObstacleTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ObstacleTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ObstacleTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Obstacle& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case RawRole:
        return raw(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == Description ? QVariant(row.description) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Opened || index.column() == Resolved ? centerAlignment() : QVariant();
    default:
        return {};
    }
}

QVariant ObstacleTableModel::display(const Obstacle& row, int column) const
{
    switch (column) {
    case Type:
        return enumLabel(row.type);
    case Description:
        return row.description;
    case Opened:
        return formatDateCell(m_settings, row.opened);
    case Resolved:
        return row.resolved.isValid() ? formatDateCell(m_settings, row.resolved) : tr("Open");
    default:
        return {};
    }
}

QVariant ObstacleTableModel::raw(const Obstacle& row, int column) const
{
    switch (column) {
    case Type:
        return enumKey(row.type);
    case Description:
        return row.description;
    case Opened:
        return isoDate(row.opened);
    case Resolved:
        return isoDate(row.resolved);
    default:
        return {};
    }
}

QVariant ObstacleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Type:
        return tr("Obstacle");
    case Description:
        return tr("Description");
    case Opened:
        return tr("Opened");
    case Resolved:
        return tr("Resolved");
    default:
        return {};
    }
}

} // namespace ehya::gui
