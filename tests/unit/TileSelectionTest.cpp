#include "terrain/TilePyramid.h"
#include "terrain/TileSelection.h"
#include "core/Angles.h"
#include "core/PolarStereographic.h"
#include "terrain/TileBoundsEstimator.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <map>

using namespace lunar;

TEST_CASE("Tile pyramid: levels reach one DEM pixel per quad", "[terrain][lod]")
{
    const auto [size, quads, levels] = GENERATE(table<int, int, int>({
        {65, 64, 0},       // one tile is the whole DEM
        {66, 64, 1},
        {16385, 64, 8},    // 16384 quads = 64 * 2^8
        {16384, 64, 8},
        {5000, 64, 7},
        {1440, 32, 6},
    }));
    CAPTURE(size, quads);
    const TilePyramid pyramid(size, size, {quads});
    CHECK(pyramid.maxLevel() == levels);
    CHECK(pyramid.stepPx(pyramid.maxLevel()) == 1.0);
    CHECK(pyramid.stepPx(0) == std::ldexp(1.0, levels));
}

TEST_CASE("Tile pyramid: windows tile the DEM edge to edge, sharing their border vertices",
          "[terrain][lod]")
{
    const TilePyramid pyramid(5000, 3000, {64}); // not square, not a power of two
    const int level = 3;
    const double step = pyramid.stepPx(level);
    const TileWindow a = pyramid.window({level, 0, 0});
    const TileWindow b = pyramid.window({level, 1, 0});
    CHECK(a.vertex_cols == 65);
    CHECK(b.col0 == Approx(a.col0 + 64 * step)); // b's first column is a's last
    // Rows beyond the DEM's height do not exist; the last existing row is partial.
    int rows_existing = 0;
    for (int y = 0; y < pyramid.tilesPerSide(level); ++y)
        rows_existing += pyramid.exists({level, 0, y}) ? 1 : 0;
    CHECK(rows_existing == static_cast<int>(std::ceil(2999.0 / (64 * step))));
    // Every DEM pixel centre column is reached by some tile at the finest level.
    const int finest = pyramid.maxLevel();
    double reach = 0.0;
    for (int x = 0; x < pyramid.tilesPerSide(finest); ++x) {
        const TileWindow w = pyramid.window({finest, x, 0});
        if (w.empty())
            break;
        reach = std::min(w.col0 + (w.vertex_cols - 1) * w.step_px, 4999.0);
    }
    CHECK(reach == 4999.0);
    CHECK_FALSE(pyramid.exists({level, 99, 0}));
    CHECK_FALSE(pyramid.exists({finest + 1, 0, 0}));
}

TEST_CASE("Tile pyramid: reads come from the coarsest overview that is fine enough",
          "[terrain][lod]")
{
    const TilePyramid pyramid(16385, 16385, {64});
    CHECK(pyramid.overviewFactor(pyramid.maxLevel()) == 1);
    CHECK(pyramid.overviewFactor(pyramid.maxLevel() - 3) == 8);
    CHECK(pyramid.overviewFactor(0) == 256);
}

namespace {
// A flat 16 km square DEM at 1 m pixels lying in the z = 0 plane of the ENU frame.
struct FlatWorld {
    TilePyramid pyramid{16385, 16385, {64}};
    TileBounds bounds(const TileKey& key) const
    {
        const TileWindow w = pyramid.window(key);
        const double span = 64 * w.step_px;
        const Vec3d centre{w.col0 + span / 2, -(w.row0 + span / 2), 0.0};
        return {centre, span / std::sqrt(2.0), levelGeometricError(w.step_px, 1.0, 0.3)};
    }
};

std::map<int, int> tilesPerLevel(const std::vector<TileKey>& tiles)
{
    std::map<int, int> count;
    for (const TileKey& k : tiles)
        ++count[k.level];
    return count;
}
} // namespace

TEST_CASE("Tile selection: from far away the root alone is enough", "[terrain][lod]")
{
    FlatWorld world;
    ViewParameters view;
    view.eye_enu = {8192.0, -8192.0, 5.0e6};
    const auto tiles = selectTiles(world.pyramid, [&](const TileKey& k) { return world.bounds(k); }, view);
    REQUIRE(tiles.size() == 1);
    CHECK(tiles.front() == TileKey{0, 0, 0});
}

TEST_CASE("Tile selection: near the ground, fine tiles near the eye and coarse far away",
          "[terrain][lod]")
{
    FlatWorld world;
    ViewParameters view;
    view.eye_enu = {100.0, -100.0, 2.0}; // 2 m above the north-west corner
    view.viewport_height_px = 720.0;
    const auto bounds = [&](const TileKey& k) { return world.bounds(k); };
    const auto tiles = selectTiles(world.pyramid, bounds, view);
    const auto per_level = tilesPerLevel(tiles);
    CHECK(per_level.rbegin()->first == world.pyramid.maxLevel()); // full detail under the eye
    CHECK(per_level.begin()->first <= 3);                         // coarse in the distance
    // Every selected tile meets the error bound, or is as fine as the DEM allows.
    for (const TileKey& k : tiles)
        if (k.level < world.pyramid.maxLevel())
            CHECK(screenSpaceErrorPx(bounds(k), view) <= view.max_error_px);
    // The selection covers the DEM exactly once: areas add up to the whole.
    double area = 0.0;
    for (const TileKey& k : tiles)
        area += std::pow(64 * world.pyramid.stepPx(k.level), 2);
    CHECK(area == Approx(std::pow(64 * world.pyramid.stepPx(0), 2)));
    // Triangles stay bounded for any DEM size (the chunked-LOD promise).
    CHECK(tiles.size() * 64 * 64 * 2 < 1500000);
}

TEST_CASE("Tile selection: a tighter error bound draws more tiles; the budget caps them",
          "[terrain][lod]")
{
    FlatWorld world;
    ViewParameters view;
    view.eye_enu = {8000.0, -8000.0, 300.0};
    const auto bounds = [&](const TileKey& k) { return world.bounds(k); };
    view.max_error_px = 8.0;
    const std::size_t loose = selectTiles(world.pyramid, bounds, view).size();
    view.max_error_px = 1.0;
    const std::size_t tight = selectTiles(world.pyramid, bounds, view).size();
    CHECK(tight > loose);
    TileSelectionOptions capped;
    capped.max_tiles = 40;
    CHECK(selectTiles(world.pyramid, bounds, view, capped).size() <= 40);
}

TEST_CASE("Tile selection: the pixel-radius switch matches the screen-space error test",
          "[terrain][lod]")
{
    ViewParameters view;
    const TileBounds tile{{0.0, 50000.0, 0.0}, 300.0, 4.0};
    const double pixels_per_radian =
        view.viewport_height_px / (2.0 * std::tan(view.fov_y_rad / 2.0));
    const double switch_px = refinePixelRadius(tile, view.max_error_px);
    // Place the eye where the sphere's radius covers just more / less than the switch.
    for (const double factor : {1.01, 0.99}) {
        const double distance = tile.radius_m * pixels_per_radian / (switch_px * factor);
        view.eye_enu = {0.0, 50000.0 - distance, 0.0};
        // (screen-space error uses the nearest distance, centre distance minus radius)
        const double error_px = tile.geometric_error_m * pixels_per_radian / distance;
        CAPTURE(factor, error_px);
        CHECK((error_px > view.max_error_px) == (factor > 1.0));
    }
    CHECK(std::isinf(refinePixelRadius({{0, 0, 0}, 10.0, 0.0}, 2.0)));
}

TEST_CASE("Tile bounds: from an overview, spheres contain the tile and errors shrink by level",
          "[terrain][lod]")
{
    // A 4097 px polar DEM at 10 m with a 300 m bump, seen through a 257 px overview.
    Raster<float> overview(257, 257, 0.0f);
    overview.geo = GeoTransform{-20480.0, 160.0, 0.0, 20480.0, 0.0, -160.0};
    overview.at(128, 128) = 300.0f;
    const TerrainGrid grid(overview, std::make_shared<PolarStereographic>(PolarStereographic::Pole::South));
    const EnuFrame frame({-kPi / 2.0, 0.0, 0.0});
    const TilePyramid pyramid(4097, 4097, {64});
    const TileBoundsEstimator estimate(pyramid, grid, frame, 10.0);
    const TileBounds root = estimate({0, 0, 0});
    CHECK(root.radius_m > 20480.0 * std::sqrt(2.0) * 0.95); // spans the whole DEM diagonal
    CHECK(root.radius_m < 20480.0 * std::sqrt(2.0) * 1.2);
    const TileBounds finest = estimate({pyramid.maxLevel(), 10, 10});
    CHECK(finest.geometric_error_m == 0.0);
    CHECK(estimate({1, 0, 0}).geometric_error_m > estimate({2, 0, 0}).geometric_error_m);
    // The bump's tile reaches up to it.
    const TileBounds middle = estimate({3, 3, 3});
    CHECK(middle.centre_enu.z + middle.radius_m > 300.0);
}
