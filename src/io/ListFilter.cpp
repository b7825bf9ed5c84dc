#include "ListFilter.h"

#include "core/Enums.h"
#include "core/PersianText.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>

namespace ehya::io {

using namespace Qt::StringLiterals;

namespace {

const QChar kFieldBreak = QChar(0x1F); // between fields, so that a word never spans two of them

QString compact(const QString& text)
{
    QString key = searchKey(text);
    key.remove(u' ');
    return key;
}

template <typename Row> QString placeText(const Row& row)
{
    QString out;
    for (const QString* part : {&row.provinceFa, &row.provinceEn, &row.countyFa, &row.countyEn, &row.estateFa,
                                &row.estateEn, &row.sectorFa, &row.sectorEn, &row.sectorIsic}) {
        out += kFieldBreak;
        out += compact(*part);
    }
    return out;
}

} // namespace

bool ListFilter::isEmpty() const
{
    return *this == ListFilter{};
}

QString ListFilter::toString() const
{
    QJsonObject o;
    if (!text.isEmpty())
        o.insert(u"text"_s, text);
    const auto put = [&o](const QString& key, qint64 value, qint64 none) {
        if (value != none)
            o.insert(key, value);
    };
    put(u"province"_s, provinceId, 0);
    put(u"county"_s, countyId, 0);
    put(u"sector"_s, sectorId, 0);
    if (tier)
        o.insert(u"tier"_s, QString(QLatin1Char(engine::tierLetter(*tier))));
    put(u"status"_s, status, -1);
    put(u"obstacle"_s, obstacleType, -1);
    put(u"stale"_s, staleMonths, 0);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

ListFilter ListFilter::fromString(const QString& text)
{
    ListFilter f;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    const auto number = [&o](const QString& key, qint64 none, qint64 low, qint64 high) {
        const QJsonValue v = o.value(key);
        const double d = v.toDouble(double(none));
        return v.isDouble() && d >= double(low) && d < double(high) ? qint64(d) : none; // junk: no condition
    };
    f.text = o.value(u"text"_s).toString();
    f.provinceId = number(u"province"_s, 0, 0, std::numeric_limits<qint64>::max());
    f.countyId = number(u"county"_s, 0, 0, std::numeric_limits<qint64>::max());
    f.sectorId = number(u"sector"_s, 0, 0, std::numeric_limits<qint64>::max());
    const QString tier = o.value(u"tier"_s).toString();
    if (tier.size() == 1)
        f.tier = engine::tierFromLetter(tier.at(0).toLatin1());
    f.status = int(number(u"status"_s, -1, kCandidateStatuses, 31));
    f.obstacleType = int(number(u"obstacle"_s, -1, kNoOpenObstacle, int(ObstacleType::Other) + 1));
    f.staleMonths = int(number(u"stale"_s, 0, 0, 1200));
    return f;
}

QString ownSearchText(const storage::ProjectRow& row)
{
    const Project& p = row.project;
    return compact(p.title) + kFieldBreak + compact(p.investor) + kFieldBreak + compact(p.permitNo);
}

QString ownSearchText(const storage::UnitRow& row)
{
    const IdleUnit& u = row.unit;
    return compact(u.name) + kFieldBreak + compact(u.operatorName) + kFieldBreak + compact(u.licenceNo);
}

template <typename Row> QString placeSearchText(const Row& row)
{
    return placeText(row);
}
template QString placeSearchText(const storage::ProjectRow&);
template QString placeSearchText(const storage::UnitRow&);

namespace {

template <typename Row> const auto& record(const Row& row)
{
    if constexpr (std::is_same_v<Row, storage::ProjectRow>)
        return row.project;
    else
        return row.unit;
}

} // namespace

template <typename Row> int SearchIndex::placeIndex(const Row& row)
{
    const auto& r = record(row);
    const QString key =
        QString::number(r.countyId) + u'|' + QString::number(r.estateId) + u'|' + QString::number(r.sectorId);
    const auto found = m_placeIds.constFind(key);
    if (found != m_placeIds.constEnd())
        return *found;
    m_places << placeSearchText(row);
    m_placeIds.insert(key, int(m_places.size() - 1));
    return int(m_places.size() - 1);
}

template <typename Row> void SearchIndex::append(const Row& row)
{
    m_own << ownSearchText(row);
    m_placeOf << placeIndex(row);
}

template <typename Row> void SearchIndex::replace(qsizetype index, const Row& row)
{
    m_own[index] = ownSearchText(row);
    m_placeOf[index] = placeIndex(row); // a renamed place keeps its old text until the list reloads
}

template void SearchIndex::append(const storage::ProjectRow&);
template void SearchIndex::append(const storage::UnitRow&);
template void SearchIndex::replace(qsizetype, const storage::ProjectRow&);
template void SearchIndex::replace(qsizetype, const storage::UnitRow&);

void SearchIndex::remove(qsizetype index)
{
    m_own.removeAt(index);
    m_placeOf.removeAt(index);
}

void SearchIndex::clear()
{
    m_own.clear();
    m_placeOf.clear();
    m_places.clear();
    m_placeIds.clear();
}

void SearchIndex::reserve(qsizetype rows)
{
    m_own.reserve(rows);
    m_placeOf.reserve(rows);
}

ListMatcher::ListMatcher(const ListFilter& filter, const engine::TierThresholds& tiers, const QDate& today)
    : m_filter(filter), m_tiers(tiers)
{
    const QStringList words = searchKey(filter.text).split(u' ', Qt::SkipEmptyParts);
    for (const QString& word : words)
        m_words << word;
    if (filter.staleMonths > 0)
        m_staleBefore = today.addMonths(-filter.staleMonths);
}

bool ListMatcher::matchesPlace(Id provinceId, Id countyId, Id sectorId) const
{
    return (m_filter.provinceId == 0 || m_filter.provinceId == provinceId) &&
           (m_filter.countyId == 0 || m_filter.countyId == countyId) &&
           (m_filter.sectorId == 0 || m_filter.sectorId == sectorId);
}

bool ListMatcher::matchesText(const QString& own, const QString& place) const
{
    for (const QString& word : m_words) {
        if (!own.contains(word) && !place.contains(word))
            return false;
    }
    return true;
}

bool ListMatcher::matchesStatus(int status, std::initializer_list<int> candidates) const
{
    if (m_filter.status == kCandidateStatuses)
        return std::find(candidates.begin(), candidates.end(), status) != candidates.end();
    return m_filter.status < 0 || m_filter.status == status;
}

bool ListMatcher::matchesObstacle(quint32 openObstacles) const
{
    if (m_filter.obstacleType == kNoOpenObstacle)
        return openObstacles == 0;
    return m_filter.obstacleType < 0 || (openObstacles & (1u << m_filter.obstacleType)) != 0;
}

bool ListMatcher::matchesStale(const QDate& last) const
{
    return !m_staleBefore.isValid() || !last.isValid() || last < m_staleBefore;
}

bool ListMatcher::matches(const storage::ProjectRow& row, const QString& own, const QString& place) const
{
    const Project& p = row.project;
    return matchesPlace(p.provinceId, p.countyId, p.sectorId) &&
           matchesStatus(int(p.status),
                         {int(ProjectStatus::UnderConstruction), int(ProjectStatus::Stalled)}) &&
           (!m_filter.tier || *m_filter.tier == engine::tierOf(p.progress, m_tiers)) &&
           matchesObstacle(row.openObstacles) && matchesStale(row.lastReport) && matchesText(own, place);
}

bool ListMatcher::matches(const storage::UnitRow& row, const QString& own, const QString& place) const
{
    const IdleUnit& u = row.unit;
    return matchesPlace(u.provinceId, u.countyId, u.sectorId) &&
           matchesStatus(int(u.status), {int(UnitStatus::Idle), int(UnitStatus::SemiActive)}) &&
           matchesObstacle(row.openObstacles) && matchesStale(row.lastAction) && matchesText(own, place);
}

} // namespace ehya::io
