#include "Dates.h"

#include <QCalendar>
#include <QCoreApplication>
#include <QRegularExpression>

namespace ehya {

namespace {

const QCalendar& jalali()
{
    static const QCalendar calendar(QCalendar::System::Jalali);
    return calendar;
}

QString twoDigits(int value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

} // namespace

QString isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString formatJalali(const QDate& date, Digits digits)
{
    if (!date.isValid())
        return {};
    const JalaliYmd ymd = toJalali(date);
    const QString text =
        QStringLiteral("%1/%2/%3").arg(QString::number(ymd.year), twoDigits(ymd.month), twoDigits(ymd.day));
    return withDigits(text, digits);
}

QString formatDate(const QDate& date, CalendarKind calendar, Digits digits)
{
    if (calendar == CalendarKind::Jalali)
        return formatJalali(date, digits);
    return withDigits(isoDate(date), digits);
}

JalaliYmd toJalali(const QDate& date)
{
    if (!date.isValid())
        return {};
    const QCalendar::YearMonthDay parts = jalali().partsFromDate(date);
    return {parts.year, parts.month, parts.day};
}

QDate fromJalali(int year, int month, int day)
{
    if (!jalali().isDateValid(year, month, day))
        return {};
    return jalali().dateFromParts(year, month, day);
}

bool isJalaliLeapYear(int year)
{
    return jalali().isLeapYear(year);
}

std::optional<QDate> parseDate(const QString& text, QString* error)
{
    const auto fail = [error](const QString& message) -> std::optional<QDate> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    const QString shown = text.trimmed();
    const QString latin = toLatinDigits(shown);
    if (latin.isEmpty())
        return fail(QStringLiteral("empty")); // a code, not a sentence: callers test for it

    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{1,4})\\s*[/\\-.]\\s*(\\d{1,2})\\s*[/\\-.]\\s*(\\d{1,2})$"));
    const QRegularExpressionMatch match = pattern.match(latin);
    if (!match.hasMatch()) {
        return fail(QCoreApplication::translate(
                        "ehya::Dates",
                        "\"%1\" is not a date; write it as year/month/day, for example 1402/05/10 "
                        "or 2023-08-01.")
                        .arg(shown));
    }
    const int year = match.capturedView(1).toInt();
    const int month = match.capturedView(2).toInt();
    const int day = match.capturedView(3).toInt();

    if (year < 1700) {
        if (year < 1000)
            return fail(QCoreApplication::translate(
                            "ehya::Dates",
                            "The year of \"%1\" is too small; write all four digits of the year, "
                            "for example 1402.")
                            .arg(shown));
        if (month < 1 || month > 12)
            return fail(QCoreApplication::translate("ehya::Dates",
                                                    "\"%1\" has month %2; a month is between 1 and 12.")
                            .arg(shown, QString::number(month)));
        const int days = jalali().daysInMonth(month, year);
        if (day < 1 || day > days) {
            if (month == 12 && day == 30)
                return fail(
                    QCoreApplication::translate(
                        "ehya::Dates", "\"%1\" does not exist: %2 is not a leap year, so Esfand has 29 days.")
                        .arg(shown, QString::number(year)));
            return fail(
                QCoreApplication::translate(
                    "ehya::Dates", "\"%1\" does not exist: month %2 of the Jalali calendar has %3 days.")
                    .arg(shown, QString::number(month), QString::number(days)));
        }
        return fromJalali(year, month, day);
    }

    if (month < 1 || month > 12)
        return fail(
            QCoreApplication::translate("ehya::Dates", "\"%1\" has month %2; a month is between 1 and 12.")
                .arg(shown, QString::number(month)));
    const QCalendar gregorian;
    const int days = gregorian.daysInMonth(month, year);
    if (day < 1 || day > days)
        return fail(
            QCoreApplication::translate("ehya::Dates", "\"%1\" does not exist: month %2 of %3 has %4 days.")
                .arg(shown, QString::number(month), QString::number(year), QString::number(days)));
    return QDate(year, month, day);
}

} // namespace ehya
