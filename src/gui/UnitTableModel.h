#pragma once

#include "RowListModel.h"

// The read-only list of idle and semi-active units. Display text is formatted for the settings'
// language; RawRole carries the value the proxy sorts on (numbers, ISO dates, keys).
namespace ehya::gui {

class UnitTableModel final : public RowListModel<storage::UnitRow>
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
        LicenceNo, // the columns from here on are hidden until the officer picks them
        Province,
        Operator,
        Estate,
        JobsBefore,
        ColumnCount
    };

    explicit UnitTableModel(const DisplaySettings& settings, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    bool textColumn(int column) const override;

private:
    QVariant display(const storage::UnitRow& row, int column) const;
    QVariant raw(const storage::UnitRow& row, int column) const override;
    QString capitalToolTip(const IdleUnit& unit) const;
};

} // namespace ehya::gui
