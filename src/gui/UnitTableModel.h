#pragma once

#include "DisplaySettings.h"
#include "storage/Listing.h"

#include <QAbstractTableModel>
#include <QList>

// The read-only list of idle and semi-active units. Display text is formatted for the settings'
// language; RawRole carries the value the proxy sorts on (numbers, ISO dates, keys).
namespace ehya::gui {

class UnitTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitTableModel)

public:
    enum Column {
        Name,
        County,
        Sector,
        Status,
        IdleSince,
        CapacityUse,
        Jobs,          // jobs that a restart restores
        CapitalNeeded, // working + fixed capital needed
        LastAction,
        ColumnCount
    };

    explicit UnitTableModel(const DisplaySettings& settings, QObject* parent = nullptr);

    void setRows(QList<storage::UnitRow> rows);
    const storage::UnitRow& rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const storage::UnitRow& row, int column) const;
    QVariant raw(const storage::UnitRow& row, int column) const;
    QString capitalToolTip(const IdleUnit& unit) const;

    DisplaySettings m_settings;
    QList<storage::UnitRow> m_rows;
};

} // namespace ehya::gui
