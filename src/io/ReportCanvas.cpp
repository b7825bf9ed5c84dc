// The report's canvas (ReportCanvas.h): the painter in points, in the report's language.
#include "ReportCanvas.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QTextOption>

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

} // namespace ehya::io::report
