#pragma once

#include "DisplaySettings.h"
#include "EditSession.h"
#include "core/Records.h"

#include <QList>

// Both versions of a record field by field, as people read them, for the conflict dialog.
// References (county, sector, agency) are shown by id: the dialog's purpose is to tell what
// differs, and the names are on the record page.
namespace ehya::gui {

QList<FieldVersions> compareFields(const Project& mine, const Project& theirs, const DisplaySettings& s);
QList<FieldVersions> compareFields(const IdleUnit& mine, const IdleUnit& theirs, const DisplaySettings& s);
QList<FieldVersions> compareFields(const Obstacle& mine, const Obstacle& theirs, const DisplaySettings& s);
QList<FieldVersions> compareFields(const Action& mine, const Action& theirs, const DisplaySettings& s);

} // namespace ehya::gui
