#include "DemoLoad.h"
#include "IoText.h"

#include "core/PersianText.h"
#include "storage/Repositories.h"

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace ehya::io::demo {

namespace {

// The project or unit a row of the event files refers to: owner kind, province and code
// (permit number for projects, licence number for units).
struct Owner
{
    OwnerKind kind = OwnerKind::Project;
    Id id = 0;
};

Owner owner(Row& row, const Lookups& lookups, std::optional<OwnerKind> kind, const char* codeColumn)
{
    Owner out;
    if (!kind)
        kind = row.choice<OwnerKind>("owner_kind");
    if (!kind)
        return out;
    out.kind = *kind;
    const Id province = lookups.provinces.value(searchKey(row.text("province")));
    if (province == 0) {
        row.fail("province", IoText::tr("\"%1\" is not a province.").arg(row.text("province")));
        return out;
    }
    const QString code = row.text(codeColumn);
    const auto& codes = out.kind == OwnerKind::Project ? lookups.projects : lookups.units;
    out.id = codes.value(Lookups::key(province, code));
    if (out.id == 0)
        row.fail(codeColumn,
                 out.kind == OwnerKind::Project
                     ? IoText::tr("No project of that province has the permit number \"%1\".").arg(code)
                     : IoText::tr("No unit of that province has the licence number \"%1\".").arg(code));
    return out;
}

} // namespace

Status loadReports(storage::Database& db, Lookups& lookups)
{
    const QString path = u":/data/demo/progress_reports.csv"_s;
    struct Pending
    {
        ProgressReport report;
        int line = 0;
    };
    std::vector<Pending> pending;
    auto read =
        eachRow(path, {u"province"_s, u"permit_no"_s, u"date"_s, u"percent"_s, u"reported_by"_s, u"note"_s},
                [&](Row& row) -> Status {
                    ProgressReport r;
                    r.projectId = owner(row, lookups, OwnerKind::Project, "permit_no").id;
                    r.date = row.date("date", true).value_or(QDate());
                    r.percent = row.percent("percent").value_or(0);
                    r.reportedBy = row.text("reported_by");
                    r.note = row.text("note");
                    pending.push_back({r, row.line()});
                    return {};
                });
    if (!read)
        return read;
    // Latest report first: it sets the project's current progress; the earlier ones, added after
    // it, are history only (ProjectRepository::addReport), which saves an update per report.
    std::stable_sort(pending.begin(), pending.end(), [](const Pending& a, const Pending& b) {
        return a.report.projectId != b.report.projectId ? a.report.projectId < b.report.projectId
                                                        : a.report.date > b.report.date;
    });
    storage::ProjectRepository repo(db);
    for (Pending& p : pending) {
        if (auto id = repo.addReport(p.report); !id)
            return Error{id.error().kind,
                         u"%1:%2: %3"_s.arg(path, QString::number(p.line), id.error().message)};
    }
    return {};
}

Status loadObstacles(storage::Database& db, Lookups& lookups)
{
    const QString path = u":/data/demo/obstacles.csv"_s;
    storage::ObstacleRepository repo(db);
    const QStringList columns = {u"owner_kind"_s,  u"province"_s, u"code"_s,    u"type"_s,
                                 u"description"_s, u"opened"_s,   u"resolved"_s};
    return eachRow(path, columns, [&](Row& row) -> Status {
        const Owner who = owner(row, lookups, std::nullopt, "code");
        Obstacle o;
        o.ownerKind = who.kind;
        o.ownerId = who.id;
        o.type = row.choice<ObstacleType>("type").value_or(ObstacleType::Other);
        o.description = row.text("description");
        o.opened = row.date("opened", true).value_or(QDate());
        o.resolved = row.date("resolved", false).value_or(QDate());
        if (row.failed())
            return {};
        if (auto id = repo.insert(o); !id)
            return onRow(row, path, id.error());
        return {};
    });
}

Status loadActions(storage::Database& db, Lookups& lookups)
{
    const QString path = u":/data/demo/actions.csv"_s;
    storage::ActionRepository repo(db);
    const QStringList columns = {u"owner_kind"_s, u"province"_s, u"code"_s,        u"type"_s,   u"agency"_s,
                                 u"started"_s,    u"finished"_s, u"amount_rial"_s, u"status"_s, u"outcome"_s};
    return eachRow(path, columns, [&](Row& row) -> Status {
        const Owner who = owner(row, lookups, std::nullopt, "code");
        Action a;
        a.ownerKind = who.kind;
        a.ownerId = who.id;
        a.type = row.choice<ActionType>("type").value_or(ActionType::Other);
        if (const QString agency = row.text("agency"); !agency.isEmpty()) {
            a.agencyId = lookups.agencies.value(searchKey(agency));
            if (a.agencyId == 0)
                row.fail("agency", IoText::tr("\"%1\" is not an agency of agencies.csv.").arg(agency));
        }
        a.started = row.date("started", false).value_or(QDate());
        a.finished = row.date("finished", false).value_or(QDate());
        a.amountRial = row.money("amount_rial").value_or(0);
        a.status = row.choice<ActionStatus>("status").value_or(ActionStatus::Planned);
        a.outcome = row.text("outcome");
        if (row.failed())
            return {};
        if (auto id = repo.insert(a); !id)
            return onRow(row, path, id.error());
        return {};
    });
}

} // namespace ehya::io::demo
