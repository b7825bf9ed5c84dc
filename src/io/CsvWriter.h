#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

// Writing CSV by DESIGN.md "CSV rules": RFC 4180 quoting, CRLF, UTF-8 with a BOM by default (Excel
// shows Persian only then), and text cells that look like formulas (= + - @ tab CR LF at the
// start) neutralised with a leading apostrophe in free-text columns only — numbers stay numbers.
namespace ehya::io {

struct CsvWriteOptions
{
    bool bom = true;
    bool neutralise = true; // --raw turns this off
};

class CsvWriter final
{
public:
    // freeText[i]: column i holds free text (titles, names, notes) and is neutralised.
    CsvWriter(QIODevice& device, QList<bool> freeText, CsvWriteOptions options = {});

    void writeHeader(const QStringList& keys); // writes the BOM first when asked
    void writeRow(const QStringList& cells);
    bool ok() const;

    static QString field(const QString& cell, bool freeText, bool neutralise);

private:
    void start(); // the BOM, once

    QIODevice& m_device;
    QList<bool> m_freeText;
    CsvWriteOptions m_options;
    bool m_started = false;
    bool m_failed = false;
    QByteArray m_line; // reused for every row
};

// Writes `data` to `path` atomically (QSaveFile): a failed write leaves the old file whole.
Status writeFileAtomically(const QString& path, const QByteArray& data);

} // namespace ehya::io
