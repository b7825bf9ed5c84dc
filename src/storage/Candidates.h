#pragma once

#include "Database.h"
#include "core/Records.h"
#include "core/Result.h"
#include "engine/Candidates.h"

#include <QDate>
#include <QString>

#include <vector>

// The bridge from the database to the engine: projects and idle units as the engine's plain
// candidate records, read in one forward-only query each. provinceId 0 reads every province.
namespace ehya::storage {

// What a person reads next to a candidate; read in the same query when asked for.
struct CandidateNames
{
    QString title; // project title or unit name
    QString provinceFa, provinceEn;
    QString countyFa, countyEn;
};

Result<std::vector<engine::ProjectCandidate>>
loadProjectCandidates(Database& db, Id provinceId = 0, std::vector<CandidateNames>* names = nullptr);
Result<std::vector<engine::UnitCandidate>> loadUnitCandidates(Database& db, Id provinceId = 0,
                                                              std::vector<CandidateNames>* names = nullptr);

// The province a ranking shows before a person chooses one: the first (lowest id) with a
// half-finished project or an idle or semi-active unit that has a market and is justified; 0 when
// there is none. Two aggregates over the status index, not the figures of every province.
Result<Id> firstProvinceToRank(Database& db);

engine::Day toEngineDay(const QDate& date);
QDate fromEngineDay(engine::Day day);

} // namespace ehya::storage
