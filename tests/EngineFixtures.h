#pragma once

#include "engine/Candidates.h"
#include "engine/Ranking.h"

#include <vector>

// Small hand-made pools shared by the engine tests; their expected norms and scores are worked
// out by hand in the test that uses them.
namespace ehya::engine::test {

inline ProjectCandidate project(std::int64_t id, double progress, std::int64_t remaining, std::int64_t jobs,
                                bool exportOriented = false,
                                ProjectState state = ProjectState::UnderConstruction)
{
    ProjectCandidate c;
    c.id = id;
    c.code = "P" + std::to_string(id);
    c.provinceId = 1;
    c.state = state;
    c.progress = progress;
    c.remainingRial = remaining;
    c.plannedJobs = jobs;
    c.exportOriented = exportOriented;
    return c;
}

inline UnitCandidate unit(std::int64_t id, std::int64_t working, std::int64_t fixed, std::int64_t jobs,
                          Day idleSince, bool exportOriented = false)
{
    UnitCandidate c;
    c.id = id;
    c.code = "U" + std::to_string(id);
    c.provinceId = 1;
    c.state = UnitState::Idle;
    c.hasMarket = true;
    c.justified = true;
    c.workingCapitalRial = working;
    c.fixedCapitalRial = fixed;
    c.jobsRestorable = jobs;
    c.hasIdleSince = true;
    c.idleSince = idleSince;
    c.exportOriented = exportOriented;
    return c;
}

// P1 (A, score 45), P2 (B, 72.5), P3 (A, 32.5): see TestRanking.cpp for the arithmetic.
inline std::vector<ProjectCandidate> threeProjects()
{
    return {project(1, 80, 100, 10), project(2, 60, 50, 10, true), project(3, 90, 300, 20)};
}

inline std::vector<std::int64_t> ids(const Ranking& r)
{
    std::vector<std::int64_t> out;
    for (const auto& item : r.items)
        out.push_back(item.id);
    return out;
}

} // namespace ehya::engine::test
