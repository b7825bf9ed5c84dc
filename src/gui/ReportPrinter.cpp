#include "ReportPrinter.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace ehya::gui {

namespace {

class ReportPrinterText final
{
    Q_DECLARE_TR_FUNCTIONS(ehya::gui::ReportPrinter)
public:
    ReportPrinterText() = delete;
};

} // namespace

io::ReportContent reportContent(const io::RankReport& report, const DisplaySettings& display,
                                const QString& provinceName, const QString& userName)
{
    io::ReportContent content;
    content.report = report;
    content.province = provinceName;
    content.asOf = report.request.asOf;
    content.language = display.persian() ? io::ReportLanguage::Persian : io::ReportLanguage::English;
    content.calendar = display.calendar;
    content.digits = display.digits;
    content.moneyUnit = display.moneyUnit;
    content.userName = userName;
    return content;
}

void previewRankReport(QWidget* parent, const io::ReportContent& content)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                      QMarginsF(12, 12, 12, 10), QPageLayout::Millimeter));
    printer.setDocName(content.title.isEmpty() ? ReportPrinterText::tr("Ranked restart list")
                                               : content.title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(ReportPrinterText::tr("Print preview of the report"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&content](QPrinter* device) { (void)io::paintRankReport(*device, content); });
    dialog.exec();
}

Status saveRankReportPdf(QWidget* parent, const io::ReportContent& content, const QString& suggestedPath)
{
    QString path = QFileDialog::getSaveFileName(parent, ReportPrinterText::tr("Save the report as PDF"),
                                                suggestedPath, ReportPrinterText::tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return Error{Error::Kind::Cancelled, {}};
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    return io::writeRankReportPdf(path, content);
}

} // namespace ehya::gui
