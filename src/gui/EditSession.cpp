#include "EditSession.h"

#include "EditCommands.h"
#include "RecordStore.h"

#include <QUndoStack>

namespace ehya::gui {

using detail::Store;

namespace {

// Writes a new or changed record now; on success pushes the command that can undo it.
template <typename R>
Result<R> saveRecord(EditSession& session, const R& before, const R& after, const QString& newText,
                     const QString& editText)
{
    storage::Database* db = session.database();
    if (!db)
        return Error{Error::Kind::Invalid, EditSession::tr("No database is open.")};
    Result<R> stored = after;
    if (before.id == 0) {
        R fresh = after;
        fresh.id = 0;
        auto id = Store<R>::insert(*db, fresh);
        stored = id ? Result<R>(fresh) : Result<R>(id.error());
    } else {
        R target = after;
        target.id = before.id;
        target.version = before.version; // the version the form was opened at
        stored = detail::writeOver(session, target);
    }
    if (!stored) {
        if (Store<R>::ownerId(after) != 0) // a refused new record has nothing to refresh
            session.notifyChanged(Store<R>::owner(after), Store<R>::ownerId(after));
        return stored;
    }
    session.remember(Store<R>::table, stored->id, stored->version);
    session.undoStack()->push(
        new detail::SaveCommand<R>(session, before, *stored, before.id == 0 ? newText : editText));
    session.notifyChanged(Store<R>::owner(*stored), Store<R>::ownerId(*stored));
    return stored;
}

} // namespace

EditSession::EditSession(QObject* parent) : QObject(parent), m_stack(new QUndoStack(this))
{
    m_resolver = [](const QString&, const QList<FieldVersions>&) { return Choice::KeepTheirs; };
    m_reportError = [](const QString&) {};
}

EditSession::~EditSession() = default;

void EditSession::setDatabase(storage::Database* db)
{
    m_stack->clear();
    m_versions.clear();
    m_moved.clear();
    m_db = db;
}

int EditSession::knownVersion(const char* table, Id id, int fallback) const
{
    return m_versions.value(QLatin1String(table) + u'/' + QString::number(id), fallback);
}

void EditSession::remember(const char* table, Id id, int version)
{
    m_versions.insert(QLatin1String(table) + u'/' + QString::number(id), version);
}

void EditSession::rememberIfOurs(const char* table, Id id, int before, int after)
{
    if (knownVersion(table, id, before) == before)
        remember(table, id, after);
}

void EditSession::moved(const char* table, Id from, Id to)
{
    if (from != 0 && from != to)
        m_moved.insert(QLatin1String(table) + u'/' + QString::number(from), to);
}

Id EditSession::currentId(const char* table, Id id) const
{
    for (int hops = 0; hops < 1000; ++hops) { // a chain of delete/undo cycles
        const auto found = m_moved.constFind(QLatin1String(table) + u'/' + QString::number(id));
        if (found == m_moved.constEnd())
            return id;
        id = *found;
    }
    return id;
}

EditSession::Choice EditSession::resolve(const QString& what, const QList<FieldVersions>& fields) const
{
    return m_resolver(what, fields);
}

void EditSession::reportError(const QString& text) const
{
    m_reportError(text);
}

Result<Project> EditSession::saveProject(const Project& before, const Project& after)
{
    return saveRecord(*this, before, after, tr("New project \"%1\"").arg(after.title),
                      tr("Edit of project \"%1\"").arg(after.title));
}

Result<IdleUnit> EditSession::saveUnit(const IdleUnit& before, const IdleUnit& after)
{
    return saveRecord(*this, before, after, tr("New idle unit \"%1\"").arg(after.name),
                      tr("Edit of idle unit \"%1\"").arg(after.name));
}

Result<Obstacle> EditSession::saveObstacle(const Obstacle& before, const Obstacle& after)
{
    return saveRecord(*this, before, after, tr("New obstacle"), tr("Edit of an obstacle"));
}

Result<Action> EditSession::saveAction(const Action& before, const Action& after)
{
    return saveRecord(*this, before, after, tr("New action"), tr("Edit of an action"));
}

Status EditSession::deleteProject(Id id)
{
    if (!m_db)
        return Error{Error::Kind::Invalid, tr("No database is open.")};
    storage::ProjectRepository projects(*m_db);
    auto project = projects.get(id);
    auto reports = projects.history(id);
    auto obstacles = storage::ObstacleRepository(*m_db).forOwner(OwnerKind::Project, id);
    auto actions = storage::ActionRepository(*m_db).forOwner(OwnerKind::Project, id);
    for (const Error* e : {project ? nullptr : &project.error(), reports ? nullptr : &reports.error(),
                           obstacles ? nullptr : &obstacles.error(), actions ? nullptr : &actions.error()}) {
        if (e)
            return *e;
    }
    if (auto removed = projects.remove(id, project->version); !removed)
        return removed;
    m_stack->push(new detail::DeleteCommand<Project>(*this, *project, *reports, *obstacles, *actions,
                                                     tr("Deletion of project \"%1\"").arg(project->title)));
    Q_EMIT recordRemoved(OwnerKind::Project, id);
    return {};
}

Status EditSession::deleteUnit(Id id)
{
    if (!m_db)
        return Error{Error::Kind::Invalid, tr("No database is open.")};
    storage::UnitRepository units(*m_db);
    auto unit = units.get(id);
    auto obstacles = storage::ObstacleRepository(*m_db).forOwner(OwnerKind::Unit, id);
    auto actions = storage::ActionRepository(*m_db).forOwner(OwnerKind::Unit, id);
    for (const Error* e : {unit ? nullptr : &unit.error(), obstacles ? nullptr : &obstacles.error(),
                           actions ? nullptr : &actions.error()}) {
        if (e)
            return *e;
    }
    if (auto removed = units.remove(id, unit->version); !removed)
        return removed;
    m_stack->push(new detail::DeleteCommand<IdleUnit>(*this, *unit, {}, *obstacles, *actions,
                                                      tr("Deletion of idle unit \"%1\"").arg(unit->name)));
    Q_EMIT recordRemoved(OwnerKind::Unit, id);
    return {};
}

Result<ProgressReport> EditSession::addReport(const ProgressReport& report)
{
    if (!m_db)
        return Error{Error::Kind::Invalid, tr("No database is open.")};
    storage::ProjectRepository projects(*m_db);
    auto project = projects.get(report.projectId);
    if (!project)
        return project.error();
    ProgressReport stored = report;
    stored.id = 0;
    if (stored.reportedBy.isEmpty())
        stored.reportedBy = m_db->currentUser();
    if (auto id = projects.addReport(stored); !id)
        return id.error();
    if (auto after = projects.get(report.projectId)) // the report may have set the progress
        rememberIfOurs("project", after->id, project->version, after->version);
    m_stack->push(new detail::AddReportCommand(*this, stored, project->progress,
                                               tr("Progress report for \"%1\"").arg(project->title)));
    Q_EMIT recordChanged(OwnerKind::Project, report.projectId);
    return stored;
}

} // namespace ehya::gui
