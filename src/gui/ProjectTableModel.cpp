#include "ProjectTableModel.h"

#include "TableFormat.h"
#include "core/Dates.h"
#include "core/Enums.h"

namespace ehya::gui {

ProjectTableModel::ProjectTableModel(const DisplaySettings& settings, QObject* parent)
    : QAbstractTableModel(parent), m_settings(settings)
{
}

void ProjectTableModel::setRows(QList<storage::ProjectRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ProjectTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ProjectTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProjectTableModel::data(const QModelIndex& index, int role) const
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
        if (index.column() == Title)
            return row.project.investor.isEmpty()
                       ? row.project.title
                       : row.project.title + QStringLiteral(" — ") + row.project.investor;
        if (index.column() == Sector || index.column() == County)
            return display(row, index.column());
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Progress:
        case Remaining:
        case Jobs:
            return numberAlignment();
        case Tier:
        case LastReport:
            return centerAlignment();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ProjectTableModel::display(const storage::ProjectRow& row, int column) const
{
    const Project& p = row.project;
    switch (column) {
    case Title:
        return p.title;
    case County:
        return pickName(m_settings, row.countyFa, row.countyEn);
    case Sector:
        return pickName(m_settings, row.sectorFa, row.sectorEn);
    case Progress:
        return formatPercentCell(m_settings, p.progress);
    case Tier:
        return tierLabel(m_settings, engine::tierOf(p.progress, m_settings.tiers));
    case Remaining:
        return formatMoneyCell(m_settings, p.remainingRial);
    case Jobs:
        return formatCountCell(m_settings, p.plannedJobs);
    case Status:
        return enumLabel(p.status);
    case LastReport:
        return formatDateCell(m_settings, row.lastReport);
    default:
        return {};
    }
}

QVariant ProjectTableModel::raw(const storage::ProjectRow& row, int column) const
{
    const Project& p = row.project;
    switch (column) {
    case Title:
        return p.title;
    case County:
        return pickName(m_settings, row.countyFa, row.countyEn);
    case Sector:
        return pickName(m_settings, row.sectorFa, row.sectorEn);
    case Progress:
        return p.progress;
    case Tier:
        return static_cast<int>(engine::tierOf(p.progress, m_settings.tiers));
    case Remaining:
        return p.remainingRial;
    case Jobs:
        return p.plannedJobs;
    case Status:
        return static_cast<int>(p.status);
    case LastReport:
        return isoDate(row.lastReport);
    default:
        return {};
    }
}

QVariant ProjectTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Project");
    case County:
        return tr("County");
    case Sector:
        return tr("Sector");
    case Progress:
        return tr("Physical progress");
    case Tier:
        return tr("Tier");
    case Remaining:
        return tr("Remaining investment\n(%1)").arg(moneyUnitLabel(m_settings.moneyUnit));
    case Jobs:
        return tr("Jobs");
    case Status:
        return tr("Status");
    case LastReport:
        return tr("Last report");
    default:
        return {};
    }
}

} // namespace ehya::gui
