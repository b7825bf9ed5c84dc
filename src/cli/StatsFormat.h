#pragma once

#include "storage/Stats.h"

#include <QString>

// How `ehya-cli stats` prints storage::computeStats: aligned tables for people, JSON for scripts.
namespace ehya::cli {

// With `persian`: Persian headers (the translator), province names and digits (U+066C grouping,
// U+066B decimal point).
QString statsTable(const storage::Stats& stats, bool persian = false);

// {"provinces": [...], "total": {...}}: stable snake_case keys, numbers as JSON numbers
// (rials as exact integers, billion toman with three decimals).
QString statsJson(const storage::Stats& stats);

} // namespace ehya::cli
