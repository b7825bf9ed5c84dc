#include "SettingsStore.h"
#include "storage/ServerLocation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace ehya::gui {

namespace {

const QString kLanguage = QStringLiteral("display/language");
const QString kCalendar = QStringLiteral("display/calendar");
const QString kDigits = QStringLiteral("display/digits");
const QString kMoneyUnit = QStringLiteral("display/moneyUnit");

QString userKey(const QString& dbPath)
{
    QString location = dbPath.trimmed();
    if (!storage::ServerLocation::isServer(location)) {
        const QFileInfo info(location);
        const QString canonical = info.canonicalFilePath();
        location = QDir::cleanPath(canonical.isEmpty() ? info.absoluteFilePath() : canonical);
    }
    const QByteArray hash = QCryptographicHash::hash(location.toUtf8(), QCryptographicHash::Sha1).toHex();
    return u"currentUser/" + QString::fromLatin1(hash.left(16));
}

} // namespace

DisplaySettings loadDisplaySettings(const QSettings& settings, Language fallback)
{
    const Language language = languageFromKey(settings.value(kLanguage).toString()).value_or(fallback);
    DisplaySettings display = DisplaySettings::forLanguage(language);

    const QString calendar = settings.value(kCalendar).toString();
    if (calendar == QLatin1String("jalali"))
        display.calendar = CalendarKind::Jalali;
    else if (calendar == QLatin1String("gregorian"))
        display.calendar = CalendarKind::Gregorian;

    const QString digits = settings.value(kDigits).toString();
    if (digits == QLatin1String("persian"))
        display.digits = Digits::Persian;
    else if (digits == QLatin1String("latin"))
        display.digits = Digits::Latin;

    if (const auto unit = moneyUnitFromKey(settings.value(kMoneyUnit).toString()))
        display.moneyUnit = *unit;
    return display;
}

void saveDisplaySettings(QSettings& settings, const DisplaySettings& display)
{
    settings.setValue(kLanguage, languageKey(display.language));
    settings.setValue(kCalendar, display.calendar == CalendarKind::Jalali ? QStringLiteral("jalali")
                                                                          : QStringLiteral("gregorian"));
    settings.setValue(kDigits, display.digits == Digits::Persian ? QStringLiteral("persian")
                                                                 : QStringLiteral("latin"));
    settings.setValue(kMoneyUnit, moneyUnitKey(display.moneyUnit));
    settings.sync();
}

QString rememberedUser(const QSettings& settings, const QString& dbPath)
{
    return settings.value(userKey(dbPath)).toString();
}

void rememberUser(QSettings& settings, const QString& dbPath, const QString& login)
{
    settings.setValue(userKey(dbPath), login);
    settings.sync();
}

} // namespace ehya::gui
