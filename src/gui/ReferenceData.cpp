#include "ReferenceData.h"

#include "storage/Repositories.h"

#include <algorithm>

namespace ehya::gui {

namespace {

template <typename T> const T* byId(const QList<T>& list, Id id)
{
    const auto it = std::find_if(list.cbegin(), list.cend(), [id](const T& item) { return item.id == id; });
    return it == list.cend() ? nullptr : &*it;
}

} // namespace

Result<ReferenceData> ReferenceData::load(storage::Database& db)
{
    storage::ReferenceRepository repo(db);
    ReferenceData data;
    auto provinces = repo.provinces();
    if (!provinces)
        return provinces.error();
    auto counties = repo.counties();
    if (!counties)
        return counties.error();
    auto estates = repo.estates();
    if (!estates)
        return estates.error();
    auto sectors = repo.sectors();
    if (!sectors)
        return sectors.error();
    auto agencies = repo.agencies();
    if (!agencies)
        return agencies.error();
    auto users = repo.users();
    if (!users)
        return users.error();
    data.provinces = std::move(provinces).value();
    data.counties = std::move(counties).value();
    data.estates = std::move(estates).value();
    data.sectors = std::move(sectors).value();
    data.agencies = std::move(agencies).value();
    data.users = std::move(users).value();
    return data;
}

QList<County> ReferenceData::countiesOf(Id provinceId) const
{
    QList<County> out;
    for (const County& c : counties) {
        if (c.provinceId == provinceId)
            out.append(c);
    }
    return out;
}

QList<Estate> ReferenceData::estatesOf(Id countyId) const
{
    QList<Estate> out;
    for (const Estate& e : estates) {
        if (e.countyId == countyId)
            out.append(e);
    }
    return out;
}

const Province* ReferenceData::province(Id id) const
{
    return byId(provinces, id);
}

const County* ReferenceData::county(Id id) const
{
    return byId(counties, id);
}

const Estate* ReferenceData::estate(Id id) const
{
    return byId(estates, id);
}

const Sector* ReferenceData::sector(Id id) const
{
    return byId(sectors, id);
}

const Agency* ReferenceData::agency(Id id) const
{
    return byId(agencies, id);
}

} // namespace ehya::gui
