#include "CoreTestSupport.h"

#include "core/Digits.h"
#include "core/PersianText.h"

using namespace ehya;
using namespace Qt::StringLiterals;

TEST_CASE("normalizePersian folds Arabic letter forms to Persian", "[core][persian]")
{
    CHECK(normalizePersian(u"علي"_s) == u"علی"_s);         // Arabic yeh
    CHECK(normalizePersian(u"مصطفى"_s) == u"مصطفی"_s);     // alef maksura
    CHECK(normalizePersian(u"كارخانه"_s) == u"کارخانه"_s); // Arabic kaf
    CHECK(normalizePersian(u"مدرسة"_s) == u"مدرسه"_s);     // teh marbuta
    CHECK(normalizePersian(u"أحمد إمام آب"_s) == u"احمد امام اب"_s);
    CHECK(normalizePersian(u"مؤسسه"_s) == u"موسسه"_s);
    CHECK(normalizePersian(u"مسئول"_s) == u"مسیول"_s);
}

TEST_CASE("persianLetters fixes only the Arabic forms and keeps correct Persian spellings", "[core][persian]")
{
    CHECK(persianLetters(u"علي كارخانه مصطفى"_s) == u"علی کارخانه مصطفی"_s);
    CHECK(persianLetters(u"آذربایجان"_s) == u"آذربایجان"_s);
    CHECK(persianLetters(u"تأسیس مسئول مؤسسه"_s) == u"تأسیس مسئول مؤسسه"_s);
    CHECK(searchKey(persianLetters(u"آذربايجان"_s)) == searchKey(u"اذربایجان"_s));
}

TEST_CASE("normalizePersian drops diacritics and tatweel but keeps ZWNJ", "[core][persian]")
{
    CHECK(normalizePersian(u"صَنْعَتِ"_s) == u"صنعت"_s);
    CHECK(normalizePersian(u"محمّد"_s) == u"محمد"_s);
    CHECK(normalizePersian(u"کــارخانه"_s) == u"کارخانه"_s);
    CHECK(normalizePersian(u"فوراً"_s) == u"فورا"_s);
    const QString withZwnj = u"کارخانه\u200Cها"_s;
    CHECK(normalizePersian(withZwnj) == withZwnj);
    CHECK(normalizePersian(u"Plant 12"_s) == u"Plant 12"_s);
}

TEST_CASE("searchKey: ZWNJ, spaces and no space where an officer would see one word", "[core][persian]")
{
    const QString zwnj = searchKey(u"کارخانه\u200Cها"_s);
    CHECK(zwnj == searchKey(u"کارخانه ها"_s));
    CHECK(zwnj == searchKey(u"  کارخانه   ها "_s));
    CHECK(zwnj == searchKey(u"كارخانه\u00A0ها"_s));
    CHECK(zwnj == u"کارخانه ها"_s);
    CHECK(searchKey(u"كارخانه\u200Cي"_s) == searchKey(u"کارخانه ی"_s));
    // Joining the two words is a different spelling, not the same key.
    CHECK(searchKey(u"کارخانهها"_s) != zwnj);
}

TEST_CASE("searchKey folds digits, Latin case and trims", "[core][persian]")
{
    CHECK(searchKey(u"طرح ۱۲"_s) == u"طرح 12"_s);
    CHECK(searchKey(u"طرح ١٢"_s) == u"طرح 12"_s);
    CHECK(searchKey(u"  Under Construction "_s) == u"under construction"_s);
    CHECK(searchKey(u"UNDER_construction"_s) == searchKey(u"under_CONSTRUCTION"_s));
    CHECK(searchKey(u"\t\u200C"_s).isEmpty());
    CHECK(searchKey(QString()).isEmpty());
    CHECK(searchKey(u"ریال"_s) != searchKey(u"تومان"_s));
}

TEST_CASE("digit conversion", "[core][digits]")
{
    CHECK(toLatinDigits(u"۱۲۳۴۵۶۷۸۹۰"_s) == u"1234567890"_s);
    CHECK(toLatinDigits(u"١٢٣٤٥٦٧٨٩٠"_s) == u"1234567890"_s);
    CHECK(toLatinDigits(u"۱٬۲۵۰٫۵"_s) == u"1,250.5"_s);
    CHECK(toPersianDigits(u"1402/05/10"_s) == u"۱۴۰۲/۰۵/۱۰"_s);
    CHECK(toPersianDigits(u"١٢"_s) == u"۱۲"_s);
    CHECK(withDigits(u"12"_s, Digits::Latin) == u"12"_s);
    CHECK(withDigits(u"12"_s, Digits::Persian) == u"۱۲"_s);
}

TEST_CASE("formatInteger groups by three by hand", "[core][digits]")
{
    CHECK(formatInteger(0, Digits::Latin) == u"0"_s);
    CHECK(formatInteger(999, Digits::Latin) == u"999"_s);
    CHECK(formatInteger(1610, Digits::Latin) == u"1,610"_s);
    CHECK(formatInteger(1610, Digits::Persian) == u"۱٬۶۱۰"_s);
    CHECK(formatInteger(-1234567, Digits::Latin) == u"-1,234,567"_s);
    CHECK(formatInteger(1234567, Digits::Latin, false) == u"1234567"_s);
    CHECK(formatInteger(100000, Digits::Latin) == u"100,000"_s);
    CHECK(formatInteger(std::numeric_limits<qint64>::min(), Digits::Latin) ==
          u"-9,223,372,036,854,775,808"_s);
    CHECK(toLatinDigits(formatInteger(65'000'000'000'000, Digits::Persian)) == u"65,000,000,000,000"_s);
}

TEST_CASE("formatDecimal drops trailing zeros", "[core][digits]")
{
    CHECK(formatDecimal(74.9, 1, Digits::Latin) == u"74.9"_s);
    CHECK(formatDecimal(74.9, 1, Digits::Persian) == u"۷۴٫۹"_s);
    CHECK(formatDecimal(75.0, 1, Digits::Latin) == u"75"_s);
    CHECK(formatDecimal(12.126, 2, Digits::Latin) == u"12.13"_s);
    CHECK(formatDecimal(-0.04, 1, Digits::Latin) == u"0"_s);
    CHECK(formatDecimal(3.10, 3, Digits::Latin) == u"3.1"_s);
}

TEST_CASE("formatFixed keeps its decimals, so that a column lines up", "[core][digits]")
{
    CHECK(formatFixed(75.0, 1, Digits::Latin) == u"75.0"_s);
    CHECK(formatFixed(4.5, 2, Digits::Persian) == u"۴٫۵۰"_s);    // U+066B, the Arabic decimal point
    CHECK(formatFixed(1234.5, 1, Digits::Latin) == u"1234.5"_s); // no grouping
    CHECK(formatFixed(-0.04, 1, Digits::Latin) == u"0.0"_s);     // no "-0.0"
    CHECK(formatFixed(-2.5, 1, Digits::Latin) == u"-2.5"_s);
    CHECK(formatFixed(std::nan(""), 1, Digits::Latin).isEmpty());
}
