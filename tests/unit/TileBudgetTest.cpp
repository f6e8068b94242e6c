#include "terrain/TileBudget.h"
#include "terrain/TilePyramid.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace lunar;

namespace {
// A flat 16 km square DEM at 1 m pixels in the z = 0 plane, x east and y north.
struct FlatWorld {
    TilePyramid pyramid{16385, 16385, {64}};
    TileBounds operator()(const TileKey& key) const
    {
        const TileWindow w = pyramid.window(key);
        const double span = 64 * w.step_px;
        const Vec3d centre{w.col0 + span / 2, -(w.row0 + span / 2), 0.0};
        return {centre, span / std::sqrt(2.0), levelGeometricError(w.step_px, 1.0, 0.5)};
    }
};

// 300 m over the middle of the DEM, looking north-east and 10 degrees down: the grazing
// view of a fly-over's end, where the tiles reach to the horizon.
PinholeView grazingView()
{
    PinholeView view;
    view.eye_enu = {8000.0, -8000.0, 300.0};
    view.forward_enu = Vec3d{1.0, 1.0, -0.35}.normalized();
    const Vec3d right = cross(view.forward_enu, {0.0, 0.0, 1.0}).normalized();
    view.up_enu = cross(right, view.forward_enu);
    view.fov_y_rad = 50.0 * M_PI / 180.0;
    view.aspect = 16.0 / 9.0;
    view.viewport_height_px = 720.0;
    return view;
}
} // namespace

TEST_CASE("Tile budget: the pixel size is OSG's, the diameter over depth along the sight line",
          "[terrain][lod]")
{
    PinholeView view; // at the origin looking +y, 720 px high, fov 0.7 rad
    view.forward_enu = {0.0, 1.0, 0.0};
    view.up_enu = {0.0, 0.0, 1.0};
    const double k = 720.0 / (2.0 * std::tan(0.35));
    CHECK(pixelSizeOnScreen({{0.0, 1000.0, 0.0}, 10.0, 1.0}, view) == Approx(20.0 * k / 1000.0));
    // Off axis the depth, not the distance, counts.
    CHECK(pixelSizeOnScreen({{500.0, 1000.0, 0.0}, 10.0, 1.0}, view) == Approx(20.0 * k / 1000.0));
}

TEST_CASE("Tile budget: spheres beyond a side plane are out of view, those touching it in",
          "[terrain][lod]")
{
    PinholeView view;
    view.forward_enu = {0.0, 1.0, 0.0};
    view.up_enu = {0.0, 0.0, 1.0};
    view.fov_y_rad = M_PI / 2.0; // 45 degrees each side vertically
    view.aspect = 1.0;
    CHECK(sphereInView({{0.0, 100.0, 0.0}, 1.0, 0.0}, view));
    CHECK_FALSE(sphereInView({{0.0, -100.0, 0.0}, 1.0, 0.0}, view)); // behind
    // A point 45 degrees right lies on the right plane: out unless the sphere reaches back.
    const double off = 100.0 + 10.0 * std::sqrt(2.0);
    CHECK_FALSE(sphereInView({{off + 1.0, 100.0, 0.0}, 10.0, 0.0}, view));
    CHECK(sphereInView({{off - 1.0, 100.0, 0.0}, 10.0, 0.0}, view));
    CHECK_FALSE(sphereInView({{0.0, 100.0, off + 1.0}, 10.0, 0.0}, view)); // above
}

TEST_CASE("Tile budget: a larger LOD scale draws fewer tiles; the chosen scale meets the budget",
          "[terrain][lod]")
{
    const FlatWorld world;
    const PinholeView view = grazingView();
    const std::size_t everything = 1u << 20;
    const std::size_t full = tilesDrawn(world.pyramid, world, view, 2.0, 1.0, everything);
    const std::size_t coarser = tilesDrawn(world.pyramid, world, view, 2.0, 4.0, everything);
    CAPTURE(full, coarser);
    REQUIRE(full > 30);
    CHECK(coarser < full);

    TileBudgetQuery query;
    query.max_tiles_drawn = full / 2;
    const double scale = lodScaleForBudget(world.pyramid, world, view, query);
    CHECK(scale > 1.0);
    CHECK(tilesDrawn(world.pyramid, world, view, 2.0, scale, everything) <= query.max_tiles_drawn);
    // Smallest to within the 2 % the bisection allows: 5 % less breaks the budget.
    CHECK(tilesDrawn(world.pyramid, world, view, 2.0, scale / 1.05, everything) >
          query.max_tiles_drawn);

    // Within budget at full accuracy: the scale stays 1 and the 2 px error holds.
    query.max_tiles_drawn = full;
    CHECK(lodScaleForBudget(world.pyramid, world, view, query) == 1.0);
}

TEST_CASE("Tile budget: tiles out of view cost nothing", "[terrain][lod]")
{
    const FlatWorld world;
    PinholeView view = grazingView();
    const std::size_t ahead = tilesDrawn(world.pyramid, world, view, 2.0, 1.0, 1u << 20);
    // Looking up at the sky from the same place: only what the lower edge of the view holds.
    view.forward_enu = Vec3d{1.0, 1.0, 2.0}.normalized();
    const Vec3d right = cross(view.forward_enu, {0.0, 0.0, 1.0}).normalized();
    view.up_enu = cross(right, view.forward_enu);
    const std::size_t skyward = tilesDrawn(world.pyramid, world, view, 2.0, 1.0, 1u << 20);
    CAPTURE(ahead, skyward);
    CHECK(skyward < ahead / 4);
}
