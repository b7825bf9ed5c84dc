#pragma once

#include <QDir>
#include <QString>

namespace ehya::gui {

// A file path for a sentence: native separators, embedded left-to-right (U+202A … U+202C) so that
// "/home/a/x.csv" keeps its order inside Persian text.
inline QString pathForText(const QString& path)
{
    return QChar(0x202A) + QDir::toNativeSeparators(path) + QChar(0x202C);
}

} // namespace ehya::gui
