#include "ReportTableModel.h"

#include "TableFormat.h"
#include "core/Dates.h"

namespace ehya::gui {

ReportTableModel::ReportTableModel(const DisplaySettings& settings, QObject* parent)
    : ValueTableModel(settings, ColumnCount, parent)
{
}

void ReportTableModel::setRows(QList<ProgressReport> rows)
{
    replaceRows(std::move(rows));
}

QVariant ReportTableModel::toolTip(const ProgressReport& row, int column) const
{
    return column == Note ? QVariant(row.note) : QVariant();
}

QVariant ReportTableModel::alignment(int column) const
{
    if (column == Percent)
        return numberAlignment();
    return column == Date ? centerAlignment() : QVariant();
}

QVariant ReportTableModel::display(const ProgressReport& row, int column) const
{
    switch (column) {
    case Date:
        return formatDateCell(m_settings, row.date);
    case Percent:
        return formatPercentCell(m_settings, row.percent);
    case ReportedBy:
        return row.reportedBy;
    case Note:
        return row.note;
    default:
        return {};
    }
}

QVariant ReportTableModel::raw(const ProgressReport& row, int column) const
{
    switch (column) {
    case Date:
        return isoDate(row.date);
    case Percent:
        return row.percent;
    case ReportedBy:
        return row.reportedBy;
    case Note:
        return row.note;
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Percent:
        return tr("Progress");
    case ReportedBy:
        return tr("Reported by");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace ehya::gui
