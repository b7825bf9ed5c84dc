#pragma once

#include "Database.h"
#include "core/Result.h"

#include <QString>

// Rolling backups: VACUUM INTO a temporary file in `folder`, verify it (integrity_check, schema
// version), rename it to ehya-YYYYMMDD-HHMMSS.sqlite, then keep the newest `keep` backups.
namespace ehya::storage {

Result<QString> backupDatabase(Database& db, const QString& folder, int keep = 10);

} // namespace ehya::storage
