#include "DemoDatabase.h"
#include "TransferFixture.h"

#include "io/Exporter.h"
#include "io/Importer.h"
#include "storage/Repositories.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

using namespace ehya;
using namespace ehya::io;
using ehya::test::TransferFixture;

namespace {

std::unique_ptr<storage::Database> openDemo()
{
    storage::OpenOptions options;
    options.exclusive = false;
    auto db = storage::Database::open(ehya::test::demoDatabase(), options);
    REQUIRE(db);
    return std::move(*db);
}

// Every field but the id and the version, as text, for comparing records across databases.
QString content(const Project& p)
{
    return QStringList{p.permitNo,
                       QString::number(p.provinceId),
                       QString::number(p.countyId),
                       QString::number(p.estateId),
                       QString::number(p.sectorId),
                       p.title,
                       p.investor,
                       p.permitDate.toString(Qt::ISODate),
                       p.permitExpiry.toString(Qt::ISODate),
                       QString::number(p.progress),
                       QString::number(p.investedRial),
                       QString::number(p.remainingRial),
                       QString::number(p.plannedJobs),
                       p.capacity,
                       QString::number(int(p.status)),
                       QString::number(p.exportOriented),
                       p.expectedCompletion.toString(Qt::ISODate),
                       p.notes}
        .join(u'|');
}

QString content(const IdleUnit& u)
{
    return QStringList{u.licenceNo,
                       QString::number(u.provinceId),
                       QString::number(u.countyId),
                       QString::number(u.estateId),
                       QString::number(u.sectorId),
                       u.name,
                       u.operatorName,
                       QString::number(int(u.status)),
                       u.idleSince.toString(Qt::ISODate),
                       QString::number(u.capacityUse),
                       QString::number(u.jobsBefore),
                       QString::number(u.jobsRestorable),
                       QString::number(u.hasMarket),
                       QString::number(u.justified),
                       QString::number(u.workingCapitalRial),
                       QString::number(u.fixedCapitalRial),
                       QString::number(int(u.revivalPath)),
                       QString::number(u.exportOriented),
                       u.notes}
        .join(u'|');
}

template <typename Record> QStringList contents(const QList<Record>& records)
{
    QStringList out;
    for (const Record& r : records)
        out << content(r);
    out.sort();
    return out;
}

void roundTrip(const WriteOptions& write, const QString& fileName)
{
    auto demo = openDemo();
    TransferFixture f;
    for (Sheet sheet : {Sheet::Projects, Sheet::Units}) {
        ExportOptions options;
        options.sheet = sheet;
        options.write = write;
        const QString path = f.dir.filePath(fileName + (sheet == Sheet::Projects ? u"-p" : u"-u") +
                                            (write.format == ExportFormat::Xlsx ? u".xlsx" : u".csv"));
        auto rows = exportSheet(*demo, path, options);
        REQUIRE(rows);
        ImportOptions import;
        import.sheet = sheet;
        auto summary = importFile(*f.db, path, import);
        REQUIRE(summary);
        INFO(summary->problems.mid(0, 5).join(u'\n').toStdString());
        CHECK(summary->rejected == 0);
        CHECK(summary->added == *rows);
        CHECK(summary->written);
    }
    CHECK(contents(*storage::ProjectRepository(*demo).list()) ==
          contents(*storage::ProjectRepository(*f.db).list()));
    CHECK(contents(*storage::UnitRepository(*demo).list()) ==
          contents(*storage::UnitRepository(*f.db).list()));
}

} // namespace

TEST_CASE("export then import into an empty database gives the same records (CSV, English keys)", "[export]")
{
    roundTrip(WriteOptions{}, QStringLiteral("en"));
}

TEST_CASE("export then import: Persian headers, labels and Jalali dates read back the same", "[export]")
{
    WriteOptions write;
    write.persianHeaders = true;
    write.jalaliDates = true;
    write.bom = false;
    roundTrip(write, QStringLiteral("fa"));
}

TEST_CASE("export then import: XLSX", "[export][xlsx]")
{
    WriteOptions write;
    write.format = ExportFormat::Xlsx;
    write.persianHeaders = true;
    roundTrip(write, QStringLiteral("x"));
}

TEST_CASE("export: Python's csv module reads the same cells; formula-looking text is neutralised", "[export]")
{
    TransferFixture f;
    const QString input =
        f.write(QStringLiteral("in.csv"),
                QString::fromUtf8("permit_no,province,county,sector,title,progress,remaining_rial,notes\n"
                                  "5001,EA,تبریز,10,=HYPERLINK(\"http://x\"),80,1000,\"@SUM(A1)\n"
                                  "دو خط، \"\"نقل\"\"\"\n")
                    .toUtf8());
    REQUIRE(importFile(*f.db, input, {})->added == 1);
    ExportOptions options;
    const QString out = f.dir.filePath(QStringLiteral("out.csv"));
    REQUIRE(exportSheet(*f.db, out, options));
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.contains("\r\n"));

    QProcess python;
    python.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import csv,json,sys\n"
                                 "rows=list(csv.reader(open(sys.argv[1],encoding='utf-8-sig',newline='')))\n"
                                 "print(json.dumps(rows))"),
                  out});
    REQUIRE(python.waitForFinished(60'000));
    INFO(python.readAllStandardError().toStdString());
    REQUIRE(python.exitCode() == 0);
    const QJsonArray rows = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    REQUIRE(rows.size() == 2);
    const QJsonArray header = rows[0].toArray();
    const QJsonArray row = rows[1].toArray();
    REQUIRE(header.size() == row.size());
    QHash<QString, QString> cells;
    for (qsizetype i = 0; i < header.size(); ++i)
        cells.insert(header[i].toString(), row[i].toString());
    CHECK(cells.value(QStringLiteral("title")) == QStringLiteral("'=HYPERLINK(\"http://x\")"));
    CHECK(cells.value(QStringLiteral("notes")) == QString::fromUtf8("'@SUM(A1)\nدو خط، \"نقل\""));
    CHECK(cells.value(QStringLiteral("remaining_rial")) == u"1000");
    CHECK(cells.value(QStringLiteral("province")) == u"East Azerbaijan");
    CHECK(cells.value(QStringLiteral("progress")) == u"80.0");

    options.write.neutralise = false;
    REQUIRE(exportSheet(*f.db, out, options));
    QFile raw(out);
    REQUIRE(raw.open(QIODevice::ReadOnly));
    CHECK(raw.readAll().contains("\"=HYPERLINK(\"\"http://x\"\")\""));
}

TEST_CASE("export: a failed export leaves the previous file whole", "[export]")
{
    TransferFixture f;
    const QString out = f.write(QStringLiteral("keep.csv"), "previous contents\r\n");
    // An unknown province id fails nothing; a closed database connection fails the query.
    f.db->connection().close();
    auto result = exportSheet(*f.db, out, {});
    REQUIRE_FALSE(result);
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == "previous contents\r\n");
}

TEST_CASE("export: cancelling from the progress callback leaves no file and the previous one whole",
          "[export]")
{
    auto demo = openDemo();
    TransferFixture f;
    for (ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx}) {
        const bool xlsx = format == ExportFormat::Xlsx;
        INFO((xlsx ? "xlsx" : "csv"));
        const QString fresh =
            f.dir.filePath(xlsx ? QStringLiteral("fresh.xlsx") : QStringLiteral("fresh.csv"));
        const QString kept =
            f.write(xlsx ? QStringLiteral("kept.xlsx") : QStringLiteral("kept.csv"), "previous contents\r\n");
        QList<qint64> calls;
        ExportOptions options;
        options.sheet = Sheet::Projects;
        options.write.format = format;
        options.progress = [&](qint64 written) {
            calls << written;
            return calls.size() < 2; // the second call cancels
        };
        auto cancelled = exportSheet(*demo, fresh, options);
        REQUIRE_FALSE(cancelled);
        CHECK(cancelled.error().kind == Error::Kind::Cancelled);
        CHECK(calls == QList<qint64>{1000, 2000});
        CHECK_FALSE(QFile::exists(fresh));

        calls.clear();
        auto again = exportSheet(*demo, kept, options);
        REQUIRE_FALSE(again);
        CHECK(again.error().kind == Error::Kind::Cancelled);
        QFile file(kept);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll() == "previous contents\r\n");
        // Nothing else is left in the folder: no temporary file of the abandoned exports.
        const QStringList left = QDir(f.dir.path()).entryList(QDir::Files | QDir::Hidden);
        INFO(left.join(u' ').toStdString());
        CHECK(left.filter(QStringLiteral("fresh")).isEmpty());
        CHECK(left.filter(QStringLiteral("kept")).size() <= 2); // kept.csv, and kept.xlsx after it

        // Without cancelling, the callback sees every thousand rows and the export completes.
        calls.clear();
        options.progress = [&](qint64 written) {
            calls << written;
            return true;
        };
        const QString complete =
            f.dir.filePath(xlsx ? QStringLiteral("whole.xlsx") : QStringLiteral("whole.csv"));
        auto whole = exportSheet(*demo, complete, options);
        REQUIRE(whole);
        CHECK(calls.size() == *whole / 1000);
        CHECK(QFile::exists(complete));
    }
}
