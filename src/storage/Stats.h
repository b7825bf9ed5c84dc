#pragma once

#include "Database.h"
#include "core/Records.h"
#include "core/Result.h"

#include <QList>
#include <QString>

#include <array>

// The figures of `ehya-cli stats`, per province, computed in SQL.
namespace ehya::storage {

struct ProvinceStats
{
    Id provinceId = 0;
    QString code, nameFa, nameEn;
    qint64 projects = 0;                         // all statuses
    qint64 halfFinished = 0;                     // under construction or stalled
    std::array<qint64, 4> halfFinishedPerTier{}; // A..D at the default thresholds 75/50/25
    qint64 halfFinishedAbove60 = 0;              // progress > 60 (West Azerbaijan's programme)
    Rials remainingRial = 0;                     // over the half-finished projects
    qint64 plannedJobs = 0;                      // over the half-finished projects
    qint64 countiesWithProjects = 0;
    qint64 units = 0;          // all statuses
    qint64 unitsCandidate = 0; // idle or semi-active
    qint64 unitsEligible = 0;  // idle or semi-active, has market and justified
    qint64 unitsRevived = 0;   // returned to production
    qint64 unitsRevivedByManagementChange = 0;
    qint64 jobsRestorableEligible = 0;
    qint64 progressReports = 0;
    qint64 obstaclesOpen = 0;
    qint64 actions = 0;
};

struct Stats
{
    QList<ProvinceStats> provinces; // provinces with at least one project or unit
    ProvinceStats total;            // sums over all provinces
};

Result<Stats> computeStats(Database& db);

} // namespace ehya::storage
