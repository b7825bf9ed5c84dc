#include "DemoLoad.h"
#include "IoText.h"

#include "core/PersianText.h"
#include "storage/Repositories.h"

using namespace Qt::StringLiterals;

namespace ehya::io::demo {

namespace {

// Province, county, estate and sector of a project or unit row, from the lookups.
struct Place
{
    Id province = 0, county = 0, estate = 0, sector = 0;
};

Place place(Row& row, const Lookups& lookups)
{
    Place out;
    out.province = lookups.provinces.value(searchKey(row.text("province")));
    if (out.province == 0) {
        row.fail("province", IoText::tr("\"%1\" is not a province.").arg(row.text("province")));
        return out;
    }
    out.county = lookups.counties.value(Lookups::key(out.province, row.text("county")));
    if (out.county == 0)
        row.fail("county", IoText::tr("\"%1\" is not a county of that province.").arg(row.text("county")));
    if (const QString estate = row.text("estate"); !estate.isEmpty()) {
        const Estate found = lookups.estates.value(Lookups::key(out.province, estate));
        if (found.id == 0)
            row.fail("estate",
                     IoText::tr("\"%1\" is not an industrial estate of that province.").arg(estate));
        else if (found.countyId != out.county)
            row.fail("estate", IoText::tr("The industrial estate \"%1\" is in another county.").arg(estate));
        out.estate = found.id;
    }
    out.sector = lookups.sectors.value(searchKey(row.text("sector")));
    if (out.sector == 0)
        row.fail("sector",
                 IoText::tr("\"%1\" is not an ISIC division or sector name.").arg(row.text("sector")));
    return out;
}

void addNames(QHash<QString, Id>& map, Id id, const QStringList& names)
{
    for (const QString& name : names) {
        if (!name.trimmed().isEmpty())
            map.insert(searchKey(name), id);
    }
}

// Marks a code (permit or licence number) as taken in its province; false when it already was.
bool claim(QHash<QString, Id>& codes, Row& row, const char* column, Id province, const QString& code)
{
    const QString key = Lookups::key(province, code);
    if (codes.contains(key)) {
        row.fail(column, IoText::tr("The number %1 appears twice in this province.").arg(code));
        return false;
    }
    return true;
}

template <typename T> Status statusOf(const Result<T>& result)
{
    return result ? Status() : Status(result.error());
}

} // namespace

Result<Lookups> buildLookups(storage::Database& db)
{
    storage::ReferenceRepository repo(db);
    Lookups out;
    auto provinces = repo.provinces();
    auto counties = repo.counties();
    auto estates = repo.estates();
    auto sectors = repo.sectors();
    auto agencies = repo.agencies();
    for (const Status& status : {statusOf(provinces), statusOf(counties), statusOf(estates),
                                 statusOf(sectors), statusOf(agencies)}) {
        if (!status)
            return status.error();
    }
    for (const Province& p : *provinces)
        addNames(out.provinces, p.id, {p.code, p.nameFa, p.nameEn});
    QHash<Id, Id> provinceOfCounty;
    for (const County& c : *counties) {
        provinceOfCounty.insert(c.id, c.provinceId);
        for (const QString& name : {c.nameFa, c.nameEn}) {
            if (!name.isEmpty())
                out.counties.insert(Lookups::key(c.provinceId, name), c.id);
        }
    }
    for (const Estate& e : *estates) {
        for (const QString& name : {e.nameFa, e.nameEn}) {
            if (!name.isEmpty())
                out.estates.insert(Lookups::key(provinceOfCounty.value(e.countyId), name), e);
        }
    }
    for (const Sector& s : *sectors)
        addNames(out.sectors, s.id, {s.isic, s.nameFa, s.nameEn});
    for (const Agency& a : *agencies)
        addNames(out.agencies, a.id, {a.nameFa, a.nameEn});

    auto projects = storage::ProjectRepository(db).list();
    if (!projects)
        return projects.error();
    for (const Project& p : *projects)
        out.projects.insert(Lookups::key(p.provinceId, p.permitNo), p.id);
    auto units = storage::UnitRepository(db).list();
    if (!units)
        return units.error();
    for (const IdleUnit& u : *units)
        out.units.insert(Lookups::key(u.provinceId, u.licenceNo), u.id);
    return out;
}

Status loadProjects(storage::Database& db, Lookups& lookups)
{
    const QString path = u":/data/demo/projects.csv"_s;
    const QStringList columns = {u"permit_no"_s,     u"province"_s,
                                 u"county"_s,        u"sector"_s,
                                 u"title"_s,         u"investor"_s,
                                 u"status"_s,        u"progress"_s,
                                 u"invested_rial"_s, u"remaining_rial"_s,
                                 u"planned_jobs"_s,  u"export_oriented"_s,
                                 u"permit_date"_s,   u"expected_completion"_s,
                                 u"notes"_s,         u"estate"_s,
                                 u"permit_expiry"_s, u"capacity"_s};
    storage::ProjectRepository repo(db);
    return eachRow(path, columns, [&](Row& row) -> Status {
        const Place where = place(row, lookups);
        Project p;
        p.provinceId = where.province;
        p.countyId = where.county;
        p.estateId = where.estate;
        p.sectorId = where.sector;
        p.permitNo = row.required("permit_no").value_or(QString());
        p.title = row.required("title").value_or(QString());
        p.investor = row.text("investor");
        p.status = row.choice<ProjectStatus>("status").value_or(ProjectStatus::UnderConstruction);
        p.progress = row.percent("progress").value_or(0);
        p.investedRial = row.money("invested_rial").value_or(0);
        p.remainingRial = row.money("remaining_rial").value_or(0);
        p.plannedJobs = int(row.integer("planned_jobs").value_or(0));
        p.exportOriented = row.flag("export_oriented").value_or(false);
        p.permitDate = row.date("permit_date", false).value_or(QDate());
        p.permitExpiry = row.date("permit_expiry", false).value_or(QDate());
        p.expectedCompletion = row.date("expected_completion", false).value_or(QDate());
        p.notes = row.text("notes");
        p.capacity = row.text("capacity");
        if (row.failed() || !claim(lookups.projects, row, "permit_no", p.provinceId, p.permitNo))
            return {};
        if (auto id = repo.insert(p); !id)
            return onRow(row, path, id.error());
        lookups.projects.insert(Lookups::key(p.provinceId, p.permitNo), p.id);
        return {};
    });
}

Status loadUnits(storage::Database& db, Lookups& lookups)
{
    const QString path = u":/data/demo/units.csv"_s;
    const QStringList columns = {u"licence_no"_s,
                                 u"province"_s,
                                 u"county"_s,
                                 u"sector"_s,
                                 u"name"_s,
                                 u"operator"_s,
                                 u"status"_s,
                                 u"idle_since"_s,
                                 u"capacity_use"_s,
                                 u"jobs_before"_s,
                                 u"jobs_restorable"_s,
                                 u"has_market"_s,
                                 u"justified"_s,
                                 u"working_capital_rial"_s,
                                 u"fixed_capital_rial"_s,
                                 u"export_oriented"_s,
                                 u"notes"_s,
                                 u"estate"_s,
                                 u"revival_path"_s};
    storage::UnitRepository repo(db);
    return eachRow(path, columns, [&](Row& row) -> Status {
        const Place where = place(row, lookups);
        IdleUnit u;
        u.provinceId = where.province;
        u.countyId = where.county;
        u.estateId = where.estate;
        u.sectorId = where.sector;
        u.licenceNo = row.required("licence_no").value_or(QString());
        u.name = row.required("name").value_or(QString());
        u.operatorName = row.text("operator");
        u.status = row.choice<UnitStatus>("status").value_or(UnitStatus::Idle);
        u.idleSince = row.date("idle_since", false).value_or(QDate());
        u.capacityUse = row.percent("capacity_use").value_or(0);
        u.jobsBefore = int(row.integer("jobs_before").value_or(0));
        u.jobsRestorable = int(row.integer("jobs_restorable").value_or(0));
        u.hasMarket = row.flag("has_market").value_or(false);
        u.justified = row.flag("justified").value_or(false);
        u.workingCapitalRial = row.money("working_capital_rial").value_or(0);
        u.fixedCapitalRial = row.money("fixed_capital_rial").value_or(0);
        u.exportOriented = row.flag("export_oriented").value_or(false);
        u.notes = row.text("notes");
        if (!row.text("revival_path").isEmpty())
            u.revivalPath = row.choice<RevivalPath>("revival_path").value_or(RevivalPath::None);
        if (row.failed() || !claim(lookups.units, row, "licence_no", u.provinceId, u.licenceNo))
            return {};
        if (auto id = repo.insert(u); !id)
            return onRow(row, path, id.error());
        lookups.units.insert(Lookups::key(u.provinceId, u.licenceNo), u.id);
        return {};
    });
}

} // namespace ehya::io::demo
