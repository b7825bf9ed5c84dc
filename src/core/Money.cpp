#include "Money.h"

#include "PersianText.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>
#include <limits>

namespace ehya {

namespace {

struct UnitInfo
{
    MoneyUnit unit;
    qint64 rials;
    int exponent; // rials == 10^exponent
    const char* key;
    const char* label; // translation source, context "ehya::Money"
};

constexpr std::array<UnitInfo, 5> kUnits = {{
    {MoneyUnit::Rial, 1, 0, "rial", QT_TRANSLATE_NOOP("ehya::Money", "rial")},
    {MoneyUnit::Toman, 10, 1, "toman", QT_TRANSLATE_NOOP("ehya::Money", "toman")},
    {MoneyUnit::MillionRial, 1'000'000, 6, "million_rial", QT_TRANSLATE_NOOP("ehya::Money", "million rial")},
    {MoneyUnit::BillionRial, 1'000'000'000, 9, "billion_rial",
     QT_TRANSLATE_NOOP("ehya::Money", "billion rial")},
    {MoneyUnit::BillionToman, 10'000'000'000, 10, "billion_toman",
     QT_TRANSLATE_NOOP("ehya::Money", "billion toman")},
}};

const UnitInfo& info(MoneyUnit unit)
{
    for (const auto& entry : kUnits) {
        if (entry.unit == unit)
            return entry;
    }
    return kUnits.front();
}

qint64 powerOfTen(int exponent)
{
    qint64 value = 1;
    for (int i = 0; i < exponent; ++i)
        value *= 10;
    return value;
}

} // namespace

qint64 rialsPer(MoneyUnit unit)
{
    return info(unit).rials;
}

QString moneyUnitKey(MoneyUnit unit)
{
    return QString::fromLatin1(info(unit).key);
}

std::optional<MoneyUnit> moneyUnitFromKey(const QString& key)
{
    const QString wanted = key.trimmed().toLower();
    for (const auto& entry : kUnits) {
        if (wanted == QLatin1String(entry.key))
            return entry.unit;
    }
    return std::nullopt;
}

QString moneyUnitLabel(MoneyUnit unit)
{
    return QCoreApplication::translate("ehya::Money", info(unit).label);
}

QString formatMoney(Rials rials, const MoneyFormat& format)
{
    const UnitInfo& unit = info(format.unit);
    const bool negative = rials < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(rials) : quint64(rials);
    const quint64 perUnit = quint64(unit.rials);
    quint64 whole = magnitude / perUnit;
    const quint64 rest = magnitude % perUnit;

    const int places = format.decimals < 0 ? 3 : qMin(format.decimals, 10);
    const quint64 scale = quint64(powerOfTen(places));
    quint64 fraction = 0;
    if (perUnit <= scale) {
        fraction = rest * (scale / perUnit);
    } else {
        const quint64 divisor = perUnit / scale;
        fraction = (rest + divisor / 2) / divisor; // half up
    }
    if (fraction >= scale) {
        fraction -= scale;
        ++whole;
    }

    QString fractionText;
    if (places > 0) {
        fractionText = QStringLiteral("%1").arg(fraction, places, 10, QLatin1Char('0'));
        if (format.decimals < 0) {
            while (fractionText.endsWith(QLatin1Char('0')))
                fractionText.chop(1);
        }
    }

    QString text;
    if (whole <= quint64(std::numeric_limits<qint64>::max())) {
        text = formatInteger(qint64(whole), format.digits, format.grouping);
    } else { // only the minimum qint64 in rials: its magnitude is one more than the maximum
        text = formatInteger(std::numeric_limits<qint64>::min(), format.digits, format.grouping).mid(1);
    }
    if (!fractionText.isEmpty()) {
        text += format.digits == Digits::Persian ? QChar(0x066B) : QLatin1Char('.');
        text += withDigits(fractionText, format.digits);
    }
    const bool zero = whole == 0 && fractionText.count(QLatin1Char('0')) == fractionText.size();
    if (negative && !zero)
        text.prepend(QLatin1Char('-'));
    if (format.withUnit)
        text += QLatin1Char(' ') + moneyUnitLabel(format.unit);
    return text;
}

namespace {

bool isGroupSeparator(QChar c)
{
    const char16_t u = c.unicode();
    return u == u',' || u == 0x060C /* ، */ || u == 0x066C || u == u' ' || u == u'\'' || u == 0x00A0 ||
           u == 0x202F || u == 0x2009 || u == 0x2019;
}

bool isDecimalPoint(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'.' || u == u'/' || u == 0x066B;
}

bool isNumberChar(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || isGroupSeparator(c) || isDecimalPoint(c);
}

// The power of ten of a unit word ("میلیارد تومان" → 10, "toman" → 1), or -1 when not a unit.
int unitExponent(const QString& words)
{
    QString key = searchKey(words);
    key.remove(QLatin1Char('.'));
    if (key.isEmpty())
        return -1;
    if (key == QStringLiteral("همت")) // هزار میلیارد تومان
        return 13;
    QStringList parts = key.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString currency = parts.takeLast();
    int exponent = 0;
    if (currency == QStringLiteral("ریال") || currency == QLatin1String("rial") ||
        currency == QLatin1String("rials") || currency == QLatin1String("irr")) {
        exponent = 0;
    } else if (currency == QStringLiteral("تومان") || currency == QStringLiteral("تومن") ||
               currency == QLatin1String("toman") || currency == QLatin1String("tomans") ||
               currency == QLatin1String("tmn")) {
        exponent = 1;
    } else {
        return -1;
    }
    for (const QString& word : parts) {
        if (word == QStringLiteral("هزار") || word == QLatin1String("thousand") || word == QLatin1String("k"))
            exponent += 3;
        else if (word == QStringLiteral("میلیون") || word == QStringLiteral("ملیون") ||
                 word == QLatin1String("million") || word == QLatin1String("m") ||
                 word == QLatin1String("mn"))
            exponent += 6;
        else if (word == QStringLiteral("میلیارد") || word == QStringLiteral("ملیارد") ||
                 word == QLatin1String("billion") || word == QLatin1String("b") ||
                 word == QLatin1String("bn"))
            exponent += 9;
        else if (word == QLatin1String("trillion") || word == QLatin1String("t"))
            exponent += 12;
        else
            return -1;
    }
    return exponent;
}

// Digits of the whole part with thousands separators checked and removed: "12,500" → "12500";
// "1,2345" → "" (misplaced separator).
QString ungroup(const QString& whole, bool* misplaced)
{
    QStringList groups;
    QString current;
    for (const QChar c : whole) {
        if (isGroupSeparator(c)) {
            groups.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    groups.append(current);
    *misplaced = false;
    if (groups.size() > 1) {
        if (groups.front().isEmpty() || groups.front().size() > 3)
            *misplaced = true;
        for (qsizetype i = 1; i < groups.size(); ++i) {
            if (groups.at(i).size() != 3)
                *misplaced = true;
        }
    }
    return groups.join(QString());
}

} // namespace

std::optional<Rials> parseMoney(const QString& text, MoneyUnit defaultUnit, QString* error,
                                bool allowNegative)
{
    const QString shown = text.trimmed();
    const auto fail = [error](const QString& message) -> std::optional<Rials> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    QString rest = toLatinDigits(shown);
    if (rest.isEmpty())
        return fail(QCoreApplication::translate("ehya::Money", "No amount was given."));

    bool negative = false;
    if (rest.startsWith(QLatin1Char('-')) || rest.startsWith(QChar(0x2212))) {
        negative = true;
        rest = rest.mid(1).trimmed();
    } else if (rest.startsWith(QLatin1Char('+'))) {
        rest = rest.mid(1).trimmed();
    }

    qsizetype end = 0;
    while (end < rest.size() && isNumberChar(rest.at(end)))
        ++end;
    QString number = rest.left(end).trimmed();
    const QString unitWords = rest.mid(end).trimmed();
    // The number must end in a digit ("12, toman" and "12." are not amounts).
    if (number.isEmpty() || !number.back().isDigit())
        return fail(QCoreApplication::translate(
                        "ehya::Money",
                        "\"%1\" is not an amount of money; write a number such as 12.5 or 1,250,000, "
                        "optionally followed by a unit such as \"billion toman\".")
                        .arg(shown));

    int exponent = info(defaultUnit).exponent;
    if (!unitWords.isEmpty()) {
        exponent = unitExponent(unitWords);
        if (exponent < 0)
            return fail(QCoreApplication::translate(
                            "ehya::Money",
                            "\"%1\" is not a unit of money; use rial, toman, million rial, billion rial "
                            "or billion toman.")
                            .arg(unitWords));
    }

    QString whole = number;
    QString fraction;
    qsizetype point = -1;
    for (qsizetype i = 0; i < number.size(); ++i) {
        if (!isDecimalPoint(number.at(i)))
            continue;
        if (point >= 0)
            return fail(QCoreApplication::translate("ehya::Money", "\"%1\" has more than one decimal point.")
                            .arg(shown));
        point = i;
    }
    if (point >= 0) {
        whole = number.left(point);
        fraction = number.mid(point + 1);
        if (fraction.isEmpty() || !fraction.front().isDigit())
            return fail(
                QCoreApplication::translate("ehya::Money", "\"%1\" has no digits after its decimal point.")
                    .arg(shown));
        for (const QChar c : std::as_const(fraction)) {
            if (!c.isDigit())
                return fail(QCoreApplication::translate(
                                "ehya::Money", "\"%1\" has a thousands separator after its decimal point.")
                                .arg(shown));
        }
    }
    bool misplaced = false;
    whole = ungroup(whole.trimmed(), &misplaced);
    if (misplaced)
        return fail(QCoreApplication::translate(
                        "ehya::Money",
                        "The thousands separators of \"%1\" are misplaced; digits are grouped by three, "
                        "as in 1,250,000.")
                        .arg(shown));
    if (whole.isEmpty())
        whole = QStringLiteral("0");

    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (fraction.size() > exponent)
        return fail(QCoreApplication::translate("ehya::Money", "\"%1\" is more precise than a whole rial.")
                        .arg(shown));

    bool ok = false;
    const qint64 wholeValue = whole.toLongLong(&ok);
    const qint64 fractionValue = fraction.isEmpty() ? 0 : fraction.toLongLong(&ok);
    const auto tooLarge = [&] {
        return fail(QCoreApplication::translate("ehya::Money", "\"%1\" is too large an amount.").arg(shown));
    };
    if (!ok)
        return tooLarge();
    qint64 rials = 0;
    if (__builtin_mul_overflow(wholeValue, powerOfTen(exponent), &rials))
        return tooLarge();
    const qint64 fractionRials = fractionValue * powerOfTen(exponent - int(fraction.size()));
    if (__builtin_add_overflow(rials, fractionRials, &rials))
        return tooLarge();

    if (negative && rials != 0) {
        if (!allowNegative)
            return fail(
                QCoreApplication::translate(
                    "ehya::Money", "\"%1\" is negative; an amount of money here cannot be below zero.")
                    .arg(shown));
        rials = -rials;
    }
    return rials;
}

} // namespace ehya
