// Terrain shadows from horizon maps: the solar disc's visible fraction and a wall's shadow
// length; surface normals.
#include "core/Angles.h"
#include "terrain/DiscVisibility.h"
#include "terrain/HorizonSweep.h"
#include "terrain/SurfaceNormals.h"

#include <catch2/catch.hpp>

using namespace lunar;

TEST_CASE("Disc visibility: 0 below, 1/2 on and 1 above the horizon", "[terrain][shadow]")
{
    CHECK(visibleDiscFraction(-1.0, 0.5) == 0.0);
    CHECK(visibleDiscFraction(0.0, 0.5) == Approx(0.5));
    CHECK(visibleDiscFraction(1.0, 0.5) == Approx(1.0));
    CHECK(visibleDiscFraction(0.25, 0.5) > 0.75); // a segment, not linear
}

TEST_CASE("A wall's shadow reaches height / tan(elevation) behind it", "[terrain][shadow]")
{
    // Flat 10 m grid with a 35 m step up at column 150; the Sun low in the east (+x) at 2 deg
    // shadows the ground west of the wall out to 35 / tan(2 deg) = 1002 m: umbra to
    // 35 / tan(2.265 deg) = 885 m, penumbra to 35 / tan(1.735 deg) = 1155 m.
    Raster<float> ground(200, 5, 0.0f);
    for (int row = 0; row < 5; ++row)
        for (int col = 150; col < 200; ++col)
            ground.at(col, row) = 35.0f;
    const HorizonMap map = sweepHorizonMap(ground, {10.0, -10.0, 1.0e15}, {64, 0.0});
    const double sun_deg = 2.0, sun_radius_deg = 0.265;
    const auto lit = [&](int col) {
        const double horizon = map.elevationToward_deg(col, 2, kPi / 2.0); // toward +x
        return visibleDiscFraction(sun_deg - horizon, sun_radius_deg);
    };
    CHECK(lit(160) == Approx(1.0));  // on the plateau
    CHECK(lit(140) == Approx(0.0));  // 100 m behind the wall
    CHECK(lit(70) == Approx(0.0));   // 800 m behind
    CHECK(lit(30) == Approx(1.0));   // 1200 m behind: past the shadow's tip
    CHECK(lit(50) > 0.0);            // 1000 m: the penumbra, partly lit
    CHECK(lit(50) < 1.0);
    // Turned around (Sun in the west) nothing shadows the same ground.
    CHECK(visibleDiscFraction(sun_deg - map.elevationToward_deg(140, 2, -kPi / 2.0),
                              sun_radius_deg) == Approx(1.0));
}

TEST_CASE("Surface normals: a tilted plane gives its normal, facing away from the Moon",
          "[terrain][normals]")
{
    const Vec3d moon_centre{1000.0, -100.0, -1.0e9};
    Raster<Vec3d> p(10, 10);
    for (int row = 0; row < 10; ++row)
        for (int col = 0; col < 10; ++col)
            p.at(col, row) = {col * 10.0, -row * 10.0, col * 10.0 * std::tan(degToRad(30.0))};
    const Raster<Vec3d> n = surfaceNormals(p, moon_centre);
    const Vec3d expected{-std::sin(degToRad(30.0)), 0.0, std::cos(degToRad(30.0))};
    CHECK((n.at(5, 5) - expected).length() < 1e-9);
}
