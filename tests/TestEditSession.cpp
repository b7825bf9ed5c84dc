// The undo commands of the officer's desk on a real demo database: save, undo and redo write
// through the audited repositories; a change made meanwhile on a second connection is never
// overwritten silently (the resolver sees both versions and decides).
#include <catch2/catch.hpp>

#include "DemoDatabase.h"

#include "gui/EditSession.h"
#include "storage/Database.h"
#include "storage/Repositories.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace ehya;
using gui::EditSession;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    QString path = test::copyOfDemoDatabase(dir);
    std::unique_ptr<storage::Database> db = open(QStringLiteral("officer.one"));
    EditSession session;
    QList<QList<gui::FieldVersions>> conflicts; // what the resolver was shown
    EditSession::Choice answer = EditSession::Choice::KeepTheirs;
    QStringList errors;

    Fixture()
    {
        session.setDatabase(db.get());
        session.setConflictResolver([this](const QString&, const QList<gui::FieldVersions>& fields) {
            conflicts << fields;
            return answer;
        });
        session.setErrorReporter([this](const QString& text) { errors << text; });
    }

    std::unique_ptr<storage::Database> open(const QString& user)
    {
        storage::OpenOptions options;
        options.exclusive = false; // two connections of one test, like two officers
        options.user = user;
        auto opened = storage::Database::open(path, options);
        REQUIRE(opened.ok());
        return std::move(opened).value();
    }

    Project project(storage::Database& on, Id id) { return storage::ProjectRepository(on).get(id).value(); }

    Project firstProject()
    {
        auto all = storage::ProjectRepository(*db).list();
        REQUIRE(all.ok());
        REQUIRE(!all->isEmpty());
        return all->first();
    }

    qint64 auditRows(const QString& user)
    {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM audit WHERE user_login = ?"));
        q.addBindValue(user);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
};

const gui::FieldVersions* field(const QList<gui::FieldVersions>& fields, const QString& label)
{
    for (const auto& f : fields) {
        if (f.label == label)
            return &f;
    }
    return nullptr;
}

} // namespace

TEST_CASE("edit session: a saved edit is undone and redone in the database, audited by name", "[edit]")
{
    Fixture f;
    const Project before = f.firstProject();
    Project after = before;
    after.progress = before.progress < 50 ? 80.0 : 20.0;
    const qint64 auditBefore = f.auditRows(QStringLiteral("officer.one"));

    auto saved = f.session.saveProject(before, after);
    REQUIRE(saved.ok());
    CHECK(f.project(*f.db, before.id).progress == Approx(after.progress));
    CHECK(f.auditRows(QStringLiteral("officer.one")) == auditBefore + 1);
    CHECK(f.session.undoStack()->count() == 1);

    f.session.undoStack()->undo();
    CHECK(f.project(*f.db, before.id).progress == Approx(before.progress));
    CHECK(f.project(*f.db, before.id).title == before.title);
    f.session.undoStack()->redo();
    CHECK(f.project(*f.db, before.id).progress == Approx(after.progress));
    CHECK(f.auditRows(QStringLiteral("officer.one")) == auditBefore + 3);
    CHECK(f.conflicts.isEmpty());
    CHECK(f.errors.isEmpty());
}

TEST_CASE("edit session: a stale save shows both versions; keep theirs writes nothing", "[edit]")
{
    Fixture f;
    const Project opened = f.firstProject(); // the form opened it here
    auto other = f.open(QStringLiteral("officer.two"));
    Project theirs = f.project(*other, opened.id);
    theirs.notes = QStringLiteral("changed by officer two");
    REQUIRE(storage::ProjectRepository(*other).update(theirs).ok());

    Project mine = opened;
    mine.plannedJobs = opened.plannedJobs + 7;
    f.answer = EditSession::Choice::KeepTheirs;
    CHECK_FALSE(f.session.saveProject(opened, mine).ok());
    REQUIRE(f.conflicts.size() == 1);
    const auto* notes = field(f.conflicts.first(), QStringLiteral("Notes"));
    REQUIRE(notes);
    CHECK(notes->mine == opened.notes);
    CHECK(notes->theirs == QStringLiteral("changed by officer two"));
    const Project stored = f.project(*f.db, opened.id);
    CHECK(stored.notes == QStringLiteral("changed by officer two"));
    CHECK(stored.plannedJobs == opened.plannedJobs);
    CHECK(f.session.undoStack()->count() == 0);
}

TEST_CASE("edit session: keep mine writes over the newer version, and undo then asks again", "[edit]")
{
    Fixture f;
    const Project opened = f.firstProject();
    auto other = f.open(QStringLiteral("officer.two"));
    Project theirs = f.project(*other, opened.id);
    theirs.notes = QStringLiteral("theirs");
    REQUIRE(storage::ProjectRepository(*other).update(theirs).ok());

    Project mine = opened;
    mine.plannedJobs = opened.plannedJobs + 7;
    f.answer = EditSession::Choice::KeepMine;
    REQUIRE(f.session.saveProject(opened, mine).ok());
    CHECK(f.project(*f.db, opened.id).plannedJobs == opened.plannedJobs + 7);
    CHECK(f.project(*f.db, opened.id).notes == opened.notes); // mine is the whole record as I saw it

    // Officer two changes it again; my undo must not overwrite that silently.
    Project again = f.project(*other, opened.id);
    again.investor = QStringLiteral("new investor");
    REQUIRE(storage::ProjectRepository(*other).update(again).ok());
    f.answer = EditSession::Choice::KeepTheirs;
    f.session.undoStack()->undo();
    CHECK(f.conflicts.size() == 2);
    CHECK(f.project(*f.db, opened.id).investor == QStringLiteral("new investor"));
    CHECK(f.session.undoStack()->count() == 0); // the undo step was given up
}

TEST_CASE("edit session: a deleted project comes back with its history on undo", "[edit]")
{
    Fixture f;
    storage::ProjectRepository projects(*f.db);
    Id id = 0;
    const QList<Project> all = projects.list().value();
    for (const Project& p : all) {
        if (projects.history(p.id).value().size() >= 2) {
            id = p.id;
            break;
        }
    }
    REQUIRE(id != 0);
    const Project before = f.project(*f.db, id);
    const auto reports = projects.history(id).value();
    QList<Id> removed, changed;
    QObject::connect(&f.session, &EditSession::recordRemoved, [&](OwnerKind, Id r) { removed << r; });
    QObject::connect(&f.session, &EditSession::recordChanged, [&](OwnerKind, Id c) { changed << c; });

    REQUIRE(f.session.deleteProject(id).ok());
    CHECK(projects.get(id).error().kind == Error::Kind::NotFound);
    CHECK(removed == QList<Id>{id});
    f.session.undoStack()->undo();
    REQUIRE(changed.size() == 1);
    const Project back = f.project(*f.db, changed.first());
    CHECK(back.title == before.title);
    CHECK(back.permitNo == before.permitNo);
    CHECK(back.progress == Approx(before.progress));
    CHECK(projects.history(back.id).value().size() == reports.size());
    f.session.undoStack()->redo();
    CHECK(projects.get(back.id).error().kind == Error::Kind::NotFound);
    CHECK(f.errors.isEmpty());
}

TEST_CASE("edit session: undoing a progress report gives the project its progress back", "[edit]")
{
    Fixture f;
    const Project before = f.firstProject();
    ProgressReport report;
    report.projectId = before.id;
    report.date = QDate::currentDate();
    report.percent = before.progress < 90 ? before.progress + 5 : before.progress - 5;
    auto added = f.session.addReport(report);
    REQUIRE(added.ok());
    CHECK(added->reportedBy == QStringLiteral("officer.one"));
    CHECK(f.project(*f.db, before.id).progress == Approx(report.percent));
    const auto count = storage::ProjectRepository(*f.db).history(before.id).value().size();
    f.session.undoStack()->undo();
    CHECK(f.project(*f.db, before.id).progress == Approx(before.progress));
    CHECK(storage::ProjectRepository(*f.db).history(before.id).value().size() == count - 1);
    f.session.undoStack()->redo();
    CHECK(f.project(*f.db, before.id).progress == Approx(report.percent));
}

TEST_CASE("edit session: an invalid record is refused and nothing is pushed", "[edit]")
{
    Fixture f;
    const Project before = f.firstProject();
    Project bad = before;
    bad.progress = 120;
    auto saved = f.session.saveProject(before, bad);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().kind == Error::Kind::Invalid);
    CHECK(f.session.undoStack()->count() == 0);
    CHECK(f.project(*f.db, before.id).progress == Approx(before.progress));
}

TEST_CASE("edit session: an obstacle added, resolved and undone step by step", "[edit]")
{
    Fixture f;
    const Project project = f.firstProject();
    storage::ObstacleRepository obstacles(*f.db);
    const auto before = obstacles.forOwner(OwnerKind::Project, project.id).value().size();
    QList<Id> changed;
    QObject::connect(&f.session, &EditSession::recordChanged, [&](OwnerKind, Id id) { changed << id; });

    Obstacle fresh;
    fresh.ownerKind = OwnerKind::Project;
    fresh.ownerId = project.id;
    fresh.type = ObstacleType::BankDebt;
    fresh.description = QStringLiteral("بدهی معوق بانکی");
    fresh.opened = QDate(2025, 1, 10);
    auto added = f.session.saveObstacle({}, fresh);
    REQUIRE(added.ok());
    CHECK(changed.contains(project.id)); // the list row (open obstacles) and the page refresh
    Obstacle resolved = *added;
    resolved.resolved = QDate(2025, 3, 1);
    REQUIRE(f.session.saveObstacle(*added, resolved).ok());
    const auto stored = [&] {
        const QList<Obstacle> all = obstacles.forOwner(OwnerKind::Project, project.id).value();
        for (const Obstacle& o : all) {
            if (o.id == added->id)
                return o;
        }
        return Obstacle{};
    };
    CHECK(stored().resolved == QDate(2025, 3, 1));
    f.session.undoStack()->undo(); // open again
    CHECK(stored().id == added->id);
    CHECK(stored().resolved.isNull());
    f.session.undoStack()->undo(); // gone
    CHECK(obstacles.forOwner(OwnerKind::Project, project.id).value().size() == before);
    CHECK(f.errors.isEmpty());
}

TEST_CASE("edit session: chains of one's own steps on one record never ask about a conflict", "[edit]")
{
    Fixture f;
    const Project original = f.firstProject();
    storage::ProjectRepository projects(*f.db);

    SECTION("edit, undo, edit again, undo")
    {
        Project a = original;
        a.plannedJobs = original.plannedJobs + 1;
        REQUIRE(f.session.saveProject(original, a).ok());
        f.session.undoStack()->undo();
        const Project reread = projects.get(original.id).value();
        Project b = reread;
        b.plannedJobs = original.plannedJobs + 2;
        REQUIRE(f.session.saveProject(reread, b).ok());
        f.session.undoStack()->undo();
        CHECK(projects.get(original.id)->plannedJobs == original.plannedJobs);
    }
    SECTION("a progress report between an edit and its undo")
    {
        Project a = original;
        a.notes = QStringLiteral("edited");
        REQUIRE(f.session.saveProject(original, a).ok());
        ProgressReport report{0, original.id, QDate::currentDate(), 55.0, {}, {}};
        REQUIRE(f.session.addReport(report).ok());
        f.session.undoStack()->undo(); // the report
        f.session.undoStack()->undo(); // the edit
        CHECK(projects.get(original.id)->notes == original.notes);
    }
    SECTION("edit, delete, undo both: the record comes back as it was before the edit")
    {
        Project a = original;
        a.notes = QStringLiteral("before deletion");
        REQUIRE(f.session.saveProject(original, a).ok());
        REQUIRE(f.session.deleteProject(original.id).ok());
        f.session.undoStack()->undo(); // restored under a new id
        f.session.undoStack()->undo(); // the edit, on the restored record
        auto back = projects.findByPermit(original.provinceId, original.permitNo);
        REQUIRE(back.ok());
        REQUIRE(back->has_value());
        CHECK((*back)->notes == original.notes);
        f.session.undoStack()->redo();
        f.session.undoStack()->redo(); // deleted again
        CHECK_FALSE(projects.findByPermit(original.provinceId, original.permitNo)->has_value());
    }
    SECTION("new, edit, undo twice, redo twice")
    {
        Project fresh = original;
        fresh.id = 0;
        fresh.permitNo = QStringLiteral("NEW-77");
        auto added = f.session.saveProject({}, fresh);
        REQUIRE(added.ok());
        Project edited = *added;
        edited.title = QStringLiteral("طرح ویرایش‌شده");
        REQUIRE(f.session.saveProject(*added, edited).ok());
        f.session.undoStack()->undo();
        f.session.undoStack()->undo();
        CHECK_FALSE(projects.findByPermit(original.provinceId, QStringLiteral("NEW-77"))->has_value());
        f.session.undoStack()->redo();
        f.session.undoStack()->redo();
        auto again = projects.findByPermit(original.provinceId, QStringLiteral("NEW-77"));
        REQUIRE(again->has_value());
        CHECK((*again)->title == QStringLiteral("طرح ویرایش‌شده"));
    }
    CHECK(f.conflicts.isEmpty());
    CHECK(f.errors.isEmpty());
}

TEST_CASE("edit session: a report after someone else's change does not hide it from an undo", "[edit]")
{
    Fixture f;
    const Project original = f.firstProject();
    Project mine = original;
    mine.plannedJobs = original.plannedJobs + 3;
    REQUIRE(f.session.saveProject(original, mine).ok());
    auto other = f.open(QStringLiteral("officer.two"));
    Project theirs = f.project(*other, original.id);
    theirs.investor = QStringLiteral("their investor");
    REQUIRE(storage::ProjectRepository(*other).update(theirs).ok());
    ProgressReport report{0, original.id, QDate::currentDate(), 42.0, {}, {}};
    REQUIRE(f.session.addReport(report).ok());
    f.session.undoStack()->undo(); // the report: fine
    f.answer = EditSession::Choice::KeepTheirs;
    f.session.undoStack()->undo(); // the edit: officer two's change is shown, and kept
    CHECK(f.conflicts.size() == 1);
    CHECK(f.project(*f.db, original.id).investor == QStringLiteral("their investor"));
}
