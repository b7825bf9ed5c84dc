#include "CurrentUser.h"

#include "storage/ServerRoles.h"

#include "SettingsStore.h"
#include "storage/Database.h"
#include "storage/Repositories.h"

#include <QSettings>

namespace ehya::gui {

CurrentUser CurrentUser::fromUser(const User& user)
{
    return CurrentUser{user.id, user.login, user.fullName, user.role};
}

QString systemLogin()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

Result<std::optional<CurrentUser>> knownCurrentUser(storage::Database& db, const QSettings& settings,
                                                    const QString& osLogin)
{
    auto users = storage::ReferenceRepository(db).users();
    if (!users)
        return users.error();
    const auto find = [&](const QString& login) -> std::optional<CurrentUser> {
        if (login.trimmed().isEmpty())
            return std::nullopt;
        for (const User& user : *users) {
            if (user.active && user.login.compare(login.trimmed(), Qt::CaseInsensitive) == 0)
                return CurrentUser::fromUser(user);
        }
        return std::nullopt;
    };
    if (db.isPostgres()) {
        // Server mode: the database login is who is working; the server's roles set the rights.
        auto role = storage::serverRole(db);
        if (!role)
            return role.error();
        CurrentUser server = find(db.serverUser()).value_or(CurrentUser{});
        server.login = db.serverUser();
        server.role = role->value_or(Role::Officer);
        return std::optional<CurrentUser>(server);
    }
    if (auto remembered = find(rememberedUser(settings, db.location())))
        return std::optional<CurrentUser>(remembered);
    return find(osLogin);
}

void startWorkingAs(storage::Database& db, QSettings& settings, const CurrentUser& user)
{
    db.setCurrentUser(user.login);
    rememberUser(settings, db.location(), user.login);
}

} // namespace ehya::gui
