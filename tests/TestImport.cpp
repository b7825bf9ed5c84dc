#include "TransferFixture.h"

#include "core/PersianText.h"
#include "io/Importer.h"
#include "io/TextDecoder.h"

#include <QFile>

using namespace ehya;
using namespace ehya::io;
using ehya::test::TransferFixture;

namespace {

const QByteArray kHeader = "permit_no,province,county,sector,title,progress,remaining_rial\n";

QByteArray projectsFile(const QByteArray& rows)
{
    return kHeader + rows;
}

// Windows-1256 bytes of a text (the inverse of fromWindows1256), for the old-Excel test.
QByteArray toWindows1256(const QString& text)
{
    QHash<QChar, char> back;
    for (int b = 0x80; b <= 0xFF; ++b)
        back.insert(fromWindows1256(QByteArray(1, char(b))).at(0), char(b));
    QByteArray out;
    for (QChar c : text) {
        if (c == QChar(0x06CC)) // Persian yeh is not in code page 1256: old exports wrote Arabic yeh
            c = QChar(0x064A);
        if (c.unicode() < 0x80)
            out += char(c.unicode());
        else {
            REQUIRE(back.contains(c));
            out += back.value(c);
        }
    }
    return out;
}

Result<ImportSummary> importProjects(TransferFixture& f, const QString& path, ImportOptions options = {})
{
    options.sheet = Sheet::Projects;
    return importFile(*f.db, path, options);
}

} // namespace

TEST_CASE(
    "import: a messy officer spreadsheet lands (Persian headers and digits, Jalali dates, Arabic letters)",
    "[import]")
{
    TransferFixture f;
    // Semicolons, a row-number column, Arabic yeh and kaf, Persian and Arabic-Indic digits, a Jalali
    // date, Persian status labels, amounts in billion toman named in the header, CRLF.
    const QString text = QString::fromUtf8(
        "ردیف;شماره جواز;استان;شهرستان;رشته فعالیت;عنوان طرح;وضعیت;درصد پیشرفت;"
        "سرمایه‌گذاری باقی‌مانده (میلیارد تومان);اشتغال;تاریخ "
        "جواز;صادراتی\r\n"
        "۱;۱۲۳۴۵;آذربايجان شرقي;تبريز;۱۰;توليد نان صنعتي;در دست اجرا;۷۵٫۰;۱۲٫۵;۲۵;۱۴۰۱/۰۵/۱۰;بله\r\n"
        "٢;٥٤٣٢١;East Azerbaijan;Maragheh;25;\"ساخت قطعات، فلزی\";متوقف;74.9;1,250;1,200;2023-08-01;0\r\n");
    const QString path = f.write(QStringLiteral("messy.csv"), text.toUtf8());
    auto summary = importProjects(f, path);
    REQUIRE(summary);
    INFO(summary->problems.join(u'\n').toStdString());
    CHECK(summary->added == 2);
    CHECK(summary->rejected == 0);
    CHECK(summary->written);
    CHECK(f.projects() == 2);
    CHECK(f.count(QStringLiteral("audit WHERE entity = 'project' AND action = 'insert'")) == 2);

    auto stored = storage::ProjectRepository(*f.db).list();
    REQUIRE(stored);
    REQUIRE(stored->size() == 2);
    const Project& first = stored->at(0);
    CHECK(first.permitNo == u"12345");
    CHECK(first.title == QString::fromUtf8("تولید نان صنعتی")); // Arabic letter forms made Persian
    CHECK(first.progress == 75.0);
    CHECK(first.remainingRial == 125'000'000'000LL); // 12.5 billion toman
    CHECK(first.plannedJobs == 25);
    CHECK(first.permitDate == QDate(2022, 8, 1)); // 1401/05/10
    CHECK(first.exportOriented);
    const Project& second = stored->at(1);
    CHECK(second.permitNo == u"54321");
    CHECK(second.status == ProjectStatus::Stalled);
    CHECK(second.progress == 74.9);
    CHECK(second.remainingRial == 12'500'000'000'000LL);
    CHECK(second.title == QString::fromUtf8("ساخت قطعات، فلزی"));
}

TEST_CASE("import: all or nothing by default; --skip-invalid lands the good rows and writes the rejects",
          "[import]")
{
    TransferFixture f;
    const QString path =
        f.write(QStringLiteral("mixed.csv"),
                projectsFile("1001,EA,تبریز,10,نان,80,1000\n"
                             "1002,EA,تبریز,10,آرد,120,1000\n"   // progress 120
                             "1003,EA,ناکجا,99,کیک,50,-5\n"      // county, sector, money
                             "1004,EA,تبریز,8,روغن,10,2000\n")); // 8: "08" as a spreadsheet shows it
    const qint64 auditBefore = f.audit();
    auto all = importProjects(f, path);
    REQUIRE(all);
    CHECK_FALSE(all->written);
    CHECK(all->rejected == 2);
    CHECK(f.projects() == 0);
    CHECK(f.audit() == auditBefore);
    const QString problems = all->problems.join(u'\n');
    INFO(problems.toStdString());
    CHECK(problems.contains(path + u":3:6: ")); // line 3, column 6 (progress)
    CHECK(problems.contains(u"120"));
    CHECK(problems.contains(path + u":4:3: "));
    CHECK(problems.contains(u"ناکجا"));
    CHECK(problems.contains(path + u":4:4: "));
    CHECK(problems.contains(path + u":4:7: "));

    ImportOptions skip;
    skip.skipInvalid = true;
    auto some = importProjects(f, path, skip);
    REQUIRE(some);
    CHECK(some->written);
    CHECK(some->added == 2);
    CHECK(some->rejected == 2);
    CHECK(f.projects() == 2);
    QFile rejects(some->rejectsPath);
    REQUIRE(rejects.open(QIODevice::ReadOnly));
    const QByteArray bytes = rejects.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes);
    CHECK(text.contains(u"reason"));
    CHECK(text.contains(u"1002"));
    CHECK(text.contains(u"1003"));
    CHECK_FALSE(text.contains(u"1001"));
}

TEST_CASE("import: re-importing a permit updates it (audited); the summary counts added, updated, unchanged",
          "[import]")
{
    TransferFixture f;
    const QString first = f.write(QStringLiteral("a.csv"), projectsFile("2001,EA,تبریز,10,نان,80,1000\n"
                                                                        "2002,EA,تبریز,10,آرد,40,1000\n"));
    REQUIRE(importProjects(f, first)->added == 2);
    // the same numbers in Persian digits: the same permits
    const QString second = f.write(QStringLiteral("b.csv"), projectsFile("۲۰۰۱,EA,تبریز,10,نان,80,1000\n"
                                                                         "۲۰۰۲,EA,تبریز,10,آرد,55.5,1000\n"
                                                                         "2003,EA,تبریز,10,کیک,5,1000\n"));
    auto summary = importProjects(f, second);
    REQUIRE(summary);
    CHECK(summary->added == 1);
    CHECK(summary->updated == 1);
    CHECK(summary->unchanged == 1);
    CHECK(f.projects() == 3);
    auto updated = storage::ProjectRepository(*f.db).findByPermit(1, QStringLiteral("2002"));
    REQUIRE(updated);
    REQUIRE(updated->has_value());
    CHECK((*updated)->progress == 55.5);
    CHECK((*updated)->version == 2);
    auto history = storage::AuditLog(*f.db).forEntity(QStringLiteral("project"), (*updated)->id);
    REQUIRE(history);
    REQUIRE(history->size() == 2);
    CHECK(history->at(1).action == u"update");
    CHECK(history->at(1).oldJson.contains(u"\"progress\":40"));
    CHECK(history->at(1).newJson.contains(u"\"progress\":55.5"));

    ImportOptions dry;
    dry.dryRun = true;
    const QString third = f.write(QStringLiteral("c.csv"), projectsFile("2004,EA,تبریز,10,شیر,5,1000\n"));
    auto counted = importProjects(f, third, dry);
    REQUIRE(counted);
    CHECK(counted->added == 1);
    CHECK_FALSE(counted->written);
    CHECK(f.projects() == 3);
}

TEST_CASE("import: bad files get a clear message and leave the database as it was", "[import]")
{
    struct Case
    {
        const char* name;
        QByteArray bytes;
        const char* expected; // a fragment of the message
    };
    const QList<Case> cases{
        {"empty", QByteArray(), "empty"},
        {"header only", kHeader, "no data rows"},
        {"unterminated quote", projectsFile("3001,EA,تبریز,10,\"نان,80,1000\n"), "unterminated quote"},
        {"too many fields", projectsFile("3001,EA,تبریز,10,نان,80,1000,extra\n"),
         ":2:8: this row has 8 fields"},
        {"unknown column",
         QByteArray("permit_no,province,county,sector,title,progress,remaining_rial,colour\n"
                    "3001,EA,تبریز,10,نان,80,1000,red\n"),
         "unknown column \"colour\""},
        {"duplicated column",
         QByteArray("permit_no,province,county,sector,title,progress,remaining_rial,عنوان طرح\n"
                    "3001,EA,تبریز,10,نان,80,1000,نان\n"),
         "is read as title"},
        {"missing column",
         QByteArray("permit_no,province,county,title,progress,remaining_rial\n"
                    "3001,EA,تبریز,نان,80,1000\n"),
         "\"sector\""},
        {"unknown county", projectsFile("3001,EA,Atlantis,10,نان,80,1000\n"),
         ":2:3: \"Atlantis\" is not a county"},
        {"unknown sector", projectsFile("3001,EA,تبریز,99,نان,80,1000\n"), ":2:4: \"99\" is not an ISIC"},
        {"progress 120", projectsFile("3001,EA,تبریز,10,نان,120,1000\n"), ":2:6: "},
        {"progress -1", projectsFile("3001,EA,تبریز,10,نان,-1,1000\n"), ":2:6: "},
        {"negative money", projectsFile("3001,EA,تبریز,10,نان,80,-1000\n"), ":2:7: "},
        {"Jalali 1402/12/30",
         QByteArray("permit_no,province,county,sector,title,progress,remaining_rial,permit_date\n"
                    "3001,EA,تبریز,10,نان,80,1000,1402/12/30\n"),
         ":2:8: "},
        {"ISO 2023-02-30",
         QByteArray("permit_no,province,county,sector,title,progress,remaining_rial,permit_date\n"
                    "3001,EA,تبریز,10,نان,80,1000,2023-02-30\n"),
         ":2:8: "},
        {"duplicate permit", projectsFile("3001,EA,تبریز,10,نان,80,1000\n3001,EA,مراغه,10,آرد,50,1000\n"),
         ":3:1: the number 3001 is already on line 2"},
        {"binary garbage", QByteArray("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", 20),
         "not a text file"},
        {"not UTF-8 nor 1256", projectsFile("3001,EA,\x01\xff\xfe\x80\x81,10,x,5,5\n"),
         "neither UTF-8 nor Windows-1256"},
    };
    for (const Case& c : cases) {
        SECTION(c.name)
        {
            TransferFixture f;
            const qint64 auditBefore = f.audit();
            const QString path = f.write(QStringLiteral("bad.csv"), c.bytes);
            auto result = importProjects(f, path);
            const QString message = result ? result->problems.join(u'\n') : result.error().message;
            INFO(message.toStdString());
            CHECK(message.contains(path)); // names the file
            CHECK(message.contains(QString::fromUtf8(c.expected)));
            if (result)
                CHECK_FALSE(result->written);
            CHECK(f.projects() == 0);
            CHECK(f.audit() == auditBefore);
        }
    }
}

TEST_CASE("import: Windows-1256 and UTF-16 files are read as such, never as mojibake", "[import]")
{
    TransferFixture f;
    const QString text =
        QString::fromUtf8("permit_no,province,county,sector,title,progress,remaining_rial\r\n"
                          "4001,آذربایجان شرقی,تبریز,10,تولید کیک و کلوچه,80,1000\r\n");
    const QString path1256 = f.write(QStringLiteral("old.csv"), toWindows1256(text));
    auto summary = importProjects(f, path1256);
    REQUIRE(summary);
    CHECK(summary->added == 1);
    CHECK(summary->notices.join(u' ').contains(u"Windows-1256"));
    auto stored = storage::ProjectRepository(*f.db).list();
    REQUIRE(stored);
    CHECK(stored->at(0).title == QString::fromUtf8("تولید کیک و کلوچه"));

    QByteArray utf16("\xFF\xFE", 2);
    const QString text16 = QString(text).replace(QStringLiteral("4001"), QStringLiteral("4002"));
    utf16.append(reinterpret_cast<const char*>(text16.utf16()), text16.size() * 2);
    auto second = importProjects(f, f.write(QStringLiteral("unicode.txt"), utf16));
    REQUIRE(second);
    CHECK(second->added == 1);
    CHECK(f.projects() == 2);
}

TEST_CASE("import: explicit column map, ignored columns, and a units file", "[import]")
{
    TransferFixture f;
    const QString path =
        f.write(QStringLiteral("units.csv"),
                QString::fromUtf8("شماره پروانه,استان,شهرستان,بخش,نام واحد,وضعیت,راکد از,"
                                  "بازار دارد,توجیه اقتصادی,اشتغال قابل بازگشت,کد داخلی\n"
                                  "14-1390-1,EA,تبریز,15,کفش ملت,راکد,1398/01/15,بله,1,12,X-9\n")
                    .toUtf8());
    ImportOptions options;
    options.sheet = Sheet::Units;
    auto refused = importFile(*f.db, path, options);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(u"unknown column \"کد داخلی\""));
    options.columnMap.insert(QString::fromUtf8("کد داخلی"), QStringLiteral("-"));
    auto summary = importFile(*f.db, path, options);
    REQUIRE(summary);
    INFO(summary->problems.join(u'\n').toStdString());
    CHECK(summary->added == 1);
    auto units = storage::UnitRepository(*f.db).list();
    REQUIRE(units);
    REQUIRE(units->size() == 1);
    CHECK(units->at(0).hasMarket);
    CHECK(units->at(0).justified);
    CHECK(units->at(0).jobsRestorable == 12);
    CHECK(units->at(0).idleSince == QDate(2019, 4, 4)); // 1398/01/15
}

TEST_CASE("import: a re-import keeps the columns its file lacks; apostrophes an export added come off; "
          "rejects keep numbers as typed",
          "[import]")
{
    TransferFixture f;
    const QString full =
        f.write(QStringLiteral("full.csv"),
                QByteArray("permit_no,province,county,sector,title,progress,remaining_rial,investor,notes\n"
                           "8001,EA,تبریز,10,'-Cement plant,45,1000,شرکت الف,'- waiting for loan\n"));
    REQUIRE(importProjects(f, full)->added == 1);
    const QString slim =
        f.write(QStringLiteral("slim.csv"), projectsFile("8001,EA,تبریز,10,-Cement plant,50,1000\n"));
    auto summary = importProjects(f, slim);
    REQUIRE(summary);
    CHECK(summary->updated == 1);
    auto stored = storage::ProjectRepository(*f.db).list();
    REQUIRE(stored);
    CHECK(stored->at(0).investor == QString::fromUtf8("شرکت الف")); // not blanked by the slim file
    CHECK(stored->at(0).notes == u"- waiting for loan");            // the export's apostrophe is gone
    CHECK(stored->at(0).title == u"-Cement plant");
    CHECK(stored->at(0).progress == 50.0);

    ImportOptions skip;
    skip.skipInvalid = true;
    const QString bad = f.write(QStringLiteral("bad.csv"), projectsFile("8002,EA,ناکجا,10,-title,+50,-0\n"));
    auto rejected = importProjects(f, bad, skip);
    REQUIRE(rejected);
    QFile rejects(rejected->rejectsPath);
    REQUIRE(rejects.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(rejects.readAll());
    CHECK(text.contains(u",'-title,+50,-0,"));
}
