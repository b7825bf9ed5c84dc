#pragma once

#include "engine/Tier.h"
#include "storage/Listing.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

// The filter rule of the officers' lists (STYLE.md §8): which projects or idle units a filter
// keeps. Plain values, no widgets: the GUI's models ask it row by row, the tests ask it directly.
// Every condition that is set must hold (they combine with "and").
namespace ehya::io {

// ListFilter::status for the candidates of the ranking: projects under construction or stalled
// (half-finished), units idle or semi-active.
inline constexpr int kCandidateStatuses = -2;
// ListFilter::obstacleType for records without any open obstacle.
inline constexpr int kNoOpenObstacle = -2;

struct ListFilter
{
    QString text;      // free text: every word must occur in a name, code, place or sector
    Id provinceId = 0; // 0: any
    Id countyId = 0;
    Id sectorId = 0;
    std::optional<engine::Tier> tier; // projects only
    int status = -1;                  // ProjectStatus or UnitStatus as int; -1: any; kCandidateStatuses
    int obstacleType = -1; // an open obstacle of this ObstacleType; -1: any; kNoOpenObstacle: none open
    int staleMonths = 0;   // no progress report (projects) or action (units) for this many months; 0: off

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
// In two parts: the record's own text, and the text of its place, which every record of the same
// county, estate and sector shares (SearchIndex computes it once per place).
QString ownSearchText(const storage::ProjectRow& row);
QString ownSearchText(const storage::UnitRow& row);
template <typename Row> QString placeSearchText(const Row& row);

// The search texts of a list's rows, kept beside the rows by the list model.
class SearchIndex final
{
public:
    template <typename Row> void append(const Row& row);
    template <typename Row> void replace(qsizetype index, const Row& row);
    void remove(qsizetype index);
    void clear();
    void reserve(qsizetype rows);
    qsizetype size() const { return m_own.size(); }

    const QString& own(qsizetype index) const { return m_own.at(index); }
    const QString& place(qsizetype index) const { return m_places.at(m_placeOf.at(index)); }

private:
    template <typename Row> int placeIndex(const Row& row);

    QStringList m_own;
    QList<int> m_placeOf;
    QStringList m_places;
    QHash<QString, int> m_placeIds; // "county|estate|sector" → index in m_places
};

class ListMatcher final
{
public:
    // `today` decides "no report for N months": the last report is older than today − N months
    // (or there is none).
    ListMatcher(const ListFilter& filter, const engine::TierThresholds& tiers, const QDate& today);

    // `own` and `place` are the row's search texts (SearchIndex).
    bool matches(const storage::ProjectRow& row, const QString& own, const QString& place) const;
    bool matches(const storage::UnitRow& row, const QString& own, const QString& place) const;

private:
    bool matchesPlace(Id provinceId, Id countyId, Id sectorId) const;
    bool matchesText(const QString& own, const QString& place) const;
    bool matchesStatus(int status, std::initializer_list<int> candidates) const;
    bool matchesObstacle(quint32 openObstacles) const;
    bool matchesStale(const QDate& last) const;

    ListFilter m_filter;
    engine::TierThresholds m_tiers;
    QStringList m_words; // search keys of the words typed
    QDate m_staleBefore;
};

} // namespace ehya::io
