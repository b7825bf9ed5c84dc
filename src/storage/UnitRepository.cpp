#include "Repositories.h"
#include "Retry.h"
#include "RowReaders.h"
#include "SqlUtil.h"
#include "StorageText.h"
#include "core/Enums.h"
#include "core/Validation.h"

namespace ehya::storage {

namespace {

const QString kTable = QStringLiteral("unit");

const QStringList& columns()
{
    static const QStringList list = {
        QStringLiteral("province_id"),
        QStringLiteral("county_id"),
        QStringLiteral("estate_id"),
        QStringLiteral("sector_id"),
        QStringLiteral("name"),
        QStringLiteral("operator_name"),
        QStringLiteral("licence_no"),
        QStringLiteral("status"),
        QStringLiteral("idle_since"),
        QStringLiteral("capacity_use"),
        QStringLiteral("jobs_before"),
        QStringLiteral("jobs_restorable"),
        QStringLiteral("has_market"),
        QStringLiteral("justified"),
        QStringLiteral("working_capital_rial"),
        QStringLiteral("fixed_capital_rial"),
        QStringLiteral("revival_path"),
        QStringLiteral("export_oriented"),
        QStringLiteral("notes"),
    };
    return list;
}

QVariantList values(const IdleUnit& u)
{
    return {QVariant::fromValue<qint64>(u.provinceId),
            QVariant::fromValue<qint64>(u.countyId),
            sql::ref(u.estateId),
            QVariant::fromValue<qint64>(u.sectorId),
            u.name.trimmed(),
            u.operatorName.trimmed(),
            u.licenceNo.trimmed(),
            enumKey(u.status),
            sql::date(u.idleSince),
            roundPercent(u.capacityUse),
            u.jobsBefore,
            u.jobsRestorable,
            u.hasMarket ? 1 : 0,
            u.justified ? 1 : 0,
            QVariant::fromValue<qint64>(u.workingCapitalRial),
            QVariant::fromValue<qint64>(u.fixedCapitalRial),
            enumKey(u.revivalPath),
            u.exportOriented ? 1 : 0,
            u.notes};
}

QString selectSql()
{
    return u"SELECT id, version, " + columns().join(u", ") + u" FROM unit";
}

} // namespace

namespace detail {

template <typename Cells> IdleUnit readUnitCells(const Cells& q, int first)
{
    IdleUnit u;
    u.id = q.integer(first + 0);
    u.version = int(q.integer(first + 1));
    u.provinceId = q.integer(first + 2);
    u.countyId = q.integer(first + 3);
    u.estateId = q.ref(first + 4);
    u.sectorId = q.integer(first + 5);
    u.name = q.text(first + 6);
    u.operatorName = q.text(first + 7);
    u.licenceNo = q.text(first + 8);
    u.status = enumFromText<UnitStatus>(q.text(first + 9)).value_or(UnitStatus::Idle);
    u.idleSince = q.date(first + 10);
    u.capacityUse = q.real(first + 11);
    u.jobsBefore = int(q.integer(first + 12));
    u.jobsRestorable = int(q.integer(first + 13));
    u.hasMarket = q.integer(first + 14) != 0;
    u.justified = q.integer(first + 15) != 0;
    u.workingCapitalRial = q.integer(first + 16);
    u.fixedCapitalRial = q.integer(first + 17);
    u.revivalPath = enumFromText<RevivalPath>(q.text(first + 18)).value_or(RevivalPath::None);
    u.exportOriented = q.integer(first + 19) != 0;
    u.notes = q.text(first + 20);
    return u;
}
template IdleUnit readUnitCells(const QueryCells&, int);
template IdleUnit readUnitCells(const NativeCells&, int);

} // namespace detail

namespace {

IdleUnit read(const QSqlQuery& q, int first = 0)
{
    return detail::readUnitCells(detail::QueryCells{q}, first);
}

Status check(Database& db, const IdleUnit& u)
{
    if (const FieldErrors errors = validate(u); !errors.isEmpty())
        return sql::invalid(StorageText::tr("Unit \"%1\" was not saved: %2").arg(u.name, joinErrors(errors)));
    if (auto place = sql::checkPlace(db, u.provinceId, u.countyId, u.estateId, u.sectorId); !place)
        return sql::invalid(
            StorageText::tr("Unit \"%1\" was not saved: %2").arg(u.name, place.error().message));
    auto other = sql::scalar(
        db, QStringLiteral("SELECT id FROM unit WHERE province_id = ? AND licence_no = ? AND id <> ?"),
        {QVariant::fromValue<qint64>(u.provinceId), u.licenceNo.trimmed(),
         QVariant::fromValue<qint64>(u.id)});
    if (!other)
        return other.error();
    if (other->isValid())
        return sql::invalid(
            StorageText::tr(
                "Another unit in this province already has the operation licence number %1 (unit %2).")
                .arg(u.licenceNo.trimmed())
                .arg(other->toLongLong()));
    return {};
}

} // namespace

namespace detail {

int unitColumnCount()
{
    return int(columns().size()) + 2;
}

QString unitSelectColumns(const QString& alias)
{
    QStringList out{alias + u".id", alias + u".version"};
    for (const QString& column : columns())
        out << alias + u"." + column;
    return out.join(u", ");
}

IdleUnit readUnit(const QSqlQuery& query, int first, int* next)
{
    if (next)
        *next = first + int(columns().size()) + 2;
    return read(query, first);
}

} // namespace detail

Result<IdleUnit> UnitRepository::get(Id id)
{
    auto query = sql::run(m_db, selectSql() + u" WHERE id = ?", {QVariant::fromValue<qint64>(id)});
    if (!query)
        return query.error();
    if (!query->next())
        return Error{Error::Kind::NotFound, StorageText::tr("Unit %1 does not exist.").arg(id)};
    return read(*query);
}

Result<QList<IdleUnit>> UnitRepository::list(Id provinceId)
{
    auto query = sql::run(m_db, selectSql() + u" WHERE ? = 0 OR province_id = ? ORDER BY id",
                          {QVariant::fromValue<qint64>(provinceId), QVariant::fromValue<qint64>(provinceId)});
    if (!query)
        return query.error();
    QList<IdleUnit> out;
    while (query->next())
        out << read(*query);
    return out;
}

Result<std::optional<IdleUnit>> UnitRepository::findByLicence(Id provinceId, const QString& licenceNo)
{
    auto query = sql::run(m_db, selectSql() + u" WHERE province_id = ? AND licence_no = ?",
                          {QVariant::fromValue<qint64>(provinceId), licenceNo.trimmed()});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<IdleUnit>();
    return std::optional<IdleUnit>(read(*query));
}

Result<Id> UnitRepository::insert(IdleUnit& unit)
{
    return retryOnCollision(m_db, [&]() -> Result<Id> {
        Transaction transaction(m_db);
        if (!transaction.started())
            return transaction.started().error();
        IdleUnit candidate = unit;
        candidate.id = 0;
        if (auto ok = check(m_db, candidate); !ok)
            return ok.error();
        auto id = sql::insertRow(m_db, kTable, columns(), values(candidate));
        if (!id)
            return id.error();
        if (auto done = transaction.commit(); !done)
            return done.error();
        unit.id = *id;
        unit.version = 1;
        unit.capacityUse = roundPercent(unit.capacityUse);
        return id;
    });
}

Status UnitRepository::update(IdleUnit& unit)
{
    return retryOnCollision(m_db, [&]() -> Status {
        Transaction transaction(m_db);
        if (!transaction.started())
            return transaction.started();
        if (auto ok = check(m_db, unit); !ok)
            return ok;
        if (auto done = sql::updateVersioned(
                m_db, kTable, unit.id, unit.version, columns(), values(unit),
                StorageText::tr("Unit \"%1\" (licence %2)").arg(unit.name, unit.licenceNo));
            !done)
            return done;
        if (auto done = transaction.commit(); !done)
            return done;
        unit.version += 1;
        unit.capacityUse = roundPercent(unit.capacityUse);
        return {};
    });
}

Status UnitRepository::remove(Id id, int expectedVersion)
{
    return retryOnCollision(m_db, [&]() -> Status {
        Transaction transaction(m_db);
        if (!transaction.started())
            return transaction.started();
        for (const char* table : {"obstacle", "action"}) {
            if (auto done = sql::deleteWhere(m_db, QLatin1String(table), QStringLiteral("unit_id"), id);
                !done)
                return done;
        }
        if (auto done = sql::deleteRow(m_db, kTable, id, expectedVersion, StorageText::tr("Unit %1").arg(id));
            !done)
            return done;
        return transaction.commit();
    });
}

} // namespace ehya::storage
