// ReferenceRepository edits: renames of counties, estates, sectors and agencies, and user changes,
// each validated with a clear message, audited under the current user, and all-or-nothing.
#include "StorageFixture.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace ehya;
using namespace ehya::storage;
using namespace ehya::test;

namespace {

QJsonObject json(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

template <typename T> T findById(const QList<T>& rows, Id id)
{
    for (const T& row : rows) {
        if (row.id == id)
            return row;
    }
    FAIL("no row with id " << id);
    return {};
}

} // namespace

TEST_CASE("Reference rows are renamed and audited under the current user", "[storage][reference]")
{
    QTemporaryDir dir;
    auto db = openDb(dir.filePath(QStringLiteral("ref.sqlite")));
    const Seed s = seed(*db);
    ReferenceRepository refs(*db);
    AuditLog log(*db);
    db->setCurrentUser(QStringLiteral("r.ahmadi"));

    County county = s.county;
    county.nameFa = QStringLiteral("  تبریز بزرگ ");
    county.nameEn = QStringLiteral("Greater Tabriz");
    REQUIRE_OK(refs.update(county));
    const County readCounty = findById(*refs.counties(), county.id);
    CHECK(readCounty.nameFa == u"تبریز بزرگ");
    CHECK(readCounty.nameEn == u"Greater Tabriz");
    CHECK(readCounty.provinceId == s.province.id);

    Estate estate = s.estate;
    estate.countyId = s.county2.id;
    estate.nameEn = QStringLiteral("Salimi estate");
    REQUIRE_OK(refs.update(estate));
    CHECK(findById(*refs.estates(), estate.id).countyId == s.county2.id);
    CHECK(findById(*refs.estates(), estate.id).nameEn == u"Salimi estate");

    Sector sector = s.sector;
    sector.isic = QStringLiteral("30");
    sector.nameFa = QStringLiteral("سایر تجهیزات حمل‌ونقل");
    REQUIRE_OK(refs.update(sector));
    CHECK(findById(*refs.sectors(), sector.id).isic == u"30");

    Agency agency = s.agency;
    agency.group = AgencyGroup::Driver;
    agency.nameEn = QStringLiteral("Industry and Mine Bank");
    REQUIRE_OK(refs.update(agency));
    CHECK(findById(*refs.agencies(), agency.id).group == AgencyGroup::Driver);

    auto entries = log.forEntity(QStringLiteral("county"), county.id);
    REQUIRE_OK(entries);
    REQUIRE(entries->size() == 2); // insert, update
    const AuditEntry& renamed = entries->at(1);
    CHECK(renamed.action == u"update");
    CHECK(renamed.user == u"r.ahmadi");
    CHECK(json(renamed.oldJson).value(u"name_fa").toString() == u"تبریز");
    CHECK(json(renamed.newJson).value(u"name_fa").toString() == u"تبریز بزرگ");
    auto sectorEntries = log.forEntity(QStringLiteral("sector"), sector.id);
    REQUIRE_OK(sectorEntries);
    CHECK(json(sectorEntries->last().newJson).value(u"isic").toString() == u"30");
}

TEST_CASE("Invalid reference edits say why and change nothing", "[storage][reference]")
{
    QTemporaryDir dir;
    auto db = openDb(dir.filePath(QStringLiteral("ref.sqlite")));
    const Seed s = seed(*db);
    ReferenceRepository refs(*db);
    AuditLog log(*db);
    const qint64 audits = *log.count();

    const auto refused = [](const Status& status, const char* words) {
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().kind == Error::Kind::Invalid);
        CHECK(status.error().message.contains(QString::fromUtf8(words)));
    };

    County county = s.county;
    county.nameFa = QStringLiteral("   ");
    refused(refs.update(county), "is empty");
    county.nameFa = QStringLiteral("مرند"); // the other county of the province
    refused(refs.update(county), "already has a county named");
    county.nameFa = QStringLiteral("ارومیه"); // a county of another province: allowed name, unknown province
    county.provinceId = 999;
    refused(refs.update(county), "999");

    Estate estate = s.estate;
    estate.countyId = 4242;
    refused(refs.update(estate), "4242");

    Sector sector = s.sector;
    sector.isic = QStringLiteral("10");
    refused(refs.update(sector), "already the sector");
    sector.isic = QStringLiteral("2x");
    refused(refs.update(sector), "two digits");
    Sector twin{0, QStringLiteral("29"), QStringLiteral("دوقلو"), QString()};
    CHECK_FALSE(refs.add(twin).ok());

    Agency agency = s.agency;
    agency.nameFa.clear();
    refused(refs.update(agency), "agency");

    County gone = s.county;
    gone.id = 12345;
    const Status missing = refs.update(gone);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == Error::Kind::NotFound);

    CHECK(*log.count() == audits);
    CHECK(findById(*refs.counties(), s.county.id).nameFa == s.county.nameFa);
    CHECK(findById(*refs.sectors(), s.sector.id).isic == u"29");
}

TEST_CASE("Users: role, name and deactivation, with one active manager kept", "[storage][reference]")
{
    QTemporaryDir dir;
    auto db = openDb(dir.filePath(QStringLiteral("users.sqlite")));
    ReferenceRepository refs(*db);
    AuditLog log(*db);
    User boss{0, QStringLiteral("boss"), QStringLiteral("Boss"), Role::Manager, true};
    User maryam{0, QStringLiteral("m.karimi"), QStringLiteral("مریم کریمی"), Role::Officer, true};
    REQUIRE_OK(refs.add(boss));
    REQUIRE_OK(refs.add(maryam));
    User twin{0, QStringLiteral(" boss "), QString(), Role::Officer, true};
    const auto taken = refs.add(twin);
    REQUIRE_FALSE(taken.ok());
    CHECK(taken.error().message.contains(u"taken"));
    db->setCurrentUser(boss.login);

    maryam.role = Role::Manager;
    maryam.fullName = QStringLiteral("مریم کریمی‌نژاد");
    REQUIRE_OK(refs.update(maryam));
    User read = findById(*refs.users(), maryam.id);
    CHECK(read.role == Role::Manager);
    CHECK(read.fullName == u"مریم کریمی‌نژاد");

    maryam.login = boss.login;
    CHECK_FALSE(refs.update(maryam).ok());
    maryam.login = QStringLiteral("m.karimi");

    // Two managers: one may step down; the last one may not.
    boss.active = false;
    REQUIRE_OK(refs.update(boss));
    CHECK_FALSE(findById(*refs.users(), boss.id).active);
    maryam.role = Role::Officer;
    const Status last = refs.update(maryam);
    REQUIRE_FALSE(last.ok());
    CHECK(last.error().kind == Error::Kind::Invalid);
    CHECK(last.error().message.contains(u"last active manager"));
    CHECK(findById(*refs.users(), maryam.id).role == Role::Manager);
    // An inactive manager's edit is no threat to the rule.
    boss.fullName = QStringLiteral("Former boss");
    REQUIRE_OK(refs.update(boss));

    auto entries = log.forEntity(QStringLiteral("app_user"), boss.id);
    REQUIRE_OK(entries);
    REQUIRE(entries->size() == 3);
    CHECK(entries->at(1).user == u"boss");
    CHECK(json(entries->at(1).newJson).value(u"active").toInt() == 0);
}
