#include "CliRunner.h"
#include "DemoDatabase.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using ehya::test::cli;
using ehya::test::demoDatabase;

namespace {

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

} // namespace

TEST_CASE("ehya-cli import and export as scripts use them: exit codes, messages, files", "[cli][transfer]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("t.sqlite"));
    REQUIRE(cli({QStringLiteral("init"), db}).exitCode == 0);

    const QByteArray header = "permit_no,province,county,sector,title,progress,remaining_rial\n";
    const QString bad = write(dir, QStringLiteral("bad.csv"),
                              header + "7001,EA,تبریز,10,نان,80,1000\n"
                                       "7002,EA,تبریز,10,آرد,120,1000\n");
    auto refused =
        cli({QStringLiteral("import"), db, QStringLiteral("--kind"), QStringLiteral("projects"), bad});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(bad + QStringLiteral(":3:6: ")));
    CHECK(refused.out.contains(QStringLiteral("1 added")));
    CHECK(refused.out.contains(QStringLiteral("Nothing was written")));

    auto skipped = cli({QStringLiteral("import"), db, QStringLiteral("--kind"), QStringLiteral("projects"),
                        bad, QStringLiteral("--skip-invalid")});
    CHECK(skipped.exitCode == 0);
    CHECK(QFile::exists(dir.filePath(QStringLiteral("bad.rejects.csv"))));

    auto usage =
        cli({QStringLiteral("import"), db, QStringLiteral("--kind"), QStringLiteral("factories"), bad});
    CHECK(usage.exitCode == 2);
    CHECK(usage.err.contains(QStringLiteral("factories")));
    auto missing = cli({QStringLiteral("import"), db, QStringLiteral("--kind"), QStringLiteral("projects"),
                        dir.filePath(QStringLiteral("nope.csv"))});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("nope.csv")));

    const QString out = dir.filePath(QStringLiteral("p.xlsx"));
    auto exported = cli({QStringLiteral("export"), db, QStringLiteral("--kind"), QStringLiteral("projects"),
                         QStringLiteral("--output"), out});
    CHECK(exported.exitCode == 0);
    CHECK(exported.out.contains(QStringLiteral("1 rows")));
    QFile xlsx(out);
    REQUIRE(xlsx.open(QIODevice::ReadOnly));
    CHECK(xlsx.read(4) == QByteArray("PK\x03\x04"));
}

TEST_CASE("ehya-cli export --kind ranking writes what rank --budget plans", "[cli][transfer]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("r.csv"));
    auto run =
        cli({QStringLiteral("export"), demoDatabase(), QStringLiteral("--kind"), QStringLiteral("ranking"),
             QStringLiteral("--province"), QStringLiteral("EA"), QStringLiteral("--budget"),
             QStringLiteral("1000 billion toman"), QStringLiteral("--output"), out});
    REQUIRE(run.exitCode == 0);
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 1611); // the header and East Azerbaijan's 1,610 projects
    const QStringList header = lines.front().split(u',');
    const qsizetype funded = header.indexOf(QStringLiteral("funded"));
    const qsizetype budget = header.indexOf(QStringLiteral("budget_rial"));
    REQUIRE(funded > 0);
    REQUIRE(budget > 0);
    int count = 0;
    for (const QString& line : lines.mid(1)) {
        // the title may hold commas (then it is quoted), so split the columns after it from the end
        const QStringList cells = line.split(u',');
        count += cells.at(cells.size() - (header.size() - funded)) == u"1";
        CHECK(cells.at(cells.size() - (header.size() - budget)) == QStringLiteral("10000000000000"));
    }
    CHECK(count == 467); // the policy plan's 467 projects for 1,000 billion toman (issue 3's figure)
}
