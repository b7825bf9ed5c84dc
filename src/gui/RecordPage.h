#pragma once

#include "AuditText.h"
#include "DisplaySettings.h"
#include "core/Records.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class RecordPage;
}

namespace ehya::storage {
class Database;
}

// Everything about one project or idle unit: a header (title, permit or licence number, tier),
// its fields read-only, and tabs for the progress history (chart and reports; projects only),
// obstacles, actions and the audit history. The page never writes: its buttons emit signals that
// the main window turns into forms and undo commands. Errors are shown in the page.
namespace ehya::gui {

class ActionTableModel;
class AuditTableModel;
class ObstacleTableModel;
class ProgressChart;
class ReportTableModel;

class RecordPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordPage)

public:
    enum Tab { ProgressTab, ObstaclesTab, ActionsTab, HistoryTab };

    explicit RecordPage(const DisplaySettings& settings, QWidget* parent = nullptr);
    ~RecordPage() override;

    // Loads the record and everything about it; `db` must outlive the page or the next clear().
    // Returns false (and shows the reason in the page) when it could not be read.
    bool showProject(storage::Database& db, Id id);
    bool showUnit(storage::Database& db, Id id);
    bool reload(); // the same record again, after an edit; keeps the tab and the selections
    void clear();  // nothing shown; forgets the database

    void setReadOnly(bool readOnly); // hides the buttons that start an edit
    bool isReadOnly() const { return m_readOnly; }

    bool hasRecord() const { return m_db != nullptr && m_id != 0; }
    OwnerKind ownerKind() const { return m_kind; }
    Id recordId() const { return m_id; }
    const std::optional<Project>& project() const { return m_project; }
    const std::optional<IdleUnit>& unit() const { return m_unit; }
    QString errorText() const; // "" when the last load succeeded
    QString titleText() const;

    void showTab(Tab tab);
    ReportTableModel* reportModel() const { return m_reports; }
    ObstacleTableModel* obstacleModel() const { return m_obstacles; }
    ActionTableModel* actionModel() const { return m_actions; }
    AuditTableModel* auditModel() const { return m_audit; }
    ProgressChart* progressChart() const { return m_chart; }
    std::optional<Obstacle> selectedObstacle() const;
    std::optional<Action> selectedAction() const;

Q_SIGNALS:
    void editRequested(ehya::OwnerKind kind, ehya::Id id);
    void deleteRequested(ehya::OwnerKind kind, ehya::Id id);
    void addReportRequested(ehya::Id projectId);
    void addObstacleRequested(ehya::OwnerKind kind, ehya::Id ownerId);
    void editObstacleRequested(const ehya::Obstacle& obstacle);
    void resolveObstacleRequested(const ehya::Obstacle& obstacle);
    void addActionRequested(ehya::OwnerKind kind, ehya::Id ownerId);
    void editActionRequested(const ehya::Action& action);
    void closeActionRequested(const ehya::Action& action);

private:
    bool load();
    bool loadProject(const ReferenceNames& names);
    bool loadUnit(const ReferenceNames& names);
    bool loadChildren(const ReferenceNames& names);
    void showError(const QString& message);
    void clearContents();
    void setHeader(const QString& title, const QString& subtitle);
    void setTier(double progress);
    void updateTabTitles();
    void updateButtons();
    void wire();

    std::unique_ptr<Ui::RecordPage> m_ui;
    DisplaySettings m_settings;
    storage::Database* m_db = nullptr;
    // Names of places, sectors and agencies, read once per database (not at every selected row);
    // clear() forgets them, so that renamed reference data shows after the lists reload.
    std::optional<ReferenceNames> m_names;
    OwnerKind m_kind = OwnerKind::Project;
    Id m_id = 0;
    bool m_readOnly = false;
    std::optional<Project> m_project;
    std::optional<IdleUnit> m_unit;
    ReportTableModel* m_reports = nullptr;
    ObstacleTableModel* m_obstacles = nullptr;
    ActionTableModel* m_actions = nullptr;
    AuditTableModel* m_audit = nullptr;
    ProgressChart* m_chart = nullptr;
};

} // namespace ehya::gui
