#include "Enums.h"

#include "PersianText.h"

#include <QCoreApplication>

namespace ehya {

namespace {

// The tables. Keys are stored in the database and written to CSV: never change one. English
// labels are translation sources (context "ehya::Labels"); Persian labels are what officers type.

const QList<EnumEntry<AgencyGroup>>& table(AgencyGroup)
{
    static const QList<EnumEntry<AgencyGroup>> entries = {
        {AgencyGroup::Driver, "driver", QT_TRANSLATE_NOOP("ehya::Labels", "Driver"), u"پیشران"},
        {AgencyGroup::Support, "support", QT_TRANSLATE_NOOP("ehya::Labels", "Support"), u"پشتیبان"},
        {AgencyGroup::Service, "service", QT_TRANSLATE_NOOP("ehya::Labels", "Service provider"),
         u"خدمات‌رسان"},
        {AgencyGroup::Infrastructure, "infrastructure", QT_TRANSLATE_NOOP("ehya::Labels", "Infrastructure"),
         u"زیرساختی"},
    };
    return entries;
}

const QList<EnumEntry<ProjectStatus>>& table(ProjectStatus)
{
    static const QList<EnumEntry<ProjectStatus>> entries = {
        {ProjectStatus::UnderConstruction, "under_construction",
         QT_TRANSLATE_NOOP("ehya::Labels", "Under construction"), u"در دست اجرا"},
        {ProjectStatus::Stalled, "stalled", QT_TRANSLATE_NOOP("ehya::Labels", "Stalled"), u"متوقف"},
        {ProjectStatus::Operational, "operational", QT_TRANSLATE_NOOP("ehya::Labels", "Operational"),
         u"به بهره‌برداری رسیده"},
        {ProjectStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("ehya::Labels", "Cancelled"), u"لغو شده"},
    };
    return entries;
}

const QList<EnumEntry<UnitStatus>>& table(UnitStatus)
{
    static const QList<EnumEntry<UnitStatus>> entries = {
        {UnitStatus::Idle, "idle", QT_TRANSLATE_NOOP("ehya::Labels", "Idle"), u"راکد"},
        {UnitStatus::SemiActive, "semi_active", QT_TRANSLATE_NOOP("ehya::Labels", "Semi-active"),
         u"نیمه‌فعال"},
        {UnitStatus::UnderRevival, "under_revival", QT_TRANSLATE_NOOP("ehya::Labels", "Under revival"),
         u"در حال احیا"},
        {UnitStatus::Revived, "revived", QT_TRANSLATE_NOOP("ehya::Labels", "Back in production"),
         u"بازگشته به تولید"},
        {UnitStatus::Closed, "closed", QT_TRANSLATE_NOOP("ehya::Labels", "Closed for good"), u"تعطیل دائم"},
    };
    return entries;
}

const QList<EnumEntry<RevivalPath>>& table(RevivalPath)
{
    static const QList<EnumEntry<RevivalPath>> entries = {
        {RevivalPath::None, "none", QT_TRANSLATE_NOOP("ehya::Labels", "Not decided"), u"تعیین نشده"},
        {RevivalPath::WorkingCapitalFacility, "working_capital_facility",
         QT_TRANSLATE_NOOP("ehya::Labels", "Working capital facility"), u"تسهیلات سرمایه در گردش"},
        {RevivalPath::ManagementChange, "management_change",
         QT_TRANSLATE_NOOP("ehya::Labels", "Change of management"), u"تغییر مدیریت"},
        {RevivalPath::Infrastructure, "infrastructure", QT_TRANSLATE_NOOP("ehya::Labels", "Infrastructure"),
         u"تأمین زیرساخت"},
        {RevivalPath::DebtRestructuring, "debt_restructuring",
         QT_TRANSLATE_NOOP("ehya::Labels", "Debt restructuring"), u"استمهال بدهی"},
        {RevivalPath::MarketSupport, "market_support", QT_TRANSLATE_NOOP("ehya::Labels", "Market support"),
         u"حمایت از بازار"},
        {RevivalPath::Other, "other", QT_TRANSLATE_NOOP("ehya::Labels", "Other"), u"سایر"},
    };
    return entries;
}

const QList<EnumEntry<ObstacleType>>& table(ObstacleType)
{
    static const QList<EnumEntry<ObstacleType>> entries = {
        {ObstacleType::WorkingCapital, "working_capital",
         QT_TRANSLATE_NOOP("ehya::Labels", "Working capital and liquidity"),
         u"کمبود نقدینگی و سرمایه در گردش"},
        {ObstacleType::BankDebt, "bank_debt", QT_TRANSLATE_NOOP("ehya::Labels", "Bank debt"), u"بدهی بانکی"},
        {ObstacleType::RawMaterials, "raw_materials", QT_TRANSLATE_NOOP("ehya::Labels", "Raw materials"),
         u"تأمین مواد اولیه"},
        {ObstacleType::MarketSales, "market_sales", QT_TRANSLATE_NOOP("ehya::Labels", "Market and sales"),
         u"بازار و فروش"},
        {ObstacleType::Utilities, "utilities",
         QT_TRANSLATE_NOOP("ehya::Labels", "Utilities (water, electricity, gas)"), u"انشعابات آب، برق و گاز"},
        {ObstacleType::Currency, "currency", QT_TRANSLATE_NOOP("ehya::Labels", "Currency allocation"),
         u"تخصیص ارز"},
        {ObstacleType::Permits, "permits", QT_TRANSLATE_NOOP("ehya::Labels", "Permits"), u"مجوزها"},
        {ObstacleType::ManagementDispute, "management_dispute",
         QT_TRANSLATE_NOOP("ehya::Labels", "Management or partner dispute"), u"اختلاف مدیریتی و شرکا"},
        {ObstacleType::Legal, "legal", QT_TRANSLATE_NOOP("ehya::Labels", "Legal"), u"مشکلات حقوقی و قضایی"},
        {ObstacleType::TaxInsurance, "tax_insurance", QT_TRANSLATE_NOOP("ehya::Labels", "Tax and insurance"),
         u"مالیات و بیمه"},
        {ObstacleType::WornOut, "worn_out",
         QT_TRANSLATE_NOOP("ehya::Labels", "Worn-out machinery or building"),
         u"فرسودگی ماشین‌آلات و ساختمان"},
        {ObstacleType::SiteInfrastructure, "site_infrastructure",
         QT_TRANSLATE_NOOP("ehya::Labels", "Site infrastructure"), u"زیرساخت محل استقرار"},
        {ObstacleType::Other, "other", QT_TRANSLATE_NOOP("ehya::Labels", "Other"), u"سایر"},
    };
    return entries;
}

const QList<EnumEntry<ActionType>>& table(ActionType)
{
    static const QList<EnumEntry<ActionType>> entries = {
        {ActionType::WorkgroupDecision, "workgroup_decision",
         QT_TRANSLATE_NOOP("ehya::Labels", "Workgroup decision"), u"مصوبه کارگروه"},
        {ActionType::BankReferral, "bank_referral", QT_TRANSLATE_NOOP("ehya::Labels", "Referred to a bank"),
         u"معرفی به بانک"},
        {ActionType::FacilityGranted, "facility_granted",
         QT_TRANSLATE_NOOP("ehya::Labels", "Facility granted"), u"پرداخت تسهیلات"},
        {ActionType::UtilityConnected, "utility_connected",
         QT_TRANSLATE_NOOP("ehya::Labels", "Utility connected"), u"وصل انشعاب"},
        {ActionType::ManagementChanged, "management_changed",
         QT_TRANSLATE_NOOP("ehya::Labels", "Management changed"), u"تغییر مدیریت"},
        {ActionType::PermitIssued, "permit_issued", QT_TRANSLATE_NOOP("ehya::Labels", "Permit issued"),
         u"صدور مجوز"},
        {ActionType::Other, "other", QT_TRANSLATE_NOOP("ehya::Labels", "Other"), u"سایر"},
    };
    return entries;
}

const QList<EnumEntry<ActionStatus>>& table(ActionStatus)
{
    static const QList<EnumEntry<ActionStatus>> entries = {
        {ActionStatus::Planned, "planned", QT_TRANSLATE_NOOP("ehya::Labels", "Planned"),
         u"برنامه‌ریزی شده"},
        {ActionStatus::InProgress, "in_progress", QT_TRANSLATE_NOOP("ehya::Labels", "In progress"),
         u"در حال انجام"},
        {ActionStatus::Done, "done", QT_TRANSLATE_NOOP("ehya::Labels", "Done"), u"انجام شده"},
        {ActionStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("ehya::Labels", "Cancelled"), u"لغو شده"},
    };
    return entries;
}

const QList<EnumEntry<Role>>& table(Role)
{
    static const QList<EnumEntry<Role>> entries = {
        {Role::Officer, "officer", QT_TRANSLATE_NOOP("ehya::Labels", "Officer"), u"کارشناس"},
        {Role::Manager, "manager", QT_TRANSLATE_NOOP("ehya::Labels", "Manager"), u"مدیر"},
    };
    return entries;
}

const QList<EnumEntry<OwnerKind>>& table(OwnerKind)
{
    static const QList<EnumEntry<OwnerKind>> entries = {
        {OwnerKind::Project, "project", QT_TRANSLATE_NOOP("ehya::Labels", "Project"), u"طرح"},
        {OwnerKind::Unit, "unit", QT_TRANSLATE_NOOP("ehya::Labels", "Unit"), u"واحد"},
    };
    return entries;
}

template <typename E> const EnumEntry<E>* findEntry(E value)
{
    for (const auto& entry : enumEntries<E>()) {
        if (entry.value == value)
            return &entry;
    }
    return nullptr;
}

} // namespace

template <typename E> const QList<EnumEntry<E>>& enumEntries()
{
    return table(E{});
}

template <typename E> QString enumKey(E value)
{
    const auto* entry = findEntry(value);
    return entry ? QString::fromLatin1(entry->key) : QString();
}

template <typename E> QString enumLabel(E value)
{
    const auto* entry = findEntry(value);
    return entry ? QCoreApplication::translate("ehya::Labels", entry->labelEn) : QString();
}

template <typename E> std::optional<E> enumFromText(const QString& text)
{
    // What the database holds is the key itself: found without folding (the lists read 100k rows).
    for (const auto& entry : enumEntries<E>()) {
        if (text == QLatin1String(entry.key))
            return entry.value;
    }
    const QString wanted = searchKey(text);
    if (wanted.isEmpty())
        return std::nullopt;
    const auto& entries = enumEntries<E>();
    // Keys first, then English labels, then Persian labels, so that a key always wins.
    for (const auto& entry : entries) {
        if (searchKey(QString::fromLatin1(entry.key)) == wanted)
            return entry.value;
    }
    for (const auto& entry : entries) {
        if (searchKey(QString::fromUtf8(entry.labelEn)) == wanted)
            return entry.value;
    }
    for (const auto& entry : entries) {
        if (searchKey(QString::fromUtf16(entry.labelFa)) == wanted)
            return entry.value;
    }
    // The translated label, when the UI runs in a language other than English.
    for (const auto& entry : entries) {
        if (searchKey(QCoreApplication::translate("ehya::Labels", entry.labelEn)) == wanted)
            return entry.value;
    }
    return std::nullopt;
}

#define EHYA_INSTANTIATE_ENUM(E)                                                                             \
    template const QList<EnumEntry<E>>& enumEntries<E>();                                                    \
    template QString enumKey<E>(E);                                                                          \
    template QString enumLabel<E>(E);                                                                        \
    template std::optional<E> enumFromText<E>(const QString&);

EHYA_INSTANTIATE_ENUM(AgencyGroup)
EHYA_INSTANTIATE_ENUM(ProjectStatus)
EHYA_INSTANTIATE_ENUM(UnitStatus)
EHYA_INSTANTIATE_ENUM(RevivalPath)
EHYA_INSTANTIATE_ENUM(ObstacleType)
EHYA_INSTANTIATE_ENUM(ActionType)
EHYA_INSTANTIATE_ENUM(ActionStatus)
EHYA_INSTANTIATE_ENUM(Role)
EHYA_INSTANTIATE_ENUM(OwnerKind)

#undef EHYA_INSTANTIATE_ENUM

} // namespace ehya
