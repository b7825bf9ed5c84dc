#pragma once

#include "core/Records.h"
#include "core/Result.h"

#include <QString>

#include <optional>

class QSettings;

namespace ehya::storage {
class Database;
}

// Who is working: the audit log records every change under this login.
namespace ehya::gui {

struct CurrentUser
{
    Id id = 0;
    QString login;
    QString fullName;
    Role role = Role::Officer;

    static CurrentUser fromUser(const User& user);
    bool isValid() const { return !login.isEmpty(); }
    bool isManager() const { return role == Role::Manager; }
    QString displayName() const { return fullName.isEmpty() ? login : fullName; }
    bool operator==(const CurrentUser&) const = default;
};

// The login of the person at the computer ($USER, else $USERNAME).
QString systemLogin();

// The user to work as without asking: the active user remembered for this database (SettingsStore
// rememberedUser), else the active user whose login is `osLogin` (case ignored). nullopt when
// neither: ask with UserDialog. In server mode always the database login, with the role the server
// gives it (storage::serverRole), never asked.
Result<std::optional<CurrentUser>> knownCurrentUser(storage::Database& db, const QSettings& settings,
                                                    const QString& osLogin = systemLogin());

// Records `user` as the one working on `db` (db.setCurrentUser) and remembers the choice for it.
void startWorkingAs(storage::Database& db, QSettings& settings, const CurrentUser& user);

} // namespace ehya::gui
