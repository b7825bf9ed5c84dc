#include "EditCommands.h"

#include "RecordStore.h"
#include "core/Validation.h"

namespace ehya::gui::detail {

namespace {

template <typename R> R withIdentity(R content, const R& identity)
{
    content.id = identity.id;
    content.version = identity.version;
    return content;
}

} // namespace

template <typename R>
SaveCommand<R>::SaveCommand(EditSession& session, const R& before, const R& stored, const QString& text)
    : QUndoCommand(text), m_session(session), m_before(before), m_after(stored), m_current(stored)
{
}

template <typename R> void SaveCommand<R>::finish(const Result<R>& written)
{
    if (!written) {
        if (written.error().kind != Error::Kind::Conflict)
            m_session.reportError(written.error().message);
        setObsolete(true);
        m_session.notifyChanged(Store<R>::owner(m_current), Store<R>::ownerId(m_current));
        return;
    }
    m_current = *written;
    m_session.remember(Store<R>::table, m_current.id, m_current.version);
    m_session.notifyChanged(Store<R>::owner(m_current), Store<R>::ownerId(m_current));
}

template <typename R> void SaveCommand<R>::undo()
{
    storage::Database& db = *m_session.database();
    m_current.version = m_session.knownVersion(Store<R>::table, m_current.id, m_current.version);
    if (m_before.id == 0) { // undo an insert: delete it, asking first if someone changed it meanwhile
        Status removed = Store<R>::remove(db, m_current);
        if (!removed && removed.error().kind == Error::Kind::Conflict) {
            auto theirs = Store<R>::get(db, m_current);
            if (theirs && m_session.resolve(Store<R>::what(m_current),
                                            compareFields(m_current, *theirs, m_session.displaySettings())) ==
                              EditSession::Choice::KeepMine)
                removed = Store<R>::remove(db, *theirs);
            else
                removed = theirs ? Status(Error{Error::Kind::Conflict, {}}) : Status(theirs.error());
        }
        if (!removed) {
            finish(removed.error());
            return;
        }
        m_exists = false;
        if constexpr (std::is_same_v<R, Project> || std::is_same_v<R, IdleUnit>)
            m_session.notifyRemoved(Store<R>::owner(m_current), m_current.id);
        else
            m_session.notifyChanged(Store<R>::owner(m_current), Store<R>::ownerId(m_current));
        return;
    }
    finish(writeOver(m_session, withIdentity(m_before, m_current)));
}

template <typename R> void SaveCommand<R>::redo()
{
    if (std::exchange(m_first, false))
        return;
    if (!m_exists) { // redo an insert: a new row, with a new id
        R again = m_after;
        again.id = 0;
        auto id = Store<R>::insert(*m_session.database(), again);
        if (!id) {
            finish(id.error());
            return;
        }
        m_exists = true;
        finish(again);
        return;
    }
    m_current.version = m_session.knownVersion(Store<R>::table, m_current.id, m_current.version);
    finish(writeOver(m_session, withIdentity(m_after, m_current)));
}

template class SaveCommand<Project>;
template class SaveCommand<IdleUnit>;
template class SaveCommand<Obstacle>;
template class SaveCommand<Action>;

template <typename R>
DeleteCommand<R>::DeleteCommand(EditSession& session, const R& record, QList<ProgressReport> reports,
                                QList<Obstacle> obstacles, QList<Action> actions, const QString& text)
    : QUndoCommand(text), m_session(session), m_record(record), m_reports(std::move(reports)),
      m_obstacles(std::move(obstacles)), m_actions(std::move(actions))
{
}

template <typename R> Status DeleteCommand<R>::restore()
{
    storage::Database& db = *m_session.database();
    storage::Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    R record = m_record;
    if (auto id = Store<R>::insert(db, record); !id)
        return id.error();
    for (ProgressReport report : m_reports) {
        report.projectId = record.id;
        if (auto id = storage::ProjectRepository(db).addReport(report); !id)
            return id.error();
    }
    for (Obstacle obstacle : m_obstacles) {
        obstacle.ownerId = record.id;
        if (auto id = storage::ObstacleRepository(db).insert(obstacle); !id)
            return id.error();
    }
    for (Action action : m_actions) {
        action.ownerId = record.id;
        if (auto id = storage::ActionRepository(db).insert(action); !id)
            return id.error();
    }
    // The reports set the progress of their day; the record had its own (possibly edited) value.
    auto stored = Store<R>::get(db, record);
    if (!stored)
        return stored.error();
    R back = withIdentity(m_record, *stored);
    if (auto done = Store<R>::update(db, back); !done)
        return done;
    if (auto done = transaction.commit(); !done)
        return done;
    m_record = back;
    m_session.remember(Store<R>::table, back.id, back.version);
    return {};
}

template <typename R> void DeleteCommand<R>::undo()
{
    if (Status restored = restore(); !restored) {
        m_session.reportError(restored.error().message);
        setObsolete(true);
        return;
    }
    m_session.notifyChanged(Store<R>::owner(m_record), m_record.id);
}

template <typename R> void DeleteCommand<R>::redo()
{
    if (std::exchange(m_first, false))
        return;
    storage::Database& db = *m_session.database();
    auto stored = Store<R>::get(db, m_record);
    Status removed = stored ? Store<R>::remove(db, *stored) : Status(stored.error());
    if (!removed) {
        m_session.reportError(removed.error().message);
        setObsolete(true);
        return;
    }
    m_session.notifyRemoved(Store<R>::owner(m_record), m_record.id);
}

template class DeleteCommand<Project>;
template class DeleteCommand<IdleUnit>;

AddReportCommand::AddReportCommand(EditSession& session, const ProgressReport& report, double progressBefore,
                                   const QString& text)
    : QUndoCommand(text), m_session(session), m_report(report), m_progressBefore(progressBefore)
{
}

void AddReportCommand::undo()
{
    storage::Database& db = *m_session.database();
    storage::ProjectRepository projects(db);
    storage::Transaction transaction(db);
    Status done = transaction.started();
    if (done)
        done = projects.removeReport(m_report.id);
    if (done) {
        auto project = projects.get(m_report.projectId);
        if (!project)
            done = project.error();
        else if (roundPercent(project->progress) == roundPercent(m_report.percent)) {
            project->progress = m_progressBefore;
            done = projects.update(*project);
            if (done)
                m_session.remember("project", project->id, project->version);
        }
    }
    if (done)
        done = transaction.commit();
    if (!done) {
        m_session.reportError(done.error().message);
        setObsolete(true);
    }
    m_session.notifyChanged(OwnerKind::Project, m_report.projectId);
}

void AddReportCommand::redo()
{
    if (std::exchange(m_first, false))
        return;
    ProgressReport again = m_report;
    again.id = 0;
    auto id = storage::ProjectRepository(*m_session.database()).addReport(again);
    if (!id) {
        m_session.reportError(id.error().message);
        setObsolete(true);
    } else {
        m_report = again;
        if (auto project = storage::ProjectRepository(*m_session.database()).get(m_report.projectId))
            m_session.remember("project", project->id, project->version);
    }
    m_session.notifyChanged(OwnerKind::Project, m_report.projectId);
}

} // namespace ehya::gui::detail
