#include "DisplaySettings.h"

namespace ehya::gui {

QString languageKey(Language language)
{
    return language == Language::Persian ? QStringLiteral("fa") : QStringLiteral("en");
}

std::optional<Language> languageFromKey(const QString& key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("fa") || k == QLatin1String("fa_ir") || k == QLatin1String("persian"))
        return Language::Persian;
    if (k == QLatin1String("en") || k == QLatin1String("en_us") || k == QLatin1String("english"))
        return Language::English;
    return std::nullopt;
}

DisplaySettings DisplaySettings::forLanguage(Language language)
{
    DisplaySettings s;
    s.language = language;
    if (language == Language::Persian) {
        s.calendar = CalendarKind::Jalali;
        s.digits = Digits::Persian;
    } else {
        s.calendar = CalendarKind::Gregorian;
        s.digits = Digits::Latin;
    }
    return s;
}

} // namespace ehya::gui
