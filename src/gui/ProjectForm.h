#pragma once

#include "DisplaySettings.h"
#include "RecordDialog.h"
#include "ReferenceData.h"
#include "core/Records.h"

#include <memory>

namespace Ui {
class ProjectForm;
}

// New or edit a half-finished project: every field of Project, grouped as project, permit,
// location, progress and money, notes. Produces a record; writes nothing (the caller turns the
// accepted record into an undo command).
namespace ehya::gui {

class LocationCombos;

class ProjectForm final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectForm)

public:
    ProjectForm(const ReferenceData& reference, const DisplaySettings& settings, QWidget* parent = nullptr);
    ~ProjectForm() override;

    // A new project when project.id == 0 ("New project"), else "Edit project".
    void setRecord(const Project& project);
    // The record as the form shows it, keeping the id and version it was given.
    Project record() const;

    Ui::ProjectForm* ui() const { return m_ui.get(); } // for tests

protected:
    FieldErrors problems() const override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::ProjectForm> m_ui;
    ReferenceData m_reference;
    DisplaySettings m_settings;
    LocationCombos* m_location = nullptr;
    Project m_original;
};

} // namespace ehya::gui
