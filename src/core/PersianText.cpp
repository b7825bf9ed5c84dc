#include "PersianText.h"

#include "Digits.h"

namespace ehya {

namespace {

bool isDiacritic(char16_t c)
{
    // Harakat, tanwin, shadda, sukun, maddah/hamza above/below (U+064B..U+065F), superscript
    // alef (U+0670) and tatweel (U+0640).
    return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640;
}

char16_t foldLetter(char16_t c)
{
    switch (c) {
    case 0x064A:       // ي Arabic yeh
    case 0x0649:       // ى alef maksura
    case 0x0626:       // ئ yeh with hamza
        return 0x06CC; // ی
    case 0x0643:       // ك Arabic kaf
        return 0x06A9; // ک
    case 0x0629:       // ة teh marbuta
        return 0x0647; // ه
    case 0x0623:       // أ
    case 0x0625:       // إ
    case 0x0671:       // ٱ
    case 0x0622:       // آ
        return 0x0627; // ا
    case 0x0624:       // ؤ
        return 0x0648; // و
    default:
        return c;
    }
}

bool isFoldedSpace(QChar c)
{
    const char16_t u = c.unicode();
    return c.isSpace() || u == 0x200C || u == 0x200D || u == 0x00A0 || u == 0x202F;
}

} // namespace

QString persianLetters(const QString& text)
{
    QString out = text;
    for (QChar& c : out) {
        const char16_t u = c.unicode();
        if (u == 0x064A || u == 0x0649)
            c = QChar(0x06CC);
        else if (u == 0x0643)
            c = QChar(0x06A9);
    }
    return out;
}

QString normalizePersian(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (isDiacritic(u))
            continue;
        out.append(QChar(foldLetter(u)));
    }
    return out;
}

QString searchKey(const QString& text)
{
    const QString letters = toLatinDigits(normalizePersian(text));
    QString out;
    out.reserve(letters.size());
    bool pendingSpace = false;
    for (const QChar c : letters) {
        if (isFoldedSpace(c)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        out.append(c);
    }
    return out.toCaseFolded();
}

} // namespace ehya
