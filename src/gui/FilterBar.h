#pragma once

#include "DisplaySettings.h"
#include "core/Records.h"
#include "io/ListFilter.h"

#include <QList>
#include <QWidget>

#include <memory>

class QComboBox;
class QLineEdit;

namespace Ui {
class FilterBar;
}

// The filters above a record list: free text, province, county, sector, tier (projects), status,
// open obstacle type and "no report for N months". Edits the io::ListFilter the list applies;
// knows no rule of its own.
namespace ehya::gui {

class FilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)

public:
    FilterBar(OwnerKind kind, const DisplaySettings& settings, QWidget* parent = nullptr);
    ~FilterBar() override;

    // The choices of the place combos; keeps the current filter where its ids still exist.
    void setPlaces(const QList<Province>& provinces, const QList<County>& counties,
                   const QList<Sector>& sectors);

    io::ListFilter filter() const;
    void setFilter(const io::ListFilter& filter); // without emitting filterChanged
    QLineEdit* searchEdit() const;

Q_SIGNALS:
    void filterChanged(const io::ListFilter& filter);

private:
    void fillFixedChoices();
    void fillCounties();
    void emitChange();

    std::unique_ptr<Ui::FilterBar> m_ui;
    OwnerKind m_kind;
    DisplaySettings m_settings;
    QList<County> m_counties;
    bool m_quiet = false;
};

} // namespace ehya::gui
