#pragma once

#include "AuditText.h"
#include "DisplaySettings.h"
#include "storage/Repositories.h"

#include <QAbstractTableModel>
#include <QList>

// The audit history of a record (and of its reports, obstacles and actions), read-only, in the
// order given. Time is local, in the user's calendar. RawRole: the UTC time as ISO text, the
// login, the action key ("insert", "update", "delete"), the changed column names.
namespace ehya::gui {

class AuditTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditTableModel)

public:
    enum Column { Time, User, What, Changes, ColumnCount };

    explicit AuditTableModel(const DisplaySettings& settings, QObject* parent = nullptr);

    void setRows(QList<storage::AuditEntry> rows, const ReferenceNames& names = {});
    const storage::AuditEntry& rowAt(int row) const { return m_rows.at(row).entry; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        storage::AuditEntry entry;
        QString time;
        QString what;
        QStringList changes;
        QStringList changedColumns;
    };
    QVariant display(const Row& row, int column) const;
    QVariant raw(const Row& row, int column) const;

    DisplaySettings m_settings;
    QList<Row> m_rows;
};

} // namespace ehya::gui
