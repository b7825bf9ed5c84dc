#pragma once

#include "DisplaySettings.h"
#include "RecordDialog.h"
#include "core/Records.h"

#include <memory>

namespace Ui {
class ObstacleDialog;
}

// An obstacle of a project or unit: type, description, the date it was recorded (today for a
// new one) and the date it was resolved (empty while open).
namespace ehya::gui {

class ObstacleDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObstacleDialog)

public:
    // Edit: as given ("New obstacle" when id == 0). Resolve: the resolved date is today unless set,
    // and has the focus ("Resolve obstacle").
    enum class Mode { Edit, Resolve };

    explicit ObstacleDialog(const DisplaySettings& settings, QWidget* parent = nullptr);
    ~ObstacleDialog() override;

    void setObstacle(const Obstacle& obstacle, Mode mode = Mode::Edit);
    Obstacle obstacle() const; // keeps id, version, owner

    Ui::ObstacleDialog* ui() const { return m_ui.get(); }

protected:
    FieldErrors problems() const override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::ObstacleDialog> m_ui;
    Obstacle m_original;
    Mode m_mode = Mode::Edit;
};

} // namespace ehya::gui
