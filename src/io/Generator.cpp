#include "Generator.h"

#include "GeneratorRandom.h"
#include "GeneratorSinks.h"
#include "IoText.h"
#include "core/Validation.h"
#include "storage/Repositories.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <array>
#include <cmath>

namespace ehya::io {

namespace {

using generator::Random;
using generator::Sink;

// Dates are drawn relative to a fixed day (1403/01/01), not today, so that a seed always gives
// the same data.
const QDate referenceDay(2024, 3, 20);

struct CountyPlace
{
    Id id = 0;
    QList<Id> estates;
};

struct ProvincePlace
{
    Id id = 0;
    QString code;
    QList<CountyPlace> counties;
};

struct Places
{
    QList<ProvincePlace> provinces; // those with at least one county
    QList<Id> sectors;
    QList<Id> agencies;
    QStringList users;
};

Result<Places> loadPlaces(storage::Database& db)
{
    storage::ReferenceRepository reference(db);
    auto provinces = reference.provinces();
    auto counties = reference.counties();
    auto estates = reference.estates();
    auto sectors = reference.sectors();
    auto agencies = reference.agencies();
    auto users = reference.users();
    for (const Error* error :
         {provinces ? nullptr : &provinces.error(), counties ? nullptr : &counties.error(),
          estates ? nullptr : &estates.error(), sectors ? nullptr : &sectors.error(),
          agencies ? nullptr : &agencies.error(), users ? nullptr : &users.error()}) {
        if (error)
            return *error;
    }
    QHash<Id, QList<Id>> estatesOfCounty;
    for (const Estate& estate : *estates)
        estatesOfCounty[estate.countyId].append(estate.id);
    QHash<Id, QList<CountyPlace>> countiesOfProvince;
    for (const County& county : *counties)
        countiesOfProvince[county.provinceId].append({county.id, estatesOfCounty.value(county.id)});
    Places places;
    for (const Province& province : *provinces) {
        if (!countiesOfProvince.value(province.id).isEmpty())
            places.provinces.append({province.id, province.code, countiesOfProvince.value(province.id)});
    }
    for (const Sector& sector : *sectors)
        places.sectors.append(sector.id);
    for (const Agency& agency : *agencies)
        places.agencies.append(agency.id);
    for (const User& user : *users)
        places.users.append(user.login);
    if (places.provinces.isEmpty() || places.sectors.isEmpty())
        return Error{Error::Kind::Invalid,
                     IoText::tr("The database holds no provinces with counties or no sectors; load the "
                                "reference data first (ehya-cli init).")};
    if (places.users.isEmpty())
        places.users.append(db.currentUser());
    return places;
}

const std::array<const char16_t*, 16> products{u"تولید قطعات خودرو",
                                               u"کارخانه سیمان",
                                               u"تولید کفش",
                                               u"فرآوری مواد معدنی",
                                               u"تولید لوله و پروفیل",
                                               u"صنایع غذایی و کنسرو",
                                               u"تولید فرش ماشینی",
                                               u"ذوب و نورد فولاد",
                                               u"تولید قیر",
                                               u"تولید پلاستیک",
                                               u"صنایع چوب و مبلمان",
                                               u"تولید دارو",
                                               u"تولید ماشین‌آلات",
                                               u"تولید کاشی و سرامیک",
                                               u"صنایع لبنی",
                                               u"تولید آهک"};
const std::array<const char16_t*, 12> names{u"آذر",  u"سهند", u"تبریز", u"ارس", u"سبلان", u"البرز",
                                            u"پارس", u"کوثر", u"نگین",  u"مهر", u"سپهر",  u"آریا"};

Rials roundedRials(double rials, Rials step)
{
    return static_cast<Rials>(std::llround(rials / static_cast<double>(step))) * step;
}

class Builder final
{
public:
    Builder(const Places& places, const GenerateOptions& options, Sink& sink)
        : m_places(places), m_options(options), m_sink(sink), m_random(options.seed),
          m_sequence(places.provinces.size(), 0)
    {
    }

    Status run()
    {
        for (qint64 i = 0; i < m_options.projects; ++i) {
            if (const Status status = project(i); !status)
                return status;
        }
        std::fill(m_sequence.begin(), m_sequence.end(), 0);
        for (qint64 i = 0; i < m_options.units; ++i) {
            if (const Status status = unit(i); !status)
                return status;
        }
        return {};
    }

    const GenerateSummary& summary() const { return m_summary; }

private:
    // Round-robin over provinces, so that every province gets rows; random county, estate, sector.
    const ProvincePlace& place(qint64 i, Id& countyId, Id& estateId, Id& sectorId, QString& number,
                               const char* prefix)
    {
        const qsizetype index = static_cast<qsizetype>(i % m_places.provinces.size());
        const ProvincePlace& province = m_places.provinces.at(index);
        const CountyPlace& county = m_random.pick(province.counties);
        countyId = county.id;
        estateId = !county.estates.isEmpty() && m_random.chance(0.55) ? m_random.pick(county.estates) : 0;
        sectorId = m_random.pick(m_places.sectors);
        number = QStringLiteral("%1%2-%3-%4")
                     .arg(QLatin1String(prefix))
                     .arg(m_options.seed)
                     .arg(province.code)
                     .arg(++m_sequence[index], 6, 10, QLatin1Char('0'));
        return province;
    }

    QDate dayBetween(const QDate& from, const QDate& to)
    {
        const qint64 days = std::max<qint64>(0, from.daysTo(to));
        return from.addDays(m_random.between(0, days));
    }

    QString company()
    {
        return u"شرکت " + QString::fromUtf16(m_random.pick(names)) + u" " +
               QString::fromUtf16(m_random.pick(names));
    }

    Status project(qint64 i)
    {
        Project p;
        p.provinceId = place(i, p.countyId, p.estateId, p.sectorId, p.permitNo, "G").id;
        p.title =
            QString::fromUtf16(m_random.pick(products)) + u" " + QString::fromUtf16(m_random.pick(names));
        p.investor = company();
        const double s = m_random.unit();
        p.status = s < 0.50   ? ProjectStatus::UnderConstruction
                   : s < 0.85 ? ProjectStatus::Stalled
                   : s < 0.95 ? ProjectStatus::Operational
                              : ProjectStatus::Cancelled;
        const bool halfFinished =
            p.status == ProjectStatus::UnderConstruction || p.status == ProjectStatus::Stalled;
        p.progress = p.status == ProjectStatus::Operational
                         ? 100.0
                         : roundPercent(m_random.unit() * (halfFinished ? 99.9 : 60.0));
        p.permitDate = dayBetween(QDate(2010, 1, 1), referenceDay.addYears(-1));
        p.permitExpiry = p.permitDate.addYears(3 + static_cast<int>(m_random.below(3)));
        // Total cost 3 to ~400 billion rials, spread log-uniformly; invested in line with progress.
        const double total = std::pow(10.0, 0.5 + 2.1 * m_random.unit()) * 1e9;
        p.investedRial = roundedRials(total * p.progress / 100.0, 1'000'000);
        p.remainingRial =
            halfFinished ? roundedRials(total - static_cast<double>(p.investedRial), 1'000'000) : 0;
        p.plannedJobs = static_cast<int>(2 + std::llround(std::pow(10.0, 1.4 * m_random.unit())));
        p.capacity = QStringLiteral("%1 t/year").arg(m_random.between(1, 500) * 100);
        p.exportOriented = m_random.chance(0.2);
        p.notes = QStringLiteral(""); // empty, not NULL: the text columns are NOT NULL
        if (halfFinished)
            p.expectedCompletion = referenceDay.addDays(m_random.between(30, 1500));
        if (auto id = m_sink.project(p); !id)
            return id.error();
        ++m_summary.projects;

        if (m_random.chance(0.5)) {
            const int reports = static_cast<int>(m_random.between(2, 4));
            QDate day = p.permitDate;
            const qint64 span = std::max<qint64>(reports, day.daysTo(referenceDay));
            for (int k = 1; k <= reports; ++k) {
                ProgressReport r;
                r.projectId = p.id;
                day = day.addDays(m_random.between(1, span / reports));
                r.date = day;
                r.percent = k == reports ? p.progress : roundPercent(p.progress * k / reports);
                r.reportedBy = m_random.pick(m_places.users);
                r.note = QStringLiteral("");
                if (auto id = m_sink.report(r); !id)
                    return id.error();
                ++m_summary.reports;
            }
        }
        return followUp(OwnerKind::Project, p.id, p.permitDate,
                        p.status == ProjectStatus::Stalled ? 0.8 : 0.2, 0.15);
    }

    Status unit(qint64 i)
    {
        IdleUnit u;
        u.provinceId = place(i, u.countyId, u.estateId, u.sectorId, u.licenceNo, "L").id;
        u.name = u"واحد " + QString::fromUtf16(m_random.pick(products)) + u" " +
                 QString::fromUtf16(m_random.pick(names));
        u.operatorName = company();
        const double s = m_random.unit();
        u.status = s < 0.45   ? UnitStatus::Idle
                   : s < 0.70 ? UnitStatus::SemiActive
                   : s < 0.80 ? UnitStatus::UnderRevival
                   : s < 0.92 ? UnitStatus::Revived
                              : UnitStatus::Closed;
        u.idleSince = dayBetween(QDate(2012, 1, 1), referenceDay.addDays(-60));
        switch (u.status) {
        case UnitStatus::SemiActive:
            u.capacityUse = roundPercent(10 + 40 * m_random.unit());
            break;
        case UnitStatus::Revived:
            u.capacityUse = roundPercent(50 + 50 * m_random.unit());
            break;
        default:
            u.capacityUse = roundPercent(10 * m_random.unit());
            break;
        }
        u.jobsBefore = static_cast<int>(5 + std::llround(std::pow(10.0, 2.5 * m_random.unit())));
        u.jobsRestorable = static_cast<int>(m_random.between(u.jobsBefore / 2, u.jobsBefore));
        u.hasMarket = m_random.chance(0.6);
        u.justified = m_random.chance(u.hasMarket ? 0.75 : 0.3);
        u.workingCapitalRial = roundedRials(std::pow(10.0, 0.3 + 2.4 * m_random.unit()) * 1e9, 1'000'000);
        u.fixedCapitalRial =
            m_random.chance(0.5) ? roundedRials(std::pow(10.0, 2.0 * m_random.unit()) * 1e9, 1'000'000) : 0;
        if (u.status == UnitStatus::Revived || u.status == UnitStatus::UnderRevival) {
            const double path = m_random.unit();
            u.revivalPath = path < 0.25   ? RevivalPath::ManagementChange
                            : path < 0.70 ? RevivalPath::WorkingCapitalFacility
                            : path < 0.80 ? RevivalPath::Infrastructure
                            : path < 0.90 ? RevivalPath::DebtRestructuring
                                          : RevivalPath::MarketSupport;
        }
        u.exportOriented = m_random.chance(0.15);
        u.notes = QStringLiteral("");
        if (auto id = m_sink.unit(u); !id)
            return id.error();
        ++m_summary.units;
        const bool candidate = u.status == UnitStatus::Idle || u.status == UnitStatus::SemiActive;
        return followUp(OwnerKind::Unit, u.id, u.idleSince, candidate ? 0.7 : 0.3, 0.4);
    }

    // Obstacles and actions on a share of the records, dated after `since`.
    Status followUp(OwnerKind kind, Id ownerId, const QDate& since, double obstacleShare, double actionShare)
    {
        if (m_random.chance(obstacleShare)) {
            for (qint64 k = m_random.between(1, 2); k > 0; --k) {
                Obstacle o;
                o.ownerKind = kind;
                o.ownerId = ownerId;
                o.type = static_cast<ObstacleType>(m_random.below(int(ObstacleType::Other) + 1));
                o.description = QStringLiteral("");
                o.opened = dayBetween(since, referenceDay);
                if (m_random.chance(0.3))
                    o.resolved = dayBetween(o.opened, referenceDay);
                if (auto id = m_sink.obstacle(o); !id)
                    return id.error();
                ++m_summary.obstacles;
            }
        }
        if (m_random.chance(actionShare)) {
            for (qint64 k = m_random.between(1, 2); k > 0; --k) {
                Action a;
                a.ownerKind = kind;
                a.ownerId = ownerId;
                a.type = static_cast<ActionType>(m_random.below(int(ActionType::Other) + 1));
                a.agencyId = m_places.agencies.isEmpty() ? 0 : m_random.pick(m_places.agencies);
                a.outcome = QStringLiteral("");
                a.started = dayBetween(since, referenceDay);
                a.status = static_cast<ActionStatus>(m_random.below(int(ActionStatus::Cancelled) + 1));
                if (a.status == ActionStatus::Done)
                    a.finished = dayBetween(a.started, referenceDay);
                if (a.type == ActionType::FacilityGranted)
                    a.amountRial = m_random.between(1, 500) * 1'000'000'000LL;
                if (auto id = m_sink.action(a); !id)
                    return id.error();
                ++m_summary.actions;
            }
        }
        return {};
    }

    const Places& m_places;
    const GenerateOptions& m_options;
    Sink& m_sink;
    Random m_random;
    QList<qint64> m_sequence; // numbers given per province
    GenerateSummary m_summary;
};

// A second run with the same seed would repeat the permit and licence numbers: say so clearly.
Status checkSeedUnused(storage::Database& db, quint64 seed)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM project WHERE permit_no LIKE ? UNION ALL "
                                 "SELECT 1 FROM unit WHERE licence_no LIKE ? LIMIT 1"));
    query.bindValue(0, QStringLiteral("G%1-%").arg(seed));
    query.bindValue(1, QStringLiteral("L%1-%").arg(seed));
    if (!query.exec())
        return Error{Error::Kind::Database,
                     IoText::tr("Could not read the database: %1").arg(query.lastError().text())};
    if (query.next())
        return Error{Error::Kind::Invalid,
                     IoText::tr("The database already holds data generated with seed %1; use "
                                "another seed.")
                         .arg(seed)};
    return {};
}

} // namespace

Result<GenerateSummary> generateData(storage::Database& db, const GenerateOptions& options)
{
    if (options.projects < 0 || options.units < 0)
        return Error{Error::Kind::Invalid,
                     IoText::tr("The numbers of projects and units cannot be negative.")};
    storage::Transaction transaction(db);
    if (!transaction.started())
        return transaction.started().error();
    auto places = loadPlaces(db);
    if (!places)
        return places.error();
    if (const Status unused = checkSeedUnused(db, options.seed); !unused)
        return unused.error();
    std::unique_ptr<Sink> sink;
    if (options.writer == GenerateWriter::Repositories) {
        sink = generator::repositorySink(db);
    } else {
        auto direct = generator::directSink(db);
        if (!direct)
            return direct.error();
        sink = std::move(*direct);
    }
    // A larger page cache while generating keeps the indexes in memory (64 MiB, this connection
    // only); the previous size is restored afterwards.
    QVariant cacheSize;
    if (!db.isPostgres()) {
        QSqlQuery pragma(db.connection());
        if (pragma.exec(QStringLiteral("PRAGMA cache_size")) && pragma.next())
            cacheSize = pragma.value(0);
        pragma.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    }
    Builder builder(*places, options, *sink);
    const Status built = builder.run();
    if (cacheSize.isValid())
        QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize.toLongLong()));
    if (!built)
        return built.error();
    sink.reset(); // finish the prepared statements before the commit
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return builder.summary();
}

} // namespace ehya::io
