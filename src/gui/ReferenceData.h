#pragma once

#include "core/Records.h"
#include "core/Result.h"

#include <QList>

namespace ehya::storage {
class Database;
}

// The reference lists the edit forms offer in their combo boxes, loaded once per open database
// (storage::ReferenceRepository) and passed to every form. Plain values; reload after a manager
// edits the reference data.
namespace ehya::gui {

struct ReferenceData
{
    QList<Province> provinces;
    QList<County> counties; // every county of every province
    QList<Estate> estates;  // every estate of every county
    QList<Sector> sectors;
    QList<Agency> agencies;
    QList<User> users;

    static Result<ReferenceData> load(storage::Database& db);

    QList<County> countiesOf(Id provinceId) const; // in the stored order
    QList<Estate> estatesOf(Id countyId) const;
    const Province* province(Id id) const; // nullptr when unknown
    const County* county(Id id) const;
    const Estate* estate(Id id) const;
    const Sector* sector(Id id) const;
    const Agency* agency(Id id) const;
};

} // namespace ehya::gui
