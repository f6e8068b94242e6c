#include "core/Angles.h"
#include "terrain/SunOcclusion.h"
#include "terrain/SurfaceNormals.h"

#include <catch2/catch.hpp>

using namespace lunar;

namespace {
// A flat 10 m grid (in a frame whose "up" is +z, Moon centre far below) rising by a step to a
// plateau from `wall_col` eastward.
Raster<Vec3d> plainWithWall(double wall_height_m, int wall_col)
{
    Raster<Vec3d> p(200, 20);
    for (int row = 0; row < p.height(); ++row)
        for (int col = 0; col < p.width(); ++col)
            p.at(col, row) = {col * 10.0, -row * 10.0, col >= wall_col ? wall_height_m : 0.0};
    return p;
}
const Vec3d kMoonCentre{1000.0, -100.0, -1.0e9}; // effectively flat ground
} // namespace

TEST_CASE("Sun occlusion: disc fraction is 0 below, 1/2 on and 1 above the horizon",
          "[terrain][shadow]")
{
    CHECK(visibleDiscFraction(-1.0, 0.5) == 0.0);
    CHECK(visibleDiscFraction(0.0, 0.5) == Approx(0.5));
    CHECK(visibleDiscFraction(1.0, 0.5) == Approx(1.0));
    CHECK(visibleDiscFraction(0.25, 0.5) > 0.75); // a segment, not linear
}

TEST_CASE("Sun occlusion: a wall shadows the ground behind it for height / tan(elevation)",
          "[terrain][shadow]")
{
    // Sun toward +x (east) at 2 deg: a 35 m step at x = 1500 m shadows ~1000 m west of it.
    const double elevation = degToRad(2.0);
    const Vec3d sun{std::cos(elevation), 0.0, std::sin(elevation)};
    const Raster<float> lit = sunVisibleFraction(plainWithWall(35.0, 150), sun, kMoonCentre);
    CHECK(lit.at(160, 10) == Approx(1.0));     // on the plateau, open to the Sun
    CHECK(lit.at(140, 10) == Approx(0.0));     // 100 m behind the wall
    CHECK(lit.at(80, 10) == Approx(0.0));      // 700 m behind
    CHECK(lit.at(30, 10) == Approx(1.0));      // 1200 m behind: beyond the shadow's tip
    // Turn the Sun around: the same points are lit.
    const Raster<float> lit_back =
        sunVisibleFraction(plainWithWall(35.0, 150), -sun + Vec3d{0, 0, 2 * sun.z}, kMoonCentre);
    CHECK(lit_back.at(140, 10) == Approx(1.0));
}

TEST_CASE("Surface normals: a tilted plane gives its normal, facing away from the Moon",
          "[terrain][normals]")
{
    Raster<Vec3d> p(10, 10);
    for (int row = 0; row < 10; ++row)
        for (int col = 0; col < 10; ++col)
            p.at(col, row) = {col * 10.0, -row * 10.0, col * 10.0 * std::tan(degToRad(30.0))};
    const Raster<Vec3d> n = surfaceNormals(p, kMoonCentre);
    const Vec3d expected{-std::sin(degToRad(30.0)), 0.0, std::cos(degToRad(30.0))};
    CHECK((n.at(5, 5) - expected).length() < 1e-9);
}
