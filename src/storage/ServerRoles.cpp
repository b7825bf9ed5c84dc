#include "ServerRoles.h"

#include "SqlUtil.h"

namespace ehya::storage {

Result<std::optional<Role>> serverRole(Database& db)
{
    if (!db.isPostgres())
        return std::optional<Role>();
    auto readsAll =
        sql::scalar(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname IN "
                                       "('ehya_manager', 'ehya_admin') AND "
                                       "pg_has_role(session_user, r.oid, 'MEMBER'))"));
    if (!readsAll)
        return readsAll.error();
    return std::optional<Role>(readsAll->toBool() ? Role::Manager : Role::Officer);
}

} // namespace ehya::storage
