// The report's canvas (ReportCanvas.h): the painter in points, in the report's language.
#include "ReportCanvas.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QTextLayout>
#include <QTextOption>

#include <cstdlib>

namespace ehya::io::report {

using namespace Qt::StringLiterals;

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
    Qt::Alignment horizontal = Qt::AlignHCenter;
    if (align == Align::Leading)
        horizontal = m_rtl ? Qt::AlignRight : Qt::AlignLeft;
    else if (align == Align::Trailing)
        horizontal = m_rtl ? Qt::AlignLeft : Qt::AlignRight;
    const Qt::LayoutDirection direction = m_rtl ? Qt::RightToLeft : Qt::LeftToRight;
    m_painter.setFont(font);
    m_painter.setPen(color);
    if (text.isEmpty())
        return;

    // Shaping is most of a report's time (bench/README.md, bench_report): the text is shaped once,
    // and its line says whether it fits. Only text that does not fit is elided and drawn by
    // QPainter::drawText, which would shape it again. The rest is laid out and placed as drawText
    // places a single line (qt_format_text): the painter's font, the natural width, centred
    // vertically.
    QTextLayout layout(text, m_painter.font());
    QTextOption option(Qt::AlignLeft);
    option.setTextDirection(direction);
    option.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(0x01000000);
    line.setPosition(QPointF(0, 0));
    layout.endLayout();

    const double width = line.naturalTextWidth();
    if (width > rect.width()) {
        QTextOption elided(horizontal | Qt::AlignAbsolute | Qt::AlignVCenter);
        elided.setTextDirection(direction);
        elided.setWrapMode(QTextOption::NoWrap);
        m_painter.drawText(rect, QFontMetricsF(font).elidedText(text, Qt::ElideRight, rect.width()), elided);
        return;
    }
    const double height = line.ascent() + line.descent();
    const double top = rect.y() + (rect.height() - height) / 2;
    const double advance = line.horizontalAdvance();
    double x = rect.x();
    if (horizontal & Qt::AlignRight)
        x += rect.width() - advance;
    else if (horizontal & Qt::AlignHCenter)
        x += (rect.width() - advance) / 2;
    // drawText's test for a clip: the natural width placed as the alignment places it.
    double boundsX = rect.x();
    if (horizontal & Qt::AlignRight)
        boundsX += rect.width() - width;
    else if (horizontal & Qt::AlignHCenter)
        boundsX += (rect.width() - width) / 2;
    const bool inside = rect.contains(QRectF(boundsX, top, width, height));
    if (!inside) { // as drawText: clipped to its rectangle
        m_painter.save();
        m_painter.setClipRect(rect, Qt::IntersectClip);
    }
    line.draw(&m_painter, QPointF(x, top));
    if (!inside)
        m_painter.restore();
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
    return formatFixed(value, decimals, m_content.digits);
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
    // A chart's label: one decimal in the billion units (as the dashboard shows), whole otherwise.
    const MoneyUnit unit = m_content.moneyUnit;
    int places = unit == MoneyUnit::BillionToman || unit == MoneyUnit::BillionRial ? 1 : 0;
    if (places == 1 && rials != 0 && std::llabs(rials) * 20 < rialsPer(unit))
        places = -1; // under 0.05: as many decimals as it takes (up to 3), never a "0.0" over a bar
    return formatMoney(rials, {unit, m_content.digits, places, false, true});
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

} // namespace ehya::io::report
