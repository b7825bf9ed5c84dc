#include "ObstacleTableModel.h"

#include "TableFormat.h"
#include "core/Dates.h"
#include "core/Enums.h"

namespace ehya::gui {

ObstacleTableModel::ObstacleTableModel(const DisplaySettings& settings, QObject* parent)
    : ValueTableModel(settings, ColumnCount, parent)
{
}

void ObstacleTableModel::setRows(QList<Obstacle> rows)
{
    replaceRows(std::move(rows));
}

QVariant ObstacleTableModel::toolTip(const Obstacle& row, int column) const
{
    return column == Description ? QVariant(row.description) : QVariant();
}

QVariant ObstacleTableModel::alignment(int column) const
{
    return column == Opened || column == Resolved ? centerAlignment() : QVariant();
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
