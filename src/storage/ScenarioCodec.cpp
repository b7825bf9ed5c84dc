// The JSON form of a scenario: {"project_weights": {"cost_per_job": 0.4, ...}, "unit_weights": {...},
// "tiers": [75, 50, 25], "project_statuses": ["under_construction", ...], "unit_statuses": [...],
// "require_market": true, "require_justified": true, "normalisation": "mid_rank" | "min_max",
// "ordering": "tier_first" | "score_only"}.
#include "Scenarios.h"

#include "StorageText.h"
#include "core/Enums.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ehya::storage {

using engine::Kind;

namespace {

QJsonObject weightsJson(const engine::Scenario& s, Kind kind)
{
    QJsonObject out;
    const auto& info = engine::criteria(kind);
    for (std::size_t c = 0; c < engine::kCriteria; ++c)
        out.insert(QString::fromUtf8(info[c].key.data(), static_cast<qsizetype>(info[c].key.size())),
                   s.weights(kind)[c]);
    return out;
}

template <typename E> QJsonArray statesJson(const std::vector<int>& states)
{
    QJsonArray out;
    for (int state : states)
        out.append(enumKey(static_cast<E>(state)));
    return out;
}

Error bad(const QString& name, const QString& what)
{
    return Error{Error::Kind::Invalid, StorageText::tr("Scenario '%1': %2").arg(name, what)};
}

Status readWeights(const QJsonObject& root, const char* key, Kind kind,
                   std::array<double, engine::kCriteria>& out, const QString& name)
{
    const QJsonValue value = root.value(QLatin1String(key));
    if (value.isUndefined())
        return {}; // keep the defaults
    if (!value.isObject())
        return bad(name,
                   StorageText::tr("%1 must be an object of criterion: weight").arg(QLatin1String(key)));
    const QJsonObject object = value.toObject();
    const auto& info = engine::criteria(kind);
    for (auto it = object.begin(); it != object.end(); ++it) {
        std::size_t c = 0;
        while (c < engine::kCriteria &&
               QLatin1String(info[c].key.data(), static_cast<qsizetype>(info[c].key.size())) != it.key())
            ++c;
        if (c == engine::kCriteria)
            return bad(name,
                       StorageText::tr("unknown criterion '%1' in %2").arg(it.key(), QLatin1String(key)));
        if (!it.value().isDouble())
            return bad(name, StorageText::tr("the weight of %1 must be a number").arg(it.key()));
        out[c] = it.value().toDouble();
    }
    return {};
}

template <typename E>
Status readStates(const QJsonObject& root, const char* key, std::vector<int>& out, const QString& name)
{
    const QJsonValue value = root.value(QLatin1String(key));
    if (value.isUndefined())
        return {};
    if (!value.isArray())
        return bad(name, StorageText::tr("%1 must be a list of statuses").arg(QLatin1String(key)));
    out.clear();
    for (const QJsonValue& item : value.toArray()) {
        const auto state = enumFromText<E>(item.toString());
        if (!state)
            return bad(name,
                       StorageText::tr("unknown status '%1' in %2").arg(item.toString(), QLatin1String(key)));
        out.push_back(static_cast<int>(*state));
    }
    return {};
}

} // namespace

QString scenarioToJson(const engine::Scenario& s)
{
    QJsonObject root;
    root.insert(QStringLiteral("project_weights"), weightsJson(s, Kind::Project));
    root.insert(QStringLiteral("unit_weights"), weightsJson(s, Kind::Unit));
    root.insert(QStringLiteral("tiers"), QJsonArray{s.tiers.t1, s.tiers.t2, s.tiers.t3});
    root.insert(QStringLiteral("project_statuses"), statesJson<ProjectStatus>(s.projectStates));
    root.insert(QStringLiteral("unit_statuses"), statesJson<UnitStatus>(s.unitStates));
    root.insert(QStringLiteral("require_market"), s.requireMarket);
    root.insert(QStringLiteral("require_justified"), s.requireJustified);
    root.insert(QStringLiteral("normalisation"), s.normalisation == engine::Normalisation::MinMax
                                                     ? QStringLiteral("min_max")
                                                     : QStringLiteral("mid_rank"));
    root.insert(QStringLiteral("ordering"), s.ordering == engine::Ordering::ScoreOnly
                                                ? QStringLiteral("score_only")
                                                : QStringLiteral("tier_first"));
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

Result<engine::Scenario> scenarioFromJson(const QString& json, const QString& name)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (!doc.isObject())
        return bad(
            name, StorageText::tr("the parameters are not a JSON object (%1)").arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    engine::Scenario s;
    s.name = name.toStdString();
    if (auto st = readWeights(root, "project_weights", Kind::Project, s.projectWeights, name); !st)
        return st.error();
    if (auto st = readWeights(root, "unit_weights", Kind::Unit, s.unitWeights, name); !st)
        return st.error();
    if (root.contains(u"tiers")) {
        const QJsonArray tiers = root.value(u"tiers").toArray();
        if (tiers.size() != 3 || !tiers[0].isDouble() || !tiers[1].isDouble() || !tiers[2].isDouble())
            return bad(name, StorageText::tr("tiers must be three numbers, e.g. [75, 50, 25]"));
        s.tiers = {tiers[0].toDouble(), tiers[1].toDouble(), tiers[2].toDouble()};
    }
    if (auto st = readStates<ProjectStatus>(root, "project_statuses", s.projectStates, name); !st)
        return st.error();
    if (auto st = readStates<UnitStatus>(root, "unit_statuses", s.unitStates, name); !st)
        return st.error();
    s.requireMarket = root.value(u"require_market").toBool(s.requireMarket);
    s.requireJustified = root.value(u"require_justified").toBool(s.requireJustified);
    const QString normalisation = root.value(u"normalisation").toString(QStringLiteral("mid_rank"));
    if (normalisation != u"mid_rank" && normalisation != u"min_max")
        return bad(name, StorageText::tr("normalisation must be mid_rank or min_max"));
    s.normalisation = normalisation == u"min_max" ? engine::Normalisation::MinMax
                                                  : engine::Normalisation::MidRankPercentile;
    const QString ordering = root.value(u"ordering").toString(QStringLiteral("tier_first"));
    if (ordering != u"tier_first" && ordering != u"score_only")
        return bad(name, StorageText::tr("ordering must be tier_first or score_only"));
    s.ordering = ordering == u"score_only" ? engine::Ordering::ScoreOnly : engine::Ordering::TierFirst;
    if (const std::string problem = s.validate(); !problem.empty())
        return bad(name, QString::fromStdString(problem));
    return s;
}

} // namespace ehya::storage
