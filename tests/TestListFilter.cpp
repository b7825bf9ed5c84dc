// The filter rule of the officers' lists (io::ListFilter / ListMatcher), without widgets: Persian
// text as officers type it, every condition alone and combined, and the saved form.
#include <catch2/catch.hpp>

#include "io/ListFilter.h"

using namespace ehya;
using io::ListFilter;
using io::ListMatcher;

namespace {

storage::ProjectRow project(const QString& title, const QString& permit, double progress)
{
    storage::ProjectRow row;
    row.project.id = 1;
    row.project.title = title;
    row.project.investor = QStringLiteral("شرکت نمونه");
    row.project.permitNo = permit;
    row.project.progress = progress;
    row.project.provinceId = 3;
    row.project.countyId = 30;
    row.project.sectorId = 7;
    row.project.status = ProjectStatus::UnderConstruction;
    row.provinceFa = QStringLiteral("آذربایجان شرقی");
    row.provinceEn = QStringLiteral("East Azerbaijan");
    row.countyFa = QStringLiteral("مراغه");
    row.countyEn = QStringLiteral("Maragheh");
    row.sectorFa = QStringLiteral("فلزات اساسی");
    row.sectorEn = QStringLiteral("Basic metals");
    row.sectorIsic = QStringLiteral("24");
    row.lastReport = QDate(2025, 3, 1);
    return row;
}

bool keeps(const ListFilter& filter, const storage::ProjectRow& row, QDate today = QDate(2025, 6, 1))
{
    return ListMatcher(filter, {}, today).matches(row, io::ownSearchText(row), io::placeSearchText(row));
}

ListFilter text(const QString& t)
{
    ListFilter f;
    f.text = t;
    return f;
}

} // namespace

TEST_CASE("list filter: free text ignores Arabic letter forms, ZWNJ, spaces and digit kinds", "[filter]")
{
    const auto row = project(QStringLiteral("کارخانه‌ی ریخته‌گری چدن"),
                             QStringLiteral("9114-0023"), 80);
    CHECK(keeps(text(QStringLiteral("كارخانه ي")), row)); // Arabic kaf and yeh, a space for ZWNJ
    CHECK(keeps(text(QStringLiteral("کارخانهی")), row));  // no separator at all
    CHECK(keeps(text(QStringLiteral("ریخته گری")), row));
    CHECK(keeps(text(QStringLiteral("۹۱۱۴")), row));            // Persian digits find Latin ones
    CHECK(keeps(text(QStringLiteral("maragheh")), row));        // county, any case
    CHECK(keeps(text(QStringLiteral("چدن  مراغه")), row));      // every word, in different fields
    CHECK_FALSE(keeps(text(QStringLiteral("چدن تبریز")), row)); // one word missing
    CHECK_FALSE(keeps(text(QStringLiteral("آلومینیوم")), row));
    CHECK(keeps(text(QStringLiteral("  ")), row)); // blank keeps everything
}

TEST_CASE("list filter: a word never spans two fields", "[filter]")
{
    const auto row = project(QStringLiteral("ab"), QStringLiteral("cd"), 10);
    CHECK(keeps(text(QStringLiteral("ab")), row));
    CHECK_FALSE(keeps(text(QStringLiteral("bc")), row)); // end of the title + start of the permit
}

TEST_CASE("list filter: place, tier, status, obstacle and staleness combine", "[filter]")
{
    auto row = project(QStringLiteral("طرح"), QStringLiteral("1"), 77.0); // tier A
    ListFilter f;
    f.provinceId = 3;
    f.countyId = 30;
    f.sectorId = 7;
    f.tier = engine::Tier::A;
    f.status = int(ProjectStatus::UnderConstruction);
    CHECK(keeps(f, row));
    row.project.progress = 74.9; // tier B now
    CHECK_FALSE(keeps(f, row));
    f.tier = engine::Tier::B;
    CHECK(keeps(f, row));
    f.countyId = 31;
    CHECK_FALSE(keeps(f, row));
    f.countyId = 30;

    f.obstacleType = int(ObstacleType::BankDebt);
    CHECK_FALSE(keeps(f, row));
    row.openObstacles = 1u << int(ObstacleType::BankDebt);
    CHECK(keeps(f, row));
    f.obstacleType = io::kNoOpenObstacle; // none open: the bank debt is
    CHECK_FALSE(keeps(f, row));
    row.openObstacles = 0;
    CHECK(keeps(f, row));
    row.openObstacles = 1u << int(ObstacleType::BankDebt);
    f.obstacleType = int(ObstacleType::BankDebt);

    // Last report 2025-03-01: not stale for 6 months on 2025-06-01, stale for 2.
    f.staleMonths = 6;
    CHECK_FALSE(keeps(f, row));
    f.staleMonths = 2;
    CHECK(keeps(f, row));
    row.lastReport = {}; // never reported: stale for any N
    f.staleMonths = 120;
    CHECK(keeps(f, row));
    f.status = int(ProjectStatus::Stalled);
    CHECK_FALSE(keeps(f, row));
}

TEST_CASE("list filter: units match by name, licence and their own status", "[filter]")
{
    storage::UnitRow row;
    row.unit.name = QStringLiteral("کاشی سازان");
    row.unit.licenceNo = QStringLiteral("۵۵۰۱");
    row.unit.status = UnitStatus::SemiActive;
    const ListMatcher byText(text(QStringLiteral("كاشي 5501")), {}, QDate(2025, 1, 1));
    CHECK(byText.matches(row, io::ownSearchText(row), io::placeSearchText(row)));
    ListFilter f;
    f.status = int(UnitStatus::Idle);
    CHECK_FALSE(
        ListMatcher(f, {}, QDate(2025, 1, 1)).matches(row, io::ownSearchText(row), io::placeSearchText(row)));
    f.status = int(UnitStatus::SemiActive);
    f.tier = engine::Tier::A; // tiers are for projects: ignored for units
    CHECK(
        ListMatcher(f, {}, QDate(2025, 1, 1)).matches(row, io::ownSearchText(row), io::placeSearchText(row)));
}

TEST_CASE("list filter: the saved form reads back the same, and junk reads as no filter", "[filter]")
{
    ListFilter f;
    f.text = QStringLiteral("ریخته‌گری \"۹۱\";&=");
    f.provinceId = 3;
    f.countyId = 44;
    f.sectorId = 9;
    f.tier = engine::Tier::C;
    f.status = 1;
    f.obstacleType = 4;
    f.staleMonths = 12;
    CHECK(ListFilter::fromString(f.toString()) == f);
    CHECK(ListFilter::fromString(ListFilter{}.toString()).isEmpty());
    CHECK(ListFilter::fromString(QStringLiteral("not json")).isEmpty());
    CHECK(ListFilter::fromString(QStringLiteral("{\"stale\": -5, \"obstacle\": 99, \"tier\": \"Q\"}"))
              .isEmpty());
    CHECK(ListFilter::fromString(QStringLiteral("{\"stale\": 3}")).staleMonths == 3);
    // The last obstacle type and "no open obstacle" are kept too.
    f.obstacleType = int(ObstacleType::Other);
    CHECK(ListFilter::fromString(f.toString()) == f);
    f.obstacleType = io::kNoOpenObstacle;
    CHECK(ListFilter::fromString(f.toString()) == f);
}
