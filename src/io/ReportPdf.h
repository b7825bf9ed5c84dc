#pragma once

#include "core/Dates.h"
#include "core/Digits.h"
#include "core/Money.h"
#include "core/Result.h"
#include "io/RankingService.h"

#include <QDate>
#include <QString>

class QPagedPaintDevice;

// The printed report of a ranked restart list and its budget plan (issue 6 "Reports"): a first
// page with the title, province, date, scenario, budget, the summary figures and charts per tier
// (per county for idle units), then the ranked table with its header repeated on every page and
// "page N of M" at the foot. Right-to-left in Persian: the columns run from the right (rank at the
// right edge), Persian digits, tier letters الف ب ج د. Painted with QPainter only (Qt Gui, no
// widgets), so `ehya-cli report` makes the same PDF without a display.
//
// The words come from the installed translator (IoText::tr): the caller installs the language
// that `language` names (the CLI's --lang, the app's language).
namespace ehya::io {

enum class ReportLanguage { English, Persian };

struct ReportContent
{
    RankReport report;
    QString title;    // empty: "Restart list of half-finished projects" (or idle units)
    QString province; // the province's name in the report's language; empty: every province
    QDate asOf;       // null: the report request's as-of date
    ReportLanguage language = ReportLanguage::English;
    CalendarKind calendar = CalendarKind::Gregorian;
    Digits digits = Digits::Latin;
    MoneyUnit moneyUnit = MoneyUnit::BillionToman;
    QString userName; // "prepared by"; empty: not shown

    // The conventions of a language: Persian → Jalali dates and Persian digits; English →
    // Gregorian ISO dates and Latin digits.
    void setLanguage(ReportLanguage value);
};

// Paints the whole report on `device` (a QPdfWriter, or the GUI's QPrinter), one page after
// another in the device's page layout (A4 landscape reads best). The device must not be painted on.
Status paintRankReport(QPagedPaintDevice& device, const ReportContent& content);

// The report as a PDF file (A4 landscape), written atomically: on any failure no file is left.
Status writeRankReportPdf(const QString& path, const ReportContent& content);

// The report as PDF bytes (A4 landscape).
Result<QByteArray> rankReportPdf(const ReportContent& content);

} // namespace ehya::io
