#pragma once

#include "Database.h"
#include "core/Records.h"
#include "core/Result.h"

#include <QList>
#include <QString>

#include <optional>

// Repositories for every record type. Bound values only; every write runs in a Transaction (its
// own, or the caller's outer one) and records an audit row in the same transaction. Updates and
// deletes carry the version the caller read: a stale one fails with Error::Kind::Conflict and
// changes nothing. Inserts set id and version (1) on the record passed in; updates bump version.
// Invalid records (core/Validation.h) and unknown references fail with Error::Kind::Invalid.
namespace ehya::storage {

class ReferenceRepository final
{
public:
    explicit ReferenceRepository(Database& db) : m_db(db) {}

    Result<QList<Province>> provinces();
    Result<QList<County>> counties(Id provinceId = 0); // 0: all
    Result<QList<Estate>> estates(Id countyId = 0);
    Result<QList<Sector>> sectors();
    Result<QList<Agency>> agencies();
    Result<QList<User>> users();

    Result<Id> add(Province& province);
    Result<Id> add(County& county);
    Result<Id> add(Estate& estate);
    Result<Id> add(Sector& sector);
    Result<Id> add(Agency& agency);
    Result<Id> add(User& user);

    // Renames and other edits of reference rows (they carry no version: the last write wins).
    // Audited, in a transaction. Invalid when a name is empty, a reference is unknown, a county
    // name repeats in its province, an ISIC division or a login is taken, or the change would
    // leave no active manager; NotFound when the row is gone. Deleting reference rows is not
    // offered: records refer to them.
    Status update(const County& county);
    Status update(const Estate& estate);
    Status update(const Sector& sector);
    Status update(const Agency& agency);
    Status update(const User& user); // login, full name, role, active

    // Matching as officers type: Persian or English name (or province code, or ISIC division for
    // sectors), compared on the Persian search key. 0 when nothing matches.
    Result<Id> findProvince(const QString& nameOrCode);
    Result<Id> findCounty(Id provinceId, const QString& name);
    Result<Id> findSector(const QString& isicOrName);
    Result<Id> findUser(const QString& login);

private:
    Database& m_db;
};

class ProjectRepository final
{
public:
    explicit ProjectRepository(Database& db) : m_db(db) {}

    Result<Project> get(Id id);
    Result<QList<Project>> list(Id provinceId = 0);
    Result<std::optional<Project>> findByPermit(Id provinceId, const QString& permitNo);
    Result<Id> insert(Project& project);
    Status update(Project& project);
    Status remove(Id id, int expectedVersion);

    // Progress history. Adding a report dated on or after the latest one also sets the project's
    // current progress (and bumps its version), in the same transaction.
    Result<QList<ProgressReport>> history(Id projectId);
    Result<Id> addReport(ProgressReport& report);
    // Deletes one progress report (the undo of addReport); the project's progress is the caller's.
    Status removeReport(Id reportId);

private:
    Database& m_db;
};

class UnitRepository final
{
public:
    explicit UnitRepository(Database& db) : m_db(db) {}

    Result<IdleUnit> get(Id id);
    Result<QList<IdleUnit>> list(Id provinceId = 0);
    Result<std::optional<IdleUnit>> findByLicence(Id provinceId, const QString& licenceNo);
    Result<Id> insert(IdleUnit& unit);
    Status update(IdleUnit& unit);
    Status remove(Id id, int expectedVersion);

private:
    Database& m_db;
};

class ObstacleRepository final
{
public:
    explicit ObstacleRepository(Database& db) : m_db(db) {}

    Result<QList<Obstacle>> forOwner(OwnerKind kind, Id ownerId);
    Result<Id> insert(Obstacle& obstacle);
    Status update(Obstacle& obstacle);
    Status remove(Id id, int expectedVersion);

private:
    Database& m_db;
};

class ActionRepository final
{
public:
    explicit ActionRepository(Database& db) : m_db(db) {}

    Result<QList<Action>> forOwner(OwnerKind kind, Id ownerId);
    Result<Id> insert(Action& action);
    Status update(Action& action);
    Status remove(Id id, int expectedVersion);

private:
    Database& m_db;
};

struct AuditEntry
{
    Id id = 0;
    QDateTime at; // UTC
    QString user;
    QString entity; // table name: "project", "unit", "progress_report", "county", ...
    Id entityId = 0;
    QString action;  // "insert", "update", "delete"
    QString oldJson; // the record before (empty for insert), as a JSON object of column: value
    QString newJson; // the record after (empty for delete)
    QString dbUser;  // server mode: the database login the server recorded ('' on SQLite)
};

class AuditLog final
{
public:
    explicit AuditLog(Database& db) : m_db(db) {}

    Result<QList<AuditEntry>> forEntity(const QString& entity, Id entityId);
    Result<qint64> count();

private:
    Database& m_db;
};

} // namespace ehya::storage
