#pragma once

#include "ValueTableModel.h"
#include "core/Records.h"

#include <QHash>
#include <QList>

// The actions taken for one project or unit, read-only. The agency column shows the name given
// in setRows (already in the display language). RawRole: keys, ISO dates, rials, the agency id.
namespace ehya::gui {

class ActionTableModel final : public ValueTableModel<Action>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionTableModel)

public:
    enum Column { Type, Agency, Started, Finished, Amount, Status, Outcome, ColumnCount };

    explicit ActionTableModel(const DisplaySettings& settings, QObject* parent = nullptr);

    void setRows(QList<Action> rows, QHash<Id, QString> agencyNames = {});

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Action& row, int column) const override;
    QVariant raw(const Action& row, int column) const override;
    QVariant toolTip(const Action& row, int column) const override;
    QVariant alignment(int column) const override;

    QHash<Id, QString> m_agencyNames;
};

} // namespace ehya::gui
