#pragma once

#include "core/Result.h"
#include "storage/Database.h"

#include <QString>

// The reference data (provinces, counties, estates, sectors, agencies, users) and the demo dataset
// are CSV files in data/, embedded as resources (":/data/..."). `ehya-cli init` loads the
// reference data; `ehya-cli demo` loads both; all in one transaction through the repositories.
namespace ehya::io {

Status loadReferenceData(storage::Database& db);
Status loadDemoData(storage::Database& db); // reference data must be loaded first

// Creates `path` (which must not exist) with the reference data, plus the demo data if asked.
Status createDatabase(const QString& path, bool withDemo);

} // namespace ehya::io
