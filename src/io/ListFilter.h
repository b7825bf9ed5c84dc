#pragma once

#include "engine/Tier.h"
#include "storage/Listing.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

// The filter rule of the officers' lists (STYLE.md §8): which projects or idle units a filter
// keeps. Plain values, no widgets: the GUI's models ask it row by row, the tests ask it directly.
// Every condition that is set must hold (they combine with "and").
namespace ehya::io {

struct ListFilter
{
    QString text;      // free text: every word must occur in a name, code, place or sector
    Id provinceId = 0; // 0: any
    Id countyId = 0;
    Id sectorId = 0;
    std::optional<engine::Tier> tier; // projects only
    int status = -1;                  // ProjectStatus or UnitStatus as int; -1: any
    int obstacleType = -1;            // an open obstacle of this ObstacleType; -1: any
    int staleMonths = 0; // no progress report (projects) or action (units) for this many months; 0: off

    bool isEmpty() const;
    friend bool operator==(const ListFilter&, const ListFilter&) = default;

    // A compact text form for settings ("text=...;province=3;..."), and back; unknown parts are skipped.
    QString toString() const;
    static ListFilter fromString(const QString& text);
};

// What free text is matched against: the search keys (core/PersianText.h) of the title or name,
// investor or operator, permit or licence number, province, county, estate and sector names (both
// languages) and the ISIC code, with spaces and ZWNJ removed, so that "كارخانه‌ي" finds
// "کارخانه ی" and "۹۱۱۴" finds "9114...".
QString searchText(const storage::ProjectRow& row);
QString searchText(const storage::UnitRow& row);

class ListMatcher final
{
public:
    // `today` decides "no report for N months": the last report is older than today − N months
    // (or there is none).
    ListMatcher(const ListFilter& filter, const engine::TierThresholds& tiers, const QDate& today);

    // `search` is searchText(row), computed once per row by the caller.
    bool matches(const storage::ProjectRow& row, const QString& search) const;
    bool matches(const storage::UnitRow& row, const QString& search) const;

private:
    bool matchesPlace(Id provinceId, Id countyId, Id sectorId) const;
    bool matchesText(const QString& search) const;
    bool matchesObstacle(quint32 openObstacles) const;
    bool matchesStale(const QDate& last) const;

    ListFilter m_filter;
    engine::TierThresholds m_tiers;
    QStringList m_words; // search keys of the words typed
    QDate m_staleBefore;
};

} // namespace ehya::io
