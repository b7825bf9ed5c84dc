#pragma once

#include "DisplaySettings.h"
#include "TableFormat.h"

#include <QAbstractTableModel>
#include <QList>

// The base of the record page's small read-only tables (reports, obstacles, actions): a list of
// plain values shown one per row. The subclasses say what a cell shows (DisplayRole), what it
// sorts on (RawRole), its tooltip and its alignment.
namespace ehya::gui {

template <typename Row> class ValueTableModel : public QAbstractTableModel
{
public:
    const Row& rowAt(int row) const { return m_rows.at(row); }
    const QList<Row>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : m_columns;
    }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Row& row = m_rows.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return display(row, index.column());
        case RawRole:
            return raw(row, index.column());
        case Qt::ToolTipRole:
            return toolTip(row, index.column());
        case Qt::TextAlignmentRole:
            return alignment(index.column());
        default:
            return {};
        }
    }

protected:
    ValueTableModel(const DisplaySettings& settings, int columns, QObject* parent)
        : QAbstractTableModel(parent), m_settings(settings), m_columns(columns)
    {
    }

    void replaceRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }

    virtual QVariant display(const Row& row, int column) const = 0;
    virtual QVariant raw(const Row& row, int column) const = 0;
    virtual QVariant toolTip(const Row& row, int column) const = 0;
    virtual QVariant alignment(int column) const = 0;

    DisplaySettings m_settings;

private:
    int m_columns;
    QList<Row> m_rows;
};

} // namespace ehya::gui
