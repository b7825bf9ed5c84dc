#include "ImportProblemModel.h"
#include "TableFormat.h"

namespace ehya::gui {

ImportProblemModel::ImportProblemModel(const DisplaySettings& settings, io::Sheet sheet, QObject* parent)
    : QAbstractTableModel(parent), m_settings(settings), m_sheet(sheet)
{
}

void ImportProblemModel::setProblems(QList<io::ImportProblem> problems)
{
    beginResetModel();
    m_problems = std::move(problems);
    endResetModel();
}

int ImportProblemModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ImportProblemModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportProblemModel::fieldName(const QString& key) const
{
    if (key.isEmpty())
        return tr("(the whole row)");
    if (!m_settings.persian())
        return key;
    for (const io::Column& c : io::columns(m_sheet)) {
        if (c.key == key)
            return c.headerFa;
    }
    return key;
}

QVariant ImportProblemModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const io::ImportProblem& p = m_problems.at(index.row());
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Line:
            return formatCountCell(m_settings, p.line);
        case FileColumn:
            return p.column > 0 ? formatCountCell(m_settings, p.column) : QString();
        case Field:
            return fieldName(p.key);
        case Reason:
            return p.sentence;
        default:
            break;
        }
        return {};
    }
    if (role == RawRole) {
        switch (column) {
        case Line:
            return p.line;
        case FileColumn:
            return p.column;
        case Field:
            return p.key;
        case Reason:
            return p.sentence;
        default:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole && column == Reason)
        return p.sentence;
    if (role == Qt::TextAlignmentRole && (column == Line || column == FileColumn))
        return numberAlignment();
    return {};
}

QVariant ImportProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Line:
        return tr("Line");
    case FileColumn:
        return tr("Column");
    case Field:
        return tr("Field");
    case Reason:
        return tr("Reason");
    default:
        break;
    }
    return {};
}

} // namespace ehya::gui
