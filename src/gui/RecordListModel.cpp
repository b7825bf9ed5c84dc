#include "RecordListModel.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>
#include <numeric>

namespace ehya::gui {

namespace {

constexpr int kSortsKept = 3;

} // namespace

RecordListModel::RecordListModel(const DisplaySettings& settings, QObject* parent)
    : QAbstractTableModel(parent), m_settings(settings), m_today(QDate::currentDate())
{
}

int RecordListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

void RecordListModel::sortOrder(std::vector<int>& order, int column, Qt::SortOrder direction) const
{
    const bool descending = direction == Qt::DescendingOrder;
    if (textColumn(column)) {
        const std::vector<QCollatorSortKey>& keys = textKeys(column);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const int c = keys[std::size_t(a)].compare(keys[std::size_t(b)]);
            return descending ? c > 0 : c < 0;
        });
        return;
    }
    std::vector<QVariant> keys;
    keys.reserve(m_order.size());
    for (std::size_t s = 0; s < m_order.size(); ++s)
        keys.push_back(rawAt(static_cast<int>(s), column));
    const bool numeric = !keys.empty() && keys.front().typeId() != QMetaType::QString;
    if (numeric) {
        std::vector<double> numbers(keys.size());
        for (std::size_t s = 0; s < keys.size(); ++s)
            numbers[s] = keys[s].toDouble();
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return descending ? numbers[std::size_t(a)] > numbers[std::size_t(b)]
                              : numbers[std::size_t(a)] < numbers[std::size_t(b)];
        });
        return;
    }
    std::vector<QString> texts(keys.size());
    for (std::size_t s = 0; s < keys.size(); ++s)
        texts[s] = keys[s].toString();
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return descending ? texts[std::size_t(a)] > texts[std::size_t(b)]
                          : texts[std::size_t(a)] < texts[std::size_t(b)];
    });
}

const std::vector<QCollatorSortKey>& RecordListModel::textKeys(int column) const
{
    auto found = m_textKeys.find(column);
    if (found != m_textKeys.end() && found->size() == m_order.size())
        return *found;
    QCollator collator(m_settings.persian() ? QLocale(QLocale::Persian, QLocale::Iran)
                                            : QLocale(QLocale::English, QLocale::UnitedStates));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::vector<QCollatorSortKey> keys;
    keys.reserve(m_order.size());
    for (std::size_t s = 0; s < m_order.size(); ++s)
        keys.push_back(collator.sortKey(rawAt(static_cast<int>(s), column).toString()));
    return *m_textKeys.insert(column, std::move(keys));
}

void RecordListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> sources;
    sources.reserve(std::size_t(before.size()));
    for (const QModelIndex& index : before)
        sources.push_back(m_visible.at(std::size_t(index.row())));

    sortOrder(m_order, column, order);
    m_sorts.removeIf([column](const SortStep& s) { return s.column == column; });
    m_sorts.append({column, order});
    while (m_sorts.size() > kSortsKept)
        m_sorts.removeFirst();
    refilter();

    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = rowOfSource(sources[std::size_t(i)]);
        after << (row < 0 ? QModelIndex() : index(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void RecordListModel::setFilter(const io::ListFilter& filter, const QDate& today)
{
    if (filter == m_filter && today == m_today)
        return;
    beginResetModel();
    m_filter = filter;
    m_today = today;
    refilter();
    endResetModel();
    Q_EMIT countsChanged(rowCount(), totalCount());
}

void RecordListModel::refilter()
{
    m_visible.clear();
    if (m_filter.isEmpty()) {
        m_visible = m_order;
        return;
    }
    prepareFilter(m_filter);
    const io::ListMatcher matcher(m_filter, m_settings.tiers, m_today);
    m_visible.reserve(m_order.size());
    for (const int source : m_order) {
        if (acceptsAt(source, matcher))
            m_visible.push_back(source);
    }
}

int RecordListModel::rowOfSource(int source) const
{
    const auto found = std::find(m_visible.begin(), m_visible.end(), source);
    return found == m_visible.end() ? -1 : static_cast<int>(found - m_visible.begin());
}

int RecordListModel::rowOfId(Id id) const
{
    const auto found = m_sourceOfId.constFind(id);
    return found == m_sourceOfId.constEnd() ? -1 : rowOfSource(*found);
}

void RecordListModel::setSettings(const DisplaySettings& settings)
{
    m_textKeys.clear();
    beginResetModel();
    m_settings = settings;
    rebuild(totalCount());
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    Q_EMIT countsChanged(rowCount(), totalCount());
}

void RecordListModel::rebuild(int count)
{
    m_textKeys.clear();
    m_order.resize(std::size_t(count));
    std::iota(m_order.begin(), m_order.end(), 0);
    m_sourceOfId.clear();
    m_sourceOfId.reserve(count);
    for (int s = 0; s < count; ++s)
        m_sourceOfId.insert(idAt(s), s);
    for (const SortStep& step : std::as_const(m_sorts))
        sortOrder(m_order, step.column, step.order);
    refilter();
}

void RecordListModel::appendSource(int source)
{
    m_textKeys.clear();
    beginResetModel();
    m_order.push_back(source);
    m_sourceOfId.insert(idAt(source), source);
    refilter();
    endResetModel();
    Q_EMIT countsChanged(rowCount(), totalCount());
}

void RecordListModel::sourceChanged(int source)
{
    m_textKeys.clear();
    if (!m_filter.isEmpty()) { // the changed record may now match, or no longer
        beginResetModel();
        refilter();
        endResetModel();
        Q_EMIT countsChanged(rowCount(), totalCount());
        return;
    }
    const int row = rowOfSource(source);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void RecordListModel::sourceRemoved(int source)
{
    m_textKeys.clear();
    beginResetModel();
    m_order.erase(std::remove(m_order.begin(), m_order.end(), source), m_order.end());
    for (int& s : m_order) {
        if (s > source)
            --s;
    }
    m_sourceOfId.clear();
    for (int s = 0; s < static_cast<int>(m_order.size()); ++s)
        m_sourceOfId.insert(idAt(s), s);
    refilter();
    endResetModel();
    Q_EMIT countsChanged(rowCount(), totalCount());
}

} // namespace ehya::gui
