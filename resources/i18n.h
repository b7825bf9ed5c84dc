#pragma once

#include <QString>

// The translations compiled into every executable that links ehya_i18n (resources/CMakeLists.txt).
namespace ehya::i18n {

// The resource directory of the app's .qm files: ":/i18n" (ehya_fa.qm, ehya_en.qm).
QString directory();

// True when ":/i18n/ehya_<language>.qm" ("fa", "en") is linked in.
bool available(const QString& language);

} // namespace ehya::i18n
