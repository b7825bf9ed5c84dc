// Engine figures (issue: prioritisation engine): rank with contributions for 100k and 1M
// candidates, explanations, max-jobs on 100k, sensitivity with 500 samples on 2,000. Each figure
// is printed as the median of several runs next to a baseline measured in the same run (sorting
// the same number of doubles with std::sort), so that a shared, noisy machine still gives
// comparable ratios. Run: build/bench/bench/bench_engine
#include "engine/BudgetPlan.h"
#include "engine/Explain.h"
#include "engine/Ranking.h"
#include "engine/Sensitivity.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <random>
#include <vector>

using namespace ehya::engine;
using Clock = std::chrono::steady_clock;

namespace {

std::vector<ProjectCandidate> projects(std::size_t n, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::vector<ProjectCandidate> out(n);
    for (std::size_t i = 0; i < n; ++i) {
        auto& c = out[i];
        c.id = static_cast<std::int64_t>(i + 1);
        c.state = rng() % 10 == 0 ? ProjectState::Operational : ProjectState::UnderConstruction;
        c.progress = static_cast<double>(rng() % 1001) / 10.0;
        c.remainingRial = static_cast<std::int64_t>(1 + rng() % 2000) * 1'000'000'000LL;
        c.plannedJobs = static_cast<std::int64_t>(rng() % 120);
        c.exportOriented = rng() % 4 == 0;
    }
    return out;
}

double medianMs(int runs, const std::function<void()>& work)
{
    std::vector<double> ms;
    for (int r = 0; r < runs; ++r) {
        const auto t0 = Clock::now();
        work();
        ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

double baselineSortMs(std::size_t n, int runs)
{
    std::mt19937_64 rng(99);
    std::vector<double> values(n);
    for (auto& v : values)
        v = static_cast<double>(rng() % 1'000'000);
    return medianMs(runs, [&] {
        auto copy = values;
        std::sort(copy.begin(), copy.end());
    });
}

void report(const char* what, double ms, double baseline)
{
    std::printf("%-52s %10.1f ms   baseline %8.1f ms   ratio %6.1f\n", what, ms, baseline, ms / baseline);
}

} // namespace

int main()
{
    const Scenario scenario;
    std::printf("Ehya engine benchmark (medians; baseline = std::sort of as many doubles, same run)\n");
    for (std::size_t n : {100'000UL, 1'000'000UL}) {
        const auto c = projects(n, 1);
        const int runs = n > 100'000 ? 3 : 5;
        const double base = baselineSortMs(n, runs);
        std::size_t ranked = 0;
        const double ms = medianMs(runs, [&] { ranked = rankProjects(c, scenario).items.size(); });
        char label[96];
        std::snprintf(label, sizeof label, "rank %zu projects (%zu eligible) with contributions", n, ranked);
        report(label, ms, base);
    }
    {
        const auto c = projects(100'000, 2);
        const auto ranking = rankProjects(c, scenario);
        const double base = baselineSortMs(100'000, 5);
        const std::int64_t budget = 65'000LL * 1'000'000'000LL;
        PlanResult maxJobs;
        report("policy plan on 100k (budget 6,500 billion toman)",
               medianMs(5, [&] { (void)planPolicy(ranking, budget); }), base);
        const double ms = medianMs(3, [&] { maxJobs = planMaxJobs(ranking, budget); });
        report("max-jobs plan on 100k", ms, base);
        std::printf("   max-jobs: %s, %lld jobs, bound %lld, policy %lld jobs\n",
                    maxJobs.exact ? "exact" : "greedy", static_cast<long long>(maxJobs.jobs),
                    static_cast<long long>(maxJobs.jobsBound),
                    static_cast<long long>(planPolicy(ranking, budget).jobs));
        report("explain one item (rank 5,000 of 100k), no plan",
               medianMs(5, [&] { (void)explainProject(c, scenario, ranking, 5'000); }), base);
        report("explain one item (rank 5,000 of 100k), policy plan",
               medianMs(3, [&] { (void)explainProject(c, scenario, ranking, 5'000, PlanSettings{budget}); }),
               base);
    }
    {
        const auto c = projects(2'000, 3);
        const double base = baselineSortMs(2'000, 5);
        SensitivityOptions o;
        o.samples = 500;
        o.plan = PlanSettings{2'000LL * 1'000'000'000'000LL / 100};
        report("sensitivity 500 samples on 2,000 projects",
               medianMs(3, [&] { (void)projectSensitivity(c, scenario, o); }), base);
    }
    return 0;
}
