#include "RankArguments.h"
#include "Cli.h"

#include "core/Clock.h"
#include "core/Dates.h"
#include "core/Money.h"
#include "storage/Repositories.h"

namespace ehya::cli {

using namespace Qt::StringLiterals;

std::optional<QString> readRankRequest(const Arguments& arguments, io::RankRequest& request,
                                       const QString& kindOption)
{
    const QString kind = arguments.value(kindOption, u"projects"_s);
    if (kind != u"projects" && kind != u"units")
        return Text::tr("The value of --%1 must be projects or units; it is '%2'.").arg(kindOption, kind);
    request.kind = kind == u"units" ? engine::Kind::Unit : engine::Kind::Project;
    const QString plan = arguments.value(u"plan"_s, u"policy"_s);
    if (plan != u"policy" && plan != u"max-jobs")
        return Text::tr("The value of --plan must be policy or max-jobs; it is '%1'.").arg(plan);
    request.plan = plan == u"max-jobs" ? engine::PlanMode::MaxJobs : engine::PlanMode::Policy;
    if (arguments.has(u"budget"_s)) {
        QString why;
        const auto budget = parseMoney(arguments.value(u"budget"_s), MoneyUnit::Rial, &why);
        if (!budget)
            return Text::tr("--budget: %1").arg(why);
        request.budget = *budget;
    }
    request.asOf = Clock::system().today();
    if (arguments.has(u"as-of"_s)) {
        QString why;
        const auto date = parseDate(arguments.value(u"as-of"_s), &why);
        if (!date)
            return Text::tr("--as-of: %1").arg(why);
        request.asOf = *date;
    }
    if (arguments.has(u"sensitivity"_s)) {
        const auto samples = parseCount(arguments.value(u"sensitivity"_s), 1, 100'000);
        if (!samples)
            return Text::tr("--sensitivity must be a number of samples from 1 to 100,000.");
        request.sensitivitySamples = static_cast<int>(*samples);
    }
    if (arguments.has(u"seed"_s)) {
        const auto seed = parseSeed(arguments.value(u"seed"_s));
        if (!seed)
            return Text::tr("--seed must be a whole number.");
        request.seed = *seed;
    }
    request.scenario = arguments.value(u"scenario"_s);
    return std::nullopt;
}

Result<ProvinceChoice> chooseProvince(storage::Database& db, const Arguments& arguments, bool persian)
{
    ProvinceChoice out{0, Text::tr("every province")};
    if (!arguments.has(u"province"_s))
        return out;
    const QString name = arguments.value(u"province"_s);
    storage::ReferenceRepository reference(db);
    auto province = reference.findProvince(name);
    if (!province)
        return province.error();
    if (*province == 0)
        return Error{Error::Kind::NotFound, Text::tr("There is no province named '%1'.").arg(name)};
    out.id = *province;
    out.name = name;
    if (auto provinces = reference.provinces()) {
        for (const Province& p : *provinces) {
            if (p.id == *province)
                out.name = persian ? p.nameFa : p.nameEn;
        }
    }
    return out;
}

} // namespace ehya::cli
