#include "ReportPdf.h"

#include "CsvWriter.h"
#include "IoText.h"
#include "ReportCanvas.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>

#include <algorithm>

namespace ehya::io {

using namespace Qt::StringLiterals;

void ReportContent::setLanguage(ReportLanguage value)
{
    language = value;
    const bool fa = value == ReportLanguage::Persian;
    calendar = fa ? CalendarKind::Jalali : CalendarKind::Gregorian;
    digits = fa ? Digits::Persian : Digits::Latin;
}

namespace report {

namespace {

constexpr double kFooter = 18; // points: the page number line
constexpr double kHeader = 26; // points: the running title of the table pages

QString kindTitle(const RankReport& report)
{
    return report.ranking.kind == engine::Kind::Project ? IoText::tr("Restart list of half-finished projects")
                                                        : IoText::tr("Restart list of idle units");
}

QString reportTitle(const ReportContent& content)
{
    return content.title.isEmpty() ? kindTitle(content.report) : content.title;
}

QDate asOf(const ReportContent& content)
{
    return content.asOf.isValid() ? content.asOf : content.report.request.asOf;
}

QString provinceName(const ReportContent& content)
{
    return content.province.isEmpty() ? IoText::tr("every province") : content.province;
}

void paintFooter(Canvas& canvas, int page, int pages)
{
    const QRectF area = canvas.page();
    const QRectF line(0, area.height() - kFooter + 4, area.width(), kFooter - 4);
    const QFont small = canvas.font(8);
    QPainter& p = canvas.painter();
    p.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.5));
    p.drawLine(QPointF(0, line.top() - 2), QPointF(area.width(), line.top() - 2));
    const QColor grey(0x55, 0x55, 0x55);
    canvas.text(canvas.visual(QRectF(0, line.y(), area.width() / 3, line.height())),
                reportTitle(canvas.content()) + u" — "_s + provinceName(canvas.content()), small,
                Align::Leading, grey);
    canvas.text(QRectF(area.width() / 3, line.y(), area.width() / 3, line.height()),
                IoText::tr("page %1 of %2").arg(canvas.integer(page), canvas.integer(pages)), small,
                Align::Center, grey);
    canvas.text(canvas.visual(QRectF(2 * area.width() / 3, line.y(), area.width() / 3, line.height())),
                canvas.date(asOf(canvas.content())), small, Align::Trailing, grey);
}

// Label and value pairs in two columns, each read from top to bottom.
struct Figure
{
    QString label, value;
};

double paintColumns(Canvas& canvas, const QList<Figure>& leading, const QList<Figure>& trailing, double top)
{
    const QFont label = canvas.font(10);
    const QFont value = canvas.font(10, true);
    const double line = canvas.lineHeight(label) * 1.45;
    const double half = canvas.page().width() / 2;
    const double labelWidth = half * 0.45;
    const auto column = [&](const QList<Figure>& figures, double x) {
        for (qsizetype i = 0; i < figures.size(); ++i) {
            const double y = top + static_cast<double>(i) * line;
            canvas.text(canvas.visual(QRectF(x, y, labelWidth, line)), figures[i].label, label,
                        Align::Leading, QColor(0x44, 0x44, 0x44));
            canvas.text(canvas.visual(QRectF(x + labelWidth, y, half - labelWidth - 12, line)),
                        figures[i].value, value);
        }
    };
    column(leading, 0);
    column(trailing, half);
    return top + static_cast<double>(std::max(leading.size(), trailing.size())) * line;
}

QList<Figure> listFigures(const Canvas& canvas)
{
    const RankReport& report = canvas.report();
    qint64 cost = 0, jobs = 0;
    for (const auto& item : report.ranking.items) {
        cost += item.cost;
        jobs += item.jobs;
    }
    return {
        {IoText::tr("Items in the list"), canvas.integer(static_cast<qint64>(report.ranking.items.size()))},
        {IoText::tr("Cost of the whole list"), canvas.money(cost)},
        {IoText::tr("Jobs of the whole list"), canvas.integer(jobs)}};
}

// The figures `ehya-cli rank --budget` prints.
QList<Figure> planFigures(const Canvas& canvas)
{
    const RankReport& report = canvas.report();
    if (!report.plan)
        return {{IoText::tr("Budget"), IoText::tr("none (no plan)")}};
    const engine::PlanResult& plan = *report.plan;
    const bool policy = plan.mode == engine::PlanMode::Policy;
    QList<Figure> out{{IoText::tr("Budget"), canvas.money(plan.budget)},
                      {IoText::tr("Plan"), policy ? IoText::tr("policy (rank order)")
                                                  : IoText::tr("max-jobs (most jobs for the budget)")},
                      {IoText::tr("Items funded"), canvas.integer(plan.itemsFunded)},
                      {IoText::tr("Money committed"), canvas.money(plan.cost)},
                      {IoText::tr("Budget left"), canvas.money(plan.budgetLeft)},
                      {IoText::tr("Jobs restored"), canvas.integer(plan.jobs)}};
    if (report.other) {
        // What max-jobs brings over the policy order, worded by its sign: an approximate max-jobs
        // plan (not exact) can restore fewer jobs.
        const qint64 gain = policy ? report.other->jobs - plan.jobs : plan.jobs - report.other->jobs;
        if (gain > 0)
            out << Figure{IoText::tr("More jobs with max-jobs"), canvas.integer(gain)};
        else if (gain < 0)
            out << Figure{IoText::tr("Fewer jobs with max-jobs"), canvas.integer(-gain)};
        else
            out << Figure{IoText::tr("Jobs with max-jobs"), IoText::tr("as many")};
    }
    if (!plan.exact)
        out << Figure{IoText::tr("max-jobs optimum at most"), canvas.integer(plan.jobsBound)};
    return out;
}

void paintFirstPage(Canvas& canvas)
{
    const ReportContent& content = canvas.content();
    const double width = canvas.page().width();
    const QFont title = canvas.font(18, true);
    double y = 0;
    const double titleHeight = canvas.lineHeight(title) * 1.2;
    canvas.text(canvas.visual(QRectF(0, y, width, titleHeight)), reportTitle(content), title, Align::Leading,
                QColor(0x1f, 0x3a, 0x5f));
    y += titleHeight + 4;

    QList<Figure> when{{IoText::tr("As of"), canvas.date(asOf(content))}};
    if (!content.userName.isEmpty())
        when << Figure{IoText::tr("Prepared by"), content.userName};
    y = paintColumns(canvas,
                     {{IoText::tr("Province"), provinceName(content)},
                      {IoText::tr("Scenario"),
                       scenarioDisplayName(QString::fromStdString(canvas.report().scenario.name))}},
                     when, y);
    QPainter& p = canvas.painter();
    p.setPen(QPen(QColor(0x1f, 0x3a, 0x5f), 0.8));
    p.drawLine(QPointF(0, y + 4), QPointF(width, y + 4));
    y += 10;

    const QFont section = canvas.font(11, true);
    const double sectionHeight = canvas.lineHeight(section) * 1.4;
    canvas.text(canvas.visual(QRectF(0, y, width / 2, sectionHeight)), IoText::tr("The whole list"), section);
    canvas.text(canvas.visual(QRectF(width / 2, y, width / 2, sectionHeight)), IoText::tr("The budget plan"),
                section);
    y += sectionHeight;
    y = paintColumns(canvas, listFigures(canvas), planFigures(canvas), y) + 8;
    const double bottom = canvas.page().height() - kFooter - 6;
    if (bottom - y > 80)
        paintCharts(canvas, QRectF(0, y, width, bottom - y));
}

} // namespace

} // namespace report

Status paintRankReport(QPagedPaintDevice& device, const ReportContent& content)
{
    QPainter painter;
    if (!painter.begin(&device))
        return Error{Error::Kind::Io, IoText::tr("Could not start painting the report.")};
    const double scale = device.logicalDpiX() / 72.0;
    painter.scale(scale, device.logicalDpiY() / 72.0);
    painter.setRenderHint(QPainter::Antialiasing);
    const QSizeF size(device.width() * 72.0 / device.logicalDpiX(),
                      device.height() * 72.0 / device.logicalDpiY());
    report::Canvas canvas(painter, content, size);

    const std::size_t rows = content.report.ranking.items.size();
    const double tableHeight = size.height() - report::kHeader - report::kFooter - 4;
    const int perPage = std::max(1, report::tableRowsPerPage(canvas, tableHeight));
    const int tablePages =
        static_cast<int>((rows + static_cast<std::size_t>(perPage) - 1) / static_cast<std::size_t>(perPage));
    const int pages = 1 + tablePages;

    report::paintFirstPage(canvas);
    report::paintFooter(canvas, 1, pages);
    const auto cumulative = report::cumulativeCosts(content.report);
    const QFont running = canvas.font(10, true);
    for (int page = 0; page < tablePages; ++page) {
        if (!device.newPage()) {
            painter.end();
            return Error{Error::Kind::Io, IoText::tr("Could not start a new page of the report.")};
        }
        canvas.text(canvas.visual(QRectF(0, 0, size.width(), report::kHeader - 8)),
                    report::reportTitle(content) + u" — "_s + report::provinceName(content), running,
                    report::Align::Leading, QColor(0x1f, 0x3a, 0x5f));
        const std::size_t first = static_cast<std::size_t>(page) * static_cast<std::size_t>(perPage);
        report::paintTablePage(canvas, QRectF(0, report::kHeader, size.width(), tableHeight), first,
                               std::min<std::size_t>(static_cast<std::size_t>(perPage), rows - first),
                               cumulative);
        report::paintFooter(canvas, page + 2, pages);
    }
    if (!painter.end())
        return Error{Error::Kind::Io, IoText::tr("Could not finish painting the report.")};
    return {};
}

Result<QByteArray> rankReportPdf(const ReportContent& content)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setTitle(report::reportTitle(content));
        writer.setCreator(u"Ehya"_s);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                         QMarginsF(12, 12, 12, 10), QPageLayout::Millimeter));
        if (auto painted = paintRankReport(writer, content); !painted)
            return painted.error();
    }
    buffer.close();
    return data;
}

Status writeRankReportPdf(const QString& path, const ReportContent& content)
{
    auto data = rankReportPdf(content);
    if (!data)
        return data.error();
    return writeFileAtomically(path, *data);
}

} // namespace ehya::io
