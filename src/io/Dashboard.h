#pragma once

#include "core/Dates.h"
#include "core/Records.h"
#include "core/Result.h"
#include "engine/BudgetPlan.h"
#include "engine/Ranking.h"
#include "engine/Tier.h"
#include "storage/Database.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

// The manager's dashboard as plain figures (no widgets): what a province (or every province)
// has half-finished, idle and restorable, computed in SQL with bound values. The GUI draws it,
// a report could print it. Words used:
// - half-finished project: under construction or stalled (the ranking's candidates);
// - idle unit: idle or semi-active (the ranking's candidates); eligible: with a market and
//   economically justified;
// - main obstacle of a unit: its open obstacle opened first (undated last, then the lower id).
namespace ehya::io {

inline constexpr int kTierCount = 4;
inline constexpr int kUnitStatusCount = 5;
inline constexpr int kObstacleTypeCount = 13;

struct TierFigures
{
    qint64 projects = 0;
    Rials remainingRial = 0;
    qint64 plannedJobs = 0;
};

struct CountyFigures
{
    Id countyId = 0;
    Id provinceId = 0;
    QString nameFa, nameEn;
    qint64 halfFinished = 0;
    Rials remainingRial = 0; // over the half-finished projects
    qint64 idleUnits = 0;
};

struct ReportPeriod // one calendar quarter (Jalali: a season) and the reports dated in it
{
    int year = 0;    // Jalali or Gregorian year, as asked
    int quarter = 1; // 1..4 (Jalali: spring .. winter)
    QDate first, last;
    qint64 reports = 0;
};

struct DashboardFigures
{
    Id provinceId = 0; // 0: every province
    QDate asOf;
    engine::TierThresholds tiers;

    // Headline figures.
    qint64 halfFinished = 0;
    Rials remainingRial = 0; // over the half-finished projects
    qint64 plannedJobs = 0;  // over the half-finished projects
    qint64 idleUnits = 0;
    qint64 eligibleUnits = 0;
    qint64 jobsRestorable = 0; // over the eligible units
    qint64 openObstacles = 0;  // on every project and unit
    qint64 projectsOperational = 0;
    qint64 unitsRevived = 0;

    std::array<TierFigures, kTierCount> perTier{};                     // A..D, half-finished projects
    std::array<qint64, kUnitStatusCount> unitsPerStatus{};             // every unit, by UnitStatus
    std::array<qint64, kObstacleTypeCount> idleUnitsPerMainObstacle{}; // by ObstacleType
    qint64 idleUnitsWithoutObstacle = 0;
    QList<CountyFigures> counties;     // counties with a half-finished project or an idle unit,
                                       // most remaining investment first
    QList<ReportPeriod> reportPeriods; // oldest first, ending with the period of reportsUntil
    QDate latestReport;                // the latest report dated on or before asOf; null if none
};

struct DashboardRequest
{
    Id provinceId = 0;
    engine::TierThresholds tiers;
    QDate asOf;
    CalendarKind calendar = CalendarKind::Jalali; // quarters of this calendar
    int quarters = 8;                             // how many periods of progress reports
};

// The progress reports are counted over `quarters` quarters ending with the quarter of the latest
// report dated on or before asOf (so a database whose reports stopped a while ago still shows
// its last two years; the chart says which quarters).
Result<DashboardFigures> computeDashboard(storage::Database& db, const DashboardRequest& request);
Result<DashboardFigures> computeDashboard(storage::Database& db, Id provinceId,
                                          const engine::TierThresholds& tiers, QDate asOf);

// The first day of the quarter holding `date`, in that calendar, and its year and quarter number.
QDate quarterStart(const QDate& date, CalendarKind calendar, int* year = nullptr, int* quarter = nullptr);

// The current plan of the ranking view, as the dashboard shows it beside the province's figures.
struct PlanHeadline
{
    bool valid = false; // false: no plan yet (no budget)
    engine::Kind kind = engine::Kind::Project;
    Id provinceId = 0;
    QString scenario;
    engine::PlanMode mode = engine::PlanMode::Policy;
    Rials budget = 0;
    qint64 items = 0; // funded
    Rials cost = 0;
    qint64 jobs = 0;
    std::optional<qint64> otherModeJobs; // jobs the other plan mode reaches with the same budget
};

struct RankReport;
// The headline of a ranking's plan; not valid when the report has no budget.
PlanHeadline planHeadline(const RankReport& report);

} // namespace ehya::io
