#pragma once

#include "Database.h"
#include "core/Records.h"
#include "core/Result.h"
#include "engine/Scenario.h"

#include <QList>
#include <QString>

// Scenarios (named parameter sets of the engine) stored in the database as JSON. The default
// "seed policy" (DESIGN.md) is created by the schema, always exists and can be neither changed
// nor deleted: a manager saves a changed copy under another name.
namespace ehya::storage {

inline QString seedPolicyName()
{
    return QStringLiteral("seed policy");
}

struct StoredScenario
{
    Id id = 0;
    int version = 0;
    bool builtin = false;
    engine::Scenario scenario; // scenario.name is the stored name
};

class ScenarioRepository final
{
public:
    explicit ScenarioRepository(Database& db) : m_db(db) {}

    Result<QList<StoredScenario>> list();
    // NotFound (with the names that exist) when there is no scenario of that name.
    Result<StoredScenario> get(const QString& name);
    // Inserts a new scenario, or updates the one of that name when `expectedVersion` matches
    // (Conflict otherwise). Refuses the built-in seed policy and invalid parameters.
    Status save(StoredScenario& stored);
    Status remove(const QString& name, int expectedVersion);

private:
    Database& m_db;
};

// The JSON form (stable keys), also used by the CLI's json output.
QString scenarioToJson(const engine::Scenario& scenario);
// Invalid, naming the key, when the JSON is not a scenario.
Result<engine::Scenario> scenarioFromJson(const QString& json, const QString& name);

} // namespace ehya::storage
