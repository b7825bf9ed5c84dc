#include "RecordEditor.h"

#include "ActionDialog.h"
#include "EditSession.h"
#include "ObstacleDialog.h"
#include "ProgressReportDialog.h"
#include "ProjectForm.h"
#include "UnitForm.h"
#include "storage/Repositories.h"

#include <QMessageBox>
#include <QPushButton>

namespace ehya::gui {

RecordEditor::RecordEditor(EditSession& session, QWidget* parent)
    : QObject(parent), m_session(session), m_parent(parent), m_settings(session.displaySettings())
{
}

// Shows the form until it is cancelled or its record is saved; a save that is refused is
// reported over the form, which keeps what was typed. A conflict the person settled by keeping
// the other version closes the form.
template <typename Form, typename Save> Id RecordEditor::runForm(Form& form, Save save)
{
    while (form.exec() == QDialog::Accepted) {
        auto saved = save(form);
        if (saved)
            return saved->id;
        if (saved.error().kind == Error::Kind::Conflict)
            return 0;
        QMessageBox::warning(&form, tr("The change was not saved"), saved.error().message);
    }
    return 0;
}

Id RecordEditor::newProject(Id provinceId)
{
    Project fresh;
    fresh.provinceId = provinceId;
    ProjectForm form(m_reference, m_settings, m_parent);
    form.setRecord(fresh);
    return runForm(form, [&](ProjectForm& f) { return m_session.saveProject(fresh, f.record()); });
}

Id RecordEditor::editProject(Id id)
{
    if (!m_session.database())
        return 0;
    auto project = storage::ProjectRepository(*m_session.database()).get(id);
    if (!project) {
        Q_EMIT error(tr("The project could not be opened"), project.error().message);
        return 0;
    }
    const Project before = *project;
    ProjectForm form(m_reference, m_settings, m_parent);
    form.setRecord(before);
    return runForm(form, [&](ProjectForm& f) { return m_session.saveProject(before, f.record()); });
}

Id RecordEditor::newUnit(Id provinceId)
{
    IdleUnit fresh;
    fresh.provinceId = provinceId;
    UnitForm form(m_reference, m_settings, m_parent);
    form.setRecord(fresh);
    return runForm(form, [&](UnitForm& f) { return m_session.saveUnit(fresh, f.record()); });
}

Id RecordEditor::editUnit(Id id)
{
    if (!m_session.database())
        return 0;
    auto unit = storage::UnitRepository(*m_session.database()).get(id);
    if (!unit) {
        Q_EMIT error(tr("The idle unit could not be opened"), unit.error().message);
        return 0;
    }
    const IdleUnit before = *unit;
    UnitForm form(m_reference, m_settings, m_parent);
    form.setRecord(before);
    return runForm(form, [&](UnitForm& f) { return m_session.saveUnit(before, f.record()); });
}

Id RecordEditor::addReport(Id projectId)
{
    if (!m_session.database())
        return 0;
    storage::ProjectRepository projects(*m_session.database());
    auto project = projects.get(projectId);
    auto history = projects.history(projectId);
    if (!project || !history) {
        Q_EMIT error(tr("The project could not be opened"),
                     !project ? project.error().message : history.error().message);
        return 0;
    }
    ProgressReportDialog dialog(m_settings, m_parent);
    dialog.setProject(*project, history->isEmpty() ? QDate() : history->last().date);
    ProgressReport fresh;
    fresh.projectId = projectId;
    dialog.setReport(fresh);
    return runForm(dialog, [&](ProgressReportDialog& d) {
        ProgressReport report = d.report();
        report.projectId = projectId;
        return m_session.addReport(report);
    });
}

bool RecordEditor::deleteRecord(OwnerKind kind, Id id)
{
    storage::Database* db = m_session.database();
    if (!db || id == 0)
        return false;
    QString name;
    if (kind == OwnerKind::Project) {
        auto project = storage::ProjectRepository(*db).get(id);
        name = project ? project->title : QString();
    } else {
        auto unit = storage::UnitRepository(*db).get(id);
        name = unit ? unit->name : QString();
    }
    const QString question =
        kind == OwnerKind::Project
            ? tr("Delete the project \"%1\" with its progress reports, obstacles and actions?").arg(name)
            : tr("Delete the idle unit \"%1\" with its obstacles and actions?").arg(name);
    QMessageBox box(QMessageBox::Question, tr("Delete record"), question, QMessageBox::NoButton, m_parent);
    box.setInformativeText(tr("Edit › Undo brings it back."));
    QPushButton* remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != static_cast<QAbstractButton*>(remove))
        return false;
    const Status done = kind == OwnerKind::Project ? m_session.deleteProject(id) : m_session.deleteUnit(id);
    if (!done)
        Q_EMIT error(tr("The record was not deleted"), done.error().message);
    return done.ok();
}

Id RecordEditor::editObstacle(const Obstacle& obstacle, bool resolve)
{
    ObstacleDialog dialog(m_settings, m_parent);
    dialog.setObstacle(obstacle, resolve ? ObstacleDialog::Mode::Resolve : ObstacleDialog::Mode::Edit);
    return runForm(dialog, [&](ObstacleDialog& d) { return m_session.saveObstacle(obstacle, d.obstacle()); });
}

Id RecordEditor::editAction(const Action& action, bool close)
{
    ActionDialog dialog(m_reference, m_settings, m_parent);
    dialog.setAction(action, close ? ActionDialog::Mode::Close : ActionDialog::Mode::Edit);
    return runForm(dialog, [&](ActionDialog& d) { return m_session.saveAction(action, d.action()); });
}

} // namespace ehya::gui
