#include "EditCommands.h"

#include "RecordStore.h"
#include "core/Validation.h"

#include <tuple>

namespace ehya::gui::detail {

namespace {

template <typename R> R withIdentity(R content, const R& identity)
{
    content.id = identity.id;
    content.version = identity.version;
    return content;
}

// Brings a record's id, owner and version up to what the session knows now.
template <typename R> void refresh(EditSession& session, R& record)
{
    record.id = session.currentId(Store<R>::table, record.id);
    if constexpr (std::is_same_v<R, Obstacle> || std::is_same_v<R, Action>)
        record.ownerId =
            session.currentId(record.ownerKind == OwnerKind::Project ? "project" : "unit", record.ownerId);
    record.version = session.knownVersion(Store<R>::table, record.id, record.version);
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
    refresh(m_session, m_current);
    if constexpr (std::is_same_v<R, Obstacle> || std::is_same_v<R, Action>)
        m_before.ownerId = m_after.ownerId = m_current.ownerId;
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
    refresh(m_session, m_current);
    if constexpr (std::is_same_v<R, Obstacle> || std::is_same_v<R, Action>)
        m_after.ownerId = m_current.ownerId;
    if (!m_exists) { // redo an insert: a new row, with a new id that later steps follow
        R again = m_after;
        again.id = 0;
        auto id = Store<R>::insert(*m_session.database(), again);
        if (!id) {
            finish(id.error());
            return;
        }
        m_session.moved(Store<R>::table, m_current.id, again.id);
        m_exists = true;
        finish(again);
        return;
    }
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
    QList<std::tuple<const char*, Id, Id>> moves{{Store<R>::table, m_record.id, record.id}};
    for (ProgressReport& report : m_reports) {
        ProgressReport again = report;
        again.projectId = record.id;
        if (auto id = storage::ProjectRepository(db).addReport(again); !id)
            return id.error();
        moves.append({"progress_report", report.id, again.id});
        report = again;
    }
    for (Obstacle& obstacle : m_obstacles) {
        Obstacle again = obstacle;
        again.ownerId = record.id;
        if (auto id = storage::ObstacleRepository(db).insert(again); !id)
            return id.error();
        moves.append({"obstacle", obstacle.id, again.id});
        obstacle = again;
    }
    for (Action& action : m_actions) {
        Action again = action;
        again.ownerId = record.id;
        if (auto id = storage::ActionRepository(db).insert(again); !id)
            return id.error();
        moves.append({"action", action.id, again.id});
        action = again;
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
    for (const auto& [table, from, to] : moves)
        m_session.moved(table, from, to);
    m_session.remember(Store<R>::table, back.id, back.version);
    for (const Obstacle& o : std::as_const(m_obstacles))
        m_session.remember("obstacle", o.id, o.version);
    for (const Action& a : std::as_const(m_actions))
        m_session.remember("action", a.id, a.version);
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
    refresh(m_session, m_record);
    Status removed = Store<R>::remove(db, m_record); // a change by someone else meets a conflict
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
    m_report.projectId = m_session.currentId("project", m_report.projectId);
    m_report.id = m_session.currentId("progress_report", m_report.id);
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
            const int before = project->version;
            project->progress = m_progressBefore;
            done = projects.update(*project);
            if (done)
                m_session.rememberIfOurs("project", project->id, before, project->version);
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
    m_report.projectId = m_session.currentId("project", m_report.projectId);
    ProgressReport again = m_report;
    again.id = 0;
    storage::ProjectRepository projects(*m_session.database());
    const auto before = projects.get(m_report.projectId);
    auto id = projects.addReport(again);
    if (!id) {
        m_session.reportError(id.error().message);
        setObsolete(true);
    } else {
        m_session.moved("progress_report", m_report.id, again.id);
        m_report = again;
        if (auto project = projects.get(m_report.projectId); project && before)
            m_session.rememberIfOurs("project", project->id, before->version, project->version);
    }
    m_session.notifyChanged(OwnerKind::Project, m_report.projectId);
}

} // namespace ehya::gui::detail
