#include "CoreTestSupport.h"

#include "core/Clock.h"
#include "core/Dates.h"

using namespace ehya;
using namespace Qt::StringLiterals;

TEST_CASE("Jalali leap years", "[core][dates]")
{
    CHECK(isJalaliLeapYear(1403));
    CHECK_FALSE(isJalaliLeapYear(1402));
    CHECK(isJalaliLeapYear(1399));
    CHECK(fromJalali(1403, 12, 30).isValid());
    CHECK_FALSE(fromJalali(1402, 12, 30).isValid());
    CHECK_FALSE(fromJalali(1402, 13, 1).isValid());
    CHECK_FALSE(fromJalali(1402, 7, 31).isValid()); // the second half-year has 30-day months
    CHECK(fromJalali(1402, 6, 31).isValid());
}

TEST_CASE("Jalali to Gregorian at known dates", "[core][dates]")
{
    CHECK(fromJalali(1403, 1, 1) == QDate(2024, 3, 20));
    CHECK(fromJalali(1402, 1, 1) == QDate(2023, 3, 21));
    CHECK(fromJalali(1403, 12, 30) == QDate(2025, 3, 20));
    const JalaliYmd ymd = toJalali(QDate(2023, 8, 1));
    CHECK(ymd.year == 1402);
    CHECK(ymd.month == 5);
    CHECK(ymd.day == 10);
    CHECK(toJalali(QDate()).year == 0);
}

TEST_CASE("formatting dates", "[core][dates]")
{
    const QDate date(2024, 4, 3);
    CHECK(formatJalali(date) == u"1403/01/15"_s);
    CHECK(formatJalali(date, Digits::Persian) == u"۱۴۰۳/۰۱/۱۵"_s);
    CHECK(formatDate(date, CalendarKind::Gregorian, Digits::Latin) == u"2024-04-03"_s);
    CHECK(formatDate(date, CalendarKind::Jalali, Digits::Latin) == u"1403/01/15"_s);
    CHECK(isoDate(date) == u"2024-04-03"_s);
    CHECK(formatJalali(QDate()).isEmpty());
    CHECK(isoDate(QDate()).isEmpty());
    CHECK(formatDate(QDate(), CalendarKind::Gregorian, Digits::Persian).isEmpty());
}

TEST_CASE("parsing Jalali dates in every digit set", "[core][dates]")
{
    const QDate expected(2023, 8, 1);
    CHECK(parseDate(u"1402/05/10"_s) == expected);
    CHECK(parseDate(u"۱۴۰۲/۰۵/۱۰"_s) == expected);
    CHECK(parseDate(u"١٤٠٢/٠٥/١٠"_s) == expected);
    CHECK(parseDate(u"1402-5-10"_s) == expected);
    CHECK(parseDate(u"1402.05.10"_s) == expected);
    CHECK(parseDate(u" 1402/5/10 "_s) == expected);
    CHECK(parseDate(u"1403/12/30"_s) == QDate(2025, 3, 20));
}

TEST_CASE("parsing Gregorian dates", "[core][dates]")
{
    CHECK(parseDate(u"2023-08-01"_s) == QDate(2023, 8, 1));
    CHECK(parseDate(u"2024/2/29"_s) == QDate(2024, 2, 29));
    CHECK(parseDate(u"۲۰۲۳-۰۸-۰۱"_s) == QDate(2023, 8, 1));
}

TEST_CASE("impossible dates are rejected with a reason", "[core][dates]")
{
    QString error;
    CHECK_FALSE(parseDate(u"1402/12/30"_s, &error));
    CHECK(error.contains(u"1402"_s));
    CHECK(error.contains(u"leap"_s));

    error.clear();
    CHECK_FALSE(parseDate(u"2023-02-30"_s, &error));
    CHECK(error.contains(u"2023-02-30"_s));
    CHECK(error.contains(u"28"_s));

    error.clear();
    CHECK_FALSE(parseDate(u"1402/07/31"_s, &error));
    CHECK(error.contains(u"30"_s));

    error.clear();
    CHECK_FALSE(parseDate(u"1402/13/01"_s, &error));
    CHECK(error.contains(u"13"_s));

    error.clear();
    CHECK_FALSE(parseDate(u"2023-00-10"_s, &error));
    CHECK_FALSE(error.isEmpty());

    error.clear();
    CHECK_FALSE(parseDate(u"1402/05/00"_s, &error));
    CHECK_FALSE(error.isEmpty());

    error.clear();
    CHECK_FALSE(parseDate(u"02/05/10"_s, &error)); // two-digit years are ambiguous
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("empty and garbage dates", "[core][dates]")
{
    QString error;
    CHECK_FALSE(parseDate(QString(), &error));
    CHECK(error == u"empty"_s);
    error.clear();
    CHECK_FALSE(parseDate(u"   "_s, &error));
    CHECK(error == u"empty"_s);

    for (const QString& garbage : {u"tomorrow"_s, u"1402/05"_s, u"1402/05/10/3"_s, u"۱۴۰۲ مرداد ۱۰"_s,
                                   u"1402/05/10x"_s, u"12345/01/01"_s, u"%2/%1/%3"_s}) {
        INFO(garbage.toStdString());
        error.clear();
        CHECK_FALSE(parseDate(garbage, &error));
        CHECK_FALSE(error.isEmpty());
        CHECK(error != u"empty"_s);
        CHECK(error.contains(garbage.trimmed())); // the message quotes what was typed
    }
    CHECK_FALSE(parseDate(u"garbage"_s)); // no error pointer: must not crash
}

TEST_CASE("every day of 1390..1410 survives format and parse", "[core][dates]")
{
    const QDate first = fromJalali(1390, 1, 1);
    const QDate last = fromJalali(1410, 12, isJalaliLeapYear(1410) ? 30 : 29);
    REQUIRE(first.isValid());
    REQUIRE(last.isValid());
    int days = 0;
    int previousDay = 0;
    for (QDate date = first; date <= last; date = date.addDays(1), ++days) {
        const QString latin = formatJalali(date);
        const QString persian = formatJalali(date, Digits::Persian);
        const auto back = parseDate(latin);
        const auto backPersian = parseDate(persian);
        const JalaliYmd ymd = toJalali(date);
        if (back != date || backPersian != date || fromJalali(ymd.year, ymd.month, ymd.day) != date) {
            FAIL("round trip failed for " << date.toString(Qt::ISODate).toStdString() << " shown as "
                                          << latin.toStdString());
        }
        // Days advance by one, or restart at 1 on a new month.
        if (ymd.day != previousDay + 1 && ymd.day != 1)
            FAIL("day sequence broken at " << latin.toStdString());
        previousDay = ymd.day;
        if (parseDate(isoDate(date)) != date)
            FAIL("ISO round trip failed for " << isoDate(date).toStdString());
    }
    CHECK(days == first.daysTo(last) + 1);
    CHECK(days > 365 * 21);
}

TEST_CASE("the system clock is one shared object; a fixed clock is injectable", "[core][clock]")
{
    CHECK(&Clock::system() == &Clock::system());
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QDateTime now = Clock::system().nowUtc();
    CHECK(now >= before);
    CHECK(now.secsTo(QDateTime::currentDateTimeUtc()) < 60);

    FixedClock fixed(QDateTime(QDate(2024, 3, 20), QTime(12, 0), Qt::UTC));
    const Clock& clock = fixed;
    CHECK(clock.nowUtc() == QDateTime(QDate(2024, 3, 20), QTime(12, 0), Qt::UTC));
    CHECK(formatJalali(clock.nowUtc().date()) == u"1403/01/01"_s);
    fixed.set(QDateTime(QDate(2025, 3, 20), QTime(12, 0), Qt::UTC));
    CHECK(formatJalali(clock.nowUtc().date()) == u"1403/12/30"_s);
}
