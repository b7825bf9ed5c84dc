#include "Listing.h"

#include "RowReaders.h"
#include "SqlUtil.h"
#include "core/Enums.h"
#include "core/PersianText.h"

namespace ehya::storage {

using namespace Qt::StringLiterals;

namespace {

QVariantList byProvince(Id provinceId)
{
    return {QVariant::fromValue<qint64>(provinceId), QVariant::fromValue<qint64>(provinceId)};
}

// The names every list row carries, read after the record's own columns.
template <typename Row> void readNames(const QSqlQuery& query, int& i, Row& row)
{
    row.provinceFa = query.value(i++).toString();
    row.provinceEn = query.value(i++).toString();
    row.countyFa = query.value(i++).toString();
    row.countyEn = query.value(i++).toString();
    row.sectorFa = query.value(i++).toString();
    row.sectorEn = query.value(i++).toString();
    row.estateFa = query.value(i++).toString();
    row.estateEn = query.value(i++).toString();
    row.sectorIsic = query.value(i++).toString();
}

QString namesSql()
{
    return QStringLiteral(
        ", pr.name_fa, pr.name_en, c.name_fa, c.name_en, s.name_fa, s.name_en, e.name_fa, e.name_en, s.isic");
}

QString joinsSql(const QString& alias)
{
    return u"JOIN province pr ON pr.id = " + alias + u".province_id JOIN county c ON c.id = " + alias +
           u".county_id JOIN sector s ON s.id = " + alias + u".sector_id LEFT JOIN estate e ON e.id = " +
           alias + u".estate_id ";
}

template <typename Row>
Result<QList<Row>> collect(const std::function<Status(const std::function<Status(const Row&)>&)>& each)
{
    QList<Row> out;
    if (auto done = each([&out](const Row& row) -> Status {
            out << row;
            return {};
        });
        !done)
        return done.error();
    return out;
}

Result<QHash<QString, Id>> codes(Database& db, const QString& statement)
{
    auto query = sql::run(db, statement);
    if (!query)
        return query.error();
    QHash<QString, Id> out;
    while (query->next())
        out.insert(codeKey(query->value(1).toLongLong(), query->value(2).toString()),
                   query->value(0).toLongLong());
    return out;
}

// Sets Row::openObstacles from the obstacles not yet resolved, in one query.
template <typename Row, typename Record>
Status markOpenObstacles(Database& db, const QString& ownerColumn, QList<Row>& rows, Record Row::*record)
{
    QHash<Id, qsizetype> index;
    index.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        index.insert((rows[i].*record).id, i);
    auto query =
        sql::run(db, u"SELECT " + ownerColumn + u", obstacle_type FROM obstacle WHERE resolved IS NULL AND " +
                         ownerColumn + u" IS NOT NULL");
    if (!query)
        return query.error();
    while (query->next()) {
        const auto found = index.constFind(query->value(0).toLongLong());
        const auto type = enumFromText<ObstacleType>(query->value(1).toString());
        if (found != index.constEnd() && type)
            rows[*found].openObstacles |= 1u << int(*type);
    }
    return {};
}

} // namespace

namespace {

QVariantList rowFilter(Id provinceId, Id id)
{
    return id != 0 ? QVariantList{QVariant::fromValue<qint64>(id)} : byProvince(provinceId);
}

Status eachProject(Database& db, Id provinceId, Id id, const EachProject& each, bool withLastDates)
{
    const QString statement =
        u"SELECT " + detail::projectSelectColumns(QStringLiteral("p")) + namesSql() +
        (withLastDates ? u", r.last_report"_s : u", NULL"_s) + u" FROM project p " +
        joinsSql(QStringLiteral("p")) +
        (withLastDates
             ? u"LEFT JOIN (SELECT project_id, MAX(report_date) AS last_report FROM progress_report "
               u"GROUP BY project_id) r ON r.project_id = p.id "_s
             : QString()) +
        (id != 0 ? u"WHERE p.id = ?"_s : u"WHERE ? = 0 OR p.province_id = ? ORDER BY p.id"_s);
    auto query = sql::run(db, statement, rowFilter(provinceId, id));
    if (!query)
        return query.error();
    ProjectRow row;
    while (query->next()) {
        int i = 0;
        row.project = detail::readProject(*query, 0, &i);
        readNames(*query, i, row);
        row.lastReport = sql::toDate(query->value(i++));
        if (auto done = each(row); !done)
            return done;
    }
    return {};
}

Status eachUnit(Database& db, Id provinceId, Id id, const EachUnit& each, bool withLastDates)
{
    const QString statement =
        u"SELECT " + detail::unitSelectColumns(QStringLiteral("u")) + namesSql() +
        (withLastDates ? u", a.last_action"_s : u", NULL"_s) + u" FROM unit u " +
        joinsSql(QStringLiteral("u")) +
        (withLastDates
             ? u"LEFT JOIN (SELECT unit_id, MAX(COALESCE(finished, started)) AS last_action FROM action "
               u"WHERE unit_id IS NOT NULL GROUP BY unit_id) a ON a.unit_id = u.id "_s
             : QString()) +
        (id != 0 ? u"WHERE u.id = ?"_s : u"WHERE ? = 0 OR u.province_id = ? ORDER BY u.id"_s);
    auto query = sql::run(db, statement, rowFilter(provinceId, id));
    if (!query)
        return query.error();
    UnitRow row;
    while (query->next()) {
        int i = 0;
        row.unit = detail::readUnit(*query, 0, &i);
        readNames(*query, i, row);
        row.lastAction = sql::toDate(query->value(i++));
        if (auto done = each(row); !done)
            return done;
    }
    return {};
}

// One row by id, as the lists show it.
template <typename Row, typename Each>
Result<std::optional<Row>> oneRow(Database& db, const QString& ownerColumn, const Each& each)
{
    QList<Row> rows;
    if (auto done = each([&rows](const Row& row) -> Status {
            rows << row;
            return {};
        });
        !done)
        return done.error();
    if (rows.isEmpty())
        return std::optional<Row>();
    if constexpr (std::is_same_v<Row, ProjectRow>) {
        if (auto marked = markOpenObstacles(db, ownerColumn, rows, &ProjectRow::project); !marked)
            return marked.error();
    } else {
        if (auto marked = markOpenObstacles(db, ownerColumn, rows, &UnitRow::unit); !marked)
            return marked.error();
    }
    return std::optional<Row>(rows.first());
}

} // namespace

Status forEachProjectRow(Database& db, Id provinceId, const EachProject& each, bool withLastDates)
{
    return eachProject(db, provinceId, 0, each, withLastDates);
}

Status forEachUnitRow(Database& db, Id provinceId, const EachUnit& each, bool withLastDates)
{
    return eachUnit(db, provinceId, 0, each, withLastDates);
}

Result<std::optional<ProjectRow>> projectRow(Database& db, Id id)
{
    return oneRow<ProjectRow>(db, u"project_id"_s,
                              [&](const EachProject& each) { return eachProject(db, 0, id, each, true); });
}

Result<std::optional<UnitRow>> unitRow(Database& db, Id id)
{
    return oneRow<UnitRow>(db, u"unit_id"_s,
                           [&](const EachUnit& each) { return eachUnit(db, 0, id, each, true); });
}

Status forEachReportRow(Database& db, Id provinceId, const EachReport& each)
{
    const QString statement = QStringLiteral(
        "SELECT r.id, r.project_id, r.report_date, r.percent, r.reported_by, r.note, p.permit_no, "
        "pr.name_fa, pr.name_en FROM progress_report r JOIN project p ON p.id = r.project_id "
        "JOIN province pr ON pr.id = p.province_id "
        "WHERE ? = 0 OR p.province_id = ? ORDER BY r.project_id, r.report_date, r.id");
    auto query = sql::run(db, statement, byProvince(provinceId));
    if (!query)
        return query.error();
    ReportRow row;
    while (query->next()) {
        row.report.id = query->value(0).toLongLong();
        row.report.projectId = query->value(1).toLongLong();
        row.report.date = sql::toDate(query->value(2));
        row.report.percent = query->value(3).toDouble();
        row.report.reportedBy = query->value(4).toString();
        row.report.note = query->value(5).toString();
        row.permitNo = query->value(6).toString();
        row.provinceFa = query->value(7).toString();
        row.provinceEn = query->value(8).toString();
        if (auto done = each(row); !done)
            return done;
    }
    return {};
}

Result<QList<ProjectRow>> listProjectRows(Database& db, Id provinceId)
{
    auto rows =
        collect<ProjectRow>([&](const EachProject& each) { return forEachProjectRow(db, provinceId, each); });
    if (rows) {
        if (auto marked = markOpenObstacles(db, u"project_id"_s, *rows, &ProjectRow::project); !marked)
            return marked.error();
    }
    return rows;
}

Result<QList<UnitRow>> listUnitRows(Database& db, Id provinceId)
{
    auto rows = collect<UnitRow>([&](const EachUnit& each) { return forEachUnitRow(db, provinceId, each); });
    if (rows) {
        if (auto marked = markOpenObstacles(db, u"unit_id"_s, *rows, &UnitRow::unit); !marked)
            return marked.error();
    }
    return rows;
}

QString codeKey(Id provinceId, const QString& code)
{
    return QString::number(provinceId) + u'|' + searchKey(code);
}

Result<QHash<QString, Id>> projectCodes(Database& db)
{
    return codes(db, QStringLiteral("SELECT id, province_id, permit_no FROM project"));
}

Result<QHash<QString, Id>> unitCodes(Database& db)
{
    return codes(db, QStringLiteral("SELECT id, province_id, licence_no FROM unit"));
}

} // namespace ehya::storage
