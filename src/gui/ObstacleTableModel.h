#pragma once

#include "ValueTableModel.h"
#include "core/Records.h"

#include <QList>

// The obstacles of one project or unit, read-only. RawRole: the type key, ISO dates ("" while
// open), the description.
namespace ehya::gui {

class ObstacleTableModel final : public ValueTableModel<Obstacle>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObstacleTableModel)

public:
    enum Column { Type, Description, Opened, Resolved, ColumnCount };

    explicit ObstacleTableModel(const DisplaySettings& settings, QObject* parent = nullptr);

    void setRows(QList<Obstacle> rows);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Obstacle& row, int column) const override;
    QVariant raw(const Obstacle& row, int column) const override;
    QVariant toolTip(const Obstacle& row, int column) const override;
    QVariant alignment(int column) const override;
};

} // namespace ehya::gui
