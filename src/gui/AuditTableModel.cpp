#include "AuditTableModel.h"

#include "TableFormat.h"
#include "core/Digits.h"

namespace ehya::gui {

AuditTableModel::AuditTableModel(const DisplaySettings& settings, QObject* parent)
    : QAbstractTableModel(parent), m_settings(settings)
{
}

void AuditTableModel::setRows(QList<storage::AuditEntry> rows, const ReferenceNames& names)
{
    const AuditText text(m_settings, names);
    QList<Row> built;
    built.reserve(rows.size());
    for (storage::AuditEntry& entry : rows) {
        Row row;
        const QDateTime local = entry.at.toLocalTime();
        row.time = formatDateCell(m_settings, local.date()) + u' ' +
                   withDigits(local.time().toString(QStringLiteral("HH:mm")), m_settings.digits);
        row.what = AuditText::what(entry.entity, entry.action);
        row.changes = text.changes(entry);
        row.changedColumns = AuditText::changedColumns(entry);
        row.entry = std::move(entry);
        built << std::move(row);
    }
    beginResetModel();
    m_rows = std::move(built);
    endResetModel();
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case RawRole:
        return raw(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == Changes ? QVariant(row.changes.join(u'\n')) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Time ? centerAlignment() : QVariant();
    default:
        return {};
    }
}

QVariant AuditTableModel::display(const Row& row, int column) const
{
    switch (column) {
    case Time:
        return row.time;
    case User: // server mode: the database login too, when it is not the name the app recorded
        if (row.entry.dbUser.isEmpty() || row.entry.dbUser == row.entry.user)
            return row.entry.user;
        return QString(row.entry.user + u" (" + row.entry.dbUser + u')');
    case What:
        return row.what;
    case Changes:
        return row.changes.join(m_settings.persian() ? QStringLiteral("؛ ") : QStringLiteral("; "));
    default:
        return {};
    }
}

QVariant AuditTableModel::raw(const Row& row, int column) const
{
    switch (column) {
    case Time:
        return row.entry.at.toUTC().toString(Qt::ISODateWithMs);
    case User:
        return row.entry.user;
    case What:
        return row.entry.action;
    case Changes:
        return row.changedColumns;
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case User:
        return tr("User");
    case What:
        return tr("What");
    case Changes:
        return tr("Changes");
    default:
        return {};
    }
}

} // namespace ehya::gui
