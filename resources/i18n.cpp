#include "i18n.h"

#include <QFileInfo>

namespace ehya::i18n {

QString directory()
{
    return QStringLiteral(":/i18n");
}

bool available(const QString& language)
{
    return QFileInfo::exists(directory() + QStringLiteral("/ehya_") + language + QStringLiteral(".qm"));
}

} // namespace ehya::i18n
