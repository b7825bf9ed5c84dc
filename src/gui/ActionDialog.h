#pragma once

#include "DisplaySettings.h"
#include "RecordDialog.h"
#include "ReferenceData.h"
#include "core/Records.h"

#include <memory>

namespace Ui {
class ActionDialog;
}

// A follow-up action on a project or unit: type, responsible agency, status, start and finish
// dates, amount (in the displayed money unit) and outcome.
namespace ehya::gui {

class ActionDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionDialog)

public:
    // Edit: as given ("New action" when id == 0). Close: status Done (unless Done or Cancelled
    // already) and the finish date today unless set; the outcome has the focus ("Close action").
    enum class Mode { Edit, Close };

    ActionDialog(const ReferenceData& reference, const DisplaySettings& settings, QWidget* parent = nullptr);
    ~ActionDialog() override;

    void setAction(const Action& action, Mode mode = Mode::Edit);
    Action action() const; // keeps id, version, owner

    Ui::ActionDialog* ui() const { return m_ui.get(); }

protected:
    FieldErrors problems() const override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::ActionDialog> m_ui;
    ReferenceData m_reference;
    DisplaySettings m_settings;
    Action m_original;
    Mode m_mode = Mode::Edit;
};

} // namespace ehya::gui
