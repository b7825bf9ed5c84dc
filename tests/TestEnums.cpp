#include "CoreTestSupport.h"

#include "core/Enums.h"
#include "core/PersianText.h"

#include <QSet>

using namespace ehya;
using namespace Qt::StringLiterals;

namespace {

// Every table: keys are unique snake_case, labels present, and every route back finds the value.
template <typename E> void checkTable(int expectedCount)
{
    const auto& entries = enumEntries<E>();
    CHECK(entries.size() == expectedCount);
    QSet<QString> keys;
    QSet<QString> labels;
    QSet<QString> persian;
    for (const auto& entry : entries) {
        const QString key = QString::fromLatin1(entry.key);
        INFO(key.toStdString());
        CHECK_FALSE(keys.contains(key));
        keys.insert(key);
        labels.insert(searchKey(QString::fromUtf8(entry.labelEn)));
        persian.insert(searchKey(QString::fromUtf16(entry.labelFa)));
        CHECK(key == key.toLower());
        CHECK_FALSE(key.contains(u' '));
        CHECK(enumKey(entry.value) == key);
        CHECK_FALSE(enumLabel(entry.value).isEmpty());
        CHECK(enumFromText<E>(key) == entry.value);
        CHECK(enumFromText<E>(key.toUpper()) == entry.value);
        CHECK(enumFromText<E>(QString::fromUtf8(entry.labelEn)) == entry.value);
        CHECK(enumFromText<E>(QString::fromUtf16(entry.labelFa)) == entry.value);
        CHECK(enumFromText<E>(enumLabel(entry.value)) == entry.value);
    }
    // Labels must be distinct too, or a label would name two values.
    CHECK(labels.size() == entries.size());
    CHECK(persian.size() == entries.size());
    CHECK_FALSE(enumFromText<E>(QString()));
    CHECK_FALSE(enumFromText<E>(u"  "_s));
    CHECK_FALSE(enumFromText<E>(u"no such value"_s));
}

} // namespace

TEST_CASE("enum tables are complete and consistent", "[core][enums]")
{
    checkTable<AgencyGroup>(4);
    checkTable<ProjectStatus>(4);
    checkTable<UnitStatus>(5);
    checkTable<RevivalPath>(7);
    checkTable<ObstacleType>(13);
    checkTable<ActionType>(7);
    checkTable<ActionStatus>(4);
    checkTable<Role>(2);
    checkTable<OwnerKind>(2);
}

TEST_CASE("stable keys used by the database and CSV", "[core][enums]")
{
    CHECK(enumKey(ProjectStatus::UnderConstruction) == u"under_construction"_s);
    CHECK(enumKey(ProjectStatus::Cancelled) == u"cancelled"_s);
    CHECK(enumKey(UnitStatus::SemiActive) == u"semi_active"_s);
    CHECK(enumKey(UnitStatus::Closed) == u"closed"_s);
    CHECK(enumKey(RevivalPath::WorkingCapitalFacility) == u"working_capital_facility"_s);
    CHECK(enumKey(ObstacleType::TaxInsurance) == u"tax_insurance"_s);
    CHECK(enumKey(ObstacleType::SiteInfrastructure) == u"site_infrastructure"_s);
    CHECK(enumKey(ActionType::UtilityConnected) == u"utility_connected"_s);
    CHECK(enumKey(ActionStatus::InProgress) == u"in_progress"_s);
    CHECK(enumKey(AgencyGroup::Infrastructure) == u"infrastructure"_s);
    CHECK(enumKey(Role::Manager) == u"manager"_s);
    CHECK(enumKey(OwnerKind::Unit) == u"unit"_s);
}

TEST_CASE("Persian labels as officers type them", "[core][enums]")
{
    CHECK(enumFromText<ProjectStatus>(u"در دست اجرا"_s) == ProjectStatus::UnderConstruction);
    CHECK(enumFromText<ProjectStatus>(u"متوقف"_s) == ProjectStatus::Stalled);
    CHECK(enumFromText<ProjectStatus>(u"به بهره\u200Cبرداری رسیده"_s) == ProjectStatus::Operational);
    CHECK(enumFromText<ProjectStatus>(u"به بهره برداری رسیده"_s) ==
          ProjectStatus::Operational); // space, not ZWNJ
    CHECK(enumFromText<ProjectStatus>(u"لغو شده"_s) == ProjectStatus::Cancelled);
    CHECK(enumFromText<UnitStatus>(u"راكد"_s) == UnitStatus::Idle);            // Arabic kaf
    CHECK(enumFromText<UnitStatus>(u"نيمه فعال"_s) == UnitStatus::SemiActive); // Arabic yeh, space
    CHECK(enumFromText<UnitStatus>(u"در حال احیا"_s) == UnitStatus::UnderRevival);
    CHECK(enumFromText<UnitStatus>(u"بازگشته به تولید"_s) == UnitStatus::Revived);
    CHECK(enumFromText<UnitStatus>(u"تعطیل دائم"_s) == UnitStatus::Closed);
    CHECK(enumFromText<AgencyGroup>(u"پیشران"_s) == AgencyGroup::Driver);
    CHECK(enumFromText<AgencyGroup>(u"خدمات رسان"_s) == AgencyGroup::Service);
    CHECK(enumFromText<Role>(u"کارشناس"_s) == Role::Officer);
    CHECK(enumFromText<Role>(u"مدیر"_s) == Role::Manager);
    // A label of another enum is not accepted.
    CHECK_FALSE(enumFromText<UnitStatus>(u"در دست اجرا"_s));
    CHECK_FALSE(enumFromText<ProjectStatus>(u"idle"_s));
}
