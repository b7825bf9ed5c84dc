#include "Scenarios.h"

#include "SqlUtil.h"
#include "StorageText.h"

namespace ehya::storage {

namespace {

Result<StoredScenario> readRow(QSqlQuery& query)
{
    StoredScenario stored;
    stored.id = query.value(0).toLongLong();
    stored.version = query.value(1).toInt();
    const QString name = query.value(2).toString();
    stored.builtin = query.value(4).toInt() != 0;
    auto scenario = scenarioFromJson(query.value(3).toString(), name);
    if (!scenario)
        return scenario.error();
    stored.scenario = std::move(*scenario);
    return stored;
}

const QString kSelect = QStringLiteral("SELECT id, version, name, params, builtin FROM scenario");

} // namespace

Result<QList<StoredScenario>> ScenarioRepository::list()
{
    auto query = sql::run(m_db, kSelect + QStringLiteral(" ORDER BY builtin DESC, name"));
    if (!query)
        return query.error();
    QList<StoredScenario> out;
    while (query->next()) {
        auto stored = readRow(*query);
        if (!stored)
            return stored.error();
        out.append(std::move(*stored));
    }
    return out;
}

Result<StoredScenario> ScenarioRepository::get(const QString& name)
{
    auto query = sql::run(m_db, kSelect + QStringLiteral(" WHERE name = ?"), {name});
    if (!query)
        return query.error();
    if (query->next())
        return readRow(*query);
    QStringList names;
    if (auto all = list()) {
        for (const auto& s : *all)
            names << QString::fromStdString(s.scenario.name);
    }
    return Error{Error::Kind::NotFound,
                 StorageText::tr("There is no scenario named '%1'; the scenarios are: %2.")
                     .arg(name, names.join(QStringLiteral(", ")))};
}

Status ScenarioRepository::save(StoredScenario& stored)
{
    const QString name = QString::fromStdString(stored.scenario.name).trimmed();
    if (name.isEmpty())
        return sql::invalid(StorageText::tr("A scenario needs a name."));
    if (name.compare(seedPolicyName(), Qt::CaseInsensitive) == 0) // "Seed Policy" would read the same
        return sql::invalid(
            StorageText::tr("The seed policy cannot be changed; save it under another name."));
    if (const std::string problem = stored.scenario.validate(); !problem.empty())
        return sql::invalid(StorageText::tr("Scenario '%1': %2").arg(name, QString::fromStdString(problem)));

    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started();
    auto existing = sql::scalar(m_db, QStringLiteral("SELECT id FROM scenario WHERE name = ?"), {name});
    if (!existing)
        return existing.error();
    const QString params = scenarioToJson(stored.scenario);
    if (existing->isValid()) {
        const Id id = existing->toLongLong();
        if (auto st = sql::updateVersioned(m_db, QStringLiteral("scenario"), id, stored.version,
                                           {QStringLiteral("params")}, {params},
                                           StorageText::tr("Scenario '%1'").arg(name));
            !st)
            return st;
        stored.id = id;
        ++stored.version;
    } else {
        auto id = sql::insertRow(
            m_db, QStringLiteral("scenario"),
            {QStringLiteral("name"), QStringLiteral("params"), QStringLiteral("builtin")}, {name, params, 0});
        if (!id)
            return id.error();
        stored.id = *id;
        stored.version = 1;
    }
    stored.builtin = false;
    return transaction.commit();
}

Status ScenarioRepository::remove(const QString& name, int expectedVersion)
{
    auto stored = get(name);
    if (!stored)
        return stored.error();
    if (stored->builtin)
        return sql::invalid(StorageText::tr("The seed policy cannot be deleted."));
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started();
    if (auto st = sql::deleteRow(m_db, QStringLiteral("scenario"), stored->id, expectedVersion,
                                 StorageText::tr("Scenario '%1'").arg(name));
        !st)
        return st;
    return transaction.commit();
}

} // namespace ehya::storage
