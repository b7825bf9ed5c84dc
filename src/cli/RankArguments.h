#pragma once

#include "Arguments.h"
#include "io/RankingService.h"
#include "storage/Database.h"

#include <QString>

#include <optional>

// The ranking options that `rank` and `export --kind ranking` share: --kind, --plan, --budget,
// --as-of, --sensitivity, --seed, --scenario and --province.
namespace ehya::cli {

// Fills `request` from the options; a usage error's sentence when one is wrong.
std::optional<QString> readRankRequest(const Arguments& arguments, io::RankRequest& request,
                                       const QString& kindOption = QStringLiteral("kind"));

struct ProvinceChoice
{
    Id id = 0;    // 0: every province
    QString name; // in the language of the output
};

// --province NAME (Persian or English name, or code): NotFound with a sentence when there is none.
Result<ProvinceChoice> chooseProvince(storage::Database& db, const Arguments& arguments, bool persian);

} // namespace ehya::cli
