#pragma once

#include "Database.h"
#include "core/Records.h"
#include "core/Result.h"

#include <QList>

// What the list views show: each record with the names of its references and the date of its
// last report, read in one query (no per-row queries when a view paints).
namespace ehya::storage {

struct ProjectRow
{
    Project project;
    QString provinceFa, provinceEn;
    QString countyFa, countyEn;
    QString sectorFa, sectorEn;
    QDate lastReport; // null when no progress report
};

struct UnitRow
{
    IdleUnit unit;
    QString provinceFa, provinceEn;
    QString countyFa, countyEn;
    QString sectorFa, sectorEn;
    QDate lastAction; // date of the latest action on the unit; null when none
};

Result<QList<ProjectRow>> listProjectRows(Database& db, Id provinceId = 0);
Result<QList<UnitRow>> listUnitRows(Database& db, Id provinceId = 0);

} // namespace ehya::storage
