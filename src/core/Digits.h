#pragma once

#include <QString>

namespace ehya {

enum class Digits { Latin, Persian };

// Persian (U+06F0..), Arabic-Indic (U+0660..) and Latin digits all become Latin; also U+066B
// (Arabic decimal separator) becomes '.', U+066C (thousands separator) becomes ','.
QString toLatinDigits(const QString& text);
QString toPersianDigits(const QString& text); // Latin and Arabic-Indic digits become Persian
QString withDigits(const QString& latinText, Digits digits);

// A whole number with grouping: 1610 → "1,610" (Latin) or "۱٬۶۱۰" (Persian, U+066C).
QString formatInteger(qint64 value, Digits digits, bool grouping = true);
// A decimal with at most `decimals` places, trailing zeros dropped: 74.9 → "74.9" / "۷۴٫۹".
QString formatDecimal(double value, int decimals, Digits digits);
// Exactly `decimals` decimals, trailing zeros kept, so that a column of numbers lines up: "4.50".
QString formatFixed(double value, int decimals, Digits digits);

} // namespace ehya
