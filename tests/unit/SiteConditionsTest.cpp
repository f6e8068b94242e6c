#include "astro/SiteSky.h"
#include "core/Angles.h"
#include "core/LunarError.h"
#include "core/PolarStereographic.h"
#include "mission/SiteConditions.h"

#include <catch2/catch.hpp>

#include <memory>

using namespace lunar;

TEST_CASE("Site conditions: height, slope, distance from the base and the sky of the point "
          "under the cursor", "[mission][site]")
{
    // An 8 km square around the south pole, 20 m pixels, a plane rising 1 in 10 toward +x.
    constexpr int kSide = 401;
    constexpr double kPixel_m = 20.0;
    Raster<float> heights(kSide, kSide);
    heights.geo = GeoTransform{-kSide / 2 * kPixel_m - kPixel_m / 2, kPixel_m, 0.0,
                               kSide / 2 * kPixel_m + kPixel_m / 2, 0.0, -kPixel_m};
    for (int row = 0; row < kSide; ++row)
        for (int col = 0; col < kSide; ++col)
            heights.at(col, row) = static_cast<float>(1000.0 + 0.1 * (col - kSide / 2) * kPixel_m);
    const EnuFrame base({degToRad(-90.0), 0.0, 0.0});
    const TerrainLayer layer = buildTerrainLayer(
        TerrainGrid(heights, std::make_shared<PolarStereographic>(PolarStereographic::Pole::South)),
        base);
    TerrainStack terrain;
    terrain.add(&layer);

    const LatLon point{degToRad(-89.9), degToRad(30.0)};
    const UtcTime time = UtcTime::parseIso("2036-05-24T00:00:00Z");
    const SiteConditions c = siteConditionsAt(point, time, terrain, base);
    CHECK(c.height_m == Approx(terrain.heightAt(point)));
    CHECK(c.slope_deg == Approx(radToDeg(std::atan(0.1))).margin(0.05));
    CHECK(c.distance_from_origin_m == Approx(degToRad(0.1) * 1737400.0).epsilon(1e-6));
    const astro::SiteSky sky = astro::skyAtSite(time, {point.lat_rad, point.lon_rad, c.height_m});
    CHECK(c.sun_elevation_deg == Approx(sky.sun.elevation_deg));
    CHECK(c.earth_azimuth_deg == Approx(sky.earth.azimuth_deg));
    CHECK(c.sun_visible_fraction == 1.0); // no horizon map on this layer: open sky

    // Off the DEM: a clear error, not a made-up height.
    CHECK_THROWS_AS(siteConditionsAt({degToRad(-80.0), 0.0}, time, terrain, base), LunarError);
}
