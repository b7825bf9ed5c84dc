#pragma once

#include "RankingService.h"

#include <functional>
#include <optional>

// A loaded ranking changed in memory, as the ranking view does while a manager edits a scenario
// or a budget: no database read, the candidates are in the report. And two rankings compared
// item by item (which items move, which enter or leave the funded set).
namespace ehya::io {

// Ranks the report's candidates again under `scenario` (possibly edited, not saved), keeping the
// report's budget and plan mode. Invalid (with the scenario's own sentence) when the scenario is
// not valid; the report is then unchanged. The sensitivity spread is dropped (it was for the old
// scenario).
Status rerank(RankReport& report, const engine::Scenario& scenario);

// A new budget (nullopt: no plan) and plan mode over the same ranking. The spread is dropped
// (its funded shares were for the old plan). Invalid when the budget is negative.
Status replan(RankReport& report, std::optional<Rials> budget, engine::PlanMode mode);

// The sensitivity spread of the report's ranking under its scenario and plan (engine/Sensitivity.h),
// aligned with report.ranking.items. `progress` as in engine::SensitivityOptions: when it returns
// false the result is empty. Reads only the report: may run on a copy in another thread.
std::vector<engine::RankSpread> sensitivityOf(const RankReport& report, int samples, quint64 seed = 1,
                                              std::function<bool(int)> progress = {});

struct RankMove
{
    qint64 id = 0;
    QString code;
    QString title;
    std::optional<int> rankA; // nullopt: not ranked in A (not eligible there)
    std::optional<int> rankB;
    bool fundedA = false;
    bool fundedB = false;

    // Positive: moved up (a smaller rank number in B); nullopt when not ranked in both.
    std::optional<int> delta() const
    {
        if (!rankA || !rankB)
            return std::nullopt;
        return *rankA - *rankB;
    }
    bool enteredFunded() const { return !fundedA && fundedB; }
    bool leftFunded() const { return fundedA && !fundedB; }
};

// Every item ranked in A or B, by id: first in B's order, then those ranked only in A (in A's
// order). Both reports must be of the same kind.
QList<RankMove> compareReports(const RankReport& a, const RankReport& b);

} // namespace ehya::io
