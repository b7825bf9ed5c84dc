#include "TextDecoder.h"
#include "IoText.h"

#include <QStringDecoder>

#include <array>
#include <cstring>

namespace ehya::io {

namespace {

// Bytes 0x80..0xFF of Windows-1256 (code page 1256), from its published mapping table.
constexpr std::array<char16_t, 128> kWindows1256 = {
    0x20AC, 0x067E, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0679, 0x2039, 0x0152,
    0x0686, 0x0698, 0x0688, 0x06AF, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x06A9, 0x2122,
    0x0691, 0x203A, 0x0153, 0x200C, 0x200D, 0x06BA, 0x00A0, 0x060C, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6,
    0x00A7, 0x00A8, 0x00A9, 0x06BE, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF, 0x00B0, 0x00B1, 0x00B2, 0x00B3,
    0x00B4, 0x00B5, 0x00B6, 0x00B7, 0x00B8, 0x00B9, 0x061B, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x061F, 0x06C1,
    0x0621, 0x0622, 0x0623, 0x0624, 0x0625, 0x0626, 0x0627, 0x0628, 0x0629, 0x062A, 0x062B, 0x062C, 0x062D,
    0x062E, 0x062F, 0x0630, 0x0631, 0x0632, 0x0633, 0x0634, 0x0635, 0x0636, 0x00D7, 0x0637, 0x0638, 0x0639,
    0x063A, 0x0640, 0x0641, 0x0642, 0x0643, 0x00E0, 0x0644, 0x00E2, 0x0645, 0x0646, 0x0647, 0x0648, 0x00E7,
    0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x0649, 0x064A, 0x00EE, 0x00EF, 0x064B, 0x064C, 0x064D, 0x064E, 0x00F4,
    0x064F, 0x0650, 0x00F7, 0x0651, 0x00F9, 0x0652, 0x00FB, 0x00FC, 0x200E, 0x200F, 0x06D2};

// How many bytes from the first non-ASCII one the encoding is decided on (or the end of the file).
constexpr qsizetype kDecisionBytes = 4096;

bool isAscii(const QByteArray& bytes)
{
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

// Does this look like Persian written in Windows-1256? Most bytes above 0x7F must be Arabic-script
// letters, ZWNJ or Persian punctuation (not Latin-1 symbols), and there must be no control bytes
// but tab and line breaks: random binary data fails both.
bool looksLikeWindows1256(const QByteArray& bytes)
{
    qsizetype high = 0, script = 0;
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        if (b < 0x20 && b != '\t' && b != '\n' && b != '\r')
            return false;
        if (b < 0x80)
            continue;
        ++high;
        const char16_t u = kWindows1256[b - 0x80];
        script += (u >= 0x0600 && u <= 0x06FF) || u == 0x200C || u == 0x00A0;
    }
    return high > 0 && script * 10 >= high * 9;
}

} // namespace

QString fromWindows1256(const QByteArray& bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar* dst = out.data();
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        *dst++ = QChar(b < 0x80 ? char16_t(b) : kWindows1256[b - 0x80]);
    }
    return out;
}

qsizetype firstInvalidUtf8(const QByteArray& bytes, bool last, qsizetype* complete)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int need = 0;
        unsigned char lo = 0x80, hi = 0xBF; // the allowed range of the second byte
        if (b >= 0xC2 && b <= 0xDF) {
            need = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            need = 2;
            lo = b == 0xE0 ? 0xA0 : 0x80; // no overlong forms
            hi = b == 0xED ? 0x9F : 0xBF; // no surrogates
        } else if (b >= 0xF0 && b <= 0xF4) {
            need = 3;
            lo = b == 0xF0 ? 0x90 : 0x80;
            hi = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            return i;
        }
        for (int k = 1; k <= need; ++k) {
            if (i + k >= n) { // the character continues in the next chunk
                if (last)
                    return i;
                if (complete)
                    *complete = i;
                return -1;
            }
            const unsigned char c = p[i + k];
            if (c < (k == 1 ? lo : 0x80) || c > (k == 1 ? hi : 0xBF))
                return i;
        }
        i += need + 1;
    }
    if (complete)
        *complete = n;
    return -1;
}

Result<QString> TextDecoder::decode(const QByteArray& chunk, bool last)
{
    QByteArray bytes = m_carry + chunk;
    m_carry.clear();
    if (!m_started) {
        if (bytes.size() < 3 && !last) { // too short to see a BOM yet
            m_carry = bytes;
            return QString();
        }
        m_started = true;
        if (bytes.startsWith("\xEF\xBB\xBF")) {
            m_encoding = Encoding::Utf8;
            bytes.remove(0, 3);
        } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
            m_encoding = bytes.startsWith("\xFF\xFE") ? Encoding::Utf16LE : Encoding::Utf16BE;
            bytes.remove(0, 2);
        }
    }
    if (m_encoding == Encoding::Utf16LE || m_encoding == Encoding::Utf16BE)
        return decodeUtf16(bytes, last);
    if (const char* zero = static_cast<const char*>(std::memchr(bytes.constData(), 0, size_t(bytes.size()))))
        return badBytes(bytes, zero - bytes.constData(),
                        IoText::tr("this is not a text file: it holds a zero byte (binary data?)"));
    if (m_encoding == Encoding::Undecided) {
        if (isAscii(bytes)) { // the same text in every candidate encoding; decide later
            countLines(bytes);
            return QString::fromLatin1(bytes);
        }
        // Decide on enough text after the first non-ASCII byte, not on a chunk's last few bytes
        // (a Windows-1256 pair can look like one UTF-8 character).
        qsizetype firstHigh = 0;
        while (static_cast<unsigned char>(bytes.at(firstHigh)) < 0x80)
            ++firstHigh;
        if (!last && bytes.size() - firstHigh < kDecisionBytes) {
            m_carry = bytes.mid(firstHigh);
            const QByteArray ascii = bytes.left(firstHigh);
            countLines(ascii);
            return QString::fromLatin1(ascii);
        }
        if (firstInvalidUtf8(bytes, last) < 0)
            m_encoding = Encoding::Utf8;
        else if (looksLikeWindows1256(bytes))
            m_encoding = Encoding::Windows1256;
        else
            return badBytes(bytes, firstInvalidUtf8(bytes, last),
                            IoText::tr("the file is neither UTF-8 nor Windows-1256 text; save it as \"CSV "
                                       "UTF-8\" and try again"));
    }
    if (m_encoding == Encoding::Windows1256) {
        countLines(bytes);
        return fromWindows1256(bytes);
    }
    return decodeUtf8(bytes, last);
}

Result<QString> TextDecoder::decodeUtf8(const QByteArray& bytes, bool last)
{
    qsizetype complete = bytes.size();
    if (const qsizetype bad = firstInvalidUtf8(bytes, last, &complete); bad >= 0)
        return badBytes(bytes, bad,
                        IoText::tr("these bytes are not UTF-8, though the file began as UTF-8; save it "
                                   "as \"CSV UTF-8\" and try again"));
    m_carry = bytes.mid(complete);
    const QByteArray whole = bytes.left(complete);
    countLines(whole);
    // Stateless, and a U+FEFF at the start of a chunk is text (the file's BOM was taken off).
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    return QString(decoder(whole));
}

Result<QString> TextDecoder::decodeUtf16(const QByteArray& bytes, bool last)
{
    const qsizetype whole = bytes.size() & ~qsizetype(1);
    if (last && whole != bytes.size())
        return atLine(m_lines + 1, IoText::tr("the UTF-16 text ends in the middle of a character"));
    m_carry = bytes.mid(whole);
    QString text(whole / 2, Qt::Uninitialized);
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const bool little = m_encoding == Encoding::Utf16LE;
    for (qsizetype i = 0; i < whole / 2; ++i) {
        const unsigned a = p[2 * i], b = p[2 * i + 1];
        text[i] = QChar(char16_t(little ? (b << 8 | a) : (a << 8 | b)));
        if (text[i] == u'\n')
            ++m_lines;
        else if (text[i].isNull())
            return atLine(m_lines + 1,
                          IoText::tr("this is not a text file: it holds a zero character (binary data?)"));
    }
    return text;
}

// Line breaks as the CSV reader counts them: CR LF, LF or a lone CR, each once.
qint64 TextDecoder::lineBreaks(const QByteArray& bytes, bool afterCr)
{
    if (!bytes.contains('\r'))
        return bytes.count('\n') - (afterCr && bytes.startsWith('\n') ? 1 : 0);
    qint64 lines = 0;
    for (const char c : bytes) {
        lines += c == '\r' || (c == '\n' && !afterCr);
        afterCr = c == '\r';
    }
    return lines;
}

void TextDecoder::countLines(const QByteArray& bytes)
{
    m_lines += lineBreaks(bytes, m_afterCr);
    if (!bytes.isEmpty())
        m_afterCr = bytes.endsWith('\r');
}

Error TextDecoder::badBytes(const QByteArray& bytes, qsizetype offset, const QString& sentence) const
{
    return atLine(m_lines + lineBreaks(bytes.left(offset), m_afterCr) + 1, sentence);
}

Error TextDecoder::atLine(qint64 line, const QString& sentence) const
{
    return Error{Error::Kind::Invalid,
                 QStringLiteral("%1:%2: %3").arg(m_fileName, QString::number(line), sentence)};
}

QString TextDecoder::notice() const
{
    switch (m_encoding) {
    case Encoding::Windows1256:
        return IoText::tr("%1 was read as Windows-1256 (an old Excel export), not UTF-8.").arg(m_fileName);
    case Encoding::Utf16LE:
    case Encoding::Utf16BE:
        return IoText::tr("%1 was read as UTF-16 text.").arg(m_fileName);
    default:
        return {};
    }
}

} // namespace ehya::io
