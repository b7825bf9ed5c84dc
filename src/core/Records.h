#pragma once

#include <QDate>
#include <QString>
#include <QtGlobal>

// The records of DESIGN.md "Domain". Plain values: no Qt object model, no storage. Ids are the
// database rowids; 0 means "not stored yet" (or, for an optional reference, "none").
// Money is whole rials in 64 bits; percents are doubles rounded to one decimal.
namespace ehya {

using Id = qint64;
using Rials = qint64;

enum class AgencyGroup { Driver, Support, Service, Infrastructure };
enum class ProjectStatus { UnderConstruction, Stalled, Operational, Cancelled };
enum class UnitStatus { Idle, SemiActive, UnderRevival, Revived, Closed };
enum class RevivalPath {
    None,
    WorkingCapitalFacility,
    ManagementChange,
    Infrastructure,
    DebtRestructuring,
    MarketSupport,
    Other
};
enum class ObstacleType {
    WorkingCapital,
    BankDebt,
    RawMaterials,
    MarketSales,
    Utilities,
    Currency,
    Permits,
    ManagementDispute,
    Legal,
    TaxInsurance,
    WornOut,
    SiteInfrastructure,
    Other
};
enum class ActionType {
    WorkgroupDecision,
    BankReferral,
    FacilityGranted,
    UtilityConnected,
    ManagementChanged,
    PermitIssued,
    Other
};
enum class ActionStatus { Planned, InProgress, Done, Cancelled };
enum class Role { Officer, Manager };
enum class OwnerKind { Project, Unit };

struct Province
{
    Id id = 0;
    QString code; // short Latin code, e.g. "EA" for East Azerbaijan
    QString nameFa;
    QString nameEn;
};

struct County
{
    Id id = 0;
    Id provinceId = 0;
    QString nameFa;
    QString nameEn;
};

struct Estate // industrial estate or zone (شهرک / ناحیه صنعتی)
{
    Id id = 0;
    Id countyId = 0;
    QString nameFa;
    QString nameEn;
};

struct Sector // ISIC Rev.4 division
{
    Id id = 0;
    QString isic; // two digits, e.g. "29"
    QString nameFa;
    QString nameEn;
};

struct Agency
{
    Id id = 0;
    QString nameFa;
    QString nameEn;
    AgencyGroup group = AgencyGroup::Support;
};

struct User
{
    Id id = 0;
    QString login;
    QString fullName;
    Role role = Role::Officer;
    bool active = true;
};

struct Project // half-finished industrial project (طرح نیمه‌تمام)
{
    Id id = 0;
    int version = 0; // optimistic locking; bumped on every update
    Id provinceId = 0;
    Id countyId = 0;
    Id estateId = 0; // 0: not in an estate
    Id sectorId = 0;
    QString title;
    QString investor;
    QString permitNo; // establishment permit number, unique per province
    QDate permitDate;
    QDate permitExpiry;
    double progress = 0; // physical progress, 0..100, one decimal
    Rials investedRial = 0;
    Rials remainingRial = 0;
    int plannedJobs = 0;
    QString capacity; // free text, e.g. "12,000 t/year"
    ProjectStatus status = ProjectStatus::UnderConstruction;
    bool exportOriented = false;
    QDate expectedCompletion;
    QString notes;
};

struct ProgressReport
{
    Id id = 0;
    Id projectId = 0;
    QDate date;
    double percent = 0;
    QString reportedBy;
    QString note;
};

struct IdleUnit // idle or semi-active factory (واحد راکد)
{
    Id id = 0;
    int version = 0;
    Id provinceId = 0;
    Id countyId = 0;
    Id estateId = 0;
    Id sectorId = 0;
    QString name;
    QString operatorName;
    QString licenceNo; // operation licence number, unique per province
    UnitStatus status = UnitStatus::Idle;
    QDate idleSince;
    double capacityUse = 0; // percent of capacity in use, 0..100
    int jobsBefore = 0;
    int jobsRestorable = 0;
    bool hasMarket = false;
    bool justified = false;
    Rials workingCapitalRial = 0;
    Rials fixedCapitalRial = 0;
    RevivalPath revivalPath = RevivalPath::None;
    bool exportOriented = false;
    QString notes;
};

struct Obstacle
{
    Id id = 0;
    int version = 0;
    OwnerKind ownerKind = OwnerKind::Project;
    Id ownerId = 0;
    ObstacleType type = ObstacleType::Other;
    QString description;
    QDate opened;
    QDate resolved; // null while open
};

struct Action
{
    Id id = 0;
    int version = 0;
    OwnerKind ownerKind = OwnerKind::Project;
    Id ownerId = 0;
    ActionType type = ActionType::Other;
    Id agencyId = 0; // responsible agency; 0: none
    QDate started;
    QDate finished;
    Rials amountRial = 0;
    ActionStatus status = ActionStatus::Planned;
    QString outcome;
};

} // namespace ehya
