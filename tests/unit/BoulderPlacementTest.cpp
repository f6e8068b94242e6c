// A tile's boulders set on its mesh (terrain/BoulderPlacement): bases on the tile's own
// triangles, heights above the sphere, blocks that partition the tile with their largest
// first, the cut by pixel size, and which DEMs carry boulders at all.
#include "core/MoonBody.h"
#include "terrain/BoulderPlacement.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <set>
#include <tuple>

using namespace lunar;

namespace {

constexpr double kPixel_m = 20.0;

// A tile's ground: a gently tilted and curved surface 1 km above the sphere (ENU, origin at
// the tile's middle, the Moon's centre straight below), sampled on DEM pixel centres with a
// one-pixel border.
struct TestGround {
    int col0 = 128, row0 = 64, cols = 64, rows = 64, border = 1;
    Raster<Vec3d> positions, normals;
    Vec3d moon_centre{0.0, 0.0, -(moon::kRadius_m + 1000.0)};

    static double heightAt(double x, double y) { return 0.05 * x - 0.02 * y + 1.0e-4 * x * y; }

    TestGround()
        : positions(cols + 2 * border, rows + 2 * border), normals(cols + 2 * border, rows + 2 * border)
    {
        for (int j = 0; j < positions.height(); ++j)
            for (int i = 0; i < positions.width(); ++i) {
                const double x = (i - border - cols / 2) * kPixel_m;
                const double y = (j - border - rows / 2) * kPixel_m;
                positions.at(i, j) = {x, y, heightAt(x, y)};
                const double dx = 0.05 + 1.0e-4 * y, dy = -0.02 + 1.0e-4 * x;
                normals.at(i, j) = Vec3d{-dx, -dy, 1.0}.normalized();
            }
    }
    BoulderGround ground() const
    {
        BoulderGround g;
        g.positions_enu = &positions;
        g.normals_enu = &normals;
        g.col0 = col0;
        g.row0 = row0;
        g.border = border;
        g.moon_centre_enu = moon_centre;
        return g;
    }
};

BoulderFieldOptions twentyMetreDem()
{
    BoulderFieldOptions options;
    REQUIRE(boulderOptionsForDem(kPixel_m, options));
    return options;
}

} // namespace

TEST_CASE("Boulder placement: the mesh point follows the strips' triangles",
          "[terrain][boulders]")
{
    Raster<Vec3d> quad(2, 2);
    quad.at(0, 0) = {0, 0, 0};
    quad.at(1, 0) = {1, 0, 1};
    quad.at(0, 1) = {0, 1, 1};
    quad.at(1, 1) = {1, 1, 0}; // a saddle: the diagonal (1,0)-(0,1) is a ridge at height 1
    struct Row { const char* name; double u, v, z; };
    for (const Row& row : {Row{"corner a", 0.0, 0.0, 0.0}, Row{"on the diagonal", 0.5, 0.5, 1.0},
                           Row{"first triangle", 0.25, 0.25, 0.5}, Row{"second triangle", 0.75, 0.75, 0.5},
                           Row{"edge b-e", 1.0, 0.5, 0.5}}) {
        INFO(row.name);
        const Vec3d p = meshPointAt(quad, row.u, row.v);
        CHECK(p.x == Approx(row.u));
        CHECK(p.y == Approx(row.v));
        CHECK(p.z == Approx(row.z));
    }
}

TEST_CASE("Boulder placement: bases lie on the tile's mesh, the field's boulders all placed once",
          "[terrain][boulders]")
{
    const TestGround t;
    const BoulderFieldOptions options = twentyMetreDem();
    const TileBoulders tile = placeTileBoulders(options, t.ground(), t.cols, t.rows, 4);
    REQUIRE(tile.boulders.size() > 5000);
    // The same boulders as the field gives for the tile's pixels (flat enough: no slope gain).
    const auto field = bouldersInPixels(options, t.col0, t.row0, t.col0 + t.cols, t.row0 + t.rows,
                                        [](double, double) { return 0.0; });
    std::set<std::tuple<double, double>> placed, expected;
    for (const PlacedBoulder& p : tile.boulders)
        placed.emplace(p.shape.x_m, p.shape.y_m);
    for (const Boulder& b : field)
        expected.emplace(b.x_m, b.y_m);
    CHECK(placed.size() == tile.boulders.size());
    CHECK(placed == expected);

    for (const PlacedBoulder& p : tile.boulders) {
        // Its DEM pixel-centre coordinates map to the mesh position (the mesh is planar per
        // triangle; the test surface's bilinear term bounds the difference).
        const double x = (p.local_col - t.cols / 2) * kPixel_m;
        const double y = (p.local_row - t.rows / 2) * kPixel_m;
        REQUIRE(p.base_enu.x == Approx(x).margin(1e-6));
        REQUIRE(p.base_enu.y == Approx(y).margin(1e-6));
        REQUIRE(std::abs(p.base_enu.z - TestGround::heightAt(x, y)) < 0.011);
        REQUIRE(p.local_col >= -0.5);
        REQUIRE(p.local_col < t.cols - 0.5);
        const double height = (p.base_enu - t.moon_centre).length() - moon::kRadius_m;
        REQUIRE(p.height_above_sphere_m == Approx(height).margin(1e-6));
        REQUIRE(p.ground_normal_enu.z > 0.99);
    }
}

TEST_CASE("Boulder placement: blocks partition the tile, largest first, inside their spheres",
          "[terrain][boulders]")
{
    const TestGround t;
    const TileBoulders tile = placeTileBoulders(twentyMetreDem(), t.ground(), t.cols, t.rows, 4);
    REQUIRE(tile.blocks.size() == 16);
    std::size_t next = 0;
    for (const BoulderBlock& block : tile.blocks) {
        CHECK(block.first == next);
        next += block.count;
        for (std::size_t i = block.first; i < block.first + block.count; ++i) {
            const PlacedBoulder& p = tile.boulders[i];
            if (i > block.first)
                REQUIRE(p.shape.diameter_m <= tile.boulders[i - 1].shape.diameter_m);
            REQUIRE((p.base_enu - block.centre_enu).length() + p.shape.diameter_m <= block.radius_m + 1e-9);
        }
        // The cut by size: exactly the boulders at least that wide.
        for (double d : {0.3, 0.7, 2.0, 7.0}) {
            const auto wide = std::count_if(tile.boulders.begin() + static_cast<long>(block.first),
                                            tile.boulders.begin() + static_cast<long>(block.first + block.count),
                                            [d](const PlacedBoulder& p) { return p.shape.diameter_m >= d; });
            CHECK(bouldersAtLeast(tile, block, d) == static_cast<std::size_t>(wide));
        }
    }
    CHECK(next == tile.boulders.size());
}

TEST_CASE("Boulder placement: the least diameter drawn, and the DEMs that carry boulders",
          "[terrain][boulders]")
{
    // 1 km away with 1 mrad pixels, half a pixel: 0.5 m.
    CHECK(leastBoulderDrawn_m(1000.0, 1.0e-3, 0.5) == Approx(0.5));
    CHECK(leastBoulderDrawn_m(-5.0, 1.0e-3, 0.5) == 0.0); // the eye inside the block
    struct Row { double pixel_m; bool has; double max_m; };
    for (const Row& row : {Row{1.0, true, 1.0}, Row{5.0, true, 5.0}, Row{20.0, true, 6.0},
                           Row{60.0, true, 6.0}, Row{118.0, false, 0.0}, Row{0.25, false, 0.0},
                           Row{7580.0, false, 0.0}}) {
        INFO("DEM pixel " << row.pixel_m << " m");
        BoulderFieldOptions options;
        CHECK(boulderOptionsForDem(row.pixel_m, options) == row.has);
        if (row.has)
            CHECK(options.max_diameter_m == Approx(row.max_m));
    }
}

TEST_CASE("Boulder placement: a ground without its border ring is refused", "[terrain][boulders]")
{
    TestGround t;
    BoulderGround g = t.ground();
    g.border = 0;
    CHECK_THROWS_AS(placeTileBoulders(twentyMetreDem(), g, t.cols, t.rows, 4), std::invalid_argument);
}
