#pragma once

// Reads a PDF back as people's tools do: poppler's pdfinfo and pdftotext (poppler-utils).
#include <catch2/catch.hpp>

#include <QList>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace ehya::test {

inline QString runPoppler(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForStarted(30000));
    REQUIRE(process.waitForFinished(120000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

inline int pdfPageCount(const QString& pdf)
{
    const QString info = runPoppler(QStringLiteral("pdfinfo"), {pdf});
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

// The text of each page (pdftotext -layout: the words in their columns), page 1 first, without
// the invisible direction marks pdftotext puts around runs of text.
inline QStringList pdfPages(const QString& pdf)
{
    QString text =
        runPoppler(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    static const QRegularExpression marks(
        QStringLiteral("[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]"));
    text.remove(marks);
    QStringList pages = text.split(u'\f');
    if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

struct PdfWord
{
    int page = 0; // 1-based
    double xMin = 0, yMin = 0, xMax = 0, yMax = 0;
    QString text;
};

// Every word with its box (pdftotext -bbox), for the order of columns.
inline QList<PdfWord> pdfWords(const QString& pdf, int firstPage, int lastPage)
{
    const QString html =
        runPoppler(QStringLiteral("pdftotext"),
                   {QStringLiteral("-bbox"), QStringLiteral("-f"), QString::number(firstPage),
                    QStringLiteral("-l"), QString::number(lastPage), pdf, QStringLiteral("-")});
    QList<PdfWord> words;
    QXmlStreamReader xml(html);
    int page = firstPage - 1;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"page") {
            ++page;
        } else if (xml.name() == u"word") {
            const auto a = xml.attributes();
            PdfWord w;
            w.page = page;
            w.xMin = a.value(QLatin1String("xMin")).toDouble();
            w.yMin = a.value(QLatin1String("yMin")).toDouble();
            w.xMax = a.value(QLatin1String("xMax")).toDouble();
            w.yMax = a.value(QLatin1String("yMax")).toDouble();
            w.text = xml.readElementText();
            words << w;
        }
    }
    return words;
}

} // namespace ehya::test
