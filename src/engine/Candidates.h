#pragma once

#include <cstdint>
#include <string>

// The plain records the engine ranks: ids and numbers only, no Qt. The storage layer fills them
// from the database; the statuses mirror core/Records.h (same order, checked where they meet).
namespace ehya::engine {

enum class ProjectState { UnderConstruction, Stalled, Operational, Cancelled };
enum class UnitState { Idle, SemiActive, UnderRevival, Revived, Closed };

// A day number: days since 1970-01-01 (as std::chrono::sys_days counts them).
using Day = std::int32_t;

struct ProjectCandidate
{
    std::int64_t id = 0;
    std::string code; // establishment permit number
    std::int64_t provinceId = 0;
    ProjectState state = ProjectState::UnderConstruction;
    double progress = 0;            // percent, 0..100
    std::int64_t remainingRial = 0; // the cost of finishing it
    std::int64_t plannedJobs = 0;
    bool exportOriented = false;
};

struct UnitCandidate
{
    std::int64_t id = 0;
    std::string code; // operation licence number
    std::int64_t provinceId = 0;
    UnitState state = UnitState::Idle;
    bool hasMarket = false;
    bool justified = false;
    std::int64_t workingCapitalRial = 0;
    std::int64_t fixedCapitalRial = 0;
    std::int64_t jobsRestorable = 0;
    bool hasIdleSince = false;
    Day idleSince = 0;
    bool exportOriented = false;

    std::int64_t restartCost() const { return workingCapitalRial + fixedCapitalRial; }
};

} // namespace ehya::engine
