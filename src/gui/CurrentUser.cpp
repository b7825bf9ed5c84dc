#include "CurrentUser.h"

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
