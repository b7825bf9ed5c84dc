#pragma once

#include "core/Result.h"
#include "storage/Database.h"

#include <QtGlobal>

// Synthetic data at scale for benchmarks: `ehya-cli generate DB --projects N --units M --seed S`.
// Deterministic for a seed; spread over every province and county of the reference data, with
// progress histories, obstacles and actions for a share of records. One transaction.
namespace ehya::io {

// How the rows are written. Direct: one prepared, bound, reused INSERT per table plus the audit
// rows written the same way (fast: seconds for 100k projects). Repositories: through
// storage's repositories, row by row (validated; slower; bench/README.md has the figures).
enum class GenerateWriter { Direct, Repositories };

struct GenerateOptions
{
    qint64 projects = 100000;
    qint64 units = 20000;
    quint64 seed = 1;
    GenerateWriter writer = GenerateWriter::Direct;
};

struct GenerateSummary
{
    qint64 projects = 0, units = 0, reports = 0, obstacles = 0, actions = 0;
};

Result<GenerateSummary> generateData(storage::Database& db, const GenerateOptions& options);

} // namespace ehya::io
