// `ehya-cli report` as scripts use it: the PDF made without a display agrees with `rank`, exit
// codes by the contract, and nothing left behind when the file cannot be written.
#include "CliRunner.h"
#include "DemoDatabase.h"
#include "PdfText.h"
#include "core/Digits.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace ehya::test;

namespace {

const QStringList kEastAzerbaijan{QStringLiteral("--province"), QStringLiteral("East Azerbaijan"),
                                  QStringLiteral("--budget"),   QStringLiteral("1000 billion toman"),
                                  QStringLiteral("--as-of"),    QStringLiteral("2024-09-22")};

QJsonArray rankJson()
{
    const Run run = cli(QStringList{QStringLiteral("rank"), demoDatabase(), QStringLiteral("--format"),
                                    QStringLiteral("json")} +
                        kEastAzerbaijan);
    REQUIRE(run.exitCode == 0);
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

QString allText(const QString& pdf)
{
    return pdfPages(pdf).join(u'\f');
}

} // namespace

TEST_CASE("report writes the PDF of the ranked list that rank prints", "[cli][report]")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("east.pdf"));
    const Run run = cli(QStringList{QStringLiteral("report"), demoDatabase(), QStringLiteral("--output"), pdf,
                                    QStringLiteral("--lang"), QStringLiteral("en")} +
                        kEastAzerbaijan);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.isEmpty());
    CHECK(run.err.isEmpty()); // no warning of Qt's about the session (XDG_RUNTIME_DIR) either
    REQUIRE(QFile::exists(pdf));

    const QJsonArray ranked = rankJson();
    REQUIRE(ranked.size() == 1610);
    const QString text = allText(pdf);
    qint64 funded = 0;
    for (const QJsonValue& value : ranked) {
        const QJsonObject o = value.toObject();
        const QString code = o.value(u"code").toString();
        INFO(code.toStdString());
        CHECK(text.count(code) == 1);
        funded += o.value(u"funded").toBool() ? 1 : 0;
    }
    const auto match = QRegularExpression(QStringLiteral("Items funded\\s+([\\d,]+)")).match(text);
    REQUIRE(match.hasMatch());
    CHECK(match.captured(1).remove(u',').toLongLong() == funded);
    CHECK(text.contains(QStringLiteral("page 1 of %1").arg(pdfPageCount(pdf))));
}

TEST_CASE("report in Persian: Persian digits and the rank at the right", "[cli][report][fa]")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("east-fa.pdf"));
    const Run run = cli(QStringList{QStringLiteral("--lang"), QStringLiteral("fa"), QStringLiteral("report"),
                                    demoDatabase(), QStringLiteral("--output"), pdf} +
                        kEastAzerbaijan);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QString text = allText(pdf);
    CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("[0-9]"))));
    const QString first = rankJson().at(0).toObject().value(u"code").toString();
    const QList<PdfWord> words = pdfWords(pdf, 2, 2);
    const auto code = std::find_if(words.begin(), words.end(),
                                   [&](const PdfWord& w) { return w.text == ehya::toPersianDigits(first); });
    REQUIRE(code != words.end());
    const auto rank = std::find_if(words.begin(), words.end(), [&](const PdfWord& w) {
        return w.text == QStringLiteral("۱") && std::abs(w.yMin - code->yMin) < 2;
    });
    REQUIRE(rank != words.end());
    CHECK(rank->xMin > code->xMax);
}

TEST_CASE("report refuses bad usage with 2 and an unwritable file with 1, leaving nothing", "[cli][report]")
{
    QTemporaryDir dir;
    const QString db = demoDatabase();
    const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
    const QList<QStringList> usage{
        {QStringLiteral("report"), db},                              // no --output
        {QStringLiteral("report"), QStringLiteral("--output"), pdf}, // no DB
        {QStringLiteral("report"), db, QStringLiteral("--output"), pdf, QStringLiteral("--plan"),
         QStringLiteral("all")},
        {QStringLiteral("report"), db, QStringLiteral("--output"), pdf, QStringLiteral("--kind"),
         QStringLiteral("x")},
        {QStringLiteral("report"), db, QStringLiteral("--output"), pdf, QStringLiteral("--format"),
         QStringLiteral("csv")},
        {QStringLiteral("report"), db, QStringLiteral("--output"), pdf, QStringLiteral("--budget"),
         QStringLiteral("-5")},
        {QStringLiteral("report"), db, QStringLiteral("--output"), pdf, QStringLiteral("--province"),
         QStringLiteral("Atlantis")},
        {QStringLiteral("report"), db, QStringLiteral("--output"), pdf, QStringLiteral("--scenario"),
         QStringLiteral("no such")},
    };
    for (const QStringList& arguments : usage) {
        INFO(arguments.join(u' ').toStdString());
        const Run run = cli(arguments);
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("ehya-cli report --help")));
    }
    CHECK(QDir(dir.path()).isEmpty());

    const QString nowhere = dir.filePath(QStringLiteral("missing/r.pdf"));
    const Run run = cli({QStringLiteral("report"), db, QStringLiteral("--output"), nowhere});
    CHECK(run.exitCode == 1);
    CHECK_FALSE(run.err.isEmpty());
    CHECK(QDir(dir.path()).isEmpty());

    const Run help = cli({QStringLiteral("report"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("--output FILE")));
    CHECK(cli({QStringLiteral("--help")}).out.contains(QStringLiteral("report DB --output")));
}
