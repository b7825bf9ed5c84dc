#pragma once

#include "io/RankingService.h"

#include <QByteArray>
#include <QString>

// How `ehya-cli rank` prints a ranking: an aligned table for people (Persian or English names),
// CSV by the export rules, JSON for scripts (an array of objects, DESIGN.md contract).
namespace ehya::cli {

struct RankFormatOptions
{
    QString title;        // the heading of the table: kind, province, scenario, as-of date
    bool persian = false; // Persian names; in the table also Persian digits and tier letters
    bool bom = true;      // CSV only
};

QString rankTable(const io::RankReport& report, const RankFormatOptions& options);
QByteArray rankCsv(const io::RankReport& report, const RankFormatOptions& options);
QByteArray rankJson(const io::RankReport& report);

// One item's explanation (ExplainFormat.cpp).
// With `persian`, Persian sentences (the translator), names and digits.
QString explainText(const io::RankReport& report, std::size_t position, const engine::Explanation& why,
                    bool persian);
QByteArray explainJson(const io::RankReport& report, std::size_t position, const engine::Explanation& why);

} // namespace ehya::cli
