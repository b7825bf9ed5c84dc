#include "ActionTableModel.h"

#include "TableFormat.h"
#include "core/Dates.h"
#include "core/Enums.h"
#include "core/Money.h"

namespace ehya::gui {

ActionTableModel::ActionTableModel(const DisplaySettings& settings, QObject* parent)
    : QAbstractTableModel(parent), m_settings(settings)
{
}

void ActionTableModel::setRows(QList<Action> rows, QHash<Id, QString> agencyNames)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_agencyNames = std::move(agencyNames);
    endResetModel();
}

int ActionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ActionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Action& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case RawRole:
        return raw(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == Outcome || index.column() == Agency ? display(row, index.column())
                                                                     : QVariant();
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Amount:
            return numberAlignment();
        case Started:
        case Finished:
            return centerAlignment();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ActionTableModel::display(const Action& row, int column) const
{
    switch (column) {
    case Type:
        return enumLabel(row.type);
    case Agency:
        return row.agencyId == 0 ? QString()
                                 : m_agencyNames.value(row.agencyId, QString::number(row.agencyId));
    case Started:
        return formatDateCell(m_settings, row.started);
    case Finished:
        return formatDateCell(m_settings, row.finished);
    case Amount:
        return row.amountRial == 0 ? QString() : formatMoneyCell(m_settings, row.amountRial);
    case Status:
        return enumLabel(row.status);
    case Outcome:
        return row.outcome;
    default:
        return {};
    }
}

QVariant ActionTableModel::raw(const Action& row, int column) const
{
    switch (column) {
    case Type:
        return enumKey(row.type);
    case Agency:
        return row.agencyId;
    case Started:
        return isoDate(row.started);
    case Finished:
        return isoDate(row.finished);
    case Amount:
        return row.amountRial;
    case Status:
        return enumKey(row.status);
    case Outcome:
        return row.outcome;
    default:
        return {};
    }
}

QVariant ActionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Type:
        return tr("Action");
    case Agency:
        return tr("Responsible agency");
    case Started:
        return tr("Started");
    case Finished:
        return tr("Finished");
    case Amount:
        return tr("Amount\n(%1)").arg(moneyUnitLabel(m_settings.moneyUnit));
    case Status:
        return tr("Status");
    case Outcome:
        return tr("Outcome");
    default:
        return {};
    }
}

} // namespace ehya::gui
