#include "terrain/DetailPatch.h"
#include "core/Angles.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace lunar;

namespace {
// A 100 x 100 coarse mesh of 100 m cells over [-5000, 5000]^2, north up.
const GeoTransform kCoarse{-5000.0, 100.0, 0.0, 5000.0, 0.0, -100.0};
} // namespace

TEST_CASE("Detail patch: its edges lie on coarse mesh vertex lines around the origin",
          "[terrain][patch]")
{
    DetailPatchPlan plan;
    DetailPatchOptions options;
    options.half_size = 1000.0;
    REQUIRE(planDetailPatch(kCoarse, 100, 100, {120.0, -340.0}, 20.0, options, plan));
    CHECK(plan.coarse_col1 - plan.coarse_col0 == 20);
    CHECK(plan.coarse_row1 - plan.coarse_row0 == 20);
    // First and last patch vertices coincide with the hole's corner vertices.
    const MapXY first = plan.geo.mapFromPixel(0.5, 0.5);
    const MapXY coarse_first = kCoarse.mapFromPixel(plan.coarse_col0 + 0.5, plan.coarse_row0 + 0.5);
    CHECK(first.x == Approx(coarse_first.x));
    CHECK(first.y == Approx(coarse_first.y));
    const MapXY last = plan.geo.mapFromPixel(plan.cols - 0.5, plan.rows - 0.5);
    const MapXY coarse_last = kCoarse.mapFromPixel(plan.coarse_col1 + 0.5, plan.coarse_row1 + 0.5);
    CHECK(last.x == Approx(coarse_last.x));
    CHECK(last.y == Approx(coarse_last.y));
    CHECK(plan.cols == 101); // 2000 m at the DEM's 20 m
    CHECK(std::fabs(plan.geo.pixel_width) == Approx(20.0));
}

TEST_CASE("Detail patch: none when the DEM is no finer than the coarse mesh", "[terrain][patch]")
{
    DetailPatchPlan plan;
    CHECK_FALSE(planDetailPatch(kCoarse, 100, 100, {0.0, 0.0}, 100.0, {}, plan));
    CHECK_FALSE(planDetailPatch(kCoarse, 100, 100, {0.0, 0.0}, 80.0, {}, plan));
}

TEST_CASE("Detail patch: resampling reproduces a tilted plane exactly", "[terrain][patch]")
{
    Raster<float> fine(500, 500);
    fine.geo = GeoTransform{-5000.0, 20.0, 0.0, 5000.0, 0.0, -20.0};
    auto plane = [](const MapXY& p) { return 0.01 * p.x - 0.02 * p.y + 7.0; };
    for (int r = 0; r < 500; ++r)
        for (int c = 0; c < 500; ++c)
            fine.at(c, r) = static_cast<float>(plane(fine.geo.mapFromPixel(c + 0.5, r + 0.5)));
    DetailPatchPlan plan;
    DetailPatchOptions options;
    options.half_size = 1500.0;
    REQUIRE(planDetailPatch(kCoarse, 100, 100, {0.0, 0.0}, 20.0, options, plan));
    const Raster<float> patch = resampleForPatch(fine, plan);
    for (int r = 0; r < patch.height(); r += 7)
        for (int c = 0; c < patch.width(); c += 7)
            REQUIRE(patch.at(c, r) == Approx(plane(plan.geo.mapFromPixel(c + 0.5, r + 0.5))).margin(1e-3));
}
