#include "RankCompare.h"

#include "IoText.h"

#include "storage/Candidates.h"

#include <QHash>

namespace ehya::io {

namespace {

void planReport(RankReport& report)
{
    report.plan.reset();
    report.other.reset();
    if (!report.request.budget)
        return;
    const auto mode = report.request.plan;
    const auto otherMode =
        mode == engine::PlanMode::Policy ? engine::PlanMode::MaxJobs : engine::PlanMode::Policy;
    report.plan = engine::plan(report.ranking, *report.request.budget, mode);
    report.other = engine::plan(report.ranking, *report.request.budget, otherMode);
}

} // namespace

Status rerank(RankReport& report, const engine::Scenario& scenario)
{
    const std::string problem = scenario.validate();
    if (!problem.empty())
        return Error{Error::Kind::Invalid, QString::fromStdString(problem)};
    report.scenario = scenario;
    if (report.request.kind == engine::Kind::Project)
        report.ranking = engine::rankProjects(report.projects, report.scenario);
    else
        report.ranking =
            engine::rankUnits(report.units, report.scenario, storage::toEngineDay(report.request.asOf));
    report.info.clear();
    report.info.reserve(static_cast<qsizetype>(report.ranking.items.size()));
    for (const auto& item : report.ranking.items)
        report.info.append(report.candidateInfo.value(static_cast<qsizetype>(item.index)));
    report.spread.clear();
    planReport(report);
    return {};
}

Status replan(RankReport& report, std::optional<Rials> budget, engine::PlanMode mode)
{
    if (budget && *budget < 0)
        return Error{Error::Kind::Invalid, IoText::tr("The budget cannot be negative.")};
    report.request.budget = budget;
    report.request.plan = mode;
    report.spread.clear();
    planReport(report);
    return {};
}

std::vector<engine::RankSpread> sensitivityOf(const RankReport& report, int samples, quint64 seed,
                                              std::function<bool(int)> progress)
{
    std::optional<engine::PlanSettings> plan;
    if (report.plan)
        plan = engine::PlanSettings{report.plan->budget, report.plan->mode};
    const engine::SensitivityOptions options{samples, 0.25, seed, plan, std::move(progress)};
    if (report.request.kind == engine::Kind::Project)
        return engine::projectSensitivity(report.projects, report.scenario, options);
    return engine::unitSensitivity(report.units, report.scenario, storage::toEngineDay(report.request.asOf),
                                   options);
}

QList<RankMove> compareReports(const RankReport& a, const RankReport& b)
{
    QList<RankMove> moves;
    QHash<qint64, qsizetype> byId;
    const auto add = [&](const RankReport& report, bool inA) {
        for (std::size_t p = 0; p < report.ranking.items.size(); ++p) {
            const auto& item = report.ranking.items[p];
            const bool funded = report.plan && report.plan->funded[p];
            auto it = byId.find(item.id);
            if (it == byId.end()) {
                RankMove move;
                move.id = item.id;
                move.code = report.info.value(static_cast<qsizetype>(p)).code;
                move.title = report.info.value(static_cast<qsizetype>(p)).title;
                it = byId.insert(item.id, moves.size());
                moves.append(move);
            }
            RankMove& move = moves[*it];
            (inA ? move.rankA : move.rankB) = item.rank;
            (inA ? move.fundedA : move.fundedB) = funded;
        }
    };
    add(b, false);
    add(a, true);
    return moves;
}

} // namespace ehya::io
