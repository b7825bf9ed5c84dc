// ehya-cli as scripts use it: exit codes, messages on stderr, stats as JSON (DESIGN.md
// "Command-line contract"). Runs the built tool in a child process.
#include "CliRunner.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace ehya::test;

namespace {

QJsonObject statsJson(const QString& path)
{
    const Run run = cli({QStringLiteral("stats"), path, QStringLiteral("--format"), QStringLiteral("json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    return document.object();
}

} // namespace

TEST_CASE("--help names every command; --version prints the version", "[cli]")
{
    const Run help = cli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    for (const char* command : {"init", "demo", "generate", "stats"})
        CHECK(help.out.contains(QLatin1String(command)));
    const Run version = cli({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.contains(QStringLiteral("ehya-cli 0.")));
    for (const char* command : {"init", "demo", "generate", "stats"}) {
        const Run commandHelp = cli({QLatin1String(command), QStringLiteral("--help")});
        CHECK(commandHelp.exitCode == 0);
        CHECK(commandHelp.out.startsWith(QStringLiteral("Usage: ehya-cli ") + QLatin1String(command)));
    }
}

TEST_CASE("usage errors exit with 2 and write nothing", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("x.sqlite"));
    const QList<QStringList> cases{
        {},
        {QStringLiteral("frobnicate"), db},
        {QStringLiteral("--bogus")},
        {QStringLiteral("stats")},
        {QStringLiteral("init")},
        {QStringLiteral("stats"), db, QStringLiteral("--bogus")},
        {QStringLiteral("stats"), db, QStringLiteral("--format"), QStringLiteral("xml")},
        {QStringLiteral("stats"), db, QStringLiteral("--format")},
        {QStringLiteral("init"), db, QStringLiteral("--projects"), QStringLiteral("5")},
        {QStringLiteral("generate"), db, QStringLiteral("--projects"), QStringLiteral("abc"),
         QStringLiteral("--units"), QStringLiteral("1")},
        {QStringLiteral("generate"), db, QStringLiteral("--projects"), QStringLiteral("-5"),
         QStringLiteral("--units"), QStringLiteral("1")},
        {QStringLiteral("generate"), db, QStringLiteral("--projects"), QStringLiteral("10"),
         QStringLiteral("--units"), QStringLiteral("1"), QStringLiteral("--seed"), QStringLiteral("1x")},
        {QStringLiteral("generate"), db, QStringLiteral("--projects"), QStringLiteral("10")},
    };
    for (const QStringList& arguments : cases) {
        INFO(arguments.join(u' ').toStdString());
        const Run run = cli(arguments);
        CHECK(run.exitCode == 2);
        CHECK_FALSE(run.err.isEmpty());
        CHECK(run.out.isEmpty());
        CHECK_FALSE(QFileInfo::exists(db));
    }
}

TEST_CASE("init refuses an existing file with exit 1 and leaves it alone", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("existing.sqlite"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("not a database");
    file.close();
    for (const char* command : {"init", "demo"}) {
        const Run run = cli({QLatin1String(command), path});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(path));
        QFile again(path);
        REQUIRE(again.open(QIODevice::ReadOnly));
        CHECK(again.readAll() == "not a database");
    }
    // stats on a file that is not a database: rejected, named.
    const Run stats = cli({QStringLiteral("stats"), path});
    CHECK(stats.exitCode == 1);
    CHECK(stats.err.contains(path));
}

TEST_CASE("init then generate then stats", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("gen.sqlite"));
    const Run init = cli({QStringLiteral("init"), path});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    const QJsonObject empty = statsJson(path);
    CHECK(empty.value(QStringLiteral("provinces")).toArray().isEmpty());
    CHECK(empty.value(QStringLiteral("total")).toObject().value(QStringLiteral("projects")).toInteger() == 0);

    // generate also creates a missing database
    const QString fresh = dir.filePath(QStringLiteral("fresh.sqlite"));
    for (const QString& target : {path, fresh}) {
        const Run generate = cli({QStringLiteral("generate"), target, QStringLiteral("--projects"),
                                  QStringLiteral("300"), QStringLiteral("--units"), QStringLiteral("70"),
                                  QStringLiteral("--seed"), QStringLiteral("9")});
        INFO(generate.err.toStdString());
        REQUIRE(generate.exitCode == 0);
        const QJsonObject total = statsJson(target).value(QStringLiteral("total")).toObject();
        CHECK(total.value(QStringLiteral("projects")).toInteger() == 300);
        CHECK(total.value(QStringLiteral("units")).toInteger() == 70);
        const qint64 half = total.value(QStringLiteral("half_finished")).toInteger();
        const QJsonObject tiers = total.value(QStringLiteral("half_finished_per_tier")).toObject();
        CHECK(tiers.value(QStringLiteral("A")).toInteger() + tiers.value(QStringLiteral("B")).toInteger() +
                  tiers.value(QStringLiteral("C")).toInteger() +
                  tiers.value(QStringLiteral("D")).toInteger() ==
              half);
    }
    // the same seed again is rejected (exit 1), nothing added
    const Run again =
        cli({QStringLiteral("generate"), path, QStringLiteral("--projects"), QStringLiteral("5"),
             QStringLiteral("--units"), QStringLiteral("0"), QStringLiteral("--seed"), QStringLiteral("9")});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(path));
    CHECK(statsJson(path)
              .value(QStringLiteral("total"))
              .toObject()
              .value(QStringLiteral("projects"))
              .toInteger() == 300);

    const Run table = cli({QStringLiteral("stats"), path});
    CHECK(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("Half-finished")));
    CHECK(table.out.contains(QStringLiteral("Total")));
}

TEST_CASE("demo stats carry the published East Azerbaijan figures", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    const Run demo = cli({QStringLiteral("demo"), path});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    const QJsonArray provinces = statsJson(path).value(QStringLiteral("provinces")).toArray();
    QJsonObject eastAzerbaijan;
    for (const QJsonValue& province : provinces) {
        if (province.toObject().value(QStringLiteral("name_en")).toString() == u"East Azerbaijan")
            eastAzerbaijan = province.toObject();
    }
    REQUIRE_FALSE(eastAzerbaijan.isEmpty());
    CHECK(eastAzerbaijan.value(QStringLiteral("half_finished")).toInteger() == 1610);
    CHECK(eastAzerbaijan.value(QStringLiteral("half_finished")).isDouble()); // a number, not a string
    CHECK(eastAzerbaijan.value(QStringLiteral("name_fa")).toString().contains(QStringLiteral("شرقی")));
    // rials and billion toman agree
    const double rials = eastAzerbaijan.value(QStringLiteral("remaining_rial")).toDouble();
    const double billionToman = eastAzerbaijan.value(QStringLiteral("remaining_billion_toman")).toDouble();
    CHECK(billionToman == Approx(rials / 1e10).margin(0.001));
}
