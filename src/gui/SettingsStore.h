#pragma once

#include "DisplaySettings.h"

#include <QString>

class QSettings;

// What the app remembers between runs, in QSettings (organization "Ehya", application "Ehya").
// The keys are stable: a newer app reads what an older one wrote.
//   display/language   "fa" | "en"
//   display/calendar   "jalali" | "gregorian"
//   display/digits     "persian" | "latin"
//   display/moneyUnit  moneyUnitKey(): "rial", "toman", "million_rial", "billion_rial", "billion_toman"
//   currentUser/<key>  the login last chosen for one database; <key> is the first 16 hex digits of
//                      the SHA-1 of the database's canonical path (or of its postgresql:// URL)
namespace ehya::gui {

// The stored settings. A missing or unknown language gives `fallback`; the calendar and digits
// then default to that language's (DisplaySettings::forLanguage); a missing or unknown value of any
// other key keeps its default. The tier thresholds are not stored.
DisplaySettings loadDisplaySettings(const QSettings& settings, Language fallback);
void saveDisplaySettings(QSettings& settings, const DisplaySettings& display);

// The login last chosen for the database at `dbPath`, "" when none.
QString rememberedUser(const QSettings& settings, const QString& dbPath);
void rememberUser(QSettings& settings, const QString& dbPath, const QString& login);

} // namespace ehya::gui
