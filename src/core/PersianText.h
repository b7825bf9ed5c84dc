#pragma once

#include <QString>

// Persian text as officers type it mixes Arabic and Persian letter forms (ي/ی, ك/ک), zero-width
// non-joiners, diacritics and three kinds of digits. Search and matching use a folded key.
namespace ehya {

// What is stored: the Arabic letters that Persian writes differently become the Persian ones
// (ي ى → ی, ك → ک) and nothing else changes — آ, أ, ؤ, ئ, ة and diacritics are kept, since
// "تأسیس" and "آذربایجان" are correct Persian spellings. Import and the forms use this.
QString persianLetters(const QString& text);

// For matching only, never stored: Arabic forms to Persian (ي ى → ی, ك → ک, ة → ه, أ إ ٱ آ → ا, ؤ → و, ئ →
// ی), diacritics (harakat, tanwin, shadda, sukun, superscript alef, tatweel) dropped. ZWNJ is kept.
QString normalizePersian(const QString& text);

// The search key: normalizePersian, digits to Latin, ZWNJ / ZWJ / NBSP and runs of white space
// folded to one space, trimmed, case-folded (for Latin text). Two texts that an officer would
// call "the same" have the same key: searchKey("كارخانه‌ي") == searchKey("کارخانه ی").
QString searchKey(const QString& text);

} // namespace ehya
