#pragma once

#include "core/Result.h"

#include <QString>

// Sentences for a database that could not be opened or created, one per Error::Kind, naming the
// file (Locked, NotDatabase, TooNew ... each say what happened and what the person can do).
namespace ehya::gui {

struct ErrorText
{
    QString title;
    QString text;    // what happened, naming the file
    QString details; // the storage layer's own message
};

ErrorText openErrorText(const Error& error, const QString& path);
ErrorText createErrorText(const Error& error, const QString& path);

} // namespace ehya::gui
