#pragma once

#include "RowListModel.h"

// The list of half-finished projects. Display text is formatted for the settings' language;
// RawRole carries the value a column sorts on (numbers, ISO dates, keys). Sorting and the filter
// are RecordListModel's; row numbers are those of the view (sourceRow maps them to rowAt).
namespace ehya::gui {

class ProjectTableModel final : public RowListModel<storage::ProjectRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectTableModel)

public:
    enum Column {
        Title,
        County,
        Sector,
        Progress,
        Tier,
        Remaining,
        Jobs,
        Status,
        LastReport,
        PermitNo, // the columns from here on are hidden until the officer picks them
        Province,
        Investor,
        Estate,
        Invested,
        ExpectedCompletion,
        ColumnCount
    };

    explicit ProjectTableModel(const DisplaySettings& settings, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    bool textColumn(int column) const override;

private:
    QVariant display(const storage::ProjectRow& row, int column) const;
    QVariant raw(const storage::ProjectRow& row, int column) const override;
};

} // namespace ehya::gui
