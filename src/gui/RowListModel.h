#pragma once

#include "RecordListModel.h"
#include "io/ListFilter.h"
#include "storage/Listing.h"

#include <QList>
#include <QStringList>
#include <QTimer>

// The rows of one kind (storage::ProjectRow or storage::UnitRow) and their search texts, shared
// by ProjectTableModel and UnitTableModel, which say what the columns show.
namespace ehya::gui {

inline Id rowId(const storage::ProjectRow& row)
{
    return row.project.id;
}
inline Id rowId(const storage::UnitRow& row)
{
    return row.unit.id;
}

template <typename Row> class RowListModel : public RecordListModel
{
public:
    void setRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        m_search.clear();
        m_search.reserve(m_rows.size());
        // The search texts are made after the list is shown, a slice per turn of the event loop
        // (the list is usable at once); a search typed before they are done completes them.
        m_indexTimer.start();
        rebuild(static_cast<int>(m_rows.size()));
        endResetModel();
        Q_EMIT countsChanged(rowCount(), totalCount());
    }

    // The row of the view's row `row` (after sorting and filtering).
    const Row& rowAt(int row) const { return m_rows.at(sourceRow(row)); }

    // Puts a new or changed record in the list (a changed one keeps its place), or takes one out.
    void upsert(const Row& row)
    {
        indexAll();
        const qsizetype s = indexOf(rowId(row));
        if (s >= 0) {
            m_rows[s] = row;
            m_search.replace(s, row);
            sourceChanged(static_cast<int>(s));
            return;
        }
        m_rows << row;
        m_search.append(row);
        appendSource(static_cast<int>(m_rows.size() - 1));
    }

    void removeId(Id id)
    {
        indexAll();
        const qsizetype s = indexOf(id);
        if (s < 0)
            return;
        m_rows.removeAt(s);
        m_search.remove(s);
        sourceRemoved(static_cast<int>(s));
    }

    bool searchReady() const { return m_search.size() == m_rows.size(); }

protected:
    RowListModel(const DisplaySettings& settings, QObject* parent) : RecordListModel(settings, parent)
    {
        m_indexTimer.setInterval(0);
        QObject::connect(&m_indexTimer, &QTimer::timeout, this, [this] { indexSome(5000); });
    }

    void prepareFilter(const io::ListFilter& filter) override
    {
        if (!filter.text.trimmed().isEmpty())
            indexAll();
    }

    virtual QVariant raw(const Row& row, int column) const = 0;
    const Row& sourceAt(int source) const { return m_rows.at(source); }

    QVariant rawAt(int source, int column) const override { return raw(m_rows.at(source), column); }
    bool acceptsAt(int source, const io::ListMatcher& matcher) const override
    {
        if (source >= m_search.size()) // not made yet: then the filter has no text (prepareFilter)
            return matcher.matches(m_rows.at(source), QString(), QString());
        return matcher.matches(m_rows.at(source), m_search.own(source), m_search.place(source));
    }
    Id idAt(int source) const override { return rowId(m_rows.at(source)); }

private:
    void indexSome(qsizetype count)
    {
        const qsizetype end = qMin(m_rows.size(), m_search.size() + count);
        for (qsizetype s = m_search.size(); s < end; ++s)
            m_search.append(m_rows.at(s));
        if (searchReady())
            m_indexTimer.stop();
    }
    void indexAll() { indexSome(m_rows.size()); }

    qsizetype indexOf(Id id) const
    {
        for (qsizetype s = 0; s < m_rows.size(); ++s) {
            if (rowId(m_rows.at(s)) == id)
                return s;
        }
        return -1;
    }

    QList<Row> m_rows;
    io::SearchIndex m_search; // the first m_search.size() rows so far
    QTimer m_indexTimer;
};

} // namespace ehya::gui
