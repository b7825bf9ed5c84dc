#include "CoreTestSupport.h"

#include "core/Money.h"

#include <limits>

using namespace ehya;
using namespace Qt::StringLiterals;

namespace {

const MoneyUnit kAllUnits[] = {MoneyUnit::Rial, MoneyUnit::Toman, MoneyUnit::MillionRial,
                               MoneyUnit::BillionRial, MoneyUnit::BillionToman};

MoneyFormat numberOnly(MoneyUnit unit, Digits digits = Digits::Latin)
{
    MoneyFormat format;
    format.unit = unit;
    format.digits = digits;
    format.withUnit = false;
    return format;
}

} // namespace

TEST_CASE("money units", "[core][money]")
{
    CHECK(rialsPer(MoneyUnit::Rial) == 1);
    CHECK(rialsPer(MoneyUnit::Toman) == 10);
    CHECK(rialsPer(MoneyUnit::MillionRial) == 1'000'000);
    CHECK(rialsPer(MoneyUnit::BillionRial) == 1'000'000'000);
    CHECK(rialsPer(MoneyUnit::BillionToman) == 10'000'000'000);
    for (const MoneyUnit unit : kAllUnits) {
        CHECK(moneyUnitFromKey(moneyUnitKey(unit)) == unit);
        CHECK_FALSE(moneyUnitLabel(unit).isEmpty());
    }
    CHECK(moneyUnitKey(MoneyUnit::BillionToman) == u"billion_toman"_s);
    CHECK_FALSE(moneyUnitFromKey(u"dollar"_s));
}

TEST_CASE("formatMoney in billion toman", "[core][money]")
{
    const MoneyFormat latin{};
    CHECK(formatMoney(65'000'000'000'000, latin) == u"6,500 billion toman"_s);
    CHECK(formatMoney(1'250'000'000'000, latin) == u"125 billion toman"_s);
    CHECK(formatMoney(65'000'000'000'000, numberOnly(MoneyUnit::BillionToman, Digits::Persian)) ==
          u"۶٬۵۰۰"_s);
    const QString persian =
        formatMoney(65'000'000'000'000, MoneyFormat{MoneyUnit::BillionToman, Digits::Persian});
    CHECK(persian.startsWith(u"۶٬۵۰۰ "_s));
    CHECK(persian.endsWith(moneyUnitLabel(MoneyUnit::BillionToman)));
}

TEST_CASE("formatMoney decimals, rounding and grouping", "[core][money]")
{
    const MoneyFormat bt = numberOnly(MoneyUnit::BillionToman);
    CHECK(formatMoney(125'000'000'000, bt) == u"12.5"_s);
    CHECK(formatMoney(125'000'000'000, numberOnly(MoneyUnit::BillionToman, Digits::Persian)) == u"۱۲٫۵"_s);
    CHECK(formatMoney(12'345'670'000, bt) == u"1.235"_s); // at most 3 places, rounded half up
    CHECK(formatMoney(12'344'990'000, bt) == u"1.234"_s);
    CHECK(formatMoney(19'999'999'999, bt) == u"2"_s); // rounding carries into the whole part
    CHECK(formatMoney(0, bt) == u"0"_s);
    CHECK(formatMoney(-125'000'000'000, bt) == u"-12.5"_s);
    CHECK(formatMoney(-1, bt) == u"0"_s); // no "-0"

    MoneyFormat fixed = bt;
    fixed.decimals = 2;
    CHECK(formatMoney(125'000'000'000, fixed) == u"12.50"_s);
    fixed.decimals = 0;
    CHECK(formatMoney(125'000'000'000, fixed) == u"13"_s);

    MoneyFormat rial = numberOnly(MoneyUnit::Rial);
    CHECK(formatMoney(1'234'567, rial) == u"1,234,567"_s);
    rial.grouping = false;
    CHECK(formatMoney(1'234'567, rial) == u"1234567"_s);
    CHECK(formatMoney(std::numeric_limits<qint64>::min(), numberOnly(MoneyUnit::Rial)) ==
          u"-9,223,372,036,854,775,808"_s);
    CHECK(formatMoney(15, numberOnly(MoneyUnit::Toman)) == u"1.5"_s);
    CHECK(formatMoney(2'500'000, numberOnly(MoneyUnit::MillionRial)) == u"2.5"_s);
    CHECK(formatMoney(7'000'000'000, numberOnly(MoneyUnit::BillionRial)) == u"7"_s);
}

TEST_CASE("formatMoney with the unit in English", "[core][money]")
{
    MoneyFormat format;
    format.unit = MoneyUnit::Rial;
    CHECK(formatMoney(1200, format) == u"1,200 rial"_s);
    format.unit = MoneyUnit::Toman;
    CHECK(formatMoney(1200, format) == u"120 toman"_s);
    format.unit = MoneyUnit::MillionRial;
    CHECK(formatMoney(3'000'000, format) == u"3 million rial"_s);
    format.unit = MoneyUnit::BillionRial;
    CHECK(formatMoney(3'000'000'000, format) == u"3 billion rial"_s);
}

TEST_CASE("parseMoney: every unit word, Persian and English", "[core][money]")
{
    struct Case
    {
        QString text;
        Rials expected;
    };
    const Case cases[] = {
        {u"1200 ریال"_s, 1200},
        {u"1200 rial"_s, 1200},
        {u"1200 Rials"_s, 1200},
        {u"120 تومان"_s, 1200},
        {u"120 toman"_s, 1200},
        {u"3 میلیون ریال"_s, 3'000'000},
        {u"3 million rial"_s, 3'000'000},
        {u"3 ميليون ريال"_s, 3'000'000}, // Arabic yeh
        {u"3 میلیارد ریال"_s, 3'000'000'000},
        {u"3 billion rials"_s, 3'000'000'000},
        {u"3 میلیارد تومان"_s, 30'000'000'000},
        {u"3 billion toman"_s, 30'000'000'000},
        {u"3 B toman"_s, 30'000'000'000},
        {u"3میلیاردتومان"_s.replace(u"دت"_s, u"د ت"_s), 30'000'000'000},
        {u"5 هزار تومان"_s, 50'000},
        {u"5 thousand rial"_s, 5'000},
        {u"2 میلیون تومان"_s, 20'000'000},
        {u"1 همت"_s, 10'000'000'000'000},
    };
    for (const Case& c : cases) {
        INFO(c.text.toStdString());
        QString error;
        const auto rials = parseMoney(c.text, MoneyUnit::Rial, &error);
        CHECK(error.isEmpty());
        REQUIRE(rials);
        CHECK(*rials == c.expected);
    }
}

TEST_CASE("parseMoney: the default unit applies without a unit word", "[core][money]")
{
    CHECK(parseMoney(u"12"_s, MoneyUnit::Rial) == Rials(12));
    CHECK(parseMoney(u"12"_s, MoneyUnit::Toman) == Rials(120));
    CHECK(parseMoney(u"12"_s, MoneyUnit::MillionRial) == Rials(12'000'000));
    CHECK(parseMoney(u"12"_s, MoneyUnit::BillionRial) == Rials(12'000'000'000));
    CHECK(parseMoney(u"12"_s, MoneyUnit::BillionToman) == Rials(120'000'000'000));
    // A unit word overrides the default.
    CHECK(parseMoney(u"12 rial"_s, MoneyUnit::BillionToman) == Rials(12));
}

TEST_CASE("parseMoney: decimals and grouping in every digit set", "[core][money]")
{
    CHECK(parseMoney(u"12.5 billion toman"_s, MoneyUnit::Rial) == Rials(125'000'000'000));
    CHECK(parseMoney(u"۱۲٫۵ میلیارد تومان"_s, MoneyUnit::Rial) == Rials(125'000'000'000));
    CHECK(parseMoney(u"١٢٫٥ میلیارد تومان"_s, MoneyUnit::Rial) == Rials(125'000'000'000));
    CHECK(parseMoney(u"12/5"_s, MoneyUnit::BillionToman) == Rials(125'000'000'000)); // '/' as a point
    CHECK(parseMoney(u"1,250,000"_s, MoneyUnit::Rial) == Rials(1'250'000));
    CHECK(parseMoney(u"۱٬۲۵۰٬۰۰۰ ریال"_s, MoneyUnit::Toman) == Rials(1'250'000));
    CHECK(parseMoney(u"۱،۲۵۰،۰۰۰"_s, MoneyUnit::Rial) == Rials(1'250'000));
    CHECK(parseMoney(u"1 250 000 rial"_s, MoneyUnit::Toman) == Rials(1'250'000));
    CHECK(parseMoney(u"6,500.25 billion toman"_s, MoneyUnit::Rial) == Rials(65'002'500'000'000));
    CHECK(parseMoney(u"0.0000000001 billion toman"_s, MoneyUnit::Rial) == Rials(1));
    CHECK(parseMoney(u"12.50 toman"_s, MoneyUnit::Rial) == Rials(125)); // trailing zero is not precision
    CHECK(parseMoney(u".5"_s, MoneyUnit::Toman) == Rials(5));
    CHECK(parseMoney(u"+7"_s, MoneyUnit::Rial) == Rials(7));
    CHECK(parseMoney(u"0"_s, MoneyUnit::Rial) == Rials(0));
    CHECK(parseMoney(u"-0"_s, MoneyUnit::Rial) == Rials(0));
}

TEST_CASE("parseMoney rejects with a message", "[core][money]")
{
    const auto rejects = [](const QString& text, MoneyUnit unit, const QString& mentioned) {
        INFO(text.toStdString());
        QString error;
        CHECK_FALSE(parseMoney(text, unit, &error));
        CHECK_FALSE(error.isEmpty());
        if (!mentioned.isEmpty())
            CHECK(error.contains(mentioned));
    };
    rejects(u"-5"_s, MoneyUnit::Rial, u"negative"_s);
    rejects(u"−5 تومان"_s, MoneyUnit::Rial, u"negative"_s); // U+2212 minus sign
    rejects(u"12.55"_s, MoneyUnit::Toman, u"precise"_s);    // 125 rials and a half
    rejects(u"1.5 rial"_s, MoneyUnit::BillionToman, u"precise"_s);
    rejects(u"0.00000000001 billion toman"_s, MoneyUnit::Rial, u"precise"_s);
    rejects(u"9,223,372,036,854,775,808"_s, MoneyUnit::Rial, u"too large"_s);
    rejects(u"922,337,204 billion toman"_s, MoneyUnit::Rial, u"too large"_s);
    rejects(u"99999999999999999999999"_s, MoneyUnit::Rial, u"too large"_s);
    rejects(u"abc"_s, MoneyUnit::Rial, u"abc"_s);
    rejects(u"12 dollars"_s, MoneyUnit::Rial, u"dollars"_s);
    rejects(u"12 billion"_s, MoneyUnit::Rial, u"billion"_s); // rial or toman?
    rejects(u"1.2.3"_s, MoneyUnit::Rial, u"decimal point"_s);
    rejects(u"1402/05/10"_s, MoneyUnit::Rial, QString());
    rejects(u"12,5"_s, MoneyUnit::Rial, u"separators"_s);
    rejects(u"1,2345"_s, MoneyUnit::Rial, u"separators"_s);
    rejects(u"12."_s, MoneyUnit::Rial, QString());
    rejects(u"tomans"_s, MoneyUnit::Rial, QString());
    rejects(QString(), MoneyUnit::Rial, QString());
    rejects(u"   "_s, MoneyUnit::Rial, QString());
    CHECK_FALSE(parseMoney(u"x"_s, MoneyUnit::Rial)); // without an error pointer
}

TEST_CASE("parseMoney allows negatives when asked", "[core][money]")
{
    CHECK(parseMoney(u"-5 toman"_s, MoneyUnit::Rial, nullptr, true) == Rials(-50));
    CHECK(parseMoney(u"-9,223,372,036,854,775,807"_s, MoneyUnit::Rial, nullptr, true) ==
          Rials(-std::numeric_limits<qint64>::max()));
    CHECK(parseMoney(u"9,223,372,036,854,775,807"_s, MoneyUnit::Rial) == std::numeric_limits<qint64>::max());
}

TEST_CASE("format then parse gives the amount back in every unit", "[core][money]")
{
    const Rials amounts[] = {0,
                             10,
                             1'000'000,
                             7'000'000'000,
                             125'000'000'000,
                             65'000'000'000'000,
                             1'230'000'000,
                             900'000'000'000'000'000};
    for (const MoneyUnit unit : kAllUnits) {
        for (const Digits digits : {Digits::Latin, Digits::Persian}) {
            for (const Rials amount : amounts) {
                MoneyFormat format = numberOnly(unit, digits);
                format.decimals = 10; // enough places for a rial in every unit
                const QString text = formatMoney(amount, format);
                INFO(text.toStdString());
                QString error;
                const auto back = parseMoney(text, unit, &error);
                CHECK(error.isEmpty());
                CHECK(back == amount);

                // With the English unit label, the unit word carries the unit.
                MoneyFormat english = format;
                english.withUnit = true;
                english.digits = Digits::Latin;
                const QString withUnit = formatMoney(amount, english);
                INFO(withUnit.toStdString());
                CHECK(parseMoney(withUnit, MoneyUnit::Rial) == amount);
            }
        }
    }
}
