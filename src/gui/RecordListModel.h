#pragma once

#include "DisplaySettings.h"
#include "io/ListFilter.h"

#include <QAbstractTableModel>
#include <QCollatorSortKey>
#include <QDate>
#include <QList>

#include <vector>

// The base of the two record lists: holds the order and the filter over all rows of a kind, so
// that a keystroke in the search box or a click on a header never goes back to the database and
// never builds a QVariant per comparison (DB4S keeps its rows the same way). Sorting is stable,
// so sorting by progress and then by status gives status, then progress. The filter rule itself
// is io::ListMatcher; the subclasses say what a cell holds and whether a row matches.
namespace ehya::gui {

class RecordListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordListModel)

public:
    int rowCount(const QModelIndex& parent = {}) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Keeps the rows that match; the order stays as it is.
    void setFilter(const io::ListFilter& filter, const QDate& today);
    const io::ListFilter& filter() const { return m_filter; }

    int totalCount() const { return static_cast<int>(m_order.size()); } // before the filter
    int sourceRow(int row) const { return m_visible.at(row); }
    int rowOfSource(int source) const; // -1 when the filter hides it
    int rowOfId(Id id) const;          // -1 when hidden or absent

    void setSettings(const DisplaySettings& settings);
    const DisplaySettings& settings() const { return m_settings; }

Q_SIGNALS:
    void countsChanged(int shown, int total);

protected:
    RecordListModel(const DisplaySettings& settings, QObject* parent);

    // The value a column sorts on: a number, a string (ISO dates sort as text) or a name (sorted
    // by the collation of the display language).
    virtual QVariant rawAt(int source, int column) const = 0;
    virtual bool textColumn(int column) const = 0; // sorted with the collator
    virtual bool acceptsAt(int source, const io::ListMatcher& matcher) const = 0;
    virtual Id idAt(int source) const = 0;
    // Called before the rows are matched against `filter` (to finish what matching needs).
    virtual void prepareFilter(const io::ListFilter& filter) { Q_UNUSED(filter); }

    // For the subclasses' setRows / upsert / remove, between begin/endResetModel or after a change
    // of one row. `rebuild` re-applies the sorts done so far and the filter to `count` rows.
    void rebuild(int count);
    void appendSource(int source);  // a row added at the end of the source list
    void sourceChanged(int source); // a row replaced in place: repaint it
    void sourceRemoved(int source); // the source row is gone and the ones after it move up by one
    void refilter();

    DisplaySettings m_settings;

private:
    void sortOrder(std::vector<int>& order, int column, Qt::SortOrder direction) const;
    const std::vector<QCollatorSortKey>& textKeys(int column) const;

    struct SortStep
    {
        int column;
        Qt::SortOrder order;
    };
    QList<SortStep> m_sorts; // the last few sorts, oldest first, re-applied by rebuild
    io::ListFilter m_filter;
    QDate m_today;
    std::vector<int> m_order;   // every source row, sorted
    std::vector<int> m_visible; // the rows that match, in that order
    QHash<Id, int> m_sourceOfId;
    // Collation keys of the text columns sorted on so far (a Persian sort key takes time to make);
    // dropped whenever a row changes.
    mutable QHash<int, std::vector<QCollatorSortKey>> m_textKeys;
};

} // namespace ehya::gui
