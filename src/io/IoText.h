#pragma once

#include <QCoreApplication>

namespace ehya::io {

// Translation context of every person-visible message of the io layer, so that lupdate sees them
// all: IoText::tr("...").
class IoText final
{
    Q_DECLARE_TR_FUNCTIONS(ehya::io)
public:
    IoText() = delete;
};

} // namespace ehya::io
