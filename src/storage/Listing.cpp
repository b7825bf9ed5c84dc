#include "Listing.h"

#include "RowReaders.h"
#include "SqlUtil.h"
#include "Statement.h"
#include "StorageText.h"
#include "core/Enums.h"
#include "core/PersianText.h"

#include <QScopeGuard>

#include <sqlite3.h>

namespace ehya::storage {

using namespace Qt::StringLiterals;

namespace {

QVariantList byProvince(Id provinceId)
{
    return {QVariant::fromValue<qint64>(provinceId), QVariant::fromValue<qint64>(provinceId)};
}

// The names every list row carries, read after the record's own columns.
// The names of every province, county, estate and sector, read once per listing: a few hundred
// rows that 100k records share (no join, no string made per record).
struct PlaceNames
{
    struct Name
    {
        QString fa, en, isic;
    };
    QHash<Id, Name> provinces, counties, estates, sectors;

    static Result<PlaceNames> load(Database& db)
    {
        PlaceNames out;
        for (const auto& [table, target] :
             {std::pair{"province", &out.provinces}, std::pair{"county", &out.counties},
              std::pair{"estate", &out.estates}, std::pair{"sector", &out.sectors}}) {
            const bool sector = target == &out.sectors;
            auto query = sql::run(db, u"SELECT id, name_fa, name_en" + (sector ? u", isic"_s : u", ''"_s) +
                                          u" FROM " + QLatin1String(table));
            if (!query)
                return query.error();
            while (query->next())
                target->insert(
                    query->value(0).toLongLong(),
                    {query->value(1).toString(), query->value(2).toString(), query->value(3).toString()});
        }
        return out;
    }

    template <typename Row, typename Record> void fill(Row& row, const Record& r) const
    {
        const Name province = provinces.value(r.provinceId);
        const Name county = counties.value(r.countyId);
        const Name estate = estates.value(r.estateId);
        const Name sector = sectors.value(r.sectorId);
        row.provinceFa = province.fa;
        row.provinceEn = province.en;
        row.countyFa = county.fa;
        row.countyEn = county.en;
        row.estateFa = estate.fa;
        row.estateEn = estate.en;
        row.sectorFa = sector.fa;
        row.sectorEn = sector.en;
        row.sectorIsic = sector.isic;
    }
};

// Steps through `statement` (its parameters bound as integers), filling one row per result row:
// on SQLite straight from the statement, else through QSqlQuery.
template <typename Row, typename Fill>
Status stepRows(Database& db, const QString& statement, const QVariantList& binds,
                const std::function<Status(const Row&)>& each, Fill fill)
{
    auto loaded = PlaceNames::load(db);
    if (!loaded)
        return loaded.error();
    const PlaceNames& names = *loaded;
    Row row;
    if (sqlite3* handle = nativeSqlite(db)) {
        sqlite3_stmt* st = nullptr;
        const QByteArray text = statement.toUtf8();
        if (sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &st, nullptr) != SQLITE_OK)
            return Error{Error::Kind::Database, StorageText::tr("A database query failed: %1")
                                                    .arg(QString::fromUtf8(sqlite3_errmsg(handle)))};
        const auto finalize = qScopeGuard([st] { sqlite3_finalize(st); });
        for (qsizetype b = 0; b < binds.size(); ++b)
            sqlite3_bind_int64(st, int(b) + 1, binds.at(b).toLongLong());
        int code = SQLITE_ROW;
        while ((code = sqlite3_step(st)) == SQLITE_ROW) {
            fill(detail::NativeCells{st}, row, names);
            if (auto done = each(row); !done)
                return done;
        }
        if (code != SQLITE_DONE)
            return Error{Error::Kind::Database, StorageText::tr("A database query failed: %1")
                                                    .arg(QString::fromUtf8(sqlite3_errmsg(handle)))};
        return {};
    }
    auto query = sql::run(db, statement, binds);
    if (!query)
        return query.error();
    while (query->next()) {
        fill(detail::QueryCells{*query}, row, names);
        if (auto done = each(row); !done)
            return done;
    }
    return {};
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
    // One row (after an edit): its own obstacles only, through the owner index.
    const bool one = rows.size() == 1;
    auto query =
        sql::run(db,
                 u"SELECT " + ownerColumn + u", obstacle_type FROM obstacle WHERE resolved IS NULL AND " +
                     ownerColumn + (one ? u" = ?"_s : u" IS NOT NULL"_s),
                 one ? QVariantList{QVariant::fromValue<qint64>((rows[0].*record).id)} : QVariantList{});
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
        u"SELECT " + detail::projectSelectColumns(QStringLiteral("p")) +
        // A correlated MAX on the (project_id, report_date) index: faster than joining a GROUP BY.
        (withLastDates ? u", (SELECT MAX(report_date) FROM progress_report WHERE project_id = p.id)"_s
                       : u", NULL"_s) +
        u" FROM project p " +
        (id != 0 ? u"WHERE p.id = ?"_s : u"WHERE ? = 0 OR p.province_id = ? ORDER BY p.id"_s);
    return stepRows<ProjectRow>(db, statement, rowFilter(provinceId, id), each,
                                [](const auto& cells, ProjectRow& row, const PlaceNames& names) {
                                    row.project = detail::readProjectCells(cells, 0);
                                    names.fill(row, row.project);
                                    row.lastReport = cells.date(detail::projectColumnCount());
                                });
}

Status eachUnit(Database& db, Id provinceId, Id id, const EachUnit& each, bool withLastDates)
{
    const QString statement =
        u"SELECT " + detail::unitSelectColumns(QStringLiteral("u")) +
        (withLastDates ? u", (SELECT MAX(COALESCE(finished, started)) FROM action WHERE unit_id = u.id)"_s
                       : u", NULL"_s) +
        u" FROM unit u " +
        (id != 0 ? u"WHERE u.id = ?"_s : u"WHERE ? = 0 OR u.province_id = ? ORDER BY u.id"_s);
    return stepRows<UnitRow>(db, statement, rowFilter(provinceId, id), each,
                             [](const auto& cells, UnitRow& row, const PlaceNames& names) {
                                 row.unit = detail::readUnitCells(cells, 0);
                                 names.fill(row, row.unit);
                                 row.lastAction = cells.date(detail::unitColumnCount());
                             });
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
    if (id == 0) // 0 would read every province's rows
        return std::optional<ProjectRow>();
    return oneRow<ProjectRow>(db, u"project_id"_s,
                              [&](const EachProject& each) { return eachProject(db, 0, id, each, true); });
}

Result<std::optional<UnitRow>> unitRow(Database& db, Id id)
{
    if (id == 0)
        return std::optional<UnitRow>();
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
