#include "RankingText.h"

#include "TableFormat.h"
#include "core/Enums.h"
#include "core/Records.h"

#include <cmath>

namespace ehya::gui {

QString RankingText::criterion(engine::Kind kind, std::size_t c)
{
    static const char* const projectNames[] = {QT_TR_NOOP("cost per job"), QT_TR_NOOP("physical progress"),
                                               QT_TR_NOOP("remaining investment"), QT_TR_NOOP("planned jobs"),
                                               QT_TR_NOOP("export-oriented")};
    static const char* const unitNames[] = {QT_TR_NOOP("cost per job"), QT_TR_NOOP("restart cost"),
                                            QT_TR_NOOP("jobs restorable"), QT_TR_NOOP("months idle"),
                                            QT_TR_NOOP("export-oriented")};
    if (c >= engine::kCriteria)
        return {};
    return tr(kind == engine::Kind::Project ? projectNames[c] : unitNames[c]);
}

QString RankingText::plan(engine::PlanMode mode)
{
    return mode == engine::PlanMode::Policy ? tr("policy order") : tr("most jobs");
}

QString RankingText::kind(engine::Kind kind)
{
    return kind == engine::Kind::Project ? tr("Half-finished projects") : tr("Idle units");
}

int RankingText::stateCount(engine::Kind kind)
{
    return kind == engine::Kind::Project ? 4 : 5;
}

QString RankingText::state(engine::Kind kind, int state)
{
    if (kind == engine::Kind::Project)
        return enumLabel(static_cast<ProjectStatus>(state));
    return enumLabel(static_cast<UnitStatus>(state));
}

QString RankingText::scenarioProblem(const DisplaySettings& s, const engine::Scenario& scenario)
{
    if (scenario.validate().empty())
        return {};
    // The rules of Scenario::validate(), in its order.
    const auto weightsProblem = [](const std::array<double, engine::kCriteria>& weights, bool project) {
        double sum = 0;
        for (double w : weights) {
            if (!std::isfinite(w) || w < 0)
                return project ? tr("The weights of projects must be zero or positive numbers.")
                               : tr("The weights of units must be zero or positive numbers.");
            sum += w;
        }
        if (sum <= 0)
            return project ? tr("The weights of projects are all zero: at least one must be positive.")
                           : tr("The weights of units are all zero: at least one must be positive.");
        return QString();
    };
    if (QString p = weightsProblem(scenario.projectWeights, true); !p.isEmpty())
        return p;
    if (QString p = weightsProblem(scenario.unitWeights, false); !p.isEmpty())
        return p;
    if (!scenario.tiers.valid())
        return tr("The tier thresholds must decrease from tier %1 to tier %2 and tier %3, lie between 0 and "
                  "100 and have at most one decimal.")
            .arg(tierLabel(s, engine::Tier::A), tierLabel(s, engine::Tier::B), tierLabel(s, engine::Tier::C));
    return tr("The scenario is not valid."); // a rule the engine has and this list has not (yet)
}

QString RankingText::otherPlanSentence(const DisplaySettings& s, engine::PlanMode mode, qint64 jobs,
                                       qint64 otherJobs)
{
    const qint64 more = otherJobs - jobs; // what the other mode brings over this one
    const QString n = formatCountCell(s, more < 0 ? -more : more);
    if (mode == engine::PlanMode::Policy) {
        if (more > 0)
            return tr("Choosing for the most jobs would restore %1 more jobs with the same money.").arg(n);
        if (more < 0)
            return tr("Choosing for the most jobs would restore %1 fewer jobs with the same money.").arg(n);
        return tr("Choosing for the most jobs would restore as many jobs with the same money.");
    }
    if (more < 0)
        return tr("The policy order would restore %1 fewer jobs with the same money.").arg(n);
    if (more > 0)
        return tr("The policy order would restore %1 more jobs with the same money.").arg(n);
    return tr("The policy order would restore as many jobs with the same money.");
}

QString RankingText::decimal(const DisplaySettings& s, double value, int decimals)
{
    return formatFixed(value, decimals, s.digits); // fixed, so that a column lines up
}

} // namespace ehya::gui
