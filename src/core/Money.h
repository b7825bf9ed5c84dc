#pragma once

#include "Digits.h"
#include "Records.h"

#include <QString>

#include <optional>

// Money is whole rials in 64 bits. Officers speak in toman (10 rials), million or billion rials
// and, most of all, billion toman (10^10 rials).
namespace ehya {

enum class MoneyUnit { Rial, Toman, MillionRial, BillionRial, BillionToman };

// How many rials one of the unit is (1, 10, 10^6, 10^9, 10^10).
qint64 rialsPer(MoneyUnit unit);
QString moneyUnitKey(MoneyUnit unit); // "rial", "toman", "million_rial", ...
std::optional<MoneyUnit> moneyUnitFromKey(const QString& key);
QString moneyUnitLabel(MoneyUnit unit); // translated: "billion toman" / "میلیارد تومان"

struct MoneyFormat
{
    MoneyUnit unit = MoneyUnit::BillionToman;
    Digits digits = Digits::Latin;
    int decimals = -1;    // -1: as many as needed, at most 3, trailing zeros dropped
    bool withUnit = true; // append the unit label
    bool grouping = true; // thousands separators (U+066C with Persian digits, ',' with Latin)
};

// 1,250,000,000,000 rials in BillionToman → "125 billion toman" (or "۱۲۵ میلیارد تومان").
QString formatMoney(Rials rials, const MoneyFormat& format);

// Parses an amount typed by a person. Accepts Persian, Arabic-Indic or Latin digits, thousands
// separators (',', '٬', '،', U+066C, spaces), a decimal point ('.', '/', U+066B) and an optional
// unit word after the number, in Persian or English ("میلیارد تومان", "billion toman", "ریال",
// "toman", "B toman" ...). Without a unit word, `defaultUnit` applies. Rejects negatives unless
// allowNegative, overflow, and more precision than a whole rial. On failure returns nullopt and,
// when error is given, a sentence saying why.
std::optional<Rials> parseMoney(const QString& text, MoneyUnit defaultUnit, QString* error = nullptr,
                                bool allowNegative = false);

} // namespace ehya
