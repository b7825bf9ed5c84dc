#include "UnitTableModel.h"

#include "TableFormat.h"
#include "core/Dates.h"
#include "core/Enums.h"
#include "io/ListFilter.h"

namespace ehya::gui {

UnitTableModel::UnitTableModel(const DisplaySettings& settings, QObject* parent)
    : RowListModel(settings, parent)
{
}

bool UnitTableModel::textColumn(int column) const
{
    switch (column) {
    case Name:
    case County:
    case Sector:
    case Province:
    case Operator:
    case Estate:
        return true;
    default:
        return false;
    }
}

int UnitTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnitTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& row = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case RawRole:
        return raw(row, index.column());
    case IdRole:
        return rowId(row);
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
        case JobsBefore:
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
    case LicenceNo:
        return u.licenceNo;
    case Province:
        return pickName(m_settings, row.provinceFa, row.provinceEn);
    case Operator:
        return u.operatorName;
    case Estate:
        return pickName(m_settings, row.estateFa, row.estateEn);
    case JobsBefore:
        return formatCountCell(m_settings, u.jobsBefore);
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
    case LicenceNo:
        return u.licenceNo;
    case Province:
        return pickName(m_settings, row.provinceFa, row.provinceEn);
    case Operator:
        return u.operatorName;
    case Estate:
        return pickName(m_settings, row.estateFa, row.estateEn);
    case JobsBefore:
        return u.jobsBefore;
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
    case LicenceNo:
        return tr("Licence number");
    case Province:
        return tr("Province");
    case Operator:
        return tr("Operator");
    case Estate:
        return tr("Industrial estate");
    case JobsBefore:
        return tr("Jobs before idling");
    default:
        return {};
    }
}

} // namespace ehya::gui
