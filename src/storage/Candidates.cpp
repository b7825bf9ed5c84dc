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

// SELECT <columns> [, names] FROM <table> r [JOIN province, county] [WHERE province] ORDER BY r.id
QString candidateSql(const QString& columns, const QString& table, const QString& title, Id provinceId,
                     bool names)
{
    QString sql = u"SELECT " + columns;
    if (names)
        sql += u", r." + title + u", p.name_fa, p.name_en, c.name_fa, c.name_en";
    sql += u" FROM " + table + u" r";
    if (names)
        sql += QStringLiteral(" JOIN province p ON p.id = r.province_id JOIN county c ON c.id = r.county_id");
    if (provinceId)
        sql += QStringLiteral(" WHERE r.province_id = ?");
    return sql + QStringLiteral(" ORDER BY r.id");
}

void readNames(const QSqlQuery& query, int first, std::vector<CandidateNames>* names)
{
    if (!names)
        return;
    names->push_back({query.value(first).toString(), query.value(first + 1).toString(),
                      query.value(first + 2).toString(), query.value(first + 3).toString(),
                      query.value(first + 4).toString()});
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

Result<std::vector<engine::ProjectCandidate>> loadProjectCandidates(Database& db, Id provinceId,
                                                                    std::vector<CandidateNames>* names)
{
    if (names)
        names->clear();
    auto query = sql::run(
        db,
        candidateSql(QStringLiteral("r.id, r.permit_no, r.province_id, r.status, r.progress, "
                                    "r.remaining_rial, r.planned_jobs, r.export_oriented"),
                     QStringLiteral("project"), QStringLiteral("title"), provinceId, names != nullptr),
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
        readNames(*query, 8, names);
        out.push_back(std::move(c));
    }
    return out;
}

Result<std::vector<engine::UnitCandidate>> loadUnitCandidates(Database& db, Id provinceId,
                                                              std::vector<CandidateNames>* names)
{
    if (names)
        names->clear();
    auto query =
        sql::run(db,
                 candidateSql(QStringLiteral("r.id, r.licence_no, r.province_id, r.status, r.has_market, "
                                             "r.justified, r.working_capital_rial, r.fixed_capital_rial, "
                                             "r.jobs_restorable, r.idle_since, r.export_oriented"),
                              QStringLiteral("unit"), QStringLiteral("name"), provinceId, names != nullptr),
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
        readNames(*query, 11, names);
        out.push_back(std::move(c));
    }
    return out;
}

Result<Id> firstProvinceToRank(Database& db)
{
    auto first = sql::scalar(
        db,
        QStringLiteral("SELECT MIN(province_id) FROM (SELECT MIN(province_id) AS province_id FROM project "
                       "WHERE status IN (?, ?) UNION ALL SELECT MIN(province_id) FROM unit WHERE status IN "
                       "(?, ?) AND has_market = 1 AND justified = 1) t"),
        {enumKey(ProjectStatus::UnderConstruction), enumKey(ProjectStatus::Stalled),
         enumKey(UnitStatus::Idle), enumKey(UnitStatus::SemiActive)});
    if (!first)
        return first.error();
    return first->isNull() ? Id{0} : first->toLongLong();
}

} // namespace ehya::storage
