#include "Dashboard.h"

#include "RankingService.h"
#include "core/Enums.h"
#include "storage/SqlUtil.h"

namespace ehya::io {

namespace {

using storage::Database;
namespace sql = storage::sql;

qint64 n(const QSqlQuery& q, int i)
{
    return q.value(i).toLongLong();
}

// The half-finished statuses and the idle ones, as bound values.
QVariantList halfFinishedKeys()
{
    return {enumKey(ProjectStatus::UnderConstruction), enumKey(ProjectStatus::Stalled)};
}

QVariantList idleKeys()
{
    return {enumKey(UnitStatus::Idle), enumKey(UnitStatus::SemiActive)};
}

// " AND <column> = ?" with the province bound, when one province is asked for. The column name
// comes from the code.
QString provinceCondition(Id provinceId, const char* column, QVariantList& values)
{
    if (provinceId == 0)
        return {};
    values << provinceId;
    return u" AND " + QLatin1String(column) + u" = ?";
}

Status projectFigures(Database& db, DashboardFigures& f)
{
    // Tiers as tierOf decides them (at one decimal): p reaches t when p >= t - 0.05.
    QVariantList values{f.tiers.t1 - 0.05, f.tiers.t2 - 0.05, f.tiers.t3 - 0.05};
    values << halfFinishedKeys();
    const QString where = provinceCondition(f.provinceId, "province_id", values);
    auto tiers = sql::run(db,
                          u"SELECT tier, COUNT(*), SUM(remaining_rial), SUM(planned_jobs) FROM "
                          u"(SELECT CASE WHEN progress >= ? THEN 0 WHEN progress >= ? THEN 1 "
                          u"WHEN progress >= ? THEN 2 ELSE 3 END AS tier, remaining_rial, planned_jobs "
                          u"FROM project WHERE status IN (?, ?)" +
                              where + u") p GROUP BY tier",
                          values);
    if (!tiers)
        return tiers.error();
    while (tiers->next()) {
        const int tier = tiers->value(0).toInt();
        if (tier < 0 || tier >= kTierCount)
            continue;
        TierFigures& t = f.perTier[size_t(tier)];
        t.projects = n(*tiers, 1);
        t.remainingRial = n(*tiers, 2);
        t.plannedJobs = n(*tiers, 3);
        f.halfFinished += t.projects;
        f.remainingRial += t.remainingRial;
        f.plannedJobs += t.plannedJobs;
    }
    QVariantList opValues{enumKey(ProjectStatus::Operational)};
    const QString opWhere = provinceCondition(f.provinceId, "province_id", opValues);
    auto operational = sql::scalar(db, u"SELECT COUNT(*) FROM project WHERE status = ?" + opWhere, opValues);
    if (!operational)
        return operational.error();
    f.projectsOperational = operational->toLongLong();
    return {};
}

Status unitFigures(Database& db, DashboardFigures& f)
{
    QVariantList values;
    const QString where = provinceCondition(f.provinceId, "province_id", values);
    auto statuses =
        sql::run(db, u"SELECT status, COUNT(*) FROM unit WHERE 1 = 1" + where + u" GROUP BY status", values);
    if (!statuses)
        return statuses.error();
    while (statuses->next()) {
        if (const auto status = enumFromText<UnitStatus>(statuses->value(0).toString()))
            f.unitsPerStatus[size_t(*status)] = n(*statuses, 1);
    }
    f.idleUnits =
        f.unitsPerStatus[size_t(UnitStatus::Idle)] + f.unitsPerStatus[size_t(UnitStatus::SemiActive)];
    f.unitsRevived = f.unitsPerStatus[size_t(UnitStatus::Revived)];

    QVariantList eligibleValues = idleKeys();
    const QString eligibleWhere = provinceCondition(f.provinceId, "province_id", eligibleValues);
    auto eligible = sql::run(db,
                             u"SELECT COUNT(*), SUM(jobs_restorable) FROM unit WHERE status IN (?, ?) "
                             u"AND has_market = 1 AND justified = 1" +
                                 eligibleWhere,
                             eligibleValues);
    if (!eligible)
        return eligible.error();
    if (eligible->next()) {
        f.eligibleUnits = n(*eligible, 0);
        f.jobsRestorable = n(*eligible, 1);
    }

    // The main obstacle: the open obstacle opened first; undated ones after dated ones on both
    // SQLite and PostgreSQL (which sort NULL differently), then the lower id.
    QVariantList mainValues = idleKeys();
    const QString mainWhere = provinceCondition(f.provinceId, "u.province_id", mainValues);
    auto main = sql::run(db,
                         u"SELECT m.obstacle_type, COUNT(*) FROM unit u LEFT JOIN obstacle m ON m.id = "
                         u"(SELECT o.id FROM obstacle o WHERE o.unit_id = u.id AND o.resolved IS NULL "
                         u"ORDER BY CASE WHEN o.opened IS NULL THEN 1 ELSE 0 END, o.opened, o.id LIMIT 1) "
                         u"WHERE u.status IN (?, ?)" +
                             mainWhere + u" GROUP BY m.obstacle_type",
                         mainValues);
    if (!main)
        return main.error();
    while (main->next()) {
        if (main->value(0).isNull())
            f.idleUnitsWithoutObstacle = n(*main, 1);
        else if (const auto type = enumFromText<ObstacleType>(main->value(0).toString()))
            f.idleUnitsPerMainObstacle[size_t(*type)] += n(*main, 1);
    }

    QVariantList openValues;
    const QString openWhere =
        provinceCondition(f.provinceId, "COALESCE(p.province_id, u.province_id)", openValues);
    auto open = sql::scalar(db,
                            u"SELECT COUNT(*) FROM obstacle o LEFT JOIN project p ON p.id = o.project_id "
                            u"LEFT JOIN unit u ON u.id = o.unit_id WHERE o.resolved IS NULL" +
                                openWhere,
                            openValues);
    if (!open)
        return open.error();
    f.openObstacles = open->toLongLong();
    return {};
}

Status countyFigures(Database& db, DashboardFigures& f)
{
    QVariantList values = halfFinishedKeys();
    values << idleKeys();
    const QString where = provinceCondition(f.provinceId, "c.province_id", values);
    auto counties = sql::run(
        db,
        u"SELECT c.id, c.province_id, c.name_fa, c.name_en, COALESCE(pp.n, 0), COALESCE(pp.rem, 0), "
        u"COALESCE(uu.n, 0) FROM county c "
        u"LEFT JOIN (SELECT county_id, COUNT(*) AS n, SUM(remaining_rial) AS rem FROM project "
        u"  WHERE status IN (?, ?) GROUP BY county_id) pp ON pp.county_id = c.id "
        u"LEFT JOIN (SELECT county_id, COUNT(*) AS n FROM unit WHERE status IN (?, ?) GROUP BY county_id) uu "
        u"  ON uu.county_id = c.id "
        u"WHERE (pp.n IS NOT NULL OR uu.n IS NOT NULL)" +
            where + u" ORDER BY COALESCE(pp.rem, 0) DESC, COALESCE(pp.n, 0) DESC, c.id",
        values);
    if (!counties)
        return counties.error();
    while (counties->next()) {
        CountyFigures c;
        c.countyId = n(*counties, 0);
        c.provinceId = n(*counties, 1);
        c.nameFa = counties->value(2).toString();
        c.nameEn = counties->value(3).toString();
        c.halfFinished = n(*counties, 4);
        c.remainingRial = n(*counties, 5);
        c.idleUnits = n(*counties, 6);
        f.counties << c;
    }
    return {};
}

QDate nextQuarterStart(const QDate& date, CalendarKind calendar)
{
    int year = 0;
    int quarter = 1;
    quarterStart(date, calendar, &year, &quarter);
    if (quarter == 4)
        return calendar == CalendarKind::Jalali ? fromJalali(year + 1, 1, 1) : QDate(year + 1, 1, 1);
    return calendar == CalendarKind::Jalali ? fromJalali(year, 3 * quarter + 1, 1)
                                            : QDate(year, 3 * quarter + 1, 1);
}

Status reportFigures(Database& db, DashboardFigures& f, CalendarKind calendar, int quarters)
{
    QVariantList values{sql::date(f.asOf)};
    const QString where = provinceCondition(f.provinceId, "p.province_id", values);
    const QString from = QStringLiteral("FROM progress_report r JOIN project p ON p.id = r.project_id ");
    auto latest =
        sql::scalar(db, u"SELECT MAX(r.report_date) " + from + u"WHERE r.report_date <= ?" + where, values);
    if (!latest)
        return latest.error();
    f.latestReport = sql::toDate(*latest);
    const QDate end = f.latestReport.isValid() ? f.latestReport : f.asOf;
    QList<QDate> starts{quarterStart(end, calendar)};
    while (starts.size() < quarters)
        starts.prepend(quarterStart(starts.first().addDays(-1), calendar));
    const QDate after = nextQuarterStart(starts.last(), calendar); // the day after the last quarter
    QString columns;
    QVariantList counted;
    for (qsizetype i = 0; i < starts.size(); ++i) {
        ReportPeriod period;
        period.first = starts[i];
        quarterStart(period.first, calendar, &period.year, &period.quarter);
        const QDate next = i + 1 < starts.size() ? starts[i + 1] : after;
        period.last = next.addDays(-1);
        f.reportPeriods << period;
        columns +=
            (i == 0 ? u"" : u", ") +
            QStringLiteral("SUM(CASE WHEN r.report_date >= ? AND r.report_date < ? THEN 1 ELSE 0 END)");
        counted << sql::date(period.first) << sql::date(next);
    }
    counted << sql::date(starts.first()) << sql::date(after);
    const QString countedWhere = provinceCondition(f.provinceId, "p.province_id", counted);
    auto counts = sql::run(db,
                           u"SELECT " + columns + u" " + from +
                               u"WHERE r.report_date >= ? AND r.report_date < ?" + countedWhere,
                           counted);
    if (!counts)
        return counts.error();
    if (counts->next()) {
        for (qsizetype i = 0; i < f.reportPeriods.size(); ++i)
            f.reportPeriods[i].reports = n(*counts, int(i));
    }
    return {};
}

} // namespace

QDate quarterStart(const QDate& date, CalendarKind calendar, int* year, int* quarter)
{
    int y = 0;
    int q = 1;
    QDate start;
    if (calendar == CalendarKind::Jalali) {
        const JalaliYmd j = toJalali(date);
        y = j.year;
        q = (j.month - 1) / 3 + 1;
        start = fromJalali(j.year, 3 * (q - 1) + 1, 1);
    } else {
        y = date.year();
        q = (date.month() - 1) / 3 + 1;
        start = QDate(y, 3 * (q - 1) + 1, 1);
    }
    if (year)
        *year = y;
    if (quarter)
        *quarter = q;
    return start;
}

Result<DashboardFigures> computeDashboard(Database& db, const DashboardRequest& request)
{
    DashboardFigures f;
    f.provinceId = request.provinceId;
    f.asOf = request.asOf.isValid() ? request.asOf : db.clock().today();
    f.tiers = request.tiers;
    if (auto done = projectFigures(db, f); !done)
        return done.error();
    if (auto done = unitFigures(db, f); !done)
        return done.error();
    if (auto done = countyFigures(db, f); !done)
        return done.error();
    if (auto done = reportFigures(db, f, request.calendar, qMax(1, request.quarters)); !done)
        return done.error();
    return f;
}

Result<DashboardFigures> computeDashboard(Database& db, Id provinceId, const engine::TierThresholds& tiers,
                                          QDate asOf)
{
    DashboardRequest request;
    request.provinceId = provinceId;
    request.tiers = tiers;
    request.asOf = asOf;
    return computeDashboard(db, request);
}

PlanHeadline planHeadline(const RankReport& report)
{
    PlanHeadline h;
    if (!report.plan)
        return h;
    h.valid = true;
    h.kind = report.request.kind;
    h.provinceId = report.request.provinceId;
    h.scenario = scenarioDisplayName(QString::fromStdString(report.scenario.name)); // as people read it
    h.mode = report.plan->mode;
    h.budget = report.plan->budget;
    h.items = report.plan->itemsFunded;
    h.cost = report.plan->cost;
    h.jobs = report.plan->jobs;
    if (report.other)
        h.otherModeJobs = report.other->jobs;
    return h;
}

} // namespace ehya::io
