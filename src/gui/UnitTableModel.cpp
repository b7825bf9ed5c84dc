#include "UnitTableModel.h"

#include "TableFormat.h"
#include "core/Dates.h"
#include "core/Enums.h"

namespace ehya::gui {

UnitTableModel::UnitTableModel(const DisplaySettings& settings, QObject* parent)
    : QAbstractTableModel(parent), m_settings(settings)
{
}

void UnitTableModel::setRows(QList<storage::UnitRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int UnitTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int UnitTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnitTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case RawRole:
        return raw(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Name && !row.unit.operatorName.isEmpty())
            return QString(row.unit.name + QStringLiteral(" — ") + row.unit.operatorName);
        if (index.column() == CapitalNeeded)
            return capitalToolTip(row.unit);
        if (index.column() == Sector || index.column() == County)
            return display(row, index.column());
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case CapacityUse:
        case Jobs:
        case CapitalNeeded:
            return numberAlignment();
        case IdleSince:
        case LastAction:
            return centerAlignment();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant UnitTableModel::display(const storage::UnitRow& row, int column) const
{
    const IdleUnit& u = row.unit;
    switch (column) {
    case Name:
        return u.name;
    case County:
        return pickName(m_settings, row.countyFa, row.countyEn);
    case Sector:
        return pickName(m_settings, row.sectorFa, row.sectorEn);
    case Status:
        return enumLabel(u.status);
    case IdleSince:
        return formatDateCell(m_settings, u.idleSince);
    case CapacityUse:
        return formatPercentCell(m_settings, u.capacityUse);
    case Jobs:
        return formatCountCell(m_settings, u.jobsRestorable);
    case CapitalNeeded:
        return formatMoneyCell(m_settings, u.workingCapitalRial + u.fixedCapitalRial);
    case LastAction:
        return formatDateCell(m_settings, row.lastAction);
    default:
        return {};
    }
}

QVariant UnitTableModel::raw(const storage::UnitRow& row, int column) const
{
    const IdleUnit& u = row.unit;
    switch (column) {
    case Name:
        return u.name;
    case County:
        return pickName(m_settings, row.countyFa, row.countyEn);
    case Sector:
        return pickName(m_settings, row.sectorFa, row.sectorEn);
    case Status:
        return static_cast<int>(u.status);
    case IdleSince:
        return isoDate(u.idleSince);
    case CapacityUse:
        return u.capacityUse;
    case Jobs:
        return u.jobsRestorable;
    case CapitalNeeded:
        return u.workingCapitalRial + u.fixedCapitalRial;
    case LastAction:
        return isoDate(row.lastAction);
    default:
        return {};
    }
}

QString UnitTableModel::capitalToolTip(const IdleUnit& unit) const
{
    return tr("Working capital: %1\nFixed capital: %2")
        .arg(formatMoneyCell(m_settings, unit.workingCapitalRial, true),
             formatMoneyCell(m_settings, unit.fixedCapitalRial, true));
}

QVariant UnitTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Unit");
    case County:
        return tr("County");
    case Sector:
        return tr("Sector");
    case Status:
        return tr("Status");
    case IdleSince:
        return tr("Idle since");
    case CapacityUse:
        return tr("Capacity in use");
    case Jobs:
        return tr("Restorable jobs");
    case CapitalNeeded:
        return tr("Capital needed\n(%1)").arg(moneyUnitLabel(m_settings.moneyUnit));
    case LastAction:
        return tr("Last action");
    default:
        return {};
    }
}

} // namespace ehya::gui
