#pragma once

// Shared set-up of the storage tests: a real SQLite file in a temporary folder, reference data,
// and records with every field filled.
#include <catch2/catch.hpp>

#include "ServerTest.h"
#include "storage/Database.h"
#include "storage/Repositories.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& text) { return '"' + text.toStdString() + '"'; }
};
} // namespace Catch

// REQUIRE that a Result / Status is ok, showing its error message when it is not.
#define REQUIRE_OK(expr)                                                                                     \
    do {                                                                                                     \
        const auto& ehyaResult_ = (expr);                                                                    \
        INFO((ehyaResult_.ok() ? std::string() : ehyaResult_.error().message.toStdString()));                \
        REQUIRE(ehyaResult_.ok());                                                                           \
    } while (false)

namespace ehya::test {

inline std::unique_ptr<storage::Database> openDb(const QString& path, const Clock* clock = nullptr,
                                                 bool create = true)
{
    storage::OpenOptions options;
    options.create = create;
    options.user = QStringLiteral("tester");
    options.clock = clock;
    auto db = storage::Database::open(testLocation(path), options);
    INFO((db.ok() ? QString() : db.error().message).toStdString());
    REQUIRE(db.ok());
    return std::move(db).value();
}

struct Seed
{
    Province province{0, QStringLiteral("EA"), QStringLiteral("آذربایجان شرقی"),
                      QStringLiteral("East Azerbaijan")};
    Province other{0, QStringLiteral("WA"), QStringLiteral("آذربایجان غربی"),
                   QStringLiteral("West Azerbaijan")};
    County county{0, 0, QStringLiteral("تبریز"), QStringLiteral("Tabriz")};
    County county2{0, 0, QStringLiteral("مرند"), QStringLiteral("Marand")};
    County otherCounty{0, 0, QStringLiteral("ارومیه"), QStringLiteral("Urmia")};
    Estate estate{0, 0, QStringLiteral("شهرک صنعتی شهید سلیمی"), QStringLiteral("Shahid Salimi estate")};
    Sector sector{0, QStringLiteral("29"), QStringLiteral("خودرو و قطعات"), QStringLiteral("Motor vehicles")};
    Sector sector2{0, QStringLiteral("10"), QStringLiteral("مواد غذایی"), QStringLiteral("Food products")};
    Agency agency{0, QStringLiteral("بانک صنعت و معدن"), QStringLiteral("Bank of Industry and Mine"),
                  AgencyGroup::Service};
};

inline Seed seed(storage::Database& db)
{
    Seed s;
    storage::ReferenceRepository refs(db);
    REQUIRE_OK(refs.add(s.province));
    REQUIRE_OK(refs.add(s.other));
    s.county.provinceId = s.province.id;
    s.county2.provinceId = s.province.id;
    s.otherCounty.provinceId = s.other.id;
    REQUIRE_OK(refs.add(s.county));
    REQUIRE_OK(refs.add(s.county2));
    REQUIRE_OK(refs.add(s.otherCounty));
    s.estate.countyId = s.county.id;
    REQUIRE_OK(refs.add(s.estate));
    REQUIRE_OK(refs.add(s.sector));
    REQUIRE_OK(refs.add(s.sector2));
    REQUIRE_OK(refs.add(s.agency));
    return s;
}

inline Project sampleProject(const Seed& s, const QString& permit)
{
    Project p;
    p.provinceId = s.province.id;
    p.countyId = s.county.id;
    p.estateId = s.estate.id;
    p.sectorId = s.sector.id;
    p.title = QStringLiteral("قطعه‌سازی ") + permit;
    p.investor = QStringLiteral("شرکت نمونه");
    p.permitNo = permit;
    p.permitDate = QDate(2019, 3, 2);
    p.permitExpiry = QDate(2025, 3, 1);
    p.progress = 62.5;
    p.investedRial = 850'000'000'000;
    p.remainingRial = 1'250'000'000'000;
    p.plannedJobs = 120;
    p.capacity = QStringLiteral("12,000 t/year");
    p.status = ProjectStatus::Stalled;
    p.exportOriented = true;
    p.expectedCompletion = QDate(2026, 6, 30);
    p.notes = QStringLiteral("needs a gas connection");
    return p;
}

inline IdleUnit sampleUnit(const Seed& s, const QString& licence)
{
    IdleUnit u;
    u.provinceId = s.province.id;
    u.countyId = s.county2.id;
    u.estateId = 0;
    u.sectorId = s.sector2.id;
    u.name = QStringLiteral("کارخانه کنسرو ") + licence;
    u.operatorName = QStringLiteral("Ali Rezaei");
    u.licenceNo = licence;
    u.status = UnitStatus::SemiActive;
    u.idleSince = QDate(2021, 9, 23);
    u.capacityUse = 35.5;
    u.jobsBefore = 80;
    u.jobsRestorable = 65;
    u.hasMarket = true;
    u.justified = true;
    u.workingCapitalRial = 40'000'000'000;
    u.fixedCapitalRial = 15'000'000'000;
    u.revivalPath = RevivalPath::WorkingCapitalFacility;
    u.exportOriented = false;
    u.notes = QStringLiteral("bank debt rescheduled");
    return u;
}

inline QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// One value of a query on the database's own connection (for checks the API does not offer).
inline QVariant queryValue(storage::Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(sql));
    if (!query.next())
        return {};
    return query.value(0);
}

inline qint64 countRows(storage::Database& db, const QString& sql)
{
    return queryValue(db, sql).toLongLong();
}

} // namespace ehya::test
