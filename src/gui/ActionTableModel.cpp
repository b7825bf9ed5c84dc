#include "ActionTableModel.h"

#include "TableFormat.h"
#include "core/Dates.h"
#include "core/Enums.h"
#include "core/Money.h"

namespace ehya::gui {

ActionTableModel::ActionTableModel(const DisplaySettings& settings, QObject* parent)
    : ValueTableModel(settings, ColumnCount, parent)
{
}

void ActionTableModel::setRows(QList<Action> rows, QHash<Id, QString> agencyNames)
{
    m_agencyNames = std::move(agencyNames);
    replaceRows(std::move(rows));
}

QVariant ActionTableModel::toolTip(const Action& row, int column) const
{
    return column == Outcome || column == Agency ? display(row, column) : QVariant();
}

QVariant ActionTableModel::alignment(int column) const
{
    switch (column) {
    case Amount:
        return numberAlignment();
    case Started:
    case Finished:
        return centerAlignment();
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
