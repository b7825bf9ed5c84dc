#pragma once

#include "DisplaySettings.h"
#include "RecordDialog.h"
#include "core/Records.h"

#include <memory>

namespace Ui {
class ProgressReportDialog;
}

// A progress report of a project: date (today by default), percent, note. Shows the project's
// current progress and tier and the tier the new percent would give ("Tier B → A").
namespace ehya::gui {

class ProgressReportDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressReportDialog)

public:
    explicit ProgressReportDialog(const DisplaySettings& settings, QWidget* parent = nullptr);
    ~ProgressReportDialog() override;

    // The project reported on (sets report().projectId). `latestReport`: the date of its latest
    // report, if any: a report dated before it goes into the history but does not change the
    // project's current progress (storage::ProjectRepository::addReport), and the dialog says so.
    void setProject(const Project& project, const QDate& latestReport = {});
    // A null date shows today. Keeps id, projectId and reportedBy.
    void setReport(const ProgressReport& report);
    ProgressReport report() const;

    QString tierChangeText() const; // what the dialog shows, e.g. "Tier B → A"
    Ui::ProgressReportDialog* ui() const { return m_ui.get(); }

protected:
    FieldErrors problems() const override;
    void changeEvent(QEvent* event) override;

private:
    void updateTier();

    std::unique_ptr<Ui::ProgressReportDialog> m_ui;
    DisplaySettings m_settings;
    Project m_project;
    QDate m_latestReport;
    ProgressReport m_original;
};

} // namespace ehya::gui
