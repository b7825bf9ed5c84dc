#pragma once

#include "DisplaySettings.h"

#include <QString>

class QApplication;

// The language set-up of the GUI: translators, layout direction, locale and font. Kept out of
// main.cpp so that the tests can switch the language the same way the app does.
namespace ehya::gui {

// Persian when the system locale is Persian, else English.
Language systemLanguage();

// Installs the app's translator (":/i18n/ehya_<lang>.qm") and Qt's own (qtbase_fa from
// QLibraryInfo::TranslationsPath), replacing those of an earlier call; sets QLocale's default,
// the layout direction (right-to-left for Persian) and, for Persian, the Vazirmatn font
// (embedded; "Noto Sans Arabic" when it is missing). Returns false when the app's translation
// could not be loaded (the UI then shows the English source text).
bool applyLanguage(QApplication& app, Language language);

// The family applyLanguage chose for Persian text ("Vazirmatn" or the fall-back).
QString persianFontFamily();

} // namespace ehya::gui
