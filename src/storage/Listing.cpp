#include "Listing.h"

#include "RowReaders.h"
#include "SqlUtil.h"

namespace ehya::storage {

Result<QList<ProjectRow>> listProjectRows(Database& db, Id provinceId)
{
    const QString statement =
        u"SELECT " + detail::projectSelectColumns(QStringLiteral("p")) +
        u", pr.name_fa, pr.name_en, c.name_fa, c.name_en, s.name_fa, s.name_en, r.last_report "
        u"FROM project p "
        u"JOIN province pr ON pr.id = p.province_id "
        u"JOIN county c ON c.id = p.county_id "
        u"JOIN sector s ON s.id = p.sector_id "
        u"LEFT JOIN (SELECT project_id, MAX(report_date) AS last_report FROM progress_report GROUP BY "
        u"project_id) r "
        u"ON r.project_id = p.id "
        u"WHERE ? = 0 OR p.province_id = ? ORDER BY p.id";
    auto query = sql::run(db, statement,
                          {QVariant::fromValue<qint64>(provinceId), QVariant::fromValue<qint64>(provinceId)});
    if (!query)
        return query.error();
    QList<ProjectRow> out;
    while (query->next()) {
        ProjectRow row;
        int i = 0;
        row.project = detail::readProject(*query, 0, &i);
        row.provinceFa = query->value(i++).toString();
        row.provinceEn = query->value(i++).toString();
        row.countyFa = query->value(i++).toString();
        row.countyEn = query->value(i++).toString();
        row.sectorFa = query->value(i++).toString();
        row.sectorEn = query->value(i++).toString();
        row.lastReport = sql::toDate(query->value(i++));
        out << row;
    }
    return out;
}

Result<QList<UnitRow>> listUnitRows(Database& db, Id provinceId)
{
    const QString statement =
        u"SELECT " + detail::unitSelectColumns(QStringLiteral("u")) +
        u", pr.name_fa, pr.name_en, c.name_fa, c.name_en, s.name_fa, s.name_en, a.last_action "
        u"FROM unit u "
        u"JOIN province pr ON pr.id = u.province_id "
        u"JOIN county c ON c.id = u.county_id "
        u"JOIN sector s ON s.id = u.sector_id "
        u"LEFT JOIN (SELECT unit_id, MAX(COALESCE(finished, started)) AS last_action FROM action "
        u"WHERE unit_id IS NOT NULL GROUP BY unit_id) a ON a.unit_id = u.id "
        u"WHERE ? = 0 OR u.province_id = ? ORDER BY u.id";
    auto query = sql::run(db, statement,
                          {QVariant::fromValue<qint64>(provinceId), QVariant::fromValue<qint64>(provinceId)});
    if (!query)
        return query.error();
    QList<UnitRow> out;
    while (query->next()) {
        UnitRow row;
        int i = 0;
        row.unit = detail::readUnit(*query, 0, &i);
        row.provinceFa = query->value(i++).toString();
        row.provinceEn = query->value(i++).toString();
        row.countyFa = query->value(i++).toString();
        row.countyEn = query->value(i++).toString();
        row.sectorFa = query->value(i++).toString();
        row.sectorEn = query->value(i++).toString();
        row.lastAction = sql::toDate(query->value(i++));
        out << row;
    }
    return out;
}

} // namespace ehya::storage
