#include "Validation.h"

#include "Dates.h"
#include "Digits.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <cmath>

namespace ehya {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("ehya::Validation", text);
}

bool persianUi()
{
    return QLocale().language() == QLocale::Persian;
}

QString shownNumber(double value)
{
    return formatDecimal(value, 1, persianUi() ? Digits::Persian : Digits::Latin);
}

QString shownInteger(qint64 value)
{
    return formatInteger(value, persianUi() ? Digits::Persian : Digits::Latin);
}

QString shownDate(const QDate& date)
{
    return persianUi() ? formatJalali(date, Digits::Persian) : isoDate(date);
}

// Collects the problems of one record.
class Checker
{
public:
    void add(const char* field, const QString& message)
    {
        m_errors.append({QString::fromLatin1(field), message});
    }

    void required(const char* field, const QString& value, const char* message)
    {
        if (value.trimmed().isEmpty())
            add(field, translated(message));
    }

    void reference(const char* field, Id id, const char* message)
    {
        if (id <= 0)
            add(field, translated(message));
    }

    // `message` has %1 for the value.
    void percent(const char* field, double value, const char* message)
    {
        if (!std::isfinite(value))
            add(field, translated(message).arg(QStringLiteral("?")));
        else if (value < 0 || value > 100)
            add(field, translated(message).arg(shownNumber(value)));
    }

    void notNegative(const char* field, qint64 value, const char* message)
    {
        if (value < 0)
            add(field, translated(message).arg(shownInteger(value)));
    }

    // Amounts and job counts have a plausible ceiling: a typo (a unit too small, digits twice)
    // is caught here, and the sums of a national list stay far from 64-bit overflow.
    void amount(const char* field, qint64 value, const char* negativeMessage)
    {
        notNegative(field, value, negativeMessage);
        if (value > kMaxRials)
            add(field, translated(QT_TRANSLATE_NOOP(
                           "ehya::Validation", "The amount is more than 1,000,000 billion toman; check the "
                                               "unit and the digits.")));
    }

    void jobs(const char* field, qint64 value, const char* negativeMessage)
    {
        notNegative(field, value, negativeMessage);
        if (value > kMaxJobs)
            add(field, translated(QT_TRANSLATE_NOOP(
                           "ehya::Validation", "More than 1,000,000 jobs for one record is not plausible; "
                                               "check the number.")));
    }

    static constexpr qint64 kMaxRials = 10'000'000'000'000'000LL; // 10^16 rials = 10^6 billion toman
    static constexpr qint64 kMaxJobs = 1'000'000;

    // `message` has %1 for the later date and %2 for the earlier one.
    void notBefore(const char* field, const QDate& later, const QDate& earlier, const char* message)
    {
        if (later.isValid() && earlier.isValid() && later < earlier)
            add(field, translated(message).arg(shownDate(later), shownDate(earlier)));
    }

    FieldErrors errors() const { return m_errors; }

private:
    FieldErrors m_errors;
};

} // namespace

FieldErrors validate(const Project& project)
{
    Checker check;
    check.required("title", project.title,
                   QT_TRANSLATE_NOOP("ehya::Validation", "The project title is required."));
    check.required("permit_no", project.permitNo,
                   QT_TRANSLATE_NOOP("ehya::Validation", "The establishment permit number is required."));
    check.reference("province", project.provinceId,
                    QT_TRANSLATE_NOOP("ehya::Validation", "Choose the province of the project."));
    check.reference("county", project.countyId,
                    QT_TRANSLATE_NOOP("ehya::Validation", "Choose the county of the project."));
    check.reference("sector", project.sectorId,
                    QT_TRANSLATE_NOOP("ehya::Validation", "Choose the industrial sector of the project."));
    check.percent(
        "progress", project.progress,
        QT_TRANSLATE_NOOP("ehya::Validation", "Physical progress must be between 0 and 100; it is %1."));
    check.amount(
        "invested_rial", project.investedRial,
        QT_TRANSLATE_NOOP("ehya::Validation", "The amount invested cannot be negative; it is %1 rials."));
    check.amount("remaining_rial", project.remainingRial,
                 QT_TRANSLATE_NOOP("ehya::Validation",
                                   "The investment still needed cannot be negative; it is %1 rials."));
    check.jobs("planned_jobs", project.plannedJobs,
               QT_TRANSLATE_NOOP("ehya::Validation", "Planned jobs cannot be negative; it is %1."));
    check.notBefore(
        "permit_expiry", project.permitExpiry, project.permitDate,
        QT_TRANSLATE_NOOP("ehya::Validation", "The permit expires (%1) before it was issued (%2)."));
    return check.errors();
}

FieldErrors validate(const IdleUnit& unit)
{
    Checker check;
    check.required("name", unit.name, QT_TRANSLATE_NOOP("ehya::Validation", "The unit name is required."));
    check.required("licence_no", unit.licenceNo,
                   QT_TRANSLATE_NOOP("ehya::Validation", "The operation licence number is required."));
    check.reference("province", unit.provinceId,
                    QT_TRANSLATE_NOOP("ehya::Validation", "Choose the province of the unit."));
    check.reference("county", unit.countyId,
                    QT_TRANSLATE_NOOP("ehya::Validation", "Choose the county of the unit."));
    check.reference("sector", unit.sectorId,
                    QT_TRANSLATE_NOOP("ehya::Validation", "Choose the industrial sector of the unit."));
    check.percent("capacity_use", unit.capacityUse,
                  QT_TRANSLATE_NOOP("ehya::Validation",
                                    "Capacity in use must be between 0 and 100 percent; it is %1."));
    check.jobs(
        "jobs_before", unit.jobsBefore,
        QT_TRANSLATE_NOOP("ehya::Validation", "Jobs before the stoppage cannot be negative; it is %1."));
    check.jobs("jobs_restorable", unit.jobsRestorable,
               QT_TRANSLATE_NOOP("ehya::Validation", "Restorable jobs cannot be negative; it is %1."));
    check.amount("working_capital_rial", unit.workingCapitalRial,
                 QT_TRANSLATE_NOOP("ehya::Validation",
                                   "The working capital needed cannot be negative; it is %1 rials."));
    check.amount("fixed_capital_rial", unit.fixedCapitalRial,
                 QT_TRANSLATE_NOOP("ehya::Validation",
                                   "The fixed capital needed cannot be negative; it is %1 rials."));
    return check.errors();
}

FieldErrors validate(const ProgressReport& report)
{
    Checker check;
    if (!report.date.isValid())
        check.add("date", translated(QT_TRANSLATE_NOOP("ehya::Validation",
                                                       "The date of the progress report is required.")));
    check.percent(
        "percent", report.percent,
        QT_TRANSLATE_NOOP("ehya::Validation", "Reported progress must be between 0 and 100; it is %1."));
    return check.errors();
}

FieldErrors validate(const Obstacle& obstacle)
{
    Checker check;
    if (!obstacle.opened.isValid())
        check.add("opened", translated(QT_TRANSLATE_NOOP("ehya::Validation",
                                                         "The date the obstacle was recorded is required.")));
    check.notBefore(
        "resolved", obstacle.resolved, obstacle.opened,
        QT_TRANSLATE_NOOP("ehya::Validation", "The obstacle is resolved (%1) before it was recorded (%2)."));
    return check.errors();
}

FieldErrors validate(const Action& action)
{
    Checker check;
    check.notBefore("finished", action.finished, action.started,
                    QT_TRANSLATE_NOOP("ehya::Validation", "The action finishes (%1) before it starts (%2)."));
    check.amount("amount_rial", action.amountRial,
                 QT_TRANSLATE_NOOP("ehya::Validation", "The amount cannot be negative; it is %1 rials."));
    return check.errors();
}

QString joinErrors(const FieldErrors& errors)
{
    QStringList parts;
    parts.reserve(errors.size());
    for (const FieldError& error : errors)
        parts.append(error.field + QStringLiteral(": ") + error.message);
    return parts.join(QStringLiteral("; "));
}

double roundPercent(double value)
{
    if (!std::isfinite(value))
        return value;
    return std::round(value * 10.0) / 10.0;
}

} // namespace ehya
