// `ehya-cli rank` as scripts use it: exit codes, JSON by the DESIGN.md contract, CSV that Excel
// and Python read, the budget summary agreeing with the engine.
#include "CliRunner.h"
#include "DemoDatabase.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>

using namespace ehya::test;

namespace {

QJsonArray rankJson(const QStringList& extra)
{
    const Run run = cli(QStringList{QStringLiteral("rank"), demoDatabase(), QStringLiteral("--format"),
                                    QStringLiteral("json")} +
                        extra);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8());
    REQUIRE(document.isArray());
    return document.array();
}

} // namespace

TEST_CASE("rank --format json: an array of objects with the contract's keys", "[cli][rank]")
{
    const QJsonArray items = rankJson({QStringLiteral("--province"), QStringLiteral("East Azerbaijan"),
                                       QStringLiteral("--budget"), QStringLiteral("10000000000000")});
    REQUIRE(items.size() == 1610);
    qint64 spent = 0;
    int previousTier = 0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject o = items[i].toObject();
        for (const char* key :
             {"rank", "kind", "id", "code", "tier", "score", "funded", "cost", "jobs", "contributions"})
            REQUIRE(o.contains(QLatin1String(key)));
        CHECK(o.value(u"rank").toInt() == i + 1);
        CHECK(o.value(u"kind").toString() == u"project");
        const int tier = o.value(u"tier").toString().at(0).unicode() - u'A';
        CHECK(tier >= previousTier);
        previousTier = tier;
        double sum = 0;
        for (const QJsonValue& points : o.value(u"contributions").toObject())
            sum += points.toDouble();
        CHECK(sum == Approx(o.value(u"score").toDouble()));
        // tier A needs nothing more; B, C and D name the progress of the tier above
        const QJsonValue next = o.value(u"next_tier_progress");
        CHECK(next.isNull() == (tier == 0));
        if (tier > 0)
            CHECK(next.toDouble() == (tier == 1 ? 75.0 : tier == 2 ? 50.0 : 25.0));
        CHECK(o.value(u"contributions").toObject().contains(o.value(u"strongest").toString()));
        if (o.value(u"funded").toBool())
            spent += o.value(u"cost").toInteger();
    }
    CHECK(spent > 0);
    CHECK(spent <= 10'000'000'000'000LL);

    const QJsonArray units = rankJson({QStringLiteral("--kind"), QStringLiteral("units"),
                                       QStringLiteral("--province"), QStringLiteral("آذربایجان غربی")});
    REQUIRE(units.size() == 217);
    CHECK(units[0].toObject().value(u"tier").isNull());
    CHECK(units[0].toObject().value(u"funded").isNull()); // no budget, no plan
}

TEST_CASE("rank refuses bad input with exit status 2 and a clear message", "[cli][rank]")
{
    const QString db = demoDatabase();
    const QList<std::pair<QStringList, const char*>> cases{
        {{QStringLiteral("--scenario"), QStringLiteral("no such")}, "no such"},
        {{QStringLiteral("--budget"), QStringLiteral("-5")}, "-5"},
        {{QStringLiteral("--as-of"), QStringLiteral("1402/12/30")}, "1402/12/30"},
        {{QStringLiteral("--as-of"), QStringLiteral("2023-02-30")}, "2023-02-30"},
        {{QStringLiteral("--kind"), QStringLiteral("factories")}, "factories"},
        {{QStringLiteral("--plan"), QStringLiteral("cheapest")}, "cheapest"},
        {{QStringLiteral("--province"), QStringLiteral("Atlantis")}, "Atlantis"},
        {{QStringLiteral("--sensitivity"), QStringLiteral("0")}, "sensitivity"},
    };
    for (const auto& [arguments, named] : cases) {
        const Run run = cli(QStringList{QStringLiteral("rank"), db} + arguments);
        INFO(arguments.join(u' ').toStdString() << " -> " << run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QString::fromUtf8(named)));
        CHECK(run.out.isEmpty());
    }
}

TEST_CASE("rank --format csv --output: a BOM, CRLF, one row per item, written whole", "[cli][rank]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("rank.csv"));
    const Run run =
        cli({QStringLiteral("rank"), demoDatabase(), QStringLiteral("--province"), QStringLiteral("WA"),
             QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--output"), out,
             QStringLiteral("--budget"), QStringLiteral("500 billion toman"), QStringLiteral("--plan"),
             QStringLiteral("max-jobs"), QStringLiteral("--sensitivity"), QStringLiteral("20")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    CHECK(data.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = data.mid(3).split('\n');
    CHECK(lines.front().startsWith("rank,kind,id,code,title,province,county,tier,score"));
    CHECK(lines.front().endsWith("funded_share\r"));
    // WA: every project below 60% is tier B..D at 75/50/25; the header plus one row per project.
    const Run json = cli({QStringLiteral("rank"), demoDatabase(), QStringLiteral("--province"),
                          QStringLiteral("WA"), QStringLiteral("--format"), QStringLiteral("json")});
    const qsizetype projects = QJsonDocument::fromJson(json.out.toUtf8()).array().size();
    CHECK(data.count("\r\n") == projects + 1);
}

TEST_CASE("scenario save / show / rank / delete: West Azerbaijan's 60% programme", "[cli][rank][scenario]")
{
    QTemporaryDir dir;
    const QString db = copyOfDemoDatabase(dir);
    const Run shown =
        cli({QStringLiteral("scenario"), db, QStringLiteral("show"), QStringLiteral("seed policy")});
    REQUIRE(shown.exitCode == 0);
    QJsonObject params = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    REQUIRE(params.value(u"tiers").toArray() == QJsonArray{75, 50, 25});
    params.insert(QStringLiteral("tiers"), QJsonArray{60, 40, 20});
    const QString json = dir.filePath(QStringLiteral("west.json"));
    QFile file(json);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(params).toJson());
    file.close();
    const Run saved =
        cli({QStringLiteral("scenario"), db, QStringLiteral("save"), QStringLiteral("west 60"), json});
    INFO(saved.err.toStdString());
    REQUIRE(saved.exitCode == 0);

    const Run ranked = cli({QStringLiteral("rank"), db, QStringLiteral("--province"), QStringLiteral("WA"),
                            QStringLiteral("--scenario"), QStringLiteral("west 60"),
                            QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(ranked.exitCode == 0);
    int tierA = 0;
    for (const QJsonValue& item : QJsonDocument::fromJson(ranked.out.toUtf8()).array())
        tierA += item.toObject().value(u"tier").toString() == u"A" ? 1 : 0;
    CHECK(tierA == 307); // the brief: 307 half-finished projects above 60% in West Azerbaijan

    // Saving an edit of an older version is refused: someone saved in between.
    const Run current =
        cli({QStringLiteral("scenario"), db, QStringLiteral("show"), QStringLiteral("west 60")});
    QJsonObject edited = QJsonDocument::fromJson(current.out.toUtf8()).object();
    REQUIRE(edited.value(u"version").toInt() == 1);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(edited).toJson());
    file.close();
    REQUIRE(cli({QStringLiteral("scenario"), db, QStringLiteral("save"), QStringLiteral("west 60"), json})
                .exitCode == 0);
    const Run stale =
        cli({QStringLiteral("scenario"), db, QStringLiteral("save"), QStringLiteral("west 60"), json});
    CHECK(stale.exitCode == 1); // the file still says version 1; the database has 2
    edited.remove(QStringLiteral("version"));
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(edited).toJson());
    file.close();
    CHECK(cli({QStringLiteral("scenario"), db, QStringLiteral("save"), QStringLiteral("west 60"), json})
              .exitCode == 1);

    CHECK(cli({QStringLiteral("scenario"), db, QStringLiteral("delete"), QStringLiteral("seed policy")})
              .exitCode == 1);
    CHECK(
        cli({QStringLiteral("scenario"), db, QStringLiteral("delete"), QStringLiteral("west 60")}).exitCode ==
        0);
    const Run listed = cli({QStringLiteral("scenario"), db, QStringLiteral("list")});
    CHECK(listed.out.contains(QStringLiteral("seed policy")));
    CHECK_FALSE(listed.out.contains(QStringLiteral("west 60")));
    CHECK(cli({QStringLiteral("scenario"), db, QStringLiteral("show"), QStringLiteral("west 60")}).exitCode ==
          2);
}

TEST_CASE("rank --explain: why an item ranks there, in words and in JSON", "[cli][rank][explain]")
{
    const QJsonArray items = rankJson({QStringLiteral("--province"), QStringLiteral("EA")});
    // The tier-B item closest in score to the tier-B item above it: a lower cost surely passes it,
    // and every part of the explanation applies.
    QJsonObject chosen;
    double smallestGap = 1e9;
    for (qsizetype i = 1; i < items.size(); ++i) {
        const QJsonObject o = items[i].toObject();
        const QJsonObject above = items[i - 1].toObject();
        const double gap = above.value(u"score").toDouble() - o.value(u"score").toDouble();
        if (o.value(u"tier").toString() == u"B" && above.value(u"tier").toString() == u"B" && gap > 0 &&
            gap < smallestGap && o.value(u"values").toObject().value(u"remaining").toDouble() > 0) {
            smallestGap = gap;
            chosen = o;
        }
    }
    REQUIRE_FALSE(chosen.isEmpty());
    const QString code = chosen.value(u"code").toString();
    const QStringList base{QStringLiteral("rank"),       demoDatabase(),
                           QStringLiteral("--province"), QStringLiteral("EA"),
                           QStringLiteral("--budget"),   QStringLiteral("1000 billion toman"),
                           QStringLiteral("--explain"),  code};
    const Run json = cli(base + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    INFO(json.err.toStdString());
    REQUIRE(json.exitCode == 0);
    const QJsonObject why = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(why.value(u"rank").toInt() == chosen.value(u"rank").toInt());
    CHECK(why.value(u"next_tier_progress").toDouble() == 75.0);
    CHECK(why.value(u"strongest").toString() == chosen.value(u"strongest").toString());
    // The item above is in the same tier: a lower cost passes it, below today's cost.
    REQUIRE(why.value(u"cost_to_pass_above").isDouble());
    CHECK(why.value(u"cost_to_pass_above").toInteger() < chosen.value(u"cost").toInteger());
    CHECK(why.value(u"funded").isBool());

    const Run text = cli(base);
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(code));
    CHECK(text.out.contains(QStringLiteral("To reach tier A")));
    CHECK(text.out.contains(QStringLiteral("It would pass rank")));

    const Run unknown =
        cli({QStringLiteral("rank"), demoDatabase(), QStringLiteral("--explain"), QStringLiteral("nope")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("nope")));
}

namespace {

bool hasLatinDigit(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

bool hasPersianDigit(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c >= QChar(0x06F0) && c <= QChar(0x06F9); });
}

} // namespace

TEST_CASE("rank --lang fa: Persian headers, names and digits; JSON the same bytes as with --lang en",
          "[cli][rank][i18n]")
{
    const QStringList base{QStringLiteral("rank"),       demoDatabase(),
                           QStringLiteral("--province"), QStringLiteral("EA"),
                           QStringLiteral("--budget"),   QStringLiteral("1000 billion toman")};
    const Run fa = cli(base + QStringList{QStringLiteral("--lang"), QStringLiteral("fa")});
    INFO(fa.err.toStdString());
    REQUIRE(fa.exitCode == 0);
    const QStringList lines = fa.out.split(u'\n', Qt::SkipEmptyParts);
    const auto header = std::find_if(lines.cbegin(), lines.cend(), [](const QString& line) {
        return line.startsWith(QStringLiteral("رتبه  سطح  امتیاز"));
    });
    REQUIRE(header != lines.cend());
    for (const char* word :
         {"شماره جواز/پروانه", "شهرستان", "هزینه (میلیارد تومان)", "تجمعی", "اشتغال", "تأمین‌شده"})
        CHECK(header->contains(QString::fromUtf8(word)));
    CHECK(lines.front().contains(QStringLiteral("آذربایجان شرقی")));
    CHECK(fa.out.contains(QStringLiteral("۱٬۰۰۰٫۰ میلیارد تومان"))); // U+066C grouping, U+066B decimal point
    const QStringList rows = lines.mid(header - lines.cbegin() + 1);
    REQUIRE(rows.size() == 1610);
    for (const QString& row : rows) {
        INFO(row.toStdString());
        CHECK_FALSE(hasLatinDigit(row));
        CHECK(hasPersianDigit(row));
    }
    CHECK(rows.front().trimmed().startsWith(QStringLiteral("۱  الف")));
    CHECK(fa.out.contains(QStringLiteral("تبریز")));
    CHECK_FALSE(fa.out.contains(QStringLiteral("Tabriz")));
    // The seed policy by its Persian name in the title; the stored key stays in JSON and CSV.
    CHECK(lines.first().contains(QStringLiteral("«سیاست پایه»")));
    CHECK_FALSE(fa.out.contains(QStringLiteral("seed policy")));

    const Run en = cli(base + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
    REQUIRE(en.exitCode == 0);
    CHECK(en.out.contains(QStringLiteral("\nrank  tier  score  progress  code")));
    CHECK(en.out.contains(QStringLiteral("East Azerbaijan")));
    CHECK(en.out.contains(QStringLiteral("Budget 1,000.0 billion toman")));
    CHECK(en.out.contains(QStringLiteral("Tabriz")));
    CHECK(en.out.contains(QStringLiteral("\n   1     A   ")));

    // Machine formats do not depend on the language: the very same bytes.
    const QStringList json{QStringLiteral("--format"), QStringLiteral("json")};
    const Run jsonFa = cli(base + json + QStringList{QStringLiteral("--lang"), QStringLiteral("fa")});
    const Run jsonEn = cli(base + json + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
    REQUIRE(jsonFa.exitCode == 0);
    REQUIRE(jsonEn.exitCode == 0);
    CHECK(QJsonDocument::fromJson(jsonEn.out.toUtf8()).array().size() == 1610);
    CHECK(jsonFa.out.toUtf8() == jsonEn.out.toUtf8());

    // --explain in Persian, with the number as the Persian table shows it.
    const QString code =
        QJsonDocument::fromJson(jsonEn.out.toUtf8()).array().at(1).toObject().value(u"code").toString();
    QString persianCode = code;
    for (QChar& c : persianCode)
        if (c >= u'0' && c <= u'9')
            c = QChar(0x06F0 + (c.unicode() - u'0'));
    const Run why = cli(base + QStringList{QStringLiteral("--lang"), QStringLiteral("fa"),
                                           QStringLiteral("--explain"), persianCode});
    INFO(why.err.toStdString());
    REQUIRE(why.exitCode == 0);
    CHECK(why.out.startsWith(QStringLiteral("طرح ") + persianCode));
    CHECK(why.out.contains(QStringLiteral("رتبه ۲ از ۱٬۶۱۰")));
    CHECK(why.out.contains(QStringLiteral("امتیاز هر معیار")));
    CHECK_FALSE(hasLatinDigit(why.out));

    // stats speaks it too, and a bad --lang is a usage error of every command.
    const Run stats = cli({QStringLiteral("stats"), demoDatabase(), QStringLiteral("--lang=fa")});
    REQUIRE(stats.exitCode == 0);
    CHECK(stats.out.contains(QStringLiteral("آذربایجان شرقی")));
    CHECK(stats.out.contains(QStringLiteral("۱٬۶۱۰")));
    CHECK_FALSE(hasLatinDigit(stats.out));
    const Run bad =
        cli({QStringLiteral("stats"), demoDatabase(), QStringLiteral("--lang"), QStringLiteral("de")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("--lang")));
    CHECK(bad.out.isEmpty());
}

TEST_CASE("rank --explain with a number used in two provinces asks for --province", "[cli][rank][explain]")
{
    QTemporaryDir dir;
    const QString db = copyOfDemoDatabase(dir);
    QString code;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("twin"));
        raw.setDatabaseName(db);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        // An East Azerbaijan permit number given to a half-finished West Azerbaijan project.
        REQUIRE(
            q.exec(QStringLiteral("SELECT r.permit_no FROM project r JOIN province p ON p.id = r.province_id "
                                  "WHERE p.code = 'EA' AND r.status = 'under_construction' LIMIT 1")));
        REQUIRE(q.next());
        code = q.value(0).toString();
        REQUIRE(q.exec(
            QStringLiteral("UPDATE project SET permit_no = '%1' WHERE id = (SELECT r.id FROM project r "
                           "JOIN province p ON p.id = r.province_id WHERE p.code = 'WA' AND "
                           "r.status = 'under_construction' LIMIT 1)")
                .arg(code)));
        REQUIRE(q.numRowsAffected() == 1);
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("twin"));
    const Run both = cli({QStringLiteral("rank"), db, QStringLiteral("--explain"), code,
                          QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(both.exitCode == 2);
    CHECK(both.err.contains(QStringLiteral("--province")));
    CHECK(both.err.contains(QStringLiteral("West Azerbaijan")));
    const Run one =
        cli({QStringLiteral("rank"), db, QStringLiteral("--explain"), code, QStringLiteral("--province"),
             QStringLiteral("WA"), QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(one.exitCode == 0);
    CHECK(one.out.contains(QStringLiteral("West Azerbaijan")));
}

TEST_CASE("rank words the plan comparison by its sign and a min-max norm as a place between the "
          "worst and the best value",
          "[cli][rank][explain]")
{
    QTemporaryDir dir;
    const QString db = copyOfDemoDatabase(dir);
    // A budget that funds nothing: both plans restore no job.
    const Run none = cli({QStringLiteral("rank"), db, QStringLiteral("--province"), QStringLiteral("EA"),
                          QStringLiteral("--budget"), QStringLiteral("1"), QStringLiteral("--lang"),
                          QStringLiteral("en")});
    INFO(none.err.toStdString());
    REQUIRE(none.exitCode == 0);
    CHECK(none.out.contains(QStringLiteral("max-jobs restores as many jobs as policy")));
    CHECK_FALSE(none.out.contains(QStringLiteral("0 more jobs")));

    // The seed policy with min-max normalisation, saved, explains its first item in those words.
    const Run shown =
        cli({QStringLiteral("scenario"), db, QStringLiteral("show"), QStringLiteral("seed policy")});
    REQUIRE(shown.exitCode == 0);
    QJsonObject params = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    params.insert(QStringLiteral("normalisation"), QStringLiteral("min_max"));
    params.remove(QStringLiteral("version"));
    const QString json = dir.filePath(QStringLiteral("minmax.json"));
    QFile file(json);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(params).toJson());
    file.close();
    REQUIRE(cli({QStringLiteral("scenario"), db, QStringLiteral("save"), QStringLiteral("min max"), json})
                .exitCode == 0);
    const QJsonArray items = QJsonDocument::fromJson(cli({QStringLiteral("rank"), db,
                                                          QStringLiteral("--province"), QStringLiteral("EA"),
                                                          QStringLiteral("--format"), QStringLiteral("json")})
                                                         .out.toUtf8())
                                 .array();
    REQUIRE_FALSE(items.isEmpty());
    const QString code = items.first().toObject().value(u"code").toString();
    const QStringList explain{QStringLiteral("rank"),       db,
                              QStringLiteral("--province"), QStringLiteral("EA"),
                              QStringLiteral("--lang"),     QStringLiteral("en"),
                              QStringLiteral("--explain"),  code};
    const Run minMax = cli(explain + QStringList{QStringLiteral("--scenario"), QStringLiteral("min max")});
    INFO(minMax.err.toStdString());
    REQUIRE(minMax.exitCode == 0);
    CHECK(minMax.out.contains(QStringLiteral("of the way from the worst to the best value")));
    CHECK_FALSE(minMax.out.contains(QStringLiteral("of the others")));
    const Run percentile = cli(explain);
    REQUIRE(percentile.exitCode == 0);
    CHECK(percentile.out.contains(QStringLiteral("of the others")));
}
