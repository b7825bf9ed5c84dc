#pragma once

#include "Database.h"
#include "Dialect.h"
#include "core/Result.h"

#include <QStringList>

// The versioned schema: migration N takes the schema from version N-1 to N. The version lives in
// the `meta` table (key 'schema_version'), which both SQLite and PostgreSQL can read before the
// rest of the schema is trusted. Internal to the storage layer (and its tests).
namespace ehya::storage::schema {

int latestVersion();

// The statements of one migration (1-based), written for `dialect`.
QStringList migrationStatements(int version, const Dialect& dialect);

// Reads the stored version: 0 for an empty database (no meta table).
Result<int> storedVersion(Database& db);

// Applies migrations from+1 .. to, and records the version, all inside ONE transaction that
// rolls back on any failure (the schema is then exactly as before).
Status migrate(Database& db, int from, int to);

} // namespace ehya::storage::schema
