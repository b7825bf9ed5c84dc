#include "RadixSort.h"

#include <array>
#include <bit>
#include <cstring>

namespace ehya::engine {

std::uint64_t orderKey(double value)
{
    if (value == 0.0)
        value = 0.0; // -0.0 == 0.0: one key for both
    const auto bits = std::bit_cast<std::uint64_t>(value);
    constexpr std::uint64_t sign = 1ULL << 63;
    return (bits & sign) ? ~bits : bits | sign;
}

void radixSort(std::vector<KeyedIndex>& items)
{
    const std::size_t n = items.size();
    if (n < 2)
        return;
    constexpr int kBits = 11;
    constexpr std::size_t kBuckets = std::size_t{1} << kBits;
    std::vector<KeyedIndex> buffer(n);
    KeyedIndex* from = items.data();
    KeyedIndex* to = buffer.data();
    std::array<std::size_t, kBuckets> count{};
    for (int shift = 0; shift < 64; shift += kBits) {
        count.fill(0);
        for (std::size_t i = 0; i < n; ++i)
            ++count[(from[i].key >> shift) & (kBuckets - 1)];
        if (count[(from[0].key >> shift) & (kBuckets - 1)] == n)
            continue; // every key has the same digit here: nothing to do
        std::size_t sum = 0;
        for (auto& c : count) {
            const std::size_t here = c;
            c = sum;
            sum += here;
        }
        for (std::size_t i = 0; i < n; ++i)
            to[count[(from[i].key >> shift) & (kBuckets - 1)]++] = from[i];
        std::swap(from, to);
    }
    if (from != items.data())
        std::memcpy(items.data(), from, n * sizeof(KeyedIndex));
}

} // namespace ehya::engine
