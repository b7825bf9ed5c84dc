#include "ReportPdf.h"

#include "CsvWriter.h"
#include "IoText.h"
#include "ReportCanvas.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextOption>

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

// Vazirmatn when the executable embeds it (":/fonts", ehya_i18n), else Noto.
QString embeddedFamily()
{
    static const QString family = [] {
        const int id = QFontDatabase::addApplicationFont(u":/fonts/Vazirmatn-Regular.ttf"_s);
        QFontDatabase::addApplicationFont(u":/fonts/Vazirmatn-Bold.ttf"_s);
        const QStringList families = id >= 0 ? QFontDatabase::applicationFontFamilies(id) : QStringList{};
        return families.isEmpty() ? QString() : families.constFirst();
    }();
    return family;
}

} // namespace

Canvas::Canvas(QPainter& painter, const ReportContent& content, QSizeF pageSize)
    : m_painter(painter), m_content(content), m_size(pageSize),
      m_rtl(content.language == ReportLanguage::Persian), m_family(embeddedFamily())
{
    m_painter.setLayoutDirection(m_rtl ? Qt::RightToLeft : Qt::LeftToRight);
}

QFont Canvas::font(int points, bool bold) const
{
    QFont f;
    QStringList families;
    if (!m_family.isEmpty())
        families << m_family;
    families << (m_rtl ? u"Noto Sans Arabic"_s : u"Noto Sans"_s) << u"Noto Sans Arabic"_s;
    f.setFamilies(families);
    f.setPixelSize(points); // the painter's unit is the point
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    // A letter spacing too small to see turns off the Latin ligatures, so that "fi" stays two
    // letters when the PDF's text is copied or searched; Persian is joined as ever (Qt keeps the
    // shaping of scripts that need it).
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
    return f;
}

double Canvas::lineHeight(const QFont& font) const
{
    return QFontMetricsF(font).height();
}

double Canvas::textWidth(const QFont& font, const QString& text) const
{
    return QFontMetricsF(font).horizontalAdvance(text);
}

QRectF Canvas::visual(const QRectF& logical) const
{
    if (!m_rtl)
        return logical;
    return {m_size.width() - logical.x() - logical.width(), logical.y(), logical.width(), logical.height()};
}

void Canvas::text(const QRectF& rect, const QString& text, const QFont& font, Align align,
                  const QColor& color)
{
    const QFontMetricsF metrics(font);
    const QString shown = metrics.horizontalAdvance(text) <= rect.width()
                              ? text
                              : metrics.elidedText(text, Qt::ElideRight, rect.width());
    Qt::Alignment horizontal = Qt::AlignHCenter;
    if (align == Align::Leading)
        horizontal = m_rtl ? Qt::AlignRight : Qt::AlignLeft;
    else if (align == Align::Trailing)
        horizontal = m_rtl ? Qt::AlignLeft : Qt::AlignRight;
    QTextOption option(horizontal | Qt::AlignAbsolute | Qt::AlignVCenter);
    option.setTextDirection(m_rtl ? Qt::RightToLeft : Qt::LeftToRight);
    option.setWrapMode(QTextOption::NoWrap);
    m_painter.setFont(font);
    m_painter.setPen(color);
    m_painter.drawText(rect, shown, option);
}

void Canvas::wrappedText(const QRectF& rect, const QString& text, const QFont& font, const QColor& color)
{
    const QFontMetricsF metrics(font);
    if (metrics.horizontalAdvance(text) <= rect.width() || !text.contains(u' ')) {
        this->text(QRectF(rect.x(), rect.y(), rect.width(), metrics.height()), text, font, Align::Center,
                   color);
        return;
    }
    // The words that fit on the first line, the rest (elided if need be) on the second.
    const QStringList words = text.split(u' ');
    QString first = words.first();
    qsizetype used = 1;
    while (used < words.size() && metrics.horizontalAdvance(first + u' ' + words[used]) <= rect.width())
        first += u' ' + words[used++];
    const QString rest = words.mid(used).join(u' ');
    this->text(QRectF(rect.x(), rect.y(), rect.width(), metrics.height()), first, font, Align::Center, color);
    this->text(QRectF(rect.x(), rect.y() + metrics.height(), rect.width(), metrics.height()), rest, font,
               Align::Center, color);
}

QString Canvas::integer(qint64 value) const
{
    return formatInteger(value, m_content.digits);
}

QString Canvas::decimal(double value, int decimals) const
{
    return formatDecimal(value, decimals, m_content.digits);
}

QString Canvas::fixed(double value, int decimals) const
{
    QString text = QString::number(value, 'f', decimals);
    if (m_content.digits == Digits::Persian)
        text = toPersianDigits(text).replace(u'.', QChar(0x066B)); // the Arabic decimal separator
    return text;
}

QString Canvas::moneyColumn(qint64 rials) const
{
    const MoneyUnit unit = m_content.moneyUnit;
    const int places = unit == MoneyUnit::BillionToman || unit == MoneyUnit::BillionRial ? 2 : 0;
    return formatMoney(rials, {unit, m_content.digits, places, false, true});
}

QString Canvas::money(qint64 rials) const
{
    return formatMoney(rials, {m_content.moneyUnit, m_content.digits, -1, true, true});
}

QString Canvas::moneyNumber(qint64 rials) const
{
    return formatMoney(rials, {m_content.moneyUnit, m_content.digits, -1, false, true});
}

QString Canvas::moneyUnitName() const
{
    return moneyUnitLabel(m_content.moneyUnit);
}

QString Canvas::tier(const engine::RankedItem& item) const
{
    if (!item.tier)
        return {};
    const char letter = engine::tierLetter(*item.tier);
    if (m_content.language != ReportLanguage::Persian)
        return QString(QChar::fromLatin1(letter));
    static const QString letters[] = {u"الف"_s, u"ب"_s, u"ج"_s, u"د"_s};
    return letters[letter - 'A'];
}

QString Canvas::date(const QDate& date) const
{
    return formatDate(date, m_content.calendar, m_content.digits);
}

std::vector<qint64> cumulativeCosts(const RankReport& report)
{
    std::vector<qint64> out;
    out.reserve(report.ranking.items.size());
    qint64 sum = 0;
    for (const auto& item : report.ranking.items)
        out.push_back(sum += item.cost);
    return out;
}

bool isFunded(const RankReport& report, std::size_t i)
{
    return report.plan && i < report.plan->funded.size() && report.plan->funded[i];
}

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

// Label and value pairs, two to a line.
struct Figure
{
    QString label, value;
};

double paintFigures(Canvas& canvas, const QList<Figure>& figures, double top)
{
    const QFont label = canvas.font(10);
    const QFont value = canvas.font(10, true);
    const double line = canvas.lineHeight(label) * 1.45;
    const double half = canvas.page().width() / 2;
    const double labelWidth = half * 0.45;
    for (qsizetype i = 0; i < figures.size(); ++i) {
        const double x = (i % 2) * half;
        const double y = top + (i / 2) * line;
        canvas.text(canvas.visual(QRectF(x, y, labelWidth, line)), figures[i].label, label, Align::Leading,
                    QColor(0x44, 0x44, 0x44));
        canvas.text(canvas.visual(QRectF(x + labelWidth, y, half - labelWidth - 12, line)), figures[i].value,
                    value);
    }
    return top + ((figures.size() + 1) / 2) * line;
}

QList<Figure> summaryFigures(const Canvas& canvas)
{
    const RankReport& report = canvas.report();
    qint64 cost = 0, jobs = 0;
    for (const auto& item : report.ranking.items) {
        cost += item.cost;
        jobs += item.jobs;
    }
    QList<Figure> out{
        {IoText::tr("Items in the list"), canvas.integer(static_cast<qint64>(report.ranking.items.size()))},
        {IoText::tr("Cost of the whole list"), canvas.money(cost)},
        {IoText::tr("Jobs of the whole list"), canvas.integer(jobs)}};
    if (!report.plan) {
        out << Figure{IoText::tr("Budget"), IoText::tr("none (no plan)")};
        return out;
    }
    const engine::PlanResult& plan = *report.plan;
    const bool policy = plan.mode == engine::PlanMode::Policy;
    out << Figure{IoText::tr("Budget"), canvas.money(plan.budget)}
        << Figure{IoText::tr("Plan"), policy ? IoText::tr("policy (rank order)")
                                             : IoText::tr("max-jobs (most jobs for the budget)")}
        << Figure{IoText::tr("Items funded"), canvas.integer(plan.itemsFunded)}
        << Figure{IoText::tr("Money committed"), canvas.money(plan.cost)}
        << Figure{IoText::tr("Budget left"), canvas.money(plan.budgetLeft)}
        << Figure{IoText::tr("Jobs restored"), canvas.integer(plan.jobs)};
    if (report.other) {
        const qint64 gain = policy ? report.other->jobs - plan.jobs : plan.jobs - report.other->jobs;
        out << Figure{IoText::tr("More jobs with max-jobs"), canvas.integer(gain)};
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

    QList<Figure> heading{{IoText::tr("Province"), provinceName(content)},
                          {IoText::tr("As of"), canvas.date(asOf(content))},
                          {IoText::tr("Scenario"), QString::fromStdString(canvas.report().scenario.name)}};
    if (!content.userName.isEmpty())
        heading << Figure{IoText::tr("Prepared by"), content.userName};
    y = paintFigures(canvas, heading, y);
    QPainter& p = canvas.painter();
    p.setPen(QPen(QColor(0x1f, 0x3a, 0x5f), 0.8));
    p.drawLine(QPointF(0, y + 4), QPointF(width, y + 4));
    y += 10;

    const QFont section = canvas.font(11, true);
    const double sectionHeight = canvas.lineHeight(section) * 1.4;
    canvas.text(canvas.visual(QRectF(0, y, width, sectionHeight)), IoText::tr("Summary"), section);
    y += sectionHeight;
    y = paintFigures(canvas, summaryFigures(canvas), y) + 8;
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
