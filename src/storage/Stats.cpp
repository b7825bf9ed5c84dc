#include "Stats.h"

#include "Dialect.h"
#include "SqlUtil.h"
#include "core/Enums.h"
#include "engine/Tier.h"

#include <QMap>

namespace ehya::storage {

namespace {

using Rows = QMap<Id, ProvinceStats>;

// Runs a query whose first column is the province id and hands every row to `fill`.
template <typename Fill>
Status collect(Database& db, const QString& statement, const QVariantList& values, Rows& rows, Fill fill)
{
    auto query = sql::run(db, statement, values);
    if (!query)
        return query.error();
    while (query->next()) {
        const Id province = query->value(0).toLongLong();
        ProvinceStats& s = rows[province];
        s.provinceId = province;
        fill(s, *query);
    }
    return {};
}

qint64 n(const QSqlQuery& q, int i)
{
    return q.value(i).toLongLong();
}

void add(ProvinceStats& total, const ProvinceStats& s)
{
    total.projects += s.projects;
    total.halfFinished += s.halfFinished;
    for (size_t i = 0; i < total.halfFinishedPerTier.size(); ++i)
        total.halfFinishedPerTier[i] += s.halfFinishedPerTier[i];
    total.halfFinishedAbove60 += s.halfFinishedAbove60;
    total.remainingRial += s.remainingRial;
    total.plannedJobs += s.plannedJobs;
    total.countiesWithProjects += s.countiesWithProjects; // a county is in one province only
    total.units += s.units;
    total.unitsCandidate += s.unitsCandidate;
    total.unitsEligible += s.unitsEligible;
    total.unitsRevived += s.unitsRevived;
    total.unitsRevivedByManagementChange += s.unitsRevivedByManagementChange;
    total.jobsRestorableEligible += s.jobsRestorableEligible;
    total.progressReports += s.progressReports;
    total.obstaclesOpen += s.obstaclesOpen;
    total.actions += s.actions;
}

} // namespace

Result<Stats> computeStats(Database& db)
{
    Rows rows;
    const engine::TierThresholds tiers;
    const QVariantList projectValues{enumKey(ProjectStatus::UnderConstruction),
                                     enumKey(ProjectStatus::Stalled), tiers.t1, tiers.t2, tiers.t3};
    const QString real = db.dialect().real(); // a bare "?" would be text on PostgreSQL
    const QString projects =
        QStringLiteral("SELECT province_id, COUNT(*), SUM(hf), "
                       "SUM(CASE WHEN hf = 1 AND progress >= t1 THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN hf = 1 AND progress >= t2 AND progress < t1 THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN hf = 1 AND progress >= t3 AND progress < t2 THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN hf = 1 AND progress < t3 THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN hf = 1 AND progress > 60 THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN hf = 1 THEN remaining_rial ELSE 0 END), "
                       "SUM(CASE WHEN hf = 1 THEN planned_jobs ELSE 0 END), COUNT(DISTINCT county_id) "
                       "FROM (SELECT province_id, county_id, progress, remaining_rial, planned_jobs, "
                       "      CASE WHEN status IN (?, ?) THEN 1 ELSE 0 END AS hf FROM project) p, "
                       "     (SELECT CAST(? AS %1) AS t1, CAST(? AS %1) AS t2, CAST(? AS %1) AS t3) t "
                       "GROUP BY province_id")
            .arg(real);
    if (auto done = collect(db, projects, projectValues, rows,
                            [](ProvinceStats& s, const QSqlQuery& q) {
                                s.projects = n(q, 1);
                                s.halfFinished = n(q, 2);
                                for (int t = 0; t < 4; ++t)
                                    s.halfFinishedPerTier[size_t(t)] = n(q, 3 + t);
                                s.halfFinishedAbove60 = n(q, 7);
                                s.remainingRial = n(q, 8);
                                s.plannedJobs = n(q, 9);
                                s.countiesWithProjects = n(q, 10);
                            });
        !done)
        return done.error();

    const QVariantList unitValues{enumKey(UnitStatus::Idle), enumKey(UnitStatus::SemiActive),
                                  enumKey(UnitStatus::Revived), enumKey(RevivalPath::ManagementChange)};
    const QString unitsSql = QStringLiteral(
        "SELECT province_id, COUNT(*), SUM(cand), SUM(cand * has_market * justified), SUM(rev), "
        "SUM(CASE WHEN rev = 1 AND revival_path = mgmt THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN cand * has_market * justified = 1 THEN jobs_restorable ELSE 0 END) "
        "FROM (SELECT province_id, jobs_restorable, revival_path, has_market, justified, "
        "        CASE WHEN status IN (?, ?) THEN 1 ELSE 0 END AS cand, "
        "        CASE WHEN status = ? THEN 1 ELSE 0 END AS rev, CAST(? AS TEXT) AS mgmt FROM unit) u "
        "GROUP BY province_id");
    if (auto done = collect(db, unitsSql, unitValues, rows,
                            [](ProvinceStats& s, const QSqlQuery& q) {
                                s.units = n(q, 1);
                                s.unitsCandidate = n(q, 2);
                                s.unitsEligible = n(q, 3);
                                s.unitsRevived = n(q, 4);
                                s.unitsRevivedByManagementChange = n(q, 5);
                                s.jobsRestorableEligible = n(q, 6);
                            });
        !done)
        return done.error();

    if (auto done =
            collect(db,
                    QStringLiteral("SELECT p.province_id, COUNT(*) FROM progress_report r "
                                   "JOIN project p ON p.id = r.project_id GROUP BY p.province_id"),
                    {}, rows, [](ProvinceStats& s, const QSqlQuery& q) { s.progressReports = n(q, 1); });
        !done)
        return done.error();

    for (const auto& [table, where, field] :
         {std::tuple{"obstacle", " WHERE o.resolved IS NULL", &ProvinceStats::obstaclesOpen},
          std::tuple{"action", "", &ProvinceStats::actions}}) {
        const QString statement = u"SELECT COALESCE(p.province_id, u.province_id), COUNT(*) FROM " +
                                  QLatin1String(table) +
                                  u" o LEFT JOIN project p ON p.id = o.project_id "
                                  u"LEFT JOIN unit u ON u.id = o.unit_id" +
                                  QLatin1String(where) + u" GROUP BY COALESCE(p.province_id, u.province_id)";
        const auto member = field;
        if (auto done = collect(db, statement, {}, rows,
                                [member](ProvinceStats& s, const QSqlQuery& q) { s.*member = n(q, 1); });
            !done)
            return done.error();
    }

    auto names = sql::run(db, QStringLiteral("SELECT id, code, name_fa, name_en FROM province ORDER BY id"));
    if (!names)
        return names.error();
    Stats stats;
    // The names of a row are data in both languages (the CLI writes name_en into JSON), not text to
    // translate.
    stats.total.nameEn = QStringLiteral("All provinces");
    stats.total.nameFa = QStringLiteral("همه استان‌ها");
    while (names->next()) {
        const Id id = names->value(0).toLongLong();
        const auto found = rows.constFind(id);
        if (found == rows.constEnd() || (found->projects == 0 && found->units == 0))
            continue;
        ProvinceStats s = *found;
        s.code = names->value(1).toString();
        s.nameFa = names->value(2).toString();
        s.nameEn = names->value(3).toString();
        add(stats.total, s);
        stats.provinces << s;
    }
    return stats;
}

} // namespace ehya::storage
