#include "DemoData.h"

#include "DemoLoad.h"
#include "DemoRows.h"
#include "IoText.h"
#include "core/PersianText.h"
#include "storage/Repositories.h"

#include <QFile>
#include <QFileInfo>

// The resources of data/data.qrc live in a static library: register them explicitly, at global
// scope (Q_INIT_RESOURCE declares a global function).
static void initDataResources()
{
    Q_INIT_RESOURCE(data);
}

using namespace Qt::StringLiterals;

namespace ehya::io {

namespace {

using demo::eachRow;
using demo::onRow;
using demo::Row;

QString ref(const char* name)
{
    return QStringLiteral(":/data/reference/%1.csv").arg(QLatin1String(name));
}

Status loadProvincesAndCounties(storage::ReferenceRepository& repo, QHash<QString, Id>& provinces,
                                QHash<QString, Id>& counties)
{
    const QString provincesPath = ref("provinces");
    auto status = eachRow(provincesPath, {u"code"_s, u"name_fa"_s, u"name_en"_s}, [&](Row& row) -> Status {
        Province p{0, row.text("code"), row.required("name_fa").value_or(QString()), row.text("name_en")};
        if (row.failed())
            return {};
        if (auto id = repo.add(p); !id)
            return onRow(row, provincesPath, id.error());
        provinces.insert(searchKey(p.code), p.id);
        return {};
    });
    if (!status)
        return status;
    const QString countiesPath = ref("counties");
    return eachRow(countiesPath, {u"province"_s, u"name_fa"_s, u"name_en"_s}, [&](Row& row) -> Status {
        const Id provinceId = provinces.value(searchKey(row.text("province")));
        if (provinceId == 0) {
            row.fail("province",
                     IoText::tr("\"%1\" is not a province code of provinces.csv.").arg(row.text("province")));
            return {};
        }
        County c{0, provinceId, row.required("name_fa").value_or(QString()), row.text("name_en")};
        if (row.failed())
            return {};
        if (auto id = repo.add(c); !id)
            return onRow(row, countiesPath, id.error());
        counties.insert(demo::Lookups::key(provinceId, c.nameFa), c.id);
        return {};
    });
}

Status loadOtherReference(storage::ReferenceRepository& repo, const QHash<QString, Id>& provinces,
                          const QHash<QString, Id>& counties)
{
    const QString estatesPath = ref("estates");
    auto status = eachRow(
        estatesPath, {u"province"_s, u"county"_s, u"name_fa"_s, u"name_en"_s}, [&](Row& row) -> Status {
            const Id provinceId = provinces.value(searchKey(row.text("province")));
            const Id countyId = counties.value(demo::Lookups::key(provinceId, row.text("county")));
            if (countyId == 0) {
                row.fail("county", IoText::tr("\"%1\" is not a county of counties.csv in that province.")
                                       .arg(row.text("county")));
                return {};
            }
            Estate e{0, countyId, row.required("name_fa").value_or(QString()), row.text("name_en")};
            if (row.failed())
                return {};
            if (auto id = repo.add(e); !id)
                return onRow(row, estatesPath, id.error());
            return {};
        });
    if (!status)
        return status;
    const QString sectorsPath = ref("sectors");
    status = eachRow(sectorsPath, {u"isic"_s, u"name_fa"_s, u"name_en"_s}, [&](Row& row) -> Status {
        Sector s{0, row.required("isic").value_or(QString()), row.required("name_fa").value_or(QString()),
                 row.text("name_en")};
        if (row.failed())
            return {};
        if (auto id = repo.add(s); !id)
            return onRow(row, sectorsPath, id.error());
        return {};
    });
    if (!status)
        return status;
    const QString agenciesPath = ref("agencies");
    status = eachRow(agenciesPath, {u"name_fa"_s, u"name_en"_s, u"group"_s}, [&](Row& row) -> Status {
        Agency a;
        a.nameFa = row.required("name_fa").value_or(QString());
        a.nameEn = row.text("name_en");
        a.group = row.choice<AgencyGroup>("group").value_or(AgencyGroup::Support);
        if (row.failed())
            return {};
        if (auto id = repo.add(a); !id)
            return onRow(row, agenciesPath, id.error());
        return {};
    });
    if (!status)
        return status;
    const QString usersPath = ref("users");
    return eachRow(usersPath, {u"login"_s, u"full_name"_s, u"role"_s}, [&](Row& row) -> Status {
        User u;
        u.login = row.required("login").value_or(QString());
        u.fullName = row.text("full_name");
        u.role = row.choice<Role>("role").value_or(Role::Officer);
        if (row.failed())
            return {};
        if (auto id = repo.add(u); !id)
            return onRow(row, usersPath, id.error());
        return {};
    });
}

void removeDatabaseFiles(const QString& path)
{
    for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
}

} // namespace

Status loadReferenceData(storage::Database& db)
{
    initDataResources();
    storage::Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    storage::ReferenceRepository repo(db);
    QHash<QString, Id> provinces, counties;
    if (auto status = loadProvincesAndCounties(repo, provinces, counties); !status)
        return status;
    if (auto status = loadOtherReference(repo, provinces, counties); !status)
        return status;
    return transaction.commit();
}

Status loadDemoData(storage::Database& db)
{
    initDataResources();
    storage::Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    auto lookups = demo::buildLookups(db);
    if (!lookups)
        return lookups.error();
    for (auto step :
         {demo::loadProjects, demo::loadUnits, demo::loadReports, demo::loadObstacles, demo::loadActions}) {
        if (auto status = step(db, *lookups); !status)
            return status;
    }
    return transaction.commit();
}

Status createDatabase(const QString& path, bool withDemo)
{
    const bool server = path.startsWith(u"postgresql://"_s);
    if (!server && QFileInfo::exists(path))
        return Error{
            Error::Kind::Invalid,
            IoText::tr("%1 already exists; choose the name of a new file, the data is not written over an "
                       "existing one.")
                .arg(path)};
    storage::OpenOptions options;
    options.create = true;
    auto db = storage::Database::open(path, options);
    if (!db)
        return db.error();
    if (server) { // a server database is made empty beforehand (docs/server.md); never fill it twice
        auto provinces = storage::ReferenceRepository(**db).provinces();
        if (!provinces)
            return provinces.error();
        if (!provinces->isEmpty())
            return Error{
                Error::Kind::Invalid,
                IoText::tr("%1 already holds data; the data is not written over an existing database.")
                    .arg((*db)->location())};
    }
    Status status;
    {
        storage::Transaction transaction(**db);
        status = transaction.started();
        if (status)
            status = loadReferenceData(**db);
        if (status && withDemo)
            status = loadDemoData(**db);
        if (status)
            status = transaction.commit();
    }
    db->reset();
    if (!status && !server)
        removeDatabaseFiles(path);
    return status;
}

} // namespace ehya::io
