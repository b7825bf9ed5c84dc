#pragma once

#include "core/Records.h"
#include "core/Result.h"
#include "storage/Database.h"

#include <memory>

// Where generateData writes its records (internal to the generator). Both sinks run inside the
// caller's transaction and write one audit row per inserted record:
//  - the repository sink goes through storage's repositories (validation, reference checks);
//  - the direct sink uses one prepared, bound, reused INSERT per table and writes the audit rows
//    itself, with the same columns and the same JSON (column: value) as storage's audit.
namespace ehya::io::generator {

class Sink
{
public:
    virtual ~Sink() = default;
    virtual Result<Id> project(Project& project) = 0;
    virtual Result<Id> report(ProgressReport& report) = 0;
    virtual Result<Id> unit(IdleUnit& unit) = 0;
    virtual Result<Id> obstacle(Obstacle& obstacle) = 0;
    virtual Result<Id> action(Action& action) = 0;
};

std::unique_ptr<Sink> repositorySink(storage::Database& db);
Result<std::unique_ptr<Sink>> directSink(storage::Database& db);

} // namespace ehya::io::generator
