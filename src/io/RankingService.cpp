#include "RankingService.h"

#include "IoText.h"

#include "storage/Candidates.h"
#include "storage/Scenarios.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ehya::io {

namespace {

// Code, title, province and county of every record of the kind, in one query.
Result<QHash<Id, RankRowInfo>> rowInfo(storage::Database& db, engine::Kind kind, Id provinceId)
{
    const bool projects = kind == engine::Kind::Project;
    QString sql = projects ? QStringLiteral("SELECT r.id, r.permit_no, r.title, p.name_fa, p.name_en, c.name_fa, "
                                            "c.name_en, r.progress FROM project r")
                           : QStringLiteral("SELECT r.id, r.licence_no, r.name, p.name_fa, p.name_en, c.name_fa, "
                                            "c.name_en, 0 FROM unit r");
    sql += QStringLiteral(" JOIN province p ON p.id = r.province_id JOIN county c ON c.id = r.county_id");
    if (provinceId)
        sql += QStringLiteral(" WHERE r.province_id = ?");
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return Error{Error::Kind::Database,
                     IoText::tr("Reading the ranked records failed: %1").arg(query.lastError().text())};
    if (provinceId)
        query.addBindValue(provinceId);
    if (!query.exec())
        return Error{Error::Kind::Database,
                     IoText::tr("Reading the ranked records failed: %1").arg(query.lastError().text())};
    QHash<Id, RankRowInfo> out;
    while (query.next()) {
        RankRowInfo info;
        info.code = query.value(1).toString();
        info.title = query.value(2).toString();
        info.provinceFa = query.value(3).toString();
        info.provinceEn = query.value(4).toString();
        info.countyFa = query.value(5).toString();
        info.countyEn = query.value(6).toString();
        info.progress = query.value(7).toDouble();
        out.insert(query.value(0).toLongLong(), info);
    }
    return out;
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

    if (request.kind == engine::Kind::Project) {
        auto candidates = storage::loadProjectCandidates(db, request.provinceId);
        if (!candidates)
            return candidates.error();
        report.ranking = engine::rankProjects(*candidates, report.scenario);
        if (request.sensitivitySamples > 0)
            report.spread = engine::projectSensitivity(
                *candidates, report.scenario, {request.sensitivitySamples, 0.25, request.seed, plan});
        report.projects = std::move(*candidates);
    } else {
        auto candidates = storage::loadUnitCandidates(db, request.provinceId);
        if (!candidates)
            return candidates.error();
        report.ranking = engine::rankUnits(*candidates, report.scenario, asOf);
        if (request.sensitivitySamples > 0)
            report.spread = engine::unitSensitivity(*candidates, report.scenario, asOf,
                                                    {request.sensitivitySamples, 0.25, request.seed, plan});
        report.units = std::move(*candidates);
    }
    if (plan) {
        report.plan = engine::plan(report.ranking, plan->budget, plan->mode);
        const auto otherMode =
            plan->mode == engine::PlanMode::Policy ? engine::PlanMode::MaxJobs : engine::PlanMode::Policy;
        report.other = engine::plan(report.ranking, plan->budget, otherMode);
    }

    auto info = rowInfo(db, request.kind, request.provinceId);
    if (!info)
        return info.error();
    report.info.reserve(static_cast<qsizetype>(report.ranking.items.size()));
    for (const auto& item : report.ranking.items)
        report.info.append(info->value(item.id));
    return report;
}

} // namespace ehya::io

namespace ehya::io {

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

std::optional<std::size_t> findByCode(const RankReport& report, const QString& code)
{
    const QString wanted = code.trimmed();
    for (qsizetype i = 0; i < report.info.size(); ++i)
        if (report.info[i].code == wanted)
            return static_cast<std::size_t>(i);
    return std::nullopt;
}

} // namespace ehya::io
