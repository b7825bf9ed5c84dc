#pragma once

#include "Database.h"
#include "core/Result.h"

#include <QStringList>

// Server mode: who sees and changes what (issue 7, docs/server.md). Three group roles made once
// per cluster by scripts/server/roles.sql; people log in as roles that are members of one of them:
//   ehya_officer  reads and writes the records of the provinces granted to them in province_access
//   ehya_manager  reads every province; edits scenarios; writes records only where granted
//   ehya_admin    everything (reference data, users, province_access, every province)
// None of them owns the tables (the schema owner, a login in ehya_admin, runs the migrations), and
// row-level security is FORCEd, so even raw SQL as an officer is held to its provinces.
namespace ehya::storage::security {

// The statements migration 4 adds on PostgreSQL: helper functions, ENABLE + FORCE ROW LEVEL
// SECURITY, the policies and the grants.
QStringList serverStatements();

// Fails with a sentence naming scripts/server/roles.sql and docs/server.md when the group roles
// are missing on the server (the migration cannot grant to them).
Status checkGroupRoles(Database& db);

} // namespace ehya::storage::security
