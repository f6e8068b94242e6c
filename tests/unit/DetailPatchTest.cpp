#include "terrain/DetailPatch.h"
#include "terrain/SunOcclusion.h"
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

TEST_CASE("Sun occlusion: a coarse grid's far horizon casts shadows the fine grid cannot see",
          "[terrain][shadow]")
{
    // Fine grid: flat, 2 km wide. Far grid: 40 km wide, with a 700 m plateau from x = 5 km.
    Raster<Vec3d> fine(101, 11);
    fine.geo = GeoTransform{-1010.0, 20.0, 0.0, 110.0, 0.0, -20.0};
    for (int r = 0; r < fine.height(); ++r)
        for (int c = 0; c < fine.width(); ++c) {
            const MapXY m = fine.geo.mapFromPixel(c + 0.5, r + 0.5);
            fine.at(c, r) = {m.x, m.y, 0.0};
        }
    Raster<Vec3d> far(401, 41);
    far.geo = GeoTransform{-20050.0, 100.0, 0.0, 2050.0, 0.0, -100.0};
    for (int r = 0; r < far.height(); ++r)
        for (int c = 0; c < far.width(); ++c) {
            const MapXY m = far.geo.mapFromPixel(c + 0.5, r + 0.5);
            far.at(c, r) = {m.x, m.y, m.x >= 5000.0 ? 700.0 : 0.0};
        }
    const double elevation = degToRad(2.0);
    const Vec3d sun{std::cos(elevation), 0.0, std::sin(elevation)};
    const Vec3d centre{0.0, 0.0, -1.0e9};
    Raster<float> far_horizon;
    sunVisibleFraction(far, sun, centre, {}, {}, FarHorizon{nullptr, &far_horizon});
    const Raster<float> alone = sunVisibleFraction(fine, sun, centre);
    const Raster<float> with_far =
        sunVisibleFraction(fine, sun, centre, {}, {}, FarHorizon{&far_horizon, nullptr});
    // 700 m at 5-6 km subtends ~7 deg: the whole fine grid is in its shadow.
    CHECK(alone.at(50, 5) == Approx(1.0));
    CHECK(with_far.at(50, 5) == Approx(0.0));
}
