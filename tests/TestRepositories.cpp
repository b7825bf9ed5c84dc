// Repositories: round trips of every record type, optimistic locking, audit, progress history,
// listing rows and statistics.
#include "RecordChecks.h"
#include "StorageFixture.h"

#include "storage/Listing.h"

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

} // namespace

TEST_CASE("Reference data round trip and matching as officers type", "[storage][repositories]")
{
    QTemporaryDir dir;
    auto db = openDb(dir.filePath(QStringLiteral("refs.sqlite")));
    const Seed s = seed(*db);
    ReferenceRepository refs(*db);

    auto provinces = refs.provinces();
    REQUIRE(provinces.ok());
    REQUIRE(provinces->size() == 2);
    CHECK(provinces->at(0).code == s.province.code);
    CHECK(provinces->at(0).nameFa == s.province.nameFa);
    CHECK(provinces->at(1).nameEn == s.other.nameEn);
    auto counties = refs.counties(s.province.id);
    REQUIRE(counties.ok());
    CHECK(counties->size() == 2);
    CHECK(refs.counties()->size() == 3);
    auto estates = refs.estates(s.county.id);
    REQUIRE(estates.ok());
    REQUIRE(estates->size() == 1);
    CHECK(estates->at(0).nameFa == s.estate.nameFa);
    auto sectors = refs.sectors();
    REQUIRE(sectors.ok());
    REQUIRE(sectors->size() == 2);
    CHECK(sectors->at(0).isic == u"10"); // ordered by ISIC
    auto agencies = refs.agencies();
    REQUIRE(agencies.ok());
    REQUIRE(agencies->size() == 1);
    CHECK(agencies->at(0).group == AgencyGroup::Service);
    CHECK(agencies->at(0).nameEn == s.agency.nameEn);

    User manager{0, QStringLiteral("m.ahmadi"), QStringLiteral("مریم احمدی"), Role::Manager, false};
    REQUIRE_OK(refs.add(manager));
    auto users = refs.users();
    REQUIRE(users.ok());
    REQUIRE(users->size() == 1);
    CHECK(users->at(0).login == manager.login);
    CHECK(users->at(0).fullName == manager.fullName);
    CHECK(users->at(0).role == Role::Manager);
    CHECK(users->at(0).active == false);
    CHECK(*refs.findUser(QStringLiteral("m.ahmadi")) == manager.id);
    User duplicate{0, QStringLiteral("m.ahmadi"), QString(), Role::Officer, true};
    CHECK_FALSE(refs.add(duplicate).ok());

    // Arabic letter forms (ي) and English names match; unknown text gives 0.
    CHECK(*refs.findProvince(QStringLiteral("آذربايجان شرقي")) == s.province.id);
    CHECK(*refs.findProvince(QStringLiteral("west azerbaijan")) == s.other.id);
    CHECK(*refs.findProvince(QStringLiteral("WA")) == s.other.id);
    CHECK(*refs.findProvince(QStringLiteral("Fars")) == 0);
    CHECK(*refs.findCounty(s.province.id, QStringLiteral("Tabriz")) == s.county.id);
    CHECK(*refs.findCounty(s.other.id, QStringLiteral("Tabriz")) == 0);
    CHECK(*refs.findSector(QStringLiteral("29")) == s.sector.id);
    CHECK(*refs.findSector(QStringLiteral("مواد غذايي")) == s.sector2.id);

    Sector badIsic{0, QStringLiteral("2A"), QStringLiteral("x"), QString()};
    auto rejected = refs.add(badIsic);
    REQUIRE_FALSE(rejected.ok());
    CHECK(rejected.error().message.contains(u"two digits"));
    Sector sameIsic{0, QStringLiteral("29"), QStringLiteral("دیگر"), QString()};
    CHECK_FALSE(refs.add(sameIsic).ok()); // ISIC is unique
}

TEST_CASE("Projects and units round trip with every field", "[storage][repositories]")
{
    QTemporaryDir dir;
    auto db = openDb(dir.filePath(QStringLiteral("records.sqlite")));
    const Seed s = seed(*db);

    ProjectRepository projects(*db);
    Project p = sampleProject(s, QStringLiteral("TB-1402-17"));
    auto id = projects.insert(p);
    REQUIRE(id.ok());
    CHECK(p.id == *id);
    CHECK(p.version == 1);
    auto read = projects.get(p.id);
    REQUIRE(read.ok());
    checkSame(*read, p);

    Project bare = sampleProject(s, QStringLiteral("TB-2"));
    bare.estateId = 0;
    bare.permitDate = QDate();
    bare.permitExpiry = QDate();
    bare.expectedCompletion = QDate();
    bare.exportOriented = false;
    bare.status = ProjectStatus::UnderConstruction;
    REQUIRE_OK(projects.insert(bare));
    checkSame(*projects.get(bare.id), bare);

    auto found = projects.findByPermit(s.province.id, QStringLiteral("TB-1402-17"));
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    CHECK((*found)->id == p.id);
    CHECK_FALSE(projects.findByPermit(s.other.id, QStringLiteral("TB-1402-17"))->has_value());
    CHECK(projects.list()->size() == 2);
    CHECK(projects.list(s.other.id)->isEmpty());
    CHECK(projects.get(999).error().kind == Error::Kind::NotFound);

    UnitRepository units(*db);
    IdleUnit u = sampleUnit(s, QStringLiteral("BH-5531"));
    REQUIRE_OK(units.insert(u));
    CHECK(u.version == 1);
    auto unitRead = units.get(u.id);
    REQUIRE(unitRead.ok());
    checkSame(*unitRead, u);
    auto byLicence = units.findByLicence(s.province.id, QStringLiteral("BH-5531"));
    REQUIRE(byLicence.ok());
    REQUIRE(byLicence->has_value());
    checkSame(**byLicence, u);
    IdleUnit twin = sampleUnit(s, QStringLiteral("BH-5531"));
    auto duplicate = units.insert(twin);
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().message.contains(u"BH-5531"));

    Project invalid = sampleProject(s, QStringLiteral("TB-3"));
    invalid.progress = 120;
    auto rejected = projects.insert(invalid);
    REQUIRE_FALSE(rejected.ok());
    CHECK(rejected.error().kind == Error::Kind::Invalid);
    CHECK(rejected.error().message.contains(u"progress"));
}

TEST_CASE("Obstacles and actions round trip", "[storage][repositories]")
{
    QTemporaryDir dir;
    auto db = openDb(dir.filePath(QStringLiteral("owned.sqlite")));
    const Seed s = seed(*db);
    Project p = sampleProject(s, QStringLiteral("OB-1"));
    REQUIRE_OK(ProjectRepository(*db).insert(p));
    IdleUnit u = sampleUnit(s, QStringLiteral("OB-U"));
    REQUIRE_OK(UnitRepository(*db).insert(u));

    ObstacleRepository obstacles(*db);
    Obstacle o{0,
               0,
               OwnerKind::Unit,
               u.id,
               ObstacleType::BankDebt,
               QStringLiteral("overdue loan"),
               QDate(2023, 5, 1),
               QDate(2024, 2, 1)};
    REQUIRE_OK(obstacles.insert(o));
    Obstacle open{0,
                  0,
                  OwnerKind::Project,
                  p.id,
                  ObstacleType::Utilities,
                  QStringLiteral("no gas"),
                  QDate(2023, 7, 1),
                  QDate()};
    REQUIRE_OK(obstacles.insert(open));
    auto ofUnit = obstacles.forOwner(OwnerKind::Unit, u.id);
    REQUIRE(ofUnit.ok());
    REQUIRE(ofUnit->size() == 1);
    CHECK(ofUnit->at(0).type == ObstacleType::BankDebt);
    CHECK(ofUnit->at(0).description == o.description);
    CHECK(ofUnit->at(0).opened == o.opened);
    CHECK(ofUnit->at(0).resolved == o.resolved);
    CHECK(ofUnit->at(0).version == 1);
    CHECK(obstacles.forOwner(OwnerKind::Project, p.id)->at(0).resolved.isNull());
    Obstacle orphan{0,      0, OwnerKind::Project, 777, ObstacleType::Other, QString(), QDate(2023, 1, 1),
                    QDate()};
    CHECK(obstacles.insert(orphan).error().kind == Error::Kind::Invalid);

    ActionRepository actions(*db);
    Action a{0,
             0,
             OwnerKind::Unit,
             u.id,
             ActionType::FacilityGranted,
             s.agency.id,
             QDate(2024, 1, 5),
             QDate(2024, 3, 1),
             25'000'000'000,
             ActionStatus::Done,
             QStringLiteral("facility paid")};
    REQUIRE_OK(actions.insert(a));
    auto ofUnitActions = actions.forOwner(OwnerKind::Unit, u.id);
    REQUIRE(ofUnitActions.ok());
    REQUIRE(ofUnitActions->size() == 1);
    const Action& back = ofUnitActions->at(0);
    CHECK(back.type == ActionType::FacilityGranted);
    CHECK(back.agencyId == s.agency.id);
    CHECK(back.started == a.started);
    CHECK(back.finished == a.finished);
    CHECK(back.amountRial == a.amountRial);
    CHECK(back.status == ActionStatus::Done);
    CHECK(back.outcome == a.outcome);
    a.status = ActionStatus::Cancelled;
    REQUIRE_OK(actions.update(a));
    CHECK(actions.forOwner(OwnerKind::Unit, u.id)->at(0).status == ActionStatus::Cancelled);
    Action unknownAgency = a;
    unknownAgency.id = 0;
    unknownAgency.agencyId = 55;
    CHECK(actions.insert(unknownAgency).error().kind == Error::Kind::Invalid);

    // Removing the unit removes what it owns.
    REQUIRE_OK(UnitRepository(*db).remove(u.id, u.version));
    CHECK(obstacles.forOwner(OwnerKind::Unit, u.id)->isEmpty());
    CHECK(actions.forOwner(OwnerKind::Unit, u.id)->isEmpty());
}

TEST_CASE("A stale version is refused on update and delete", "[storage][repositories]")
{
    QTemporaryDir dir;
    auto db = openDb(dir.filePath(QStringLiteral("conflict.sqlite")));
    const Seed s = seed(*db);
    ProjectRepository projects(*db);
    Project p = sampleProject(s, QStringLiteral("CF-1"));
    REQUIRE_OK(projects.insert(p));

    Project alice = *projects.get(p.id);
    Project bob = *projects.get(p.id);
    alice.notes = QStringLiteral("alice was here");
    REQUIRE_OK(projects.update(alice));
    CHECK(alice.version == 2);
    bob.notes = QStringLiteral("bob overwrites");
    auto conflict = projects.update(bob);
    REQUIRE_FALSE(conflict.ok());
    CHECK(conflict.error().kind == Error::Kind::Conflict);
    CHECK(conflict.error().message.contains(u"changed by someone else since you opened it"));
    CHECK(bob.version == 1);
    CHECK(projects.get(p.id)->notes == u"alice was here");

    auto staleDelete = projects.remove(p.id, 1);
    REQUIRE_FALSE(staleDelete.ok());
    CHECK(staleDelete.error().kind == Error::Kind::Conflict);
    CHECK(projects.get(p.id).ok());

    REQUIRE_OK(projects.remove(p.id, alice.version));
    CHECK(projects.get(p.id).error().kind == Error::Kind::NotFound);
    auto gone = projects.update(alice);
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().kind == Error::Kind::NotFound);
    CHECK(projects.remove(p.id, alice.version).error().kind == Error::Kind::NotFound);

    UnitRepository units(*db);
    IdleUnit u = sampleUnit(s, QStringLiteral("CF-U"));
    REQUIRE_OK(units.insert(u));
    IdleUnit stale = u;
    u.jobsRestorable = 70;
    REQUIRE_OK(units.update(u));
    stale.jobsRestorable = 1;
    CHECK(units.update(stale).error().kind == Error::Kind::Conflict);
    CHECK(units.get(u.id)->jobsRestorable == 70);
    CHECK(units.remove(u.id, stale.version).error().kind == Error::Kind::Conflict);
}

TEST_CASE("Every write leaves an audit row with the old and new values", "[storage][repositories]")
{
    QTemporaryDir dir;
    FixedClock clock(QDateTime(QDate(2024, 4, 3), QTime(8, 30, 0), Qt::UTC));
    auto db = openDb(dir.filePath(QStringLiteral("audit.sqlite")), &clock);
    const Seed s = seed(*db);
    ProjectRepository projects(*db);
    AuditLog log(*db);
    const qint64 before = *log.count();
    CHECK(before == 9); // one insert per seeded reference row

    Project p = sampleProject(s, QStringLiteral("AU-1"));
    REQUIRE_OK(projects.insert(p));
    clock.set(QDateTime(QDate(2024, 4, 4), QTime(9, 0, 0), Qt::UTC));
    p.progress = 70.0;
    REQUIRE_OK(projects.update(p));
    db->setCurrentUser(QStringLiteral("manager"));
    REQUIRE_OK(projects.remove(p.id, p.version));

    auto entries = log.forEntity(QStringLiteral("project"), p.id);
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 3);
    const AuditEntry& inserted = entries->at(0);
    CHECK(inserted.action == u"insert");
    CHECK(inserted.user == u"tester");
    CHECK(inserted.at == QDateTime(QDate(2024, 4, 3), QTime(8, 30, 0), Qt::UTC));
    CHECK(inserted.oldJson.isEmpty());
    CHECK(json(inserted.newJson).value(u"permit_no").toString() == u"AU-1");
    CHECK(json(inserted.newJson).value(u"remaining_rial").toDouble() == Approx(1'250'000'000'000.0));

    const AuditEntry& updated = entries->at(1);
    CHECK(updated.action == u"update");
    CHECK(updated.at == QDateTime(QDate(2024, 4, 4), QTime(9, 0, 0), Qt::UTC));
    CHECK(json(updated.oldJson).value(u"progress").toDouble() == Approx(62.5));
    CHECK(json(updated.newJson).value(u"progress").toDouble() == Approx(70.0));
    CHECK(json(updated.oldJson).value(u"version").toInt() == 1);
    CHECK(json(updated.newJson).value(u"version").toInt() == 2);

    const AuditEntry& deleted = entries->at(2);
    CHECK(deleted.action == u"delete");
    CHECK(deleted.user == u"manager");
    CHECK(json(deleted.oldJson).value(u"title").toString() == p.title);
    CHECK(deleted.newJson.isEmpty());
    CHECK(*log.count() == before + 3);

    // A refused write leaves no audit row.
    Project bad = sampleProject(s, QString());
    CHECK_FALSE(projects.insert(bad).ok());
    CHECK(*log.count() == before + 3);
}

TEST_CASE("A progress report moves the project's progress and version", "[storage][repositories]")
{
    QTemporaryDir dir;
    auto db = openDb(dir.filePath(QStringLiteral("reports.sqlite")));
    const Seed s = seed(*db);
    ProjectRepository projects(*db);
    Project p = sampleProject(s, QStringLiteral("PR-1"));
    REQUIRE_OK(projects.insert(p));

    ProgressReport march{
        0, p.id, QDate(2024, 3, 20), 68.04, QStringLiteral("inspector"), QStringLiteral("site visit")};
    REQUIRE_OK(projects.addReport(march));
    CHECK(march.id > 0);
    auto after = projects.get(p.id);
    REQUIRE(after.ok());
    CHECK(after->progress == Approx(68.0));
    CHECK(after->version == 2);

    // An older report joins the history but does not move the current progress.
    ProgressReport january{0, p.id, QDate(2024, 1, 10), 65.0, QStringLiteral("inspector"), QString()};
    REQUIRE_OK(projects.addReport(january));
    CHECK(projects.get(p.id)->progress == Approx(68.0));
    CHECK(projects.get(p.id)->version == 2);

    auto history = projects.history(p.id);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 2);
    CHECK(history->at(0).date == QDate(2024, 1, 10));
    CHECK(history->at(1).percent == Approx(68.0));
    CHECK(history->at(1).reportedBy == u"inspector");
    CHECK(history->at(1).note == u"site visit");

    // The editor who opened version 1 now gets a conflict.
    p.notes = QStringLiteral("stale edit");
    CHECK(projects.update(p).error().kind == Error::Kind::Conflict);

    ProgressReport unknown{0, 4040, QDate(2024, 4, 1), 10.0, QString(), QString()};
    CHECK(projects.addReport(unknown).error().kind == Error::Kind::Invalid);
    ProgressReport tooMuch{0, p.id, QDate(2024, 4, 1), 101.0, QString(), QString()};
    CHECK(projects.addReport(tooMuch).error().kind == Error::Kind::Invalid);
    CHECK(projects.history(p.id)->size() == 2);

    // Deleting the project deletes its history, each with an audit row.
    const Project current = *projects.get(p.id);
    REQUIRE_OK(projects.remove(p.id, current.version));
    CHECK(countRows(*db, QStringLiteral("SELECT COUNT(*) FROM progress_report")) == 0);
    CHECK(countRows(*db, QStringLiteral("SELECT COUNT(*) FROM audit WHERE entity = 'progress_report' AND "
                                        "action = 'delete'")) == 2);
}
