#pragma once

#include "Database.h"
#include "core/Records.h"
#include "core/Result.h"

#include <memory>

// Inserting many records fast, for the generator and the importer: one prepared INSERT per table
// reused for every row, and the audit row (the same columns and the same JSON, column: value, as
// the repositories write) for each. No validation and no reference checks: the caller has done
// them (the database's constraints still hold). Runs inside the caller's transaction; sets id and
// version (1) on the record passed in.
namespace ehya::storage {

class BulkInserter final
{
public:
    static Result<std::unique_ptr<BulkInserter>> create(Database& db);
    ~BulkInserter();
    Q_DISABLE_COPY_MOVE(BulkInserter)

    Result<Id> insert(Project& project);
    Result<Id> insert(ProgressReport& report);
    Result<Id> insert(IdleUnit& unit);
    Result<Id> insert(Obstacle& obstacle);
    Result<Id> insert(Action& action);

private:
    class Impl;
    explicit BulkInserter(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace ehya::storage
