// The office at work (issue 7): two officers of different provinces and a manager on one server,
// each on their own connection and thread, editing at the same time. Every officer edit of their own
// province lands (or is refused as stale, and reported); every write outside one's rights is refused
// and changes nothing; the audit log names the database user of each accepted edit.
#include "ServerOffice.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <thread>

using namespace ehya;
using namespace ehya::storage;
using namespace ehya::test;

namespace {

constexpr int kRounds = 150;

struct Work
{
    QString openError;
    int accepted = 0, stale = 0, refusedByProvince = 0, other = 0;
    int seen = -1; // projects visible in the last list
    QStringList unexpected;
};

// The database as `role` on this thread's own connection; null (and the reason in `work`) if refused.
std::unique_ptr<Database> openAs(const QString& location, const QString& role, Work& work)
{
    OpenOptions options;
    options.user = role;
    auto opened = Database::open(location, options);
    if (!opened) {
        work.openError = opened.error().message;
        return nullptr;
    }
    return std::move(opened).value();
}

// Each round: edit one's own project (read, +1, save), then try the other province's project.
void officer(const QString& location, const QString& role, Id own, Id foreign, Work& work)
{
    const auto opened = openAs(location, role, work);
    if (!opened)
        return;
    ProjectRepository projects(*opened);
    for (int round = 0; round < kRounds; ++round) {
        auto project = projects.get(own);
        if (!project) {
            work.unexpected << project.error().message;
            continue;
        }
        project->investedRial += 1;
        project->notes = role + u" " + QString::number(round);
        const Status saved = projects.update(*project);
        if (saved)
            ++work.accepted;
        else if (saved.error().kind == Error::Kind::Conflict)
            ++work.stale;
        else
            work.unexpected << saved.error().message;
        auto other = projects.get(foreign); // invisible: NotFound
        if (other || other.error().kind != Error::Kind::NotFound)
            work.unexpected << QStringLiteral("saw the other province's project");
    }
    work.seen = int(projects.list()->size());
}

// Each round: read both provinces, try to change one of them (refused: no province granted).
void manager(const QString& location, const QString& role, Id a, Id b, Work& work)
{
    const auto opened = openAs(location, role, work);
    if (!opened)
        return;
    ProjectRepository projects(*opened);
    for (int round = 0; round < kRounds; ++round) {
        auto project = projects.get(round % 2 ? a : b);
        if (!project) {
            work.unexpected << project.error().message;
            continue;
        }
        project->notes = QStringLiteral("manager");
        const Status saved = projects.update(*project);
        if (saved)
            work.unexpected << QStringLiteral("a manager's record write went through");
        else if (saved.error().kind == Error::Kind::Invalid &&
                 saved.error().message.contains(u"province you may not change"))
            ++work.refusedByProvince;
        else if (saved.error().kind == Error::Kind::Conflict)
            ++work.stale; // the officer saved between the read and the write: refused all the same
        else
            work.unexpected << saved.error().message;
    }
    work.seen = int(projects.list()->size());
}

} // namespace

TEST_CASE("Two officers and a manager working at the same time each keep to their rights",
          "[server][security][office]")
{
    ServerOffice office;
    const auto locationOf = [&](const QString& role) {
        QUrl url(office.admin->location());
        url.setUserName(role);
        return url.toString();
    };
    const Id a = office.mine.project.id, b = office.theirs.project.id;
    const qint64 investedA = office.mine.project.investedRial, investedB = office.theirs.project.investedRial;
    Work workA, workB, workM;
    {
        std::thread ta(officer, locationOf(office.officerA), office.officerA, a, b, std::ref(workA));
        std::thread tb(officer, locationOf(office.officerB), office.officerB, b, a, std::ref(workB));
        std::thread tm(manager, locationOf(office.manager), office.manager, a, b, std::ref(workM));
        ta.join();
        tb.join();
        tm.join();
    }
    for (const Work* w : {&workA, &workB, &workM}) {
        INFO(w->openError.toStdString() << " | " << w->unexpected.mid(0, 3).join(u" | ").toStdString());
        REQUIRE(w->openError.isEmpty());
        CHECK(w->unexpected.isEmpty());
    }
    // Alone in their province, an officer's saves are never stale; each one landed.
    CHECK(workA.accepted == kRounds);
    CHECK(workB.accepted == kRounds);
    CHECK(workA.seen == 1);
    CHECK(workB.seen == 1);
    CHECK(workM.seen == 2);
    CHECK(workM.refusedByProvince + workM.stale == kRounds);
    CHECK(workM.refusedByProvince > 0);

    ProjectRepository projects(*office.admin);
    const Project finalA = *projects.get(a), finalB = *projects.get(b);
    CHECK(finalA.investedRial == investedA + kRounds);
    CHECK(finalB.investedRial == investedB + kRounds);
    CHECK(finalA.notes == office.officerA + u" " + QString::number(kRounds - 1));
    CHECK(finalB.notes == office.officerB + u" " + QString::number(kRounds - 1));

    // The audit log: one update row per accepted save, under the database user that made it.
    QSqlQuery audit(office.admin->connection());
    // (The admin's own set-up rows are left out.)
    REQUIRE(
        audit.exec(u"SELECT entity_id, db_user, new_json FROM audit WHERE entity = 'project' AND action = "
                   u"'update' AND db_user <> '" +
                   QUrl(office.admin->location()).userName() + u"'"));
    int byA = 0, byB = 0;
    while (audit.next()) {
        const QString notes =
            QJsonDocument::fromJson(audit.value(2).toString().toUtf8()).object().value(u"notes").toString();
        const QString user = audit.value(1).toString();
        CHECK(notes.startsWith(user + u" ")); // written by the role that made the edit
        CHECK(audit.value(0).toLongLong() == (user == office.officerA ? a : b));
        byA += user == office.officerA;
        byB += user == office.officerB;
    }
    CHECK(byA == kRounds);
    CHECK(byB == kRounds); // and none by the manager, whose every write was refused
}
