#pragma once

#include "ConflictFields.h"
#include "EditSession.h"
#include "storage/Repositories.h"

#include <QCoreApplication>

// The repositories behind one interface per record type, for the undo commands, and the write
// that meets a conflict by asking the person (EditSession::resolve).
namespace ehya::gui::detail {

template <typename R> struct Store;

template <> struct Store<Project>
{
    static constexpr const char* table = "project";
    static Result<Project> get(storage::Database& db, const Project& r)
    {
        return storage::ProjectRepository(db).get(r.id);
    }
    static Result<Id> insert(storage::Database& db, Project& r)
    {
        return storage::ProjectRepository(db).insert(r);
    }
    static Status update(storage::Database& db, Project& r)
    {
        return storage::ProjectRepository(db).update(r);
    }
    static Status remove(storage::Database& db, const Project& r)
    {
        return storage::ProjectRepository(db).remove(r.id, r.version);
    }
    static OwnerKind owner(const Project&) { return OwnerKind::Project; }
    static Id ownerId(const Project& r) { return r.id; }
    static QString what(const Project& r) { return r.title; }
};

template <> struct Store<IdleUnit>
{
    static constexpr const char* table = "unit";
    static Result<IdleUnit> get(storage::Database& db, const IdleUnit& r)
    {
        return storage::UnitRepository(db).get(r.id);
    }
    static Result<Id> insert(storage::Database& db, IdleUnit& r)
    {
        return storage::UnitRepository(db).insert(r);
    }
    static Status update(storage::Database& db, IdleUnit& r) { return storage::UnitRepository(db).update(r); }
    static Status remove(storage::Database& db, const IdleUnit& r)
    {
        return storage::UnitRepository(db).remove(r.id, r.version);
    }
    static OwnerKind owner(const IdleUnit&) { return OwnerKind::Unit; }
    static Id ownerId(const IdleUnit& r) { return r.id; }
    static QString what(const IdleUnit& r) { return r.name; }
};

// Obstacles and actions are read through their owner.
template <typename R, typename Repo> struct OwnedStore
{
    static Result<R> get(storage::Database& db, const R& r)
    {
        auto all = Repo(db).forOwner(r.ownerKind, r.ownerId);
        if (!all)
            return all.error();
        for (const R& each : std::as_const(*all)) {
            if (each.id == r.id)
                return each;
        }
        return Error{Error::Kind::NotFound, QCoreApplication::translate("ehya::gui::EditSession",
                                                                        "The record was deleted meanwhile.")};
    }
    static Result<Id> insert(storage::Database& db, R& r) { return Repo(db).insert(r); }
    static Status update(storage::Database& db, R& r) { return Repo(db).update(r); }
    static Status remove(storage::Database& db, const R& r) { return Repo(db).remove(r.id, r.version); }
    static OwnerKind owner(const R& r) { return r.ownerKind; }
    static Id ownerId(const R& r) { return r.ownerId; }
    static QString what(const R& r) { return r.id == 0 ? QString() : QString::number(r.id); }
};
template <> struct Store<Obstacle> : OwnedStore<Obstacle, storage::ObstacleRepository>
{
    static constexpr const char* table = "obstacle";
};
template <> struct Store<Action> : OwnedStore<Action, storage::ActionRepository>
{
    static constexpr const char* table = "action";
};

// Writes `target` (its id and the version it was read at) over what is stored. When someone saved
// the record meanwhile, the person sees both versions: "keep mine" writes over the stored version,
// "keep theirs" writes nothing and returns a Conflict error.
template <typename R> Result<R> writeOver(EditSession& session, const R& target)
{
    storage::Database& db = *session.database();
    R attempt = target;
    Status saved = Store<R>::update(db, attempt);
    if (saved)
        return attempt;
    if (saved.error().kind != Error::Kind::Conflict)
        return saved.error();
    auto theirs = Store<R>::get(db, target);
    if (!theirs)
        return theirs.error();
    const auto choice =
        session.resolve(Store<R>::what(target), compareFields(target, *theirs, session.displaySettings()));
    if (choice == EditSession::Choice::KeepTheirs)
        return Error{
            Error::Kind::Conflict,
            QCoreApplication::translate("ehya::gui::EditSession", "The version in the database was kept.")};
    attempt = target;
    attempt.version = theirs->version;
    saved = Store<R>::update(db, attempt);
    if (!saved)
        return saved.error();
    return attempt;
}

} // namespace ehya::gui::detail
