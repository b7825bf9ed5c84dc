#pragma once

// Server mode security tests: one fresh database on the test server with two provinces, records
// in each (a project and a unit, each with a progress report / obstacle / action), and LOGIN roles
// made for this test only: two officers (one province each) and a manager. Role names are
// cluster-wide and ctest runs tests in parallel, so they carry the database name and a random part.
#include "StorageFixture.h"

#include <QRandomGenerator>
#include <QSqlError>

namespace ehya::test {

struct Records
{
    Project project;
    IdleUnit unit;
    Id report = 0;
    Obstacle obstacle;
    Action action;
};

class ServerOffice final
{
public:
    ServerOffice()
    {
        if (!onServer())
            FAIL("test_server runs against the test server only: run it with --backend=postgres (ctest "
                 "registers it as \"pg: \" tests).");
        admin = openDb(m_dir.filePath(QStringLiteral("office.sqlite")));
        seeds = seed(*admin);
        mine = addRecords(seeds.province.id, seeds.county.id, seeds.estate.id, QStringLiteral("A"));
        theirs = addRecords(seeds.other.id, seeds.otherCounty.id, 0, QStringLiteral("B"));
        const QString database = QUrl(admin->location()).path().mid(1);
        const QString suffix = database.right(8) + u'_' +
                               QString::number(QRandomGenerator::global()->generate() % 1'000'000'000u);
        officerA = u"ehya_oa_" + suffix;
        officerB = u"ehya_ob_" + suffix;
        manager = u"ehya_m_" + suffix;
        createRole(officerA, QStringLiteral("ehya_officer"));
        createRole(officerB, QStringLiteral("ehya_officer"));
        createRole(manager, QStringLiteral("ehya_manager"));
        grant(officerA, seeds.province.id);
        grant(officerB, seeds.other.id);
    }

    ~ServerOffice()
    {
        for (const QString& role : std::as_const(m_roles)) {
            QSqlQuery query(admin->connection());
            (void)query.exec(u"DROP ROLE IF EXISTS " + role);
        }
    }

    Q_DISABLE_COPY_MOVE(ServerOffice)

    // The database as `role` (its login on the server; the app records the same name).
    std::unique_ptr<storage::Database> as(const QString& role) const
    {
        QUrl url(admin->location());
        url.setUserName(role);
        storage::OpenOptions options;
        options.user = role;
        auto db = storage::Database::open(url.toString(), options);
        INFO((db.ok() ? QString() : db.error().message).toStdString());
        REQUIRE(db.ok());
        return std::move(db).value();
    }

    void adminSql(const QString& sql) const
    {
        QSqlQuery query(admin->connection());
        INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
        REQUIRE(query.exec(sql));
    }

    void grant(const QString& role, Id province) const
    {
        adminSql(QStringLiteral("INSERT INTO province_access (role_name, province_id) VALUES ('%1', %2)")
                     .arg(role)
                     .arg(province));
    }

    std::unique_ptr<storage::Database> admin;
    Seed seeds;
    Records mine;   // officer A's province (seeds.province)
    Records theirs; // officer B's province (seeds.other)
    QString officerA;
    QString officerB;
    QString manager;

private:
    Records addRecords(Id province, Id county, Id estate, const QString& tag)
    {
        Records r;
        r.project = sampleProject(seeds, u"P-" + tag);
        r.project.provinceId = province;
        r.project.countyId = county;
        r.project.estateId = estate;
        REQUIRE_OK(storage::ProjectRepository(*admin).insert(r.project));
        r.unit = sampleUnit(seeds, u"U-" + tag);
        r.unit.provinceId = province;
        r.unit.countyId = county;
        REQUIRE_OK(storage::UnitRepository(*admin).insert(r.unit));
        ProgressReport report{0, r.project.id, QDate(2024, 5, 1), 70, QStringLiteral("inspector"), QString()};
        auto reportId = storage::ProjectRepository(*admin).addReport(report);
        REQUIRE_OK(reportId);
        r.report = *reportId;
        r.project = *storage::ProjectRepository(*admin).get(r.project.id); // progress and version moved
        r.obstacle = Obstacle{0,
                              0,
                              OwnerKind::Project,
                              r.project.id,
                              ObstacleType::Utilities,
                              u"no gas " + tag,
                              QDate(2023, 7, 1),
                              QDate()};
        REQUIRE_OK(storage::ObstacleRepository(*admin).insert(r.obstacle));
        r.action = Action{0,
                          0,
                          OwnerKind::Unit,
                          r.unit.id,
                          ActionType::FacilityGranted,
                          seeds.agency.id,
                          QDate(2024, 1, 5),
                          QDate(),
                          25'000'000'000,
                          ActionStatus::Planned,
                          QString()};
        REQUIRE_OK(storage::ActionRepository(*admin).insert(r.action));
        return r;
    }

    void createRole(const QString& role, const QString& group)
    {
        adminSql(u"CREATE ROLE " + role + u" LOGIN IN ROLE " + group);
        m_roles << role;
    }

    QTemporaryDir m_dir;
    QStringList m_roles;
};

// Runs raw SQL on the role's own connection: ok or not, the rows it touched, the SQLSTATE.
struct RawResult
{
    bool ok = false;
    int rows = -1;
    QString state;
    QString message;
};

inline RawResult raw(storage::Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    RawResult r;
    r.ok = query.exec(sql);
    if (r.ok) {
        r.rows = query.isSelect() ? (query.next() ? query.value(0).toInt() : 0) : query.numRowsAffected();
    } else {
        r.state = query.lastError().nativeErrorCode();
        r.message = query.lastError().databaseText();
    }
    return r;
}

} // namespace ehya::test
