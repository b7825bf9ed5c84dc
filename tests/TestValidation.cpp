#include "CoreTestSupport.h"

#include "core/Validation.h"

#include <QStringList>

#include <limits>

using namespace ehya;
using namespace Qt::StringLiterals;

namespace {

QStringList fields(const FieldErrors& errors)
{
    QStringList names;
    for (const FieldError& error : errors)
        names.append(error.field);
    return names;
}

QString messageFor(const FieldErrors& errors, const QString& field)
{
    for (const FieldError& error : errors) {
        if (error.field == field)
            return error.message;
    }
    return {};
}

Project validProject()
{
    Project project;
    project.title = u"Tabriz steel pipes"_s;
    project.permitNo = u"EA-1402-117"_s;
    project.provinceId = 1;
    project.countyId = 3;
    project.sectorId = 24;
    project.progress = 62.5;
    project.investedRial = 1'250'000'000'000;
    project.remainingRial = 400'000'000'000;
    project.plannedJobs = 85;
    project.permitDate = QDate(2021, 5, 1);
    project.permitExpiry = QDate(2024, 5, 1);
    return project;
}

IdleUnit validUnit()
{
    IdleUnit unit;
    unit.name = u"Maragheh dairy"_s;
    unit.licenceNo = u"L-2231"_s;
    unit.provinceId = 1;
    unit.countyId = 4;
    unit.sectorId = 10;
    unit.capacityUse = 20;
    unit.jobsBefore = 40;
    unit.jobsRestorable = 30;
    unit.workingCapitalRial = 50'000'000'000;
    return unit;
}

} // namespace

TEST_CASE("a valid project has no errors", "[core][validation]")
{
    CHECK(validate(validProject()).isEmpty());
    Project edge = validProject();
    edge.progress = 0;
    edge.permitExpiry = edge.permitDate; // same day is allowed
    CHECK(validate(edge).isEmpty());
    edge.progress = 100;
    edge.permitDate = QDate(); // expiry without an issue date cannot be compared
    CHECK(validate(edge).isEmpty());
}

TEST_CASE("project rules, each on its own", "[core][validation]")
{
    const auto only = [](const Project& project, const QString& field) {
        const FieldErrors errors = validate(project);
        INFO(joinErrors(errors).toStdString());
        CHECK(fields(errors) == QStringList{field});
        CHECK_FALSE(messageFor(errors, field).isEmpty());
        return messageFor(errors, field);
    };
    Project p = validProject();
    p.title = u"  "_s;
    CHECK(only(p, u"title"_s).contains(u"title"_s));
    p = validProject();
    p.permitNo.clear();
    CHECK(only(p, u"permit_no"_s).contains(u"permit"_s));
    p = validProject();
    p.provinceId = 0;
    CHECK(only(p, u"province"_s).contains(u"province"_s));
    p = validProject();
    p.countyId = 0;
    CHECK(only(p, u"county"_s).contains(u"county"_s));
    p = validProject();
    p.sectorId = 0;
    CHECK(only(p, u"sector"_s).contains(u"sector"_s));
    p = validProject();
    p.progress = 120;
    CHECK(only(p, u"progress"_s) == u"Physical progress must be between 0 and 100; it is 120."_s);
    p.progress = -0.5;
    CHECK(only(p, u"progress"_s).contains(u"-0.5"_s));
    p.progress = std::numeric_limits<double>::quiet_NaN();
    only(p, u"progress"_s);
    p = validProject();
    p.investedRial = -1;
    CHECK(only(p, u"invested_rial"_s).contains(u"-1"_s));
    p = validProject();
    p.remainingRial = -5;
    only(p, u"remaining_rial"_s);
    p = validProject();
    p.plannedJobs = -3;
    CHECK(only(p, u"planned_jobs"_s).contains(u"-3"_s));
    p = validProject();
    p.permitExpiry = QDate(2021, 4, 30);
    const QString expiry = only(p, u"permit_expiry"_s);
    CHECK(expiry.contains(u"2021-04-30"_s));
    CHECK(expiry.contains(u"2021-05-01"_s));
}

TEST_CASE("every problem of a project is reported at once", "[core][validation]")
{
    Project p;
    p.progress = 101;
    p.investedRial = -1;
    p.plannedJobs = -1;
    p.permitDate = QDate(2022, 1, 1);
    p.permitExpiry = QDate(2021, 1, 1);
    const FieldErrors errors = validate(p);
    CHECK(fields(errors) == QStringList{u"title"_s, u"permit_no"_s, u"province"_s, u"county"_s, u"sector"_s,
                                        u"progress"_s, u"invested_rial"_s, u"planned_jobs"_s,
                                        u"permit_expiry"_s});
    const QString joined = joinErrors(errors);
    CHECK(joined.startsWith(u"title: "_s));
    qsizetype from = 0;
    for (const FieldError& error : errors) { // in order, each as "field: message"
        const qsizetype at = joined.indexOf(error.field + u": "_s + error.message, from);
        CHECK(at >= from);
        from = at + 1;
    }
    CHECK(joined.contains(u"progress: Physical progress"_s));
    CHECK(joinErrors({}).isEmpty());
}

TEST_CASE("idle unit rules", "[core][validation]")
{
    CHECK(validate(validUnit()).isEmpty());
    IdleUnit u = validUnit();
    u.name.clear();
    u.licenceNo = u" "_s;
    u.provinceId = 0;
    u.countyId = 0;
    u.sectorId = 0;
    u.capacityUse = 100.1;
    u.jobsBefore = -1;
    u.jobsRestorable = -2;
    u.workingCapitalRial = -1;
    u.fixedCapitalRial = -1;
    const FieldErrors errors = validate(u);
    CHECK(fields(errors) == QStringList{u"name"_s, u"licence_no"_s, u"province"_s, u"county"_s, u"sector"_s,
                                        u"capacity_use"_s, u"jobs_before"_s, u"jobs_restorable"_s,
                                        u"working_capital_rial"_s, u"fixed_capital_rial"_s});
    CHECK(messageFor(errors, u"capacity_use"_s).contains(u"100.1"_s));
    u = validUnit();
    u.capacityUse = 100;
    CHECK(validate(u).isEmpty());
}

TEST_CASE("progress report rules", "[core][validation]")
{
    ProgressReport report;
    report.projectId = 1;
    report.date = QDate(2024, 1, 1);
    report.percent = 40;
    CHECK(validate(report).isEmpty());
    report.percent = 140;
    CHECK(fields(validate(report)) == QStringList{u"percent"_s});
    report.date = QDate();
    CHECK(fields(validate(report)) == QStringList{u"date"_s, u"percent"_s});
}

TEST_CASE("obstacle and action date order", "[core][validation]")
{
    Obstacle obstacle;
    CHECK(fields(validate(obstacle)) == QStringList{u"opened"_s});
    obstacle.opened = QDate(2023, 6, 1);
    CHECK(validate(obstacle).isEmpty()); // still open
    obstacle.resolved = QDate(2023, 6, 1);
    CHECK(validate(obstacle).isEmpty());
    obstacle.resolved = QDate(2023, 5, 31);
    CHECK(fields(validate(obstacle)) == QStringList{u"resolved"_s});

    Action action;
    CHECK(validate(action).isEmpty()); // dates are optional
    action.started = QDate(2023, 6, 1);
    action.finished = QDate(2023, 7, 1);
    CHECK(validate(action).isEmpty());
    action.finished = QDate(2023, 5, 1);
    action.amountRial = -10;
    CHECK(fields(validate(action)) == QStringList{u"finished"_s, u"amount_rial"_s});
}

TEST_CASE("percents are rounded to one decimal", "[core][validation]")
{
    CHECK(roundPercent(74.94) == 74.9);
    CHECK(roundPercent(74.96) == 75.0);
    CHECK(roundPercent(74.99999999) == 75.0);
    CHECK(roundPercent(-0.04) == 0.0);
    CHECK(roundPercent(100.0) == 100.0);
}

TEST_CASE("implausible amounts and job counts are refused, naming the field", "[core][validation]")
{
    Project p;
    p.title = QStringLiteral("t");
    p.permitNo = QStringLiteral("1");
    p.provinceId = p.countyId = p.sectorId = 1;
    p.remainingRial = 10'000'000'000'000'001LL; // a hair over 1,000,000 billion toman
    p.plannedJobs = 2'000'000;
    const FieldErrors errors = validate(p);
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].field == QStringLiteral("remaining_rial"));
    CHECK(errors[1].field == QStringLiteral("planned_jobs"));
    p.remainingRial = 10'000'000'000'000'000LL;
    p.plannedJobs = 1'000'000;
    CHECK(validate(p).isEmpty());
}
