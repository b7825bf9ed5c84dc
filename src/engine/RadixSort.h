#pragma once

#include <cstdint>
#include <vector>

// A least-significant-digit radix sort of (key, position) pairs: the ranking of a million items
// sorts five criteria and the final order, and std::sort's comparisons were most of its time.
namespace ehya::engine {

struct KeyedIndex
{
    std::uint64_t key;
    std::uint32_t index;
};

// A key that orders like the double: a < b  <=>  orderKey(a) < orderKey(b); equal doubles
// (including 0.0 and -0.0) give equal keys. NaN is not expected.
std::uint64_t orderKey(double value);

// Stable ascending sort by key.
void radixSort(std::vector<KeyedIndex>& items);

} // namespace ehya::engine
