#include "engine/Tier.h"

#include <catch2/catch.hpp>

using namespace ehya::engine;

TEST_CASE("tiers at the default thresholds 75/50/25", "[tier]")
{
    CHECK(tierOf(100.0) == Tier::A);
    CHECK(tierOf(75.0) == Tier::A);
    CHECK(tierOf(74.9) == Tier::B);
    CHECK(tierOf(50.0) == Tier::B);
    CHECK(tierOf(49.9) == Tier::C);
    CHECK(tierOf(25.0) == Tier::C);
    CHECK(tierOf(24.9) == Tier::D);
    CHECK(tierOf(0.0) == Tier::D);
}

TEST_CASE("tiers compare at one decimal, as stored", "[tier]")
{
    CHECK(tierOf(74.99999999) == Tier::A); // stored as 75.0
    CHECK(tierOf(74.94) == Tier::B);       // stored as 74.9
}

TEST_CASE("tier thresholds are configurable (West Azerbaijan uses 60)", "[tier]")
{
    const TierThresholds west{60.0, 40.0, 20.0};
    REQUIRE(west.valid());
    CHECK(tierOf(60.0, west) == Tier::A);
    CHECK(tierOf(59.9, west) == Tier::B);
    CHECK(tierOf(70.0, west) == Tier::A);
    CHECK(tierOf(70.0) == Tier::B);
    CHECK(tierOf(19.9, west) == Tier::D);
    CHECK_FALSE(TierThresholds{50.0, 60.0, 25.0}.valid());
    CHECK_FALSE(TierThresholds{75.0, 50.0, -1.0}.valid());
    CHECK_FALSE(TierThresholds{62.54, 50.0, 25.0}.valid()); // would put 62.5 in tier A
    CHECK(TierThresholds{62.5, 40.0, 20.0}.valid());
}

TEST_CASE("tier letters", "[tier]")
{
    CHECK(tierLetter(Tier::A) == 'A');
    CHECK(tierLetter(Tier::D) == 'D');
    CHECK(tierFromLetter('b') == Tier::B);
    CHECK_FALSE(tierFromLetter('E').has_value());
}
