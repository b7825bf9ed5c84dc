#pragma once

#include "core/Records.h"
#include "core/Result.h"

#include <QAbstractTableModel>
#include <QList>

namespace ehya::storage {
class ReferenceRepository;
}

// The active users of a database, by login: login, full name, role. RawRole (TableFormat.h)
// carries the login, the full name and the role key ("officer", "manager").
namespace ehya::gui {

class UserTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserTableModel)

public:
    enum Column { Login, FullName, Role, ColumnCount };

    explicit UserTableModel(QObject* parent = nullptr);

    Status reload(storage::ReferenceRepository& repository); // keeps the old rows on failure
    const User& userAt(int row) const { return m_users.at(row); }
    int rowOfLogin(const QString& login) const; // -1 when not listed

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<User> m_users;
};

} // namespace ehya::gui
