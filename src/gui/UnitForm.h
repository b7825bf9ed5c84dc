#pragma once

#include "DisplaySettings.h"
#include "RecordDialog.h"
#include "ReferenceData.h"
#include "core/Records.h"

#include <memory>

namespace Ui {
class UnitForm;
}

// New or edit an idle unit: every field of IdleUnit, grouped as unit, location, capacity and
// jobs, revival and money, notes. Produces a record; writes nothing.
namespace ehya::gui {

class LocationCombos;

class UnitForm final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitForm)

public:
    UnitForm(const ReferenceData& reference, const DisplaySettings& settings, QWidget* parent = nullptr);
    ~UnitForm() override;

    // A new unit when unit.id == 0 ("New idle unit"), else "Edit idle unit".
    void setRecord(const IdleUnit& unit);
    IdleUnit record() const; // keeps the id and version it was given

    Ui::UnitForm* ui() const { return m_ui.get(); } // for tests

protected:
    FieldErrors problems() const override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::UnitForm> m_ui;
    ReferenceData m_reference;
    DisplaySettings m_settings;
    LocationCombos* m_location = nullptr;
    IdleUnit m_original;
};

} // namespace ehya::gui
