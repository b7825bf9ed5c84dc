#include "GeneratorSinks.h"

#include "IoText.h"
#include "core/Enums.h"
#include "storage/BulkInserter.h"
#include "storage/Repositories.h"

#include <QStringList>

#include <utility>

namespace ehya::io::generator {

namespace {

class RepositorySink final : public Sink
{
public:
    explicit RepositorySink(storage::Database& db)
        : m_projects(db), m_units(db), m_obstacles(db), m_actions(db)
    {
    }

    Result<Id> project(Project& project) override { return m_projects.insert(project); }
    Result<Id> report(ProgressReport& report) override { return m_projects.addReport(report); }
    Result<Id> unit(IdleUnit& unit) override { return m_units.insert(unit); }
    Result<Id> obstacle(Obstacle& obstacle) override { return m_obstacles.insert(obstacle); }
    Result<Id> action(Action& action) override { return m_actions.insert(action); }

private:
    storage::ProjectRepository m_projects;
    storage::UnitRepository m_units;
    storage::ObstacleRepository m_obstacles;
    storage::ActionRepository m_actions;
};

// One prepared INSERT per table, reused for every row (storage::BulkInserter).
class DirectSink final : public Sink
{
public:
    explicit DirectSink(std::unique_ptr<storage::BulkInserter> inserter) : m_inserter(std::move(inserter)) {}

    Result<Id> project(Project& project) override { return m_inserter->insert(project); }
    Result<Id> report(ProgressReport& report) override { return m_inserter->insert(report); }
    Result<Id> unit(IdleUnit& unit) override { return m_inserter->insert(unit); }
    Result<Id> obstacle(Obstacle& obstacle) override { return m_inserter->insert(obstacle); }
    Result<Id> action(Action& action) override { return m_inserter->insert(action); }

private:
    std::unique_ptr<storage::BulkInserter> m_inserter;
};

} // namespace

std::unique_ptr<Sink> repositorySink(storage::Database& db)
{
    return std::make_unique<RepositorySink>(db);
}

Result<std::unique_ptr<Sink>> directSink(storage::Database& db)
{
    auto inserter = storage::BulkInserter::create(db);
    if (!inserter)
        return inserter.error();
    return std::unique_ptr<Sink>(std::make_unique<DirectSink>(std::move(*inserter)));
}

} // namespace ehya::io::generator
