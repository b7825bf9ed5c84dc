#pragma once

// What every benchmark of bench/ needs: timing a body over several runs (median, minimum, maximum)
// and the peak resident memory. Each program prints its own lines (their columns differ).
#include <QElapsedTimer>

#include <sys/resource.h>

#include <algorithm>
#include <functional>
#include <vector>

namespace ehya::bench {

struct Timing
{
    double median = 0, min = 0, max = 0; // milliseconds
};

inline Timing summarize(std::vector<double> ms)
{
    if (ms.empty())
        return {};
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.front(), ms.back()};
}

// Runs `body` `runs` times and times each run.
inline Timing measure(int runs, const std::function<void()>& body)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        body();
        ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    return summarize(std::move(ms));
}

// The peak resident set size of this process so far, in KiB (getrusage; KiB on Linux).
inline long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace ehya::bench
