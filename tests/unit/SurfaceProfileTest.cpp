// The elevation profile along a picked path, on synthetic DEMs with closed-form answers: a
// tilted plane (slope along the path = the plane's gradient along it, length along the
// ground = horizontal length / cos(slope)), flat ground along a bent path, and a hole that
// must be reported rather than bridged.
#include "ProfileGrids.h"

#include "core/Angles.h"
#include "core/MoonBody.h"
#include "core/SelenographicFrame.h"
#include "terrain/SurfaceProfile.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace lunar;

namespace {

// Great-circle distance on the reference sphere.
double arc_m(const LatLon& a, const LatLon& b)
{
    const double chord_m = sphereChord_m(a, b);
    return 2.0 * moon::kRadius_m * std::asin(0.5 * chord_m / moon::kRadius_m);
}

// No step between samples longer than `pixel_m` (the DEM is never stepped over).
void checkSteps(const SurfaceProfile& p, double pixel_m)
{
    for (std::size_t i = 1; i < p.samples.size(); ++i) {
        const double step_m = p.samples[i].horizontal_m - p.samples[i - 1].horizontal_m;
        CHECK(step_m > 0.0);
        CHECK(step_m <= pixel_m * (1.0 + 1e-6));
    }
}

} // namespace

TEST_CASE("Profile: on a tilted plane the slope is the plane's gradient along the path and "
          "the ground length is the horizontal length / cos(slope)", "[terrain][profile]")
{
    struct Row {
        const char* name;
        double gx, gy;             // plane gradient: metres of rise per map metre east, north
        double x0, y0, x1, y1;     // path ends, map metres
    };
    const Row row = GENERATE(Row{"up the slope", 0.2, 0.0, -900.0, 100.0, 800.0, 100.0},
                             Row{"down the slope", 0.2, 0.0, 800.0, -200.0, -900.0, -200.0},
                             Row{"diagonally", 0.15, -0.1, -700.0, 600.0, 650.0, -750.0},
                             Row{"across the slope", 0.0, 0.3, -800.0, 50.0, 800.0, 50.0});
    CAPTURE(row.name);
    constexpr double kPixel_m = 10.0;
    const TerrainGrid grid = test::polarGrid(
        201, kPixel_m, [&](double x, double y) { return row.gx * x + row.gy * y; });
    const LatLon a = test::placeAt(grid, row.x0, row.y0), b = test::placeAt(grid, row.x1, row.y1);
    const SurfaceProfile p = surfaceProfile(grid, {a, b});

    const double dx = row.x1 - row.x0, dy = row.y1 - row.y0, run = std::hypot(dx, dy);
    const double rise = row.gx * dx + row.gy * dy;
    const double slope_deg = radToDeg(std::atan(rise / run));
    const double horizontal_m = arc_m(a, b);
    REQUIRE(p.samples.size() > 2);
    CHECK(p.complete());
    CHECK(p.horizontal_length_m == Approx(horizontal_m).epsilon(1e-9));
    CHECK(p.surface_length_m == Approx(horizontal_m / std::cos(degToRad(slope_deg))).epsilon(2e-4));
    for (const ProfileSample& s : p.samples)
        CHECK(s.slope_deg == Approx(slope_deg).margin(0.01));
    CHECK(p.max_slope_deg == Approx(std::abs(slope_deg)).margin(0.01));
    CHECK(p.climb_m == Approx(std::max(rise, 0.0)).margin(0.01));
    CHECK(p.descent_m == Approx(std::max(-rise, 0.0)).margin(0.01));
    CHECK(p.samples.front().elevation_m == Approx(row.gx * row.x0 + row.gy * row.y0).margin(1e-3));
    CHECK(p.samples.back().elevation_m == Approx(row.gx * row.x1 + row.gy * row.y1).margin(1e-3));
    checkSteps(p, kPixel_m);
}

TEST_CASE("Profile: on flat ground a bent path measures its legs, with no slope, climb or "
          "descent, and passes through every picked point", "[terrain][profile]")
{
    constexpr double kPixel_m = 20.0;
    const TerrainGrid grid = test::polarGrid(151, kPixel_m, [](double, double) { return 250.0; });
    const std::vector<LatLon> path = {test::placeAt(grid, -1200.0, -1000.0),
                                      test::placeAt(grid, 300.0, 900.0),
                                      test::placeAt(grid, 1300.0, -400.0)};
    const SurfaceProfile p = surfaceProfile(grid, path);
    const double horizontal_m = arc_m(path[0], path[1]) + arc_m(path[1], path[2]);
    CHECK(p.horizontal_length_m == Approx(horizontal_m).epsilon(1e-9));
    // On a sphere 250 m up the ground is longer by (R + 250) / R.
    CHECK(p.surface_length_m ==
          Approx(horizontal_m * (moon::kRadius_m + 250.0) / moon::kRadius_m).epsilon(1e-9));
    CHECK(p.max_slope_deg == Approx(0.0).margin(1e-6));
    CHECK(p.climb_m == Approx(0.0).margin(1e-6));
    CHECK(p.descent_m == Approx(0.0).margin(1e-6));
    std::size_t through = 0;
    for (const LatLon& picked : path)
        for (const ProfileSample& s : p.samples)
            through += sphereChord_m(s.position, picked) < 1e-6 ? 1 : 0;
    CHECK(through == path.size());
    checkSteps(p, kPixel_m);

    // An explicit step is honoured.
    const SurfaceProfile coarse = surfaceProfile(grid, path, ProfileOptions{100.0});
    CHECK(coarse.samples.size() < p.samples.size());
    checkSteps(coarse, 100.0);
}

TEST_CASE("Profile: a hole in the DEM is reported with its length and no height is invented "
          "across it", "[terrain][profile]")
{
    constexpr double kPixel_m = 10.0;
    // Flat at 100 m, with a hole 200 m wide (x from -100 to +100 m) across the whole grid.
    const TerrainGrid grid = test::polarGrid(201, kPixel_m, [](double x, double) {
        return std::abs(x) < 100.0 ? std::nan("") : 100.0;
    });
    const LatLon a = test::placeAt(grid, -800.0, 30.0), b = test::placeAt(grid, 800.0, 30.0);
    const SurfaceProfile p = surfaceProfile(grid, {a, b});
    CHECK_FALSE(p.complete());
    CHECK(p.missing_samples > 0);
    // Bilinear sampling needs both neighbours: the hole reads one pixel wider on each side.
    CHECK(p.missing_length_m >= 200.0);
    CHECK(p.missing_length_m <= 200.0 + 4.0 * kPixel_m);
    for (const ProfileSample& s : p.samples) {
        double col = 0.0, row = 0.0;
        grid.pixelOf(s.position, col, row);
        const double x_m = grid.heights().geo.mapFromPixel(col + 0.5, row + 0.5).x;
        if (std::abs(x_m) < 100.0) {
            CHECK(std::isnan(s.elevation_m));
            CHECK(std::isnan(s.slope_deg));
        }
        else if (std::abs(x_m) > 120.0) {
            CHECK(s.elevation_m == Approx(100.0));
        }
    }
    CHECK(p.max_slope_deg == 0.0);
    CHECK(p.climb_m == 0.0);
    CHECK(p.descent_m == 0.0);
    // Across the hole the ground counts flat: nothing is added for unknown rises.
    CHECK(p.surface_length_m == Approx(p.horizontal_length_m).epsilon(1e-4));

    // Off the grid is missing too.
    const SurfaceProfile off = surfaceProfile(grid, {a, test::placeAt(grid, 3000.0, 30.0)});
    CHECK(std::isnan(off.samples.back().elevation_m));
    CHECK(off.missing_length_m >= 2000.0);
}

TEST_CASE("Profile: an empty path has no samples; a single point has one, of length zero",
          "[terrain][profile]")
{
    const TerrainGrid grid = test::polarGrid(21, 10.0, [](double, double) { return 5.0; });
    CHECK(surfaceProfile(grid, {}).samples.empty());
    const SurfaceProfile one = surfaceProfile(grid, {test::placeAt(grid, 0.0, 0.0)});
    REQUIRE(one.samples.size() == 1);
    CHECK(one.samples[0].elevation_m == Approx(5.0));
    CHECK(one.surface_length_m == 0.0);
    CHECK(one.samples[0].slope_deg == 0.0);
}
