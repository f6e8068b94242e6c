#include "terrain/CraterProfile.h"

#include <catch2/catch.hpp>

using namespace lunar;

TEST_CASE("Crater profile: fresh simple crater follows Pike (1977)", "[terrain][crater]")
{
    const CraterShape s = freshCraterShape(10000.0);
    CHECK(s.depth_m == Approx(1000.0 * 0.196 * std::pow(10.0, 1.010)));
    CHECK(s.rim_height_m == Approx(1000.0 * 0.036 * std::pow(10.0, 1.014)));
    CHECK(s.floor_fraction == 0.0);
    CHECK(craterRelief(s, 0.0) == Approx(-s.depth_m));
    CHECK(craterRelief(s, s.radius_m) == Approx(s.rim_height_m));
    CHECK(craterRelief(s, 4.0 * s.radius_m) == 0.0);
}

TEST_CASE("Crater profile: complex craters are shallower for their size, with flat floors",
          "[terrain][crater]")
{
    const CraterShape simple = freshCraterShape(10000.0);
    const CraterShape complex = freshCraterShape(50000.0);
    CHECK(complex.depth_m / 50000.0 < simple.depth_m / 10000.0);
    CHECK(complex.floor_fraction > 0.2);
    // Flat floor away from the central peak.
    const double r = 0.8 * complex.floor_fraction * complex.radius_m;
    CHECK(craterRelief(complex, r) == Approx(-complex.depth_m).margin(1.0));
}

TEST_CASE("Crater profile: relief is continuous across the rim and the floor edge",
          "[terrain][crater]")
{
    for (double d : {300.0, 5000.0, 40000.0}) {
        const CraterShape s = degradedCraterShape(freshCraterShape(d), 0.3);
        const double eps = 1e-6 * s.radius_m;
        CAPTURE(d);
        CHECK(craterRelief(s, s.radius_m - eps) == Approx(craterRelief(s, s.radius_m + eps)).margin(0.01));
        const double floor_r = s.floor_fraction * s.radius_m;
        if (floor_r > 0.0)
            CHECK(craterRelief(s, floor_r - eps) == Approx(craterRelief(s, floor_r + eps)).margin(0.5));
    }
}

TEST_CASE("Crater profile: degradation shallows the bowl and lowers the rim", "[terrain][crater]")
{
    const CraterShape fresh = freshCraterShape(2000.0);
    const CraterShape old = degradedCraterShape(fresh, 0.9);
    CHECK(old.depth_m < 0.35 * fresh.depth_m);
    CHECK(old.rim_height_m < 0.3 * fresh.rim_height_m);
    CHECK(craterErasure(fresh, 0.0) == 1.0);
    CHECK(craterErasure(fresh, 1.2 * fresh.radius_m) == 0.0);
}
