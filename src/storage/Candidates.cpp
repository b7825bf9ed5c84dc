#include "Candidates.h"

#include "SqlUtil.h"
#include "StorageText.h"
#include "core/Enums.h"

#include <QHash>

namespace ehya::storage {

// The engine's states mirror the core's statuses one to one.
static_assert(static_cast<int>(ProjectStatus::Cancelled) ==
              static_cast<int>(engine::ProjectState::Cancelled));
static_assert(static_cast<int>(ProjectStatus::Stalled) == static_cast<int>(engine::ProjectState::Stalled));
static_assert(static_cast<int>(UnitStatus::Closed) == static_cast<int>(engine::UnitState::Closed));
static_assert(static_cast<int>(UnitStatus::SemiActive) == static_cast<int>(engine::UnitState::SemiActive));

namespace {

const qint64 kEpochJulianDay = QDate(1970, 1, 1).toJulianDay();

QString provinceFilter(Id provinceId)
{
    return provinceId ? QStringLiteral(" WHERE province_id = ?") : QString();
}

QVariantList provinceValue(Id provinceId)
{
    return provinceId ? QVariantList{provinceId} : QVariantList{};
}

// Statuses are stored as their English keys: an exact lookup (enumFromText folds text, which is
// too slow for a million rows and not needed for what the app itself wrote).
template <typename E> std::optional<E> statusOf(const QVariant& value)
{
    static const QHash<QString, E> byKey = [] {
        QHash<QString, E> map;
        for (const auto& entry : enumEntries<E>())
            map.insert(QString::fromLatin1(entry.key), entry.value);
        return map;
    }();
    const auto it = byKey.constFind(value.toString());
    if (it == byKey.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace

engine::Day toEngineDay(const QDate& date)
{
    return static_cast<engine::Day>(date.toJulianDay() - kEpochJulianDay);
}

QDate fromEngineDay(engine::Day day)
{
    return QDate::fromJulianDay(kEpochJulianDay + day);
}

Result<std::vector<engine::ProjectCandidate>> loadProjectCandidates(Database& db, Id provinceId)
{
    auto query =
        sql::run(db,
                 QStringLiteral("SELECT id, permit_no, province_id, status, progress, remaining_rial, "
                                "planned_jobs, export_oriented FROM project") +
                     provinceFilter(provinceId) + QStringLiteral(" ORDER BY id"),
                 provinceValue(provinceId));
    if (!query)
        return query.error();
    std::vector<engine::ProjectCandidate> out;
    while (query->next()) {
        engine::ProjectCandidate c;
        c.id = query->value(0).toLongLong();
        c.code = query->value(1).toString().toStdString();
        c.provinceId = query->value(2).toLongLong();
        const auto status = statusOf<ProjectStatus>(query->value(3));
        if (!status)
            return Error{Error::Kind::Database, StorageText::tr("Project %1 has an unknown status '%2'.")
                                                    .arg(c.id)
                                                    .arg(query->value(3).toString())};
        c.state = static_cast<engine::ProjectState>(*status);
        c.progress = query->value(4).toDouble();
        c.remainingRial = query->value(5).toLongLong();
        c.plannedJobs = query->value(6).toLongLong();
        c.exportOriented = query->value(7).toInt() != 0;
        out.push_back(std::move(c));
    }
    return out;
}

Result<std::vector<engine::UnitCandidate>> loadUnitCandidates(Database& db, Id provinceId)
{
    auto query =
        sql::run(db,
                 QStringLiteral("SELECT id, licence_no, province_id, status, has_market, justified, "
                                "working_capital_rial, fixed_capital_rial, jobs_restorable, idle_since, "
                                "export_oriented FROM unit") +
                     provinceFilter(provinceId) + QStringLiteral(" ORDER BY id"),
                 provinceValue(provinceId));
    if (!query)
        return query.error();
    std::vector<engine::UnitCandidate> out;
    while (query->next()) {
        engine::UnitCandidate c;
        c.id = query->value(0).toLongLong();
        c.code = query->value(1).toString().toStdString();
        c.provinceId = query->value(2).toLongLong();
        const auto status = statusOf<UnitStatus>(query->value(3));
        if (!status)
            return Error{Error::Kind::Database, StorageText::tr("Idle unit %1 has an unknown status '%2'.")
                                                    .arg(c.id)
                                                    .arg(query->value(3).toString())};
        c.state = static_cast<engine::UnitState>(*status);
        c.hasMarket = query->value(4).toInt() != 0;
        c.justified = query->value(5).toInt() != 0;
        c.workingCapitalRial = query->value(6).toLongLong();
        c.fixedCapitalRial = query->value(7).toLongLong();
        c.jobsRestorable = query->value(8).toLongLong();
        const QDate idleSince = sql::toDate(query->value(9));
        c.hasIdleSince = idleSince.isValid();
        c.idleSince = c.hasIdleSince ? toEngineDay(idleSince) : 0;
        c.exportOriented = query->value(10).toInt() != 0;
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace ehya::storage
