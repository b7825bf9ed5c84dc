#pragma once

#include "DemoRows.h"
#include "core/Result.h"
#include "storage/Database.h"

// The steps of loadDemoData (DemoData.h), one per demo file, each through the repositories.
// They run inside the caller's transaction; the first bad row stops the load with an Error that
// names the embedded file, the line and the column.
namespace ehya::io::demo {

Result<Lookups> buildLookups(storage::Database& db); // reference ids, one query per table

Status loadProjects(storage::Database& db, Lookups& lookups);  // data/demo/projects.csv
Status loadUnits(storage::Database& db, Lookups& lookups);     // data/demo/units.csv
Status loadReports(storage::Database& db, Lookups& lookups);   // data/demo/progress_reports.csv
Status loadObstacles(storage::Database& db, Lookups& lookups); // data/demo/obstacles.csv
Status loadActions(storage::Database& db, Lookups& lookups);   // data/demo/actions.csv

} // namespace ehya::io::demo
