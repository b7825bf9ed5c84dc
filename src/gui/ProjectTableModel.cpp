#include "ProjectTableModel.h"

#include "TableFormat.h"
#include "core/Dates.h"
#include "core/Enums.h"
#include "io/ListFilter.h"

namespace ehya::gui {

ProjectTableModel::ProjectTableModel(const DisplaySettings& settings, QObject* parent)
    : RowListModel(settings, parent)
{
}

bool ProjectTableModel::textColumn(int column) const
{
    switch (column) {
    case Title:
    case County:
    case Sector:
    case Province:
    case Investor:
    case Estate:
        return true;
    default:
        return false;
    }
}

int ProjectTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProjectTableModel::data(const QModelIndex& index, int role) const
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
        case Invested:
            return numberAlignment();
        case Tier:
        case LastReport:
        case ExpectedCompletion:
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
    case PermitNo:
        return p.permitNo;
    case Province:
        return pickName(m_settings, row.provinceFa, row.provinceEn);
    case Investor:
        return p.investor;
    case Estate:
        return pickName(m_settings, row.estateFa, row.estateEn);
    case Invested:
        return formatMoneyCell(m_settings, p.investedRial);
    case ExpectedCompletion:
        return formatDateCell(m_settings, p.expectedCompletion);
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
    case PermitNo:
        return p.permitNo;
    case Province:
        return pickName(m_settings, row.provinceFa, row.provinceEn);
    case Investor:
        return p.investor;
    case Estate:
        return pickName(m_settings, row.estateFa, row.estateEn);
    case Invested:
        return p.investedRial;
    case ExpectedCompletion:
        return isoDate(p.expectedCompletion);
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
    case PermitNo:
        return tr("Permit number");
    case Province:
        return tr("Province");
    case Investor:
        return tr("Investor");
    case Estate:
        return tr("Industrial estate");
    case Invested:
        return tr("Invested\n(%1)").arg(moneyUnitLabel(m_settings.moneyUnit));
    case ExpectedCompletion:
        return tr("Expected completion");
    default:
        return {};
    }
}

} // namespace ehya::gui
