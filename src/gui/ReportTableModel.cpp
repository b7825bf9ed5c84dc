#include "ReportTableModel.h"

#include "TableFormat.h"
#include "core/Dates.h"

namespace ehya::gui {

ReportTableModel::ReportTableModel(const DisplaySettings& settings, QObject* parent)
    : QAbstractTableModel(parent), m_settings(settings)
{
}

void ReportTableModel::setRows(QList<ProgressReport> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ReportTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProgressReport& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case RawRole:
        return raw(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == Note ? QVariant(row.note) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == Percent)
            return numberAlignment();
        return index.column() == Date ? centerAlignment() : QVariant();
    default:
        return {};
    }
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
