// ReferenceRepository: edits of reference rows and the checks shared with add().
#include "ReferenceChecks.h"
#include "Repositories.h"
#include "SqlUtil.h"
#include "StorageText.h"
#include "core/Enums.h"
#include "core/PersianText.h"

#include <functional>

namespace ehya::storage {

namespace {

QVariant id64(Id id)
{
    return QVariant::fromValue<qint64>(id);
}

Status requireName(const QString& nameFa, const QString& what)
{
    if (nameFa.trimmed().isEmpty())
        return sql::invalid(StorageText::tr("The Persian name of the %1 is empty.").arg(what));
    return {};
}

Status requireRow(Database& db, const QString& table, Id id, const QString& what)
{
    auto known = sql::exists(db, table, id);
    if (!known)
        return known.error();
    if (!*known)
        return Error{
            Error::Kind::NotFound,
            StorageText::tr("The %1 %2 no longer exists; someone else deleted it.").arg(what).arg(id)};
    return {};
}

Status requireReference(Database& db, const QString& table, Id id, const QString& what)
{
    auto known = sql::exists(db, table, id);
    if (!known)
        return known.error();
    if (!*known)
        return sql::invalid(StorageText::tr("The %1 %2 does not exist.").arg(what).arg(id));
    return {};
}

// Updates one reference row in its own (or the caller's) transaction, with its audit row.
Status updateRow(Database& db, const QString& table, Id id, const QStringList& columns,
                 const QVariantList& values, const std::function<Status()>& check)
{
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    if (auto ok = check(); !ok)
        return ok;
    if (auto done = sql::updateRow(db, table, id, columns, values); !done)
        return done;
    return transaction.commit();
}

const QString kNameFa = QStringLiteral("name_fa");
const QString kNameEn = QStringLiteral("name_en");

} // namespace

namespace refcheck {

Status countyNameFree(Database& db, Id provinceId, const QString& nameFa, Id exceptId)
{
    const QString key = searchKey(nameFa);
    auto query =
        sql::run(db, QStringLiteral("SELECT id, name_fa FROM county WHERE province_id = ? AND id <> ?"),
                 {id64(provinceId), id64(exceptId)});
    if (!query)
        return query.error();
    while (query->next()) {
        if (searchKey(query->value(1).toString()) == key)
            return sql::invalid(StorageText::tr("The province already has a county named %1.")
                                    .arg(query->value(1).toString()));
    }
    return {};
}

Status isicFree(Database& db, const QString& isic, Id exceptId)
{
    if (isic.size() != 2 || !isic.at(0).isDigit() || !isic.at(1).isDigit())
        return sql::invalid(
            StorageText::tr("The ISIC division of a sector must be two digits; it is \"%1\".").arg(isic));
    auto other = sql::scalar(db, QStringLiteral("SELECT name_fa FROM sector WHERE isic = ? AND id <> ?"),
                             {isic, id64(exceptId)});
    if (!other)
        return other.error();
    if (other->isValid())
        return sql::invalid(
            StorageText::tr("The ISIC division %1 is already the sector %2.").arg(isic, other->toString()));
    return {};
}

Status loginFree(Database& db, const QString& login, Id exceptId)
{
    if (login.isEmpty())
        return sql::invalid(StorageText::tr("The login of a user is empty."));
    auto other = sql::scalar(db, QStringLiteral("SELECT id FROM app_user WHERE login = ? AND id <> ?"),
                             {login, id64(exceptId)});
    if (!other)
        return other.error();
    if (other->isValid())
        return sql::invalid(StorageText::tr("The login %1 is taken by another user.").arg(login));
    return {};
}

} // namespace refcheck

Status ReferenceRepository::update(const County& county)
{
    const QString what = StorageText::tr("county");
    return updateRow(
        m_db, QStringLiteral("county"), county.id, {QStringLiteral("province_id"), kNameFa, kNameEn},
        {id64(county.provinceId), county.nameFa.trimmed(), county.nameEn.trimmed()}, [&]() -> Status {
            if (auto ok = requireName(county.nameFa, what); !ok)
                return ok;
            if (auto ok = requireRow(m_db, QStringLiteral("county"), county.id, what); !ok)
                return ok;
            if (auto ok = requireReference(m_db, QStringLiteral("province"), county.provinceId,
                                           StorageText::tr("province"));
                !ok)
                return ok;
            return refcheck::countyNameFree(m_db, county.provinceId, county.nameFa, county.id);
        });
}

Status ReferenceRepository::update(const Estate& estate)
{
    const QString what = StorageText::tr("industrial estate");
    return updateRow(
        m_db, QStringLiteral("estate"), estate.id, {QStringLiteral("county_id"), kNameFa, kNameEn},
        {id64(estate.countyId), estate.nameFa.trimmed(), estate.nameEn.trimmed()}, [&]() -> Status {
            if (auto ok = requireName(estate.nameFa, what); !ok)
                return ok;
            if (auto ok = requireRow(m_db, QStringLiteral("estate"), estate.id, what); !ok)
                return ok;
            if (auto ok = requireReference(m_db, QStringLiteral("county"), estate.countyId,
                                           StorageText::tr("county"));
                !ok)
                return ok;
            return {};
        });
}

Status ReferenceRepository::update(const Sector& sector)
{
    const QString what = StorageText::tr("sector");
    const QString isic = sector.isic.trimmed();
    return updateRow(m_db, QStringLiteral("sector"), sector.id, {QStringLiteral("isic"), kNameFa, kNameEn},
                     {isic, sector.nameFa.trimmed(), sector.nameEn.trimmed()}, [&]() -> Status {
                         if (auto ok = requireName(sector.nameFa, what); !ok)
                             return ok;
                         if (auto ok = requireRow(m_db, QStringLiteral("sector"), sector.id, what); !ok)
                             return ok;
                         return refcheck::isicFree(m_db, isic, sector.id);
                     });
}

Status ReferenceRepository::update(const Agency& agency)
{
    const QString what = StorageText::tr("agency");
    return updateRow(
        m_db, QStringLiteral("agency"), agency.id, {kNameFa, kNameEn, QStringLiteral("agency_group")},
        {agency.nameFa.trimmed(), agency.nameEn.trimmed(), enumKey(agency.group)}, [&]() -> Status {
            if (auto ok = requireName(agency.nameFa, what); !ok)
                return ok;
            return requireRow(m_db, QStringLiteral("agency"), agency.id, what);
        });
}

Status ReferenceRepository::update(const User& user)
{
    const QString login = user.login.trimmed();
    return updateRow(
        m_db, QStringLiteral("app_user"), user.id,
        {QStringLiteral("login"), QStringLiteral("full_name"), QStringLiteral("role"),
         QStringLiteral("active")},
        {login, user.fullName.trimmed(), enumKey(user.role), user.active ? 1 : 0}, [&]() -> Status {
            if (auto ok = requireRow(m_db, QStringLiteral("app_user"), user.id, StorageText::tr("user")); !ok)
                return ok;
            if (auto ok = refcheck::loginFree(m_db, login, user.id); !ok)
                return ok;
            if (user.active && user.role == Role::Manager)
                return {};
            // Someone must be left who can manage users and reference data.
            const QString activeManagers =
                QStringLiteral("SELECT count(*) FROM app_user WHERE role = ? AND active <> 0");
            auto was =
                sql::scalar(m_db, activeManagers + u" AND id = ?", {enumKey(Role::Manager), id64(user.id)});
            if (!was)
                return was.error();
            auto count = sql::scalar(m_db, activeManagers, {enumKey(Role::Manager)});
            if (!count)
                return count.error();
            const bool wasManager = was->toLongLong() > 0;
            if (wasManager && count->toLongLong() <= 1)
                return sql::invalid(
                    StorageText::tr("%1 is the last active manager: make another user a manager "
                                    "first.")
                        .arg(login));
            return {};
        });
}

} // namespace ehya::storage
