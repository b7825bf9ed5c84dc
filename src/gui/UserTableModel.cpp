#include "UserTableModel.h"

#include "TableFormat.h"
#include "core/Enums.h"
#include "storage/Repositories.h"

namespace ehya::gui {

UserTableModel::UserTableModel(QObject* parent) : QAbstractTableModel(parent) {}

Status UserTableModel::reload(storage::ReferenceRepository& repository)
{
    auto users = repository.users();
    if (!users)
        return users.error();
    QList<User> active;
    for (const User& user : *users) {
        if (user.active)
            active << user;
    }
    beginResetModel();
    m_users = std::move(active);
    endResetModel();
    return {};
}

int UserTableModel::rowOfLogin(const QString& login) const
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).login.compare(login, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

int UserTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User& user = m_users.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Login:
            return user.login;
        case FullName:
            return user.fullName;
        case Role:
            return enumLabel(user.role);
        default:
            return {};
        }
    }
    if (role == RawRole) {
        switch (index.column()) {
        case Login:
            return user.login;
        case FullName:
            return user.fullName;
        case Role:
            return enumKey(user.role);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Login)
        return QVariant(Qt::AlignAbsolute | Qt::AlignLeft |
                        Qt::AlignVCenter); // Latin logins read left to right
    return {};
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Login:
        return tr("Login");
    case FullName:
        return tr("Full name");
    case Role:
        return tr("Role");
    default:
        return {};
    }
}

} // namespace ehya::gui
