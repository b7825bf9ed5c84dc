#pragma once

#include "DisplaySettings.h"
#include "core/Records.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

// The actions taken for one project or unit, read-only. The agency column shows the name given
// in setRows (already in the display language). RawRole: keys, ISO dates, rials, the agency id.
namespace ehya::gui {

class ActionTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionTableModel)

public:
    enum Column { Type, Agency, Started, Finished, Amount, Status, Outcome, ColumnCount };

    explicit ActionTableModel(const DisplaySettings& settings, QObject* parent = nullptr);

    void setRows(QList<Action> rows, QHash<Id, QString> agencyNames = {});
    const Action& rowAt(int row) const { return m_rows.at(row); }
    const QList<Action>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Action& row, int column) const;
    QVariant raw(const Action& row, int column) const;

    DisplaySettings m_settings;
    QList<Action> m_rows;
    QHash<Id, QString> m_agencyNames;
};

} // namespace ehya::gui
