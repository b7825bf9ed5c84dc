#pragma once

#include "Digits.h"

#include <QDate>
#include <QString>

#include <optional>

// Dates are stored as ISO (Gregorian) and shown in the Jalali (Solar Hijri) calendar in Persian.
namespace ehya {

enum class CalendarKind { Jalali, Gregorian };

// "1403/01/15" (or "۱۴۰۳/۰۱/۱۵") for Jalali; "2024-04-03" for Gregorian. Null date → "".
QString formatDate(const QDate& date, CalendarKind calendar, Digits digits);
QString formatJalali(const QDate& date, Digits digits = Digits::Latin);
QString isoDate(const QDate& date); // "2024-04-03", "" when null

// Parses a date typed by a person: a year below 1700 means Jalali, otherwise Gregorian.
// Separators '/', '-', '.'; Persian, Arabic-Indic or Latin digits; one- or two-digit month/day.
// Rejects impossible dates (1402/12/30 — 1402 is not leap; 2023-02-30) with a sentence saying
// why. Empty text → nullopt with error "empty".
std::optional<QDate> parseDate(const QString& text, QString* error = nullptr);

// Jalali year/month/day of a date (QCalendar's Jalali system).
struct JalaliYmd
{
    int year = 0;
    int month = 0;
    int day = 0;
};
JalaliYmd toJalali(const QDate& date);
QDate fromJalali(int year, int month, int day); // invalid QDate when impossible
bool isJalaliLeapYear(int year);

} // namespace ehya
