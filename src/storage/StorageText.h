#pragma once

#include <QCoreApplication>

namespace ehya::storage {

// Translation context of every person-visible message of the storage layer, so that lupdate sees
// them all: StorageText::tr("...").
class StorageText final
{
    Q_DECLARE_TR_FUNCTIONS(ehya::storage)
public:
    StorageText() = delete;
};

} // namespace ehya::storage
