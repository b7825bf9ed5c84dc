#pragma once

#include "core/Records.h"
#include "core/Result.h"
#include "engine/BudgetPlan.h"
#include "engine/Explain.h"
#include "engine/Ranking.h"
#include "engine/Scenario.h"
#include "engine/Sensitivity.h"
#include "storage/Database.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

// The ranking as managers ask for it: a kind, a province (or all), a stored scenario, a budget
// and a plan, an as-of date, and optionally the sensitivity spread. Shared by `ehya-cli rank` and
// the GUI's ranking view, so both show the same list.
namespace ehya::io {

struct RankRequest
{
    engine::Kind kind = engine::Kind::Project;
    Id provinceId = 0; // 0: every province
    QString scenario;  // empty: the seed policy
    std::optional<Rials> budget;
    engine::PlanMode plan = engine::PlanMode::Policy;
    QDate asOf;                 // required for units (months idle)
    int sensitivitySamples = 0; // 0: no sensitivity
    quint64 seed = 1;
};

struct RankRowInfo // what a person needs next to each ranked item
{
    QString code;  // permit or licence number
    QString title; // project title or unit name
    QString provinceFa, provinceEn;
    QString countyFa, countyEn;
    double progress = 0; // projects
};

struct RankReport
{
    RankRequest request;
    engine::Scenario scenario;
    engine::Ranking ranking;
    QList<RankRowInfo> info;                 // aligned with ranking.items
    std::optional<engine::PlanResult> plan;  // with a budget
    std::optional<engine::PlanResult> other; // the other plan mode, same budget (for the gain)
    std::vector<engine::RankSpread> spread;  // aligned with ranking.items, when asked
    // The candidates the ranking was made from (one kind filled), for explanations.
    std::vector<engine::ProjectCandidate> projects;
    std::vector<engine::UnitCandidate> units;
    // The names of every candidate (aligned with projects / units, ranked or not), so that the
    // report can be ranked again in memory (io/RankCompare.h rerank).
    QList<RankRowInfo> candidateInfo;
};

Result<RankReport> buildRankReport(storage::Database& db, const RankRequest& request);

// A stored scenario's name as people read it: the seed policy in the language of the messages
// ("Seed policy", «سیاست پایه»), any other name as it was saved. Screens, the PDF and the
// dashboard show this; exports (CSV, XLSX, JSON) keep the stored name.
QString scenarioDisplayName(const QString& stored);

// Why the item at `position` ranks there and what would move it (engine/Explain.h), under the
// report's scenario and plan.
engine::Explanation explainItem(const RankReport& report, std::size_t position);

// The positions of the items with this permit / licence number (Persian or Latin digits). Numbers
// are unique per province only: over every province there may be more than one.
QList<std::size_t> findByCode(const RankReport& report, const QString& code);

// The stable key of criterion `c` of a kind ("progress", "jobs_per_cost", ...), for CSV and JSON.
QString criterionKey(engine::Kind kind, std::size_t c);

} // namespace ehya::io
