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

engine::Day toEngineDay(const QDate& date);
QDate fromEngineDay(engine::Day day);

} // namespace ehya::storage
