#pragma once

#include "Database.h"
#include "core/Records.h"
#include "core/Result.h"

#include <QString>

// Checks shared by ReferenceRepository's add and update: Invalid with a sentence naming the clash,
// so that a person sees why instead of the database's UNIQUE message. `exceptId` is the row being
// edited (0 when adding).
namespace ehya::storage::refcheck {

// No other county of the province has this Persian name (compared on the search key).
Status countyNameFree(Database& db, Id provinceId, const QString& nameFa, Id exceptId);
// `isic` is two digits and no other sector has it.
Status isicFree(Database& db, const QString& isic, Id exceptId);
// `login` is not empty and no other user has it.
Status loginFree(Database& db, const QString& login, Id exceptId);

} // namespace ehya::storage::refcheck
