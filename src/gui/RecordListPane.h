#pragma once

#include "DisplaySettings.h"
#include "core/Records.h"
#include "io/ListFilter.h"

#include <QList>
#include <QWidget>

class QSettings;
class QTableView;

// One tab of the main window: the filter bar over a record list, the column chooser (the
// header's context menu) and what both remember between sessions (filter, columns, widths).
namespace ehya::gui {

class FilterBar;
class RecordListModel;

class RecordListPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordListPane)

public:
    // `model` stays owned by the caller; `hiddenByDefault` are the columns a first start hides.
    RecordListPane(OwnerKind kind, RecordListModel* model, const DisplaySettings& settings,
                   QList<int> hiddenByDefault, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    FilterBar* filterBar() const { return m_filterBar; }
    RecordListModel* model() const { return m_model; }
    OwnerKind kind() const { return m_kind; }

    // The id of the record of the current row, 0 when none.
    Id currentId() const;
    void selectId(Id id);
    // Shows the records this filter keeps, the filter bar set to it (the dashboard's bars).
    void applyFilter(const io::ListFilter& filter);

    // "۳۲۵ از ۱٬۶۱۰ طرح" / "325 of 1,610 projects"
    QString countText() const;

    void restoreState(const QSettings& settings); // filter and columns
    void saveState(QSettings& settings) const;
    void fitColumns();

Q_SIGNALS:
    void countsChanged();
    void activated(Id id); // double-click or Enter on a row
    void currentChanged(); // after the list was reset: the current record may be another or none

private:
    void showColumnMenu(const QPoint& pos);
    QString key(const char* what) const;

    OwnerKind m_kind;
    RecordListModel* m_model;
    DisplaySettings m_settings;
    QList<int> m_hiddenByDefault;
    FilterBar* m_filterBar;
    QTableView* m_view;
    Id m_keptId = 0;
};

} // namespace ehya::gui
