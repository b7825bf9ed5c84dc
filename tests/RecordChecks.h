#pragma once

// Field-by-field comparison of two records, shared by the storage, listing and form tests.
// Percents are compared exactly: both sides are stored values rounded to one decimal.
#include "core/Records.h"

#include <catch2/catch.hpp>

namespace ehya::test {

inline void checkSame(const Project& a, const Project& b)
{
    INFO("project " << a.id << " " << a.title.toStdString());
    CHECK(a.id == b.id);
    CHECK(a.version == b.version);
    CHECK(a.provinceId == b.provinceId);
    CHECK(a.countyId == b.countyId);
    CHECK(a.estateId == b.estateId);
    CHECK(a.sectorId == b.sectorId);
    CHECK(a.title == b.title);
    CHECK(a.investor == b.investor);
    CHECK(a.permitNo == b.permitNo);
    CHECK(a.permitDate == b.permitDate);
    CHECK(a.permitExpiry == b.permitExpiry);
    CHECK(a.progress == b.progress);
    CHECK(a.investedRial == b.investedRial);
    CHECK(a.remainingRial == b.remainingRial);
    CHECK(a.plannedJobs == b.plannedJobs);
    CHECK(a.capacity == b.capacity);
    CHECK(a.status == b.status);
    CHECK(a.exportOriented == b.exportOriented);
    CHECK(a.expectedCompletion == b.expectedCompletion);
    CHECK(a.notes == b.notes);
}

inline void checkSame(const IdleUnit& a, const IdleUnit& b)
{
    INFO("unit " << a.id << " " << a.name.toStdString());
    CHECK(a.id == b.id);
    CHECK(a.version == b.version);
    CHECK(a.provinceId == b.provinceId);
    CHECK(a.countyId == b.countyId);
    CHECK(a.estateId == b.estateId);
    CHECK(a.sectorId == b.sectorId);
    CHECK(a.name == b.name);
    CHECK(a.operatorName == b.operatorName);
    CHECK(a.licenceNo == b.licenceNo);
    CHECK(a.status == b.status);
    CHECK(a.idleSince == b.idleSince);
    CHECK(a.capacityUse == b.capacityUse);
    CHECK(a.jobsBefore == b.jobsBefore);
    CHECK(a.jobsRestorable == b.jobsRestorable);
    CHECK(a.hasMarket == b.hasMarket);
    CHECK(a.justified == b.justified);
    CHECK(a.workingCapitalRial == b.workingCapitalRial);
    CHECK(a.fixedCapitalRial == b.fixedCapitalRial);
    CHECK(a.revivalPath == b.revivalPath);
    CHECK(a.exportOriented == b.exportOriented);
    CHECK(a.notes == b.notes);
}

} // namespace ehya::test
