#pragma once

#include "DisplaySettings.h"
#include "core/Result.h"
#include "io/ReportPdf.h"

#include <QString>

class QWidget;

// The PDF report of the ranked list from the ranking view: print preview (print from there) and
// "Save as PDF". The painting is io::paintRankReport, the same the command line writes.
namespace ehya::gui {

// The report's content in the view's language, calendar, digits and money unit.
io::ReportContent reportContent(const io::RankReport& report, const DisplaySettings& display,
                                const QString& provinceName, const QString& userName);

// A print preview of the report (A4 landscape) in a modal dialog; its Print button prints.
void previewRankReport(QWidget* parent, const io::ReportContent& content);

// Asks for a file (starting at `suggestedPath`, e.g. ~/ranking-east-azerbaijan.pdf) and writes the
// report there atomically. Error::Kind::Cancelled when the person cancels the dialog; any other
// error carries a sentence for the caller to show.
Status saveRankReportPdf(QWidget* parent, const io::ReportContent& content,
                         const QString& suggestedPath = {});

} // namespace ehya::gui
