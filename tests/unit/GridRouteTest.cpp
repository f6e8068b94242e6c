// A rover route planned on a terrain grid between two places given by latitude and
// longitude: snapped to pixels, measured in metres on the ground, and drawn as positions.
#include "ProfileGrids.h"

#include "core/SelenographicFrame.h"
#include "terrain/GridRoute.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace lunar;

TEST_CASE("Grid route: on flat ground along a row it is the straight line between the "
          "snapped points", "[terrain][traverse]")
{
    constexpr double kPixel_m = 10.0;
    const TerrainGrid grid = test::polarGrid(101, kPixel_m, [](double, double) { return 0.0; });
    // Pixel centres lie on multiples of 10 m: these are snapped to (-300, 50) and (400, 50).
    const LatLon from = test::placeAt(grid, -302.0, 47.0), to = test::placeAt(grid, 398.0, 53.0);
    TraverseOptions options;
    options.speed_mps = 0.25;
    const GridRoute r = planGridRoute(grid, from, to, options);
    REQUIRE(r.traverse.found);
    REQUIRE(r.points.size() == r.traverse.cells.size());
    CHECK(r.points.size() == 71);
    CHECK(sphereChord_m(r.points.front(), test::placeAt(grid, -300.0, 50.0)) < 1e-6);
    CHECK(sphereChord_m(r.points.back(), test::placeAt(grid, 400.0, 50.0)) < 1e-6);
    CHECK(r.traverse.length_m == Approx(700.0).epsilon(1e-6));
    CHECK(r.traverse.duration_s == Approx(700.0 / 0.25).epsilon(1e-6));
}

TEST_CASE("Grid route: a ridge too steep everywhere has no route, and says why; off the "
          "grid says so", "[terrain][traverse]")
{
    const TerrainGrid grid = test::polarGrid(61, 10.0, [](double x, double) {
        return std::abs(x) < 15.0 ? 80.0 : 0.0; // 80 m up over 10 m
    });
    const GridRoute r = planGridRoute(grid, test::placeAt(grid, -200.0, 0.0),
                                      test::placeAt(grid, 200.0, 0.0));
    CHECK_FALSE(r.traverse.found);
    CHECK(r.points.empty());
    CHECK_THAT(r.traverse.problem, Catch::Contains("no route"));
    const GridRoute off = planGridRoute(grid, test::placeAt(grid, -200.0, 0.0),
                                        test::placeAt(grid, 5000.0, 0.0));
    CHECK_THAT(off.traverse.problem, Catch::Contains("off the DEM"));
}
