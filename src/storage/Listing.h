#pragma once

#include "Database.h"
#include "core/Records.h"
#include "core/Result.h"

#include <QHash>
#include <QList>

#include <functional>
#include <optional>

// What the list views show: each record with the names of its references and the date of its
// last report, read in one query (no per-row queries when a view paints).
namespace ehya::storage {

struct ProjectRow
{
    Project project;
    QString provinceFa, provinceEn;
    QString countyFa, countyEn;
    QString sectorFa, sectorEn;
    QString estateFa, estateEn; // empty when not in an estate
    QString sectorIsic;
    QDate lastReport;          // null when no progress report
    quint32 openObstacles = 0; // bit (1 << ObstacleType) per type of open obstacle; listProjectRows only
};

struct UnitRow
{
    IdleUnit unit;
    QString provinceFa, provinceEn;
    QString countyFa, countyEn;
    QString sectorFa, sectorEn;
    QString estateFa, estateEn;
    QString sectorIsic;
    QDate lastAction;          // date of the latest action on the unit; null when none
    quint32 openObstacles = 0; // as ProjectRow::openObstacles; listUnitRows only
};

struct ReportRow // a progress report with the project it belongs to
{
    ProgressReport report;
    QString permitNo;
    QString provinceFa, provinceEn;
};

Result<QList<ProjectRow>> listProjectRows(Database& db, Id provinceId = 0);
Result<QList<UnitRow>> listUnitRows(Database& db, Id provinceId = 0);

// One row by id, as the lists show it (with last date and open obstacles); nullopt when it is gone.
Result<std::optional<ProjectRow>> projectRow(Database& db, Id id);
Result<std::optional<UnitRow>> unitRow(Database& db, Id id);

// The same rows one at a time, in id order, for exports of any size (nothing held in memory).
// Stops at the first error `each` returns.
using EachProject = std::function<Status(const ProjectRow&)>;
using EachUnit = std::function<Status(const UnitRow&)>;
using EachReport = std::function<Status(const ReportRow&)>;
// Without `withLastDates` the rows carry no lastReport / lastAction (one join less).
Status forEachProjectRow(Database& db, Id provinceId, const EachProject& each, bool withLastDates = true);
Status forEachUnitRow(Database& db, Id provinceId, const EachUnit& each, bool withLastDates = true);
Status forEachReportRow(Database& db, Id provinceId, const EachReport& each); // by project, date

// Permit (or licence) numbers already stored: "provinceId|search key of the number" → id.
Result<QHash<QString, Id>> projectCodes(Database& db);
Result<QHash<QString, Id>> unitCodes(Database& db);
QString codeKey(Id provinceId, const QString& code);

} // namespace ehya::storage
