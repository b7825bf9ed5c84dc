#include "NumberEdit.h"

#include <QRegularExpression>

#include <cmath>

namespace ehya::gui {

namespace {

// The number in Latin digits with '.' as the decimal point and no separators, or "" when the
// text is not a number.
QString normalized(const QString& text)
{
    QString latin = toLatinDigits(text.trimmed());
    QString out;
    out.reserve(latin.size());
    for (const QChar c : std::as_const(latin)) {
        if (c == QLatin1Char(',') || c == QChar(0x060C) || c.isSpace())
            continue; // thousands separators
        if (c == QLatin1Char('/'))
            out.append(QLatin1Char('.'));
        else if (c == QChar(0x2212) || c == QChar(0x2012)) // minus signs
            out.append(QLatin1Char('-'));
        else if (c == QChar(0x066A) || c == QLatin1Char('%'))
            continue;
        else
            out.append(c);
    }
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+(\\.[0-9]*)?$"));
    return number.match(out).hasMatch() ? out : QString();
}

} // namespace

NumberEdit::NumberEdit(QWidget* parent) : QLineEdit(parent)
{
    setAlignment(Qt::AlignRight | Qt::AlignAbsolute | Qt::AlignVCenter);
    connect(this, &QLineEdit::textChanged, this, &NumberEdit::valueChanged);
}

NumberEdit::~NumberEdit() = default;

void NumberEdit::setDecimals(int decimals)
{
    m_decimals = qMax(0, decimals);
}

void NumberEdit::setDigits(Digits digits)
{
    const std::optional<double> current = value();
    m_digits = digits;
    setPlaceholderText(withDigits(QStringLiteral("0"), digits));
    if (current && !text().isEmpty())
        setValue(*current);
}

void NumberEdit::setValue(double value)
{
    if (m_decimals == 0)
        setText(formatInteger(qint64(std::llround(value)), m_digits, false));
    else
        setText(formatDecimal(value, m_decimals, m_digits));
}

std::optional<double> NumberEdit::value() const
{
    if (text().trimmed().isEmpty())
        return 0.0;
    const QString n = normalized(text());
    if (n.isEmpty())
        return std::nullopt;
    const qsizetype point = n.indexOf(QLatin1Char('.'));
    if (point >= 0 && n.size() - point - 1 > m_decimals)
        return std::nullopt;
    bool ok = false;
    const double v = n.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

QString NumberEdit::inputError() const
{
    if (value())
        return {};
    const QString n = normalized(text());
    if (!n.isEmpty() && m_decimals == 0)
        return tr("Type a whole number.");
    if (!n.isEmpty())
        return m_decimals == 1 ? tr("Use at most one decimal place.")
                               : tr("Use at most %1 decimal places.").arg(m_decimals);
    return m_decimals == 0 ? tr("Type a whole number, e.g. 12.") : tr("Type a number, e.g. 45.5.");
}

} // namespace ehya::gui
