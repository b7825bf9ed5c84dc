#include "ReferenceChecks.h"
#include "Repositories.h"
#include "SqlUtil.h"
#include "StorageText.h"
#include "core/Enums.h"
#include "core/PersianText.h"

namespace ehya::storage {

namespace {

QVariant id64(Id id)
{
    return QVariant::fromValue<qint64>(id);
}

// Inserts one reference row in its own (or the caller's) transaction, with its audit row.
Result<Id> addRow(Database& db, const QString& table, const QStringList& columns, const QVariantList& values)
{
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started().error();
    auto id = sql::insertRow(db, table, columns, values);
    if (!id)
        return id.error();
    if (auto done = transaction.commit(); !done)
        return done.error();
    return id;
}

Status requireName(const QString& nameFa, const QString& what)
{
    if (nameFa.trimmed().isEmpty())
        return sql::invalid(StorageText::tr("The Persian name of the %1 is empty.").arg(what));
    return {};
}

} // namespace

Result<QList<Province>> ReferenceRepository::provinces()
{
    auto query =
        sql::run(m_db, QStringLiteral("SELECT id, code, name_fa, name_en FROM province ORDER BY id"));
    if (!query)
        return query.error();
    QList<Province> out;
    while (query->next())
        out << Province{query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString(),
                        query->value(3).toString()};
    return out;
}

Result<QList<County>> ReferenceRepository::counties(Id provinceId)
{
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT id, province_id, name_fa, name_en FROM county "
                                         "WHERE ? = 0 OR province_id = ? ORDER BY id"),
                          {id64(provinceId), id64(provinceId)});
    if (!query)
        return query.error();
    QList<County> out;
    while (query->next())
        out << County{query->value(0).toLongLong(), query->value(1).toLongLong(), query->value(2).toString(),
                      query->value(3).toString()};
    return out;
}

Result<QList<Estate>> ReferenceRepository::estates(Id countyId)
{
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT id, county_id, name_fa, name_en FROM estate "
                                         "WHERE ? = 0 OR county_id = ? ORDER BY id"),
                          {id64(countyId), id64(countyId)});
    if (!query)
        return query.error();
    QList<Estate> out;
    while (query->next())
        out << Estate{query->value(0).toLongLong(), query->value(1).toLongLong(), query->value(2).toString(),
                      query->value(3).toString()};
    return out;
}

Result<QList<Sector>> ReferenceRepository::sectors()
{
    auto query =
        sql::run(m_db, QStringLiteral("SELECT id, isic, name_fa, name_en FROM sector ORDER BY isic"));
    if (!query)
        return query.error();
    QList<Sector> out;
    while (query->next())
        out << Sector{query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString(),
                      query->value(3).toString()};
    return out;
}

Result<QList<Agency>> ReferenceRepository::agencies()
{
    auto query =
        sql::run(m_db, QStringLiteral("SELECT id, name_fa, name_en, agency_group FROM agency ORDER BY id"));
    if (!query)
        return query.error();
    QList<Agency> out;
    while (query->next())
        out << Agency{query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString(),
                      enumFromText<AgencyGroup>(query->value(3).toString()).value_or(AgencyGroup::Support)};
    return out;
}

Result<QList<User>> ReferenceRepository::users()
{
    auto query = sql::run(
        m_db, QStringLiteral("SELECT id, login, full_name, role, active FROM app_user ORDER BY login"));
    if (!query)
        return query.error();
    QList<User> out;
    while (query->next())
        out << User{query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString(),
                    enumFromText<Role>(query->value(3).toString()).value_or(Role::Officer),
                    query->value(4).toInt() != 0};
    return out;
}

Result<Id> ReferenceRepository::add(Province& province)
{
    if (province.code.trimmed().isEmpty())
        return sql::invalid(StorageText::tr("The province code is empty."));
    if (auto ok = requireName(province.nameFa, StorageText::tr("province")); !ok)
        return ok.error();
    auto id = addRow(m_db, QStringLiteral("province"),
                     {QStringLiteral("code"), QStringLiteral("name_fa"), QStringLiteral("name_en")},
                     {province.code.trimmed(), province.nameFa, province.nameEn});
    if (id)
        province.id = *id;
    return id;
}

Result<Id> ReferenceRepository::add(County& county)
{
    if (auto ok = requireName(county.nameFa, StorageText::tr("county")); !ok)
        return ok.error();
    auto known = sql::exists(m_db, QStringLiteral("province"), county.provinceId);
    if (!known)
        return known.error();
    if (!*known)
        return sql::invalid(StorageText::tr("The county %1 refers to province %2, which does not exist.")
                                .arg(county.nameFa)
                                .arg(county.provinceId));
    if (auto free = refcheck::countyNameFree(m_db, county.provinceId, county.nameFa, 0); !free)
        return free.error();
    auto id = addRow(m_db, QStringLiteral("county"),
                     {QStringLiteral("province_id"), QStringLiteral("name_fa"), QStringLiteral("name_en")},
                     {id64(county.provinceId), county.nameFa, county.nameEn});
    if (id)
        county.id = *id;
    return id;
}

Result<Id> ReferenceRepository::add(Estate& estate)
{
    if (auto ok = requireName(estate.nameFa, StorageText::tr("industrial estate")); !ok)
        return ok.error();
    auto known = sql::exists(m_db, QStringLiteral("county"), estate.countyId);
    if (!known)
        return known.error();
    if (!*known)
        return sql::invalid(
            StorageText::tr("The industrial estate %1 refers to county %2, which does not exist.")
                .arg(estate.nameFa)
                .arg(estate.countyId));
    auto id = addRow(m_db, QStringLiteral("estate"),
                     {QStringLiteral("county_id"), QStringLiteral("name_fa"), QStringLiteral("name_en")},
                     {id64(estate.countyId), estate.nameFa, estate.nameEn});
    if (id)
        estate.id = *id;
    return id;
}

Result<Id> ReferenceRepository::add(Sector& sector)
{
    const QString isic = sector.isic.trimmed();
    if (auto free = refcheck::isicFree(m_db, isic, 0); !free)
        return free.error();
    if (auto ok = requireName(sector.nameFa, StorageText::tr("sector")); !ok)
        return ok.error();
    auto id = addRow(m_db, QStringLiteral("sector"),
                     {QStringLiteral("isic"), QStringLiteral("name_fa"), QStringLiteral("name_en")},
                     {isic, sector.nameFa, sector.nameEn});
    if (id)
        sector.id = *id;
    return id;
}

Result<Id> ReferenceRepository::add(Agency& agency)
{
    if (auto ok = requireName(agency.nameFa, StorageText::tr("agency")); !ok)
        return ok.error();
    auto id = addRow(m_db, QStringLiteral("agency"),
                     {QStringLiteral("name_fa"), QStringLiteral("name_en"), QStringLiteral("agency_group")},
                     {agency.nameFa, agency.nameEn, enumKey(agency.group)});
    if (id)
        agency.id = *id;
    return id;
}

Result<Id> ReferenceRepository::add(User& user)
{
    if (auto free = refcheck::loginFree(m_db, user.login.trimmed(), 0); !free)
        return free.error();
    auto id = addRow(m_db, QStringLiteral("app_user"),
                     {QStringLiteral("login"), QStringLiteral("full_name"), QStringLiteral("role"),
                      QStringLiteral("active")},
                     {user.login.trimmed(), user.fullName, enumKey(user.role), user.active ? 1 : 0});
    if (id)
        user.id = *id;
    return id;
}

Result<Id> ReferenceRepository::findProvince(const QString& nameOrCode)
{
    const QString key = searchKey(nameOrCode);
    if (key.isEmpty())
        return Id(0);
    auto all = provinces();
    if (!all)
        return all.error();
    for (const Province& p : *all) {
        if (searchKey(p.code) == key || searchKey(p.nameFa) == key || searchKey(p.nameEn) == key)
            return p.id;
    }
    return Id(0);
}

Result<Id> ReferenceRepository::findCounty(Id provinceId, const QString& name)
{
    const QString key = searchKey(name);
    if (key.isEmpty())
        return Id(0);
    auto all = counties(provinceId);
    if (!all)
        return all.error();
    for (const County& c : *all) {
        if (searchKey(c.nameFa) == key || searchKey(c.nameEn) == key)
            return c.id;
    }
    return Id(0);
}

Result<Id> ReferenceRepository::findSector(const QString& isicOrName)
{
    const QString key = searchKey(isicOrName);
    if (key.isEmpty())
        return Id(0);
    auto all = sectors();
    if (!all)
        return all.error();
    for (const Sector& s : *all) {
        if (searchKey(s.isic) == key || searchKey(s.nameFa) == key || searchKey(s.nameEn) == key)
            return s.id;
    }
    // A one-digit division ("5") means "05".
    if (key.size() == 1 && key.at(0).isDigit())
        return findSector(u"0" + key);
    return Id(0);
}

Result<Id> ReferenceRepository::findUser(const QString& login)
{
    auto value =
        sql::scalar(m_db, QStringLiteral("SELECT id FROM app_user WHERE login = ?"), {login.trimmed()});
    if (!value)
        return value.error();
    return value->isValid() ? value->toLongLong() : Id(0);
}

} // namespace ehya::storage
