#pragma once

#include "Database.h"
#include "core/Records.h"
#include "core/Result.h"

#include <optional>

// Server mode: what the database login may do, as the server decides it (docs/server.md). The app
// follows the server's roles rather than its own user list there: a login in ehya_manager or
// ehya_admin works as a manager, any other as an officer.
namespace ehya::storage {

// nullopt for a SQLite file (the app's own user list decides there).
Result<std::optional<Role>> serverRole(Database& db);

} // namespace ehya::storage
