#include "Digits.h"

#include <cmath>

namespace ehya {

namespace {

constexpr char16_t kPersianZero = 0x06F0;
constexpr char16_t kArabicZero = 0x0660;
constexpr char16_t kArabicDecimal = 0x066B;
constexpr char16_t kArabicThousands = 0x066C;

} // namespace

QString toLatinDigits(const QString& text)
{
    QString out = text;
    for (QChar& c : out) {
        const char16_t u = c.unicode();
        if (u >= kPersianZero && u <= kPersianZero + 9)
            c = QChar(u'0' + (u - kPersianZero));
        else if (u >= kArabicZero && u <= kArabicZero + 9)
            c = QChar(u'0' + (u - kArabicZero));
        else if (u == kArabicDecimal)
            c = QLatin1Char('.');
        else if (u == kArabicThousands)
            c = QLatin1Char(',');
    }
    return out;
}

QString toPersianDigits(const QString& text)
{
    QString out = text;
    for (QChar& c : out) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9')
            c = QChar(kPersianZero + (u - u'0'));
        else if (u >= kArabicZero && u <= kArabicZero + 9)
            c = QChar(kPersianZero + (u - kArabicZero));
    }
    return out;
}

QString withDigits(const QString& latinText, Digits digits)
{
    return digits == Digits::Persian ? toPersianDigits(latinText) : latinText;
}

namespace {

// Groups a string of Latin digits by threes with `separator`.
QString groupDigits(const QString& digitsOnly, QChar separator)
{
    QString out;
    out.reserve(digitsOnly.size() + digitsOnly.size() / 3);
    const qsizetype n = digitsOnly.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0)
            out.append(separator);
        out.append(digitsOnly.at(i));
    }
    return out;
}

QString localise(const QString& latinNumber, Digits digits)
{
    if (digits == Digits::Latin)
        return latinNumber;
    QString out = toPersianDigits(latinNumber);
    for (QChar& c : out) {
        if (c == QLatin1Char(','))
            c = QChar(kArabicThousands);
        else if (c == QLatin1Char('.'))
            c = QChar(kArabicDecimal);
    }
    return out;
}

} // namespace

QString formatInteger(qint64 value, Digits digits, bool grouping)
{
    const bool negative = value < 0;
    // Magnitude as unsigned so that the minimum qint64 works too.
    const quint64 magnitude = negative ? quint64(0) - quint64(value) : quint64(value);
    QString body = QString::number(magnitude);
    if (grouping)
        body = groupDigits(body, QLatin1Char(','));
    if (negative)
        body.prepend(QLatin1Char('-'));
    return localise(body, digits);
}

QString formatFixed(double value, int decimals, Digits digits)
{
    if (!std::isfinite(value))
        return {};
    QString text = QString::number(value, 'f', qBound(0, decimals, 9));
    if (text.startsWith(QLatin1Char('-')) && text.toDouble() == 0)
        text.remove(0, 1); // no "-0.0"
    return localise(text, digits);
}

QString formatDecimal(double value, int decimals, Digits digits)
{
    if (!std::isfinite(value))
        return {};
    decimals = qBound(0, decimals, 9);
    QString text = QString::number(value, 'f', decimals);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    if (text == QLatin1String("-0"))
        text = QStringLiteral("0");
    return localise(text, digits);
}

} // namespace ehya
