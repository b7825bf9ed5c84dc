#pragma once

#include "DisplaySettings.h"
#include "engine/BudgetPlan.h"
#include "engine/Scenario.h"

#include <QCoreApplication>
#include <QString>

// The words of the ranking view shared by its parts: criterion names, plan modes, eligible states.
namespace ehya::gui {

class RankingText final
{
    Q_DECLARE_TR_FUNCTIONS(ehya::gui::RankingText)

public:
    RankingText() = delete;

    static QString criterion(engine::Kind kind, std::size_t c); // "cost per job", ...
    static QString plan(engine::PlanMode mode);                 // "policy" / "max jobs"
    static QString kind(engine::Kind kind);                     // "Half-finished projects" / "Idle units"
    static int stateCount(engine::Kind kind);
    static QString state(engine::Kind kind, int state); // the record status label
    // Why `scenario` is not valid, one translated sentence per rule of engine::Scenario::validate()
    // (weights of each kind, tier thresholds); empty exactly when validate() is empty.
    static QString scenarioProblem(const DisplaySettings& s, const engine::Scenario& scenario);
    // What the other plan mode would restore with the same money, by the sign of the difference
    // (an approximate max-jobs plan can restore fewer jobs than the policy order).
    static QString otherPlanSentence(const DisplaySettings& s, engine::PlanMode mode, qint64 jobs,
                                     qint64 otherJobs);
    // A number with a fixed number of decimals in the settings' digits ("۹۰٫۰", "90.0").
    static QString decimal(const DisplaySettings& s, double value, int decimals = 1);
};

} // namespace ehya::gui
