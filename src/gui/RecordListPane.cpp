#include "RecordListPane.h"

#include "FilterBar.h"
#include "RecordListModel.h"
#include "TableFormat.h"

#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace ehya::gui {

RecordListPane::RecordListPane(OwnerKind kind, RecordListModel* model, const DisplaySettings& settings,
                               QList<int> hiddenByDefault, QWidget* parent)
    : QWidget(parent), m_kind(kind), m_model(model), m_settings(settings),
      m_hiddenByDefault(std::move(hiddenByDefault)), m_filterBar(new FilterBar(kind, settings, this)),
      m_view(new QTableView(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_view);

    m_view->setModel(model);
    m_view->setObjectName(kind == OwnerKind::Project ? QStringLiteral("projectView")
                                                     : QStringLiteral("unitView"));
    m_view->setAccessibleName(kind == OwnerKind::Project ? tr("Half-finished projects") : tr("Idle units"));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setSortingEnabled(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // no per-row sizes for 100k rows
    QHeaderView* header = m_view->horizontalHeader();
    header->setResizeContentsPrecision(200);
    header->setDefaultAlignment(Qt::AlignCenter);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    for (const int column : std::as_const(m_hiddenByDefault))
        header->setSectionHidden(column, true);
    connect(header, &QHeaderView::customContextMenuRequested, this, &RecordListPane::showColumnMenu);

    connect(m_filterBar, &FilterBar::filterChanged, this,
            [this](const io::ListFilter& filter) { m_model->setFilter(filter, QDate::currentDate()); });
    connect(m_model, &RecordListModel::countsChanged, this, &RecordListPane::countsChanged);
    // A reset (filter, added or removed row) clears the current row without a signal: keep the
    // record current if it is still shown, and say that the current record may have changed.
    // The record chosen last stays the one to come back to when a filter hides it for a while.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    m_keptId = m_model->data(m_model->index(current.row(), 0), IdRole).toLongLong();
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_keptId != 0)
            selectId(m_keptId);
        Q_EMIT currentChanged();
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (index.isValid())
            Q_EMIT activated(m_model->data(m_model->index(index.row(), 0), IdRole).toLongLong());
    });
}

Id RecordListPane::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->data(m_model->index(current.row(), 0), IdRole).toLongLong() : 0;
}

void RecordListPane::selectId(Id id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_view->setCurrentIndex(index);
    m_view->selectRow(row);
    m_view->scrollTo(index);
}

void RecordListPane::applyFilter(const io::ListFilter& filter)
{
    m_filterBar->setFilter(filter);
    m_model->setFilter(m_filterBar->filter(), QDate::currentDate());
}

QString RecordListPane::countText() const
{
    const int shown = m_model->rowCount();
    const int total = m_model->totalCount();
    const QString all = formatCountCell(m_settings, total);
    if (m_kind == OwnerKind::Project) {
        return shown == total
                   ? tr("%1 projects", nullptr, total).arg(all)
                   : tr("%1 of %2 projects", nullptr, total).arg(formatCountCell(m_settings, shown), all);
    }
    return shown == total
               ? tr("%1 idle units", nullptr, total).arg(all)
               : tr("%1 of %2 idle units", nullptr, total).arg(formatCountCell(m_settings, shown), all);
}

QString RecordListPane::key(const char* what) const
{
    return (m_kind == OwnerKind::Project ? QStringLiteral("projects/") : QStringLiteral("units/")) +
           QLatin1String(what);
}

void RecordListPane::restoreState(const QSettings& settings)
{
    const QByteArray header = settings.value(key("header")).toByteArray();
    if (!header.isEmpty())
        m_view->horizontalHeader()->restoreState(header);
    const io::ListFilter filter = io::ListFilter::fromString(settings.value(key("filter")).toString());
    m_filterBar->setFilter(filter);
    m_model->setFilter(m_filterBar->filter(), QDate::currentDate());
}

void RecordListPane::saveState(QSettings& settings) const
{
    settings.setValue(key("header"), m_view->horizontalHeader()->saveState());
    settings.setValue(key("filter"), m_filterBar->filter().toString());
}

void RecordListPane::showColumnMenu(const QPoint& pos)
{
    QHeaderView* header = m_view->horizontalHeader();
    QMenu menu(this);
    menu.setTitle(tr("Columns"));
    for (int c = 0; c < m_model->columnCount(); ++c) {
        QString title = m_model->headerData(c, Qt::Horizontal).toString();
        title.replace(u'\n', u' ');
        QAction* action = menu.addAction(title);
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(c));
        action->setEnabled(c != 0); // the name stays: it is what a row is
        connect(action, &QAction::toggled, this, [header, c](bool on) { header->setSectionHidden(c, !on); });
    }
    menu.addSeparator();
    QAction* reset = menu.addAction(tr("Default columns"));
    connect(reset, &QAction::triggered, this, [this, header] {
        for (int c = 0; c < m_model->columnCount(); ++c) {
            header->setSectionHidden(c, m_hiddenByDefault.contains(c));
            header->moveSection(header->visualIndex(c), c);
        }
        fitColumns();
    });
    menu.exec(header->mapToGlobal(pos));
}

void RecordListPane::fitColumns()
{
    // Each column as wide as its contents, except that long text columns (titles, sector names)
    // give up width, down to a floor, so that every column fits the view; they elide and show the
    // whole text as a tooltip.
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    m_view->resizeColumnsToContents();
    const int scrollBar = m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_view);
    const int viewWidth = m_view->width() > 200 ? m_view->width() : window()->width() - 40;
    const int available = viewWidth - 2 * m_view->frameWidth() - scrollBar - 4;
    const int floor = m_view->fontMetrics().averageCharWidth() * 18;
    int total = 0;
    for (int c = 0; c < header->count(); ++c)
        total += header->isSectionHidden(c) ? 0 : header->sectionSize(c);
    while (total > available) {
        int widest = -1;
        for (int c = 0; c < header->count(); ++c) {
            if (!header->isSectionHidden(c) &&
                (widest < 0 || header->sectionSize(c) > header->sectionSize(widest)))
                widest = c;
        }
        if (widest < 0)
            break;
        const int size = header->sectionSize(widest);
        const int shrunk = qMax(floor, size - (total - available));
        if (shrunk >= size)
            break;
        header->resizeSection(widest, shrunk);
        total -= size - shrunk;
    }
    header->setStretchLastSection(true);
}

} // namespace ehya::gui
