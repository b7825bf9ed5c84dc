#include "Repositories.h"
#include "Retry.h"
#include "SqlUtil.h"
#include "StorageText.h"
#include "core/Enums.h"
#include "core/Validation.h"

// Obstacles and actions: records owned by a project or a unit (two foreign keys, one set).
namespace ehya::storage {

namespace {

QString ownerColumn(OwnerKind kind)
{
    return kind == OwnerKind::Project ? QStringLiteral("project_id") : QStringLiteral("unit_id");
}

QVariantList ownerValues(OwnerKind kind, Id ownerId)
{
    return {enumKey(kind), sql::ref(kind == OwnerKind::Project ? ownerId : 0),
            sql::ref(kind == OwnerKind::Unit ? ownerId : 0)};
}

Status checkOwner(Database& db, OwnerKind kind, Id ownerId)
{
    auto known = sql::exists(
        db, kind == OwnerKind::Project ? QStringLiteral("project") : QStringLiteral("unit"), ownerId);
    if (!known)
        return known.error();
    if (!*known)
        return sql::invalid(kind == OwnerKind::Project
                                ? StorageText::tr("Project %1 does not exist.").arg(ownerId)
                                : StorageText::tr("Unit %1 does not exist.").arg(ownerId));
    return {};
}

// Insert / update / remove shared by both repositories.
template <typename R>
Result<Id> insertOwned(Database& db, const QString& table, R& record, const QStringList& columns,
                       const QVariantList& values, const QString& label)
{
    return retryOnCollision(db, [&]() -> Result<Id> {
        if (const FieldErrors errors = validate(record); !errors.isEmpty())
            return sql::invalid(StorageText::tr("The %1 was not saved: %2").arg(label, joinErrors(errors)));
        Transaction transaction(db);
        if (!transaction.started())
            return transaction.started().error();
        if (auto ok = checkOwner(db, record.ownerKind, record.ownerId); !ok)
            return sql::invalid(StorageText::tr("The %1 was not saved: %2").arg(label, ok.error().message));
        auto id = sql::insertRow(db, table, columns, values);
        if (!id)
            return id.error();
        if (auto done = transaction.commit(); !done)
            return done.error();
        record.id = *id;
        record.version = 1;
        return id;
    });
}

template <typename R>
Status updateOwned(Database& db, const QString& table, R& record, const QStringList& columns,
                   const QVariantList& values, const QString& label)
{
    return retryOnCollision(db, [&]() -> Status {
        if (const FieldErrors errors = validate(record); !errors.isEmpty())
            return sql::invalid(StorageText::tr("The %1 was not saved: %2").arg(label, joinErrors(errors)));
        Transaction transaction(db);
        if (!transaction.started())
            return transaction.started();
        if (auto ok = checkOwner(db, record.ownerKind, record.ownerId); !ok)
            return sql::invalid(StorageText::tr("The %1 was not saved: %2").arg(label, ok.error().message));
        if (auto done = sql::updateVersioned(db, table, record.id, record.version, columns, values,
                                             StorageText::tr("The %1 %2").arg(label).arg(record.id));
            !done)
            return done;
        if (auto done = transaction.commit(); !done)
            return done;
        record.version += 1;
        return {};
    });
}

Status removeOwned(Database& db, const QString& table, Id id, int expectedVersion, const QString& label)
{
    return retryOnCollision(db, [&]() -> Status {
        Transaction transaction(db);
        if (!transaction.started())
            return transaction.started();
        if (auto done = sql::deleteRow(db, table, id, expectedVersion,
                                       StorageText::tr("The %1 %2").arg(label).arg(id));
            !done)
            return done;
        return transaction.commit();
    });
}

const QStringList& obstacleColumns()
{
    static const QStringList list = {QStringLiteral("owner_kind"),  QStringLiteral("project_id"),
                                     QStringLiteral("unit_id"),     QStringLiteral("obstacle_type"),
                                     QStringLiteral("description"), QStringLiteral("opened"),
                                     QStringLiteral("resolved")};
    return list;
}

QVariantList obstacleValues(const Obstacle& o)
{
    return ownerValues(o.ownerKind, o.ownerId)
           << enumKey(o.type) << o.description << sql::date(o.opened) << sql::date(o.resolved);
}

const QStringList& actionColumns()
{
    static const QStringList list = {QStringLiteral("owner_kind"), QStringLiteral("project_id"),
                                     QStringLiteral("unit_id"),    QStringLiteral("action_type"),
                                     QStringLiteral("agency_id"),  QStringLiteral("started"),
                                     QStringLiteral("finished"),   QStringLiteral("amount_rial"),
                                     QStringLiteral("status"),     QStringLiteral("outcome")};
    return list;
}

QVariantList actionValues(const Action& a)
{
    return ownerValues(a.ownerKind, a.ownerId)
           << enumKey(a.type) << sql::ref(a.agencyId) << sql::date(a.started) << sql::date(a.finished)
           << QVariant::fromValue<qint64>(a.amountRial) << enumKey(a.status) << a.outcome;
}

Status checkAgency(Database& db, Id agencyId)
{
    if (agencyId == 0)
        return {};
    auto known = sql::exists(db, QStringLiteral("agency"), agencyId);
    if (!known)
        return known.error();
    if (!*known)
        return sql::invalid(
            StorageText::tr("The action was not saved: agency %1 does not exist.").arg(agencyId));
    return {};
}

} // namespace

Result<QList<Obstacle>> ObstacleRepository::forOwner(OwnerKind kind, Id ownerId)
{
    auto query =
        sql::run(m_db,
                 u"SELECT id, version, obstacle_type, description, opened, resolved FROM obstacle WHERE " +
                     ownerColumn(kind) + u" = ? ORDER BY opened, id",
                 {QVariant::fromValue<qint64>(ownerId)});
    if (!query)
        return query.error();
    QList<Obstacle> out;
    while (query->next()) {
        Obstacle o;
        o.id = query->value(0).toLongLong();
        o.version = query->value(1).toInt();
        o.ownerKind = kind;
        o.ownerId = ownerId;
        o.type = enumFromText<ObstacleType>(query->value(2).toString()).value_or(ObstacleType::Other);
        o.description = query->value(3).toString();
        o.opened = sql::toDate(query->value(4));
        o.resolved = sql::toDate(query->value(5));
        out << o;
    }
    return out;
}

Result<Id> ObstacleRepository::insert(Obstacle& obstacle)
{
    return insertOwned(m_db, QStringLiteral("obstacle"), obstacle, obstacleColumns(),
                       obstacleValues(obstacle), StorageText::tr("obstacle"));
}

Status ObstacleRepository::update(Obstacle& obstacle)
{
    return updateOwned(m_db, QStringLiteral("obstacle"), obstacle, obstacleColumns(),
                       obstacleValues(obstacle), StorageText::tr("obstacle"));
}

Status ObstacleRepository::remove(Id id, int expectedVersion)
{
    return removeOwned(m_db, QStringLiteral("obstacle"), id, expectedVersion, StorageText::tr("obstacle"));
}

Result<QList<Action>> ActionRepository::forOwner(OwnerKind kind, Id ownerId)
{
    auto query =
        sql::run(m_db,
                 u"SELECT id, version, action_type, agency_id, started, finished, amount_rial, status, "
                 u"outcome FROM action WHERE " +
                     ownerColumn(kind) + u" = ? ORDER BY started, id",
                 {QVariant::fromValue<qint64>(ownerId)});
    if (!query)
        return query.error();
    QList<Action> out;
    while (query->next()) {
        Action a;
        a.id = query->value(0).toLongLong();
        a.version = query->value(1).toInt();
        a.ownerKind = kind;
        a.ownerId = ownerId;
        a.type = enumFromText<ActionType>(query->value(2).toString()).value_or(ActionType::Other);
        a.agencyId = sql::toRef(query->value(3));
        a.started = sql::toDate(query->value(4));
        a.finished = sql::toDate(query->value(5));
        a.amountRial = query->value(6).toLongLong();
        a.status = enumFromText<ActionStatus>(query->value(7).toString()).value_or(ActionStatus::Planned);
        a.outcome = query->value(8).toString();
        out << a;
    }
    return out;
}

Result<Id> ActionRepository::insert(Action& action)
{
    if (auto ok = checkAgency(m_db, action.agencyId); !ok)
        return ok.error();
    return insertOwned(m_db, QStringLiteral("action"), action, actionColumns(), actionValues(action),
                       StorageText::tr("action"));
}

Status ActionRepository::update(Action& action)
{
    if (auto ok = checkAgency(m_db, action.agencyId); !ok)
        return ok;
    return updateOwned(m_db, QStringLiteral("action"), action, actionColumns(), actionValues(action),
                       StorageText::tr("action"));
}

Status ActionRepository::remove(Id id, int expectedVersion)
{
    return removeOwned(m_db, QStringLiteral("action"), id, expectedVersion, StorageText::tr("action"));
}

} // namespace ehya::storage
