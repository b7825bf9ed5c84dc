#include "RankingService.h"

#include "IoText.h"
#include "core/Digits.h"

#include "storage/Candidates.h"
#include "storage/Scenarios.h"

#include <QCoreApplication>
#include <QVariant>

namespace ehya::io {

namespace {

RankRowInfo infoOf(const std::string& code, const storage::CandidateNames& names, double progress)
{
    return {QString::fromStdString(code),
            names.title,
            names.provinceFa,
            names.provinceEn,
            names.countyFa,
            names.countyEn,
            progress};
}

} // namespace

Result<RankReport> buildRankReport(storage::Database& db, const RankRequest& request)
{
    RankReport report;
    report.request = request;
    storage::ScenarioRepository scenarios(db);
    const QString name = request.scenario.isEmpty() ? storage::seedPolicyName() : request.scenario;
    auto stored = scenarios.get(name);
    if (!stored)
        return stored.error();
    report.scenario = stored->scenario;
    if (request.budget && *request.budget < 0)
        return Error{Error::Kind::Invalid, IoText::tr("The budget cannot be negative.")};

    if (!report.request.asOf.isValid())
        report.request.asOf = QDate::currentDate();
    const engine::Day asOf = storage::toEngineDay(report.request.asOf);
    std::optional<engine::PlanSettings> plan;
    if (request.budget)
        plan = engine::PlanSettings{*request.budget, request.plan};

    std::vector<storage::CandidateNames> names;
    if (request.kind == engine::Kind::Project) {
        auto candidates = storage::loadProjectCandidates(db, request.provinceId, &names);
        if (!candidates)
            return candidates.error();
        report.ranking = engine::rankProjects(*candidates, report.scenario);
        if (request.sensitivitySamples > 0)
            report.spread = engine::projectSensitivity(
                *candidates, report.scenario, {request.sensitivitySamples, 0.25, request.seed, plan, {}});
        report.projects = std::move(*candidates);
    } else {
        auto candidates = storage::loadUnitCandidates(db, request.provinceId, &names);
        if (!candidates)
            return candidates.error();
        report.ranking = engine::rankUnits(*candidates, report.scenario, asOf);
        if (request.sensitivitySamples > 0)
            report.spread =
                engine::unitSensitivity(*candidates, report.scenario, asOf,
                                        {request.sensitivitySamples, 0.25, request.seed, plan, {}});
        report.units = std::move(*candidates);
    }
    if (plan) {
        report.plan = engine::plan(report.ranking, plan->budget, plan->mode);
        const auto otherMode =
            plan->mode == engine::PlanMode::Policy ? engine::PlanMode::MaxJobs : engine::PlanMode::Policy;
        report.other = engine::plan(report.ranking, plan->budget, otherMode);
    }

    const bool projects = request.kind == engine::Kind::Project;
    const std::size_t count = projects ? report.projects.size() : report.units.size();
    report.candidateInfo.reserve(static_cast<qsizetype>(count));
    for (std::size_t i = 0; i < count; ++i)
        report.candidateInfo.append(
            projects ? infoOf(report.projects[i].code, names[i], report.projects[i].progress)
                     : infoOf(report.units[i].code, names[i], 0));
    report.info.reserve(static_cast<qsizetype>(report.ranking.items.size()));
    for (const auto& item : report.ranking.items)
        report.info.append(report.candidateInfo[static_cast<qsizetype>(item.index)]);
    return report;
}

} // namespace ehya::io

namespace ehya::io {

QString scenarioDisplayName(const QString& stored)
{
    return stored == storage::seedPolicyName() ? IoText::tr("Seed policy") : stored;
}

engine::Explanation explainItem(const RankReport& report, std::size_t position)
{
    std::optional<engine::PlanSettings> plan;
    if (report.plan)
        plan = engine::PlanSettings{report.plan->budget, report.plan->mode};
    if (report.ranking.kind == engine::Kind::Project)
        return engine::explainProject(report.projects, report.scenario, report.ranking, position, plan);
    return engine::explainUnit(report.units, report.scenario, storage::toEngineDay(report.request.asOf),
                               report.ranking, position, plan);
}

QList<std::size_t> findByCode(const RankReport& report, const QString& code)
{
    const QString wanted = toLatinDigits(code.trimmed());
    QList<std::size_t> out;
    for (qsizetype i = 0; i < report.info.size(); ++i)
        if (toLatinDigits(report.info[i].code) == wanted)
            out.append(static_cast<std::size_t>(i));
    return out;
}

QString criterionKey(engine::Kind kind, std::size_t c)
{
    const auto key = engine::criteria(kind)[c].key;
    return QString::fromLatin1(key.data(), static_cast<qsizetype>(key.size()));
}

} // namespace ehya::io
