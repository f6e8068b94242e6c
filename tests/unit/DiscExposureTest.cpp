// Illumination, darkness and permanent shadow from horizon maps: against closed forms for a
// pit with vertical walls and a cone under a Sun circling at a fixed elevation, against a
// direct per-texel evaluation on procedural terrain, and on the default DEM's Shackleton.
#include "ProfileGrids.h"

#include "astro/BodyTrack.h"
#include "astro/MoonCentredEphemeris.h"
#include "core/Angles.h"
#include "core/PolarStereographic.h"
#include "core/SelenographicFrame.h"
#include "io/DemRecipeLoader.h"
#include "terrain/DiscExposure.h"
#include "terrain/DiscVisibility.h"
#include "terrain/HorizonSweep.h"
#include "terrain/PointExposure.h"
#include "terrain/ProceduralDem.h"
#include "terrain/TerrainLayer.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <memory>
#include <random>

using namespace lunar;

namespace {

constexpr double kSunDistance_m = 1.496e11;

using test::polarGrid; // a square grid centred on the south pole, heights from map x, y

// A nearly point-like Sun at `elevation_deg` above the south pole's horizon, at `steps`
// azimuths evenly around the sky.
DistantDisc circlingSun(double elevation_deg, int steps, double angular_radius_deg = 0.001)
{
    DistantDisc sun;
    const double e = degToRad(elevation_deg);
    for (int i = 0; i < steps; ++i) {
        const double lon = kTwoPi * (i + 0.5) / steps;
        sun.centre_m.push_back(
            Vec3d{std::cos(e) * std::cos(lon), std::cos(e) * std::sin(lon), -std::sin(e)} *
            kSunDistance_m);
    }
    sun.radius_m = kSunDistance_m * std::tan(degToRad(angular_radius_deg));
    return sun;
}

HorizonMap horizonOf(const TerrainGrid& grid, int directions)
{
    return sweepHorizonMap(grid.heights(), horizonMetricOf(grid), {directions, 0.0});
}

} // namespace

TEST_CASE("Exposure: in a pit with vertical walls the lit share is (pi - beta*) / pi",
          "[terrain][exposure]")
{
    // Floor H below the plain inside radius R. From a floor point rho off the centre the wall
    // at angle beta from the outward direction is s = -rho cos b + sqrt(R^2 - rho^2 sin^2 b)
    // away and stands atan(H / s) high: a Sun at elevation e clears it where s > H / tan e,
    // i.e. beyond cos b* = (R^2 - rho^2 - L^2) / (2 L rho).
    const double pixel_m = 1.0, radius_m = 150.0, depth_m = 40.0, sun_elevation_deg = 12.0;
    const TerrainGrid grid = polarGrid(401, pixel_m, [&](double x, double y) {
        return std::hypot(x, y) < radius_m ? -depth_m : 0.0;
    });
    const DiscExposure exposure =
        discExposure(horizonOf(grid, 256), grid, circlingSun(sun_elevation_deg, 720));
    const double l = depth_m / std::tan(degToRad(sun_elevation_deg));
    const struct {
        int dcol, drow;
    } points[] = {{60, 0}, {0, -100}, {-71, 71}, {0, 0}, {0, 120}};
    for (const auto& p : points) {
        const int col = 200 + p.dcol, row = 200 + p.drow;
        const double rho = std::hypot(p.dcol, p.drow) * pixel_m;
        double expected = 0.0; // at the centre the wall is R away all round: L > R, never lit
        if (rho > 0.0) {
            const double c = std::clamp((radius_m * radius_m - rho * rho - l * l) / (2 * l * rho), -1.0, 1.0);
            expected = (kPi - std::acos(c)) / kPi;
        }
        INFO("floor point " << rho << " m from the centre");
        CHECK(exposure.mean_fraction.at(col, row) == Approx(expected).margin(0.015));
    }
    // Out on the plain nothing rises: lit all the time, never dark.
    CHECK(exposure.mean_fraction.at(5, 5) == Approx(1.0));
    CHECK(exposure.longest_dark.at(5, 5) == 0.0f);
    // The centre never sees the Sun: all 720 instants in one dark run, and nothing ever seen.
    CHECK(exposure.longest_dark.at(200, 200) == 720.0f);
    CHECK(exposure.max_fraction.at(200, 200) == 0.0f);
}

TEST_CASE("Exposure: a point's own marched horizon agrees with the map, and a mast sees more",
          "[terrain][exposure]")
{
    const double radius_m = 150.0, depth_m = 40.0;
    const TerrainGrid grid = polarGrid(401, 1.0, [&](double x, double y) {
        return std::hypot(x, y) < radius_m ? -depth_m : 0.0;
    });
    const DistantDisc sun = circlingSun(12.0, 720);
    const DiscExposure map = discExposure(horizonOf(grid, 256), grid, sun);
    const PointExposure ground =
        pointExposure(grid, 260, 200, marchPointHorizon(grid, 260, 200, 0.0), sun);
    CHECK(ground.fraction.size() == 720);
    CHECK(ground.mean_fraction == Approx(map.mean_fraction.at(260, 200)).margin(0.01));
    // A 30 m mast on the floor: the wall now stands H - 30 m above its top.
    const PointExposure mast =
        pointExposure(grid, 260, 200, marchPointHorizon(grid, 260, 200, 30.0), sun);
    const double l = 10.0 / std::tan(degToRad(12.0)), rho = 60.0;
    const double c = std::clamp((radius_m * radius_m - rho * rho - l * l) / (2 * l * rho), -1.0, 1.0);
    CHECK(mast.mean_fraction == Approx((kPi - std::acos(c)) / kPi).margin(0.015));
    CHECK(mast.longest_dark < ground.longest_dark);
}

TEST_CASE("Exposure: a cone's shadow covers a plain point for 2 (acos(Rc/L) - acos(Rc/D)) / 2 pi",
          "[terrain][exposure]")
{
    // The shadow is the hull of the base disc and the apex's shadow, L = H / tan e from the
    // axis; a point D from the axis lies inside it while the Sun's azimuth is within
    // acos(Rc/L) - acos(Rc/D) of the direction away from the point.
    const double pixel_m = 1.0, base_m = 100.0, height_m = 50.0, sun_elevation_deg = 10.0;
    const TerrainGrid grid = polarGrid(701, pixel_m, [&](double x, double y) {
        return std::max(0.0, height_m * (1.0 - std::hypot(x, y) / base_m));
    });
    const DiscExposure exposure =
        discExposure(horizonOf(grid, 256), grid, circlingSun(sun_elevation_deg, 1440));
    const double l = height_m / std::tan(degToRad(sun_elevation_deg));
    for (const double d : {130.0, 150.0, 200.0, 250.0, 300.0}) {
        const double shadowed =
            d >= l ? 0.0 : (std::acos(base_m / l) - std::acos(base_m / d)) / kPi;
        INFO("plain point " << d << " m from the axis");
        CHECK(1.0 - exposure.mean_fraction.at(350 + static_cast<int>(d), 350) ==
              Approx(shadowed).margin(0.006));
        CHECK(1.0 - exposure.mean_fraction.at(350, 350 - static_cast<int>(d)) ==
              Approx(shadowed).margin(0.006));
    }
}

TEST_CASE("Exposure: block interpolation matches a per-texel evaluation on real sunlight",
          "[terrain][exposure]")
{
    DemRecipe recipe = io::defaultDemRecipe();
    recipe.size_px = 300; // 90 km at 300 m
    recipe.resolution_m = 300.0;
    const TerrainGrid grid(generateProceduralDem(recipe),
                           std::make_shared<PolarStereographic>(PolarStereographic::Pole::South));
    TerrainLayer layer{grid, {}, {}, horizonOf(grid, 64)};
    const astro::BodyTrack track = astro::bodyTrack(UtcTime::parseIso("2030-01-01"),
                                                    UtcTime::parseIso("2030-01-31"), 6 * 3600.0);
    const DiscExposure exposure =
        discExposure(layer.horizon, grid, {track.sun_m, astro::kSunRadius_m});

    std::mt19937 random(7);
    std::uniform_int_distribution<int> pick(0, 299);
    double largest_difference = 0.0;
    for (int n = 0; n < 60; ++n) {
        const int col = pick(random), row = pick(random);
        const LatLonHeight p = grid.positionAt(col, row);
        double sum = 0.0;
        for (const Vec3d& sun_m : track.sun_m) {
            const Vec3d here = moonFixedFromSelenographic({p.lat_rad, p.lon_rad, 0.0});
            const double radius_deg = radToDeg(std::asin(astro::kSunRadius_m / (sun_m - here).length()));
            sum += layer.visibleFraction({p.lat_rad, p.lon_rad}, sun_m - here, radius_deg);
        }
        largest_difference = std::max(largest_difference,
                                       std::fabs(sum / static_cast<double>(track.size()) - exposure.mean_fraction.at(col, row)));
    }
    CHECK(largest_difference < 2e-3);
}

TEST_CASE("Exposure: on the default DEM Shackleton's rim out-lights its floor, a cold trap",
          "[terrain][exposure]")
{
    DemRecipe recipe = io::defaultDemRecipe();
    recipe.size_px = 1000; // the whole 100 km at 100 m
    recipe.resolution_m = 100.0;
    const TerrainGrid grid(generateProceduralDem(recipe),
                           std::make_shared<PolarStereographic>(PolarStereographic::Pole::South));
    const HorizonMap horizon = horizonOf(grid, 64);
    const astro::BodyTrack year = astro::bodyTrack(UtcTime::parseIso("2030-01-01"),
                                                   UtcTime::parseIso("2031-01-01"), 6 * 3600.0);
    const DiscExposure light = discExposure(horizon, grid, {year.sun_m, astro::kSunRadius_m});
    const DiscExposure ever = discExposure(
        horizon, grid,
        {astro::extremeSunPositions_m(true, 1440),
         1.495978707e11 * std::tan(degToRad(astro::kMaxSunAngularRadius_deg))});

    const auto& shackleton = recipe.named_craters.front();
    REQUIRE(shackleton.name == "Shackleton");
    const PolarStereographic south(PolarStereographic::Pole::South);
    const MapXY centre = south.toMap({degToRad(shackleton.lat_deg), degToRad(shackleton.lon_deg)});
    const auto at = [&](const Raster<float>& map, double dx_m, double dy_m) {
        double col = 0.0, row = 0.0;
        map.geo.pixelFromMap({centre.x + dx_m, centre.y + dy_m}, col, row);
        return map.at(static_cast<int>(col), static_cast<int>(row));
    };
    // The floor's middle: never a glimpse of the Sun, even at its most favourable.
    CHECK(at(ever.max_fraction, 0.0, 0.0) == 0.0f);
    CHECK(at(light.mean_fraction, 0.0, 0.0) == 0.0f);
    CHECK(at(light.longest_dark, 0.0, 0.0) == static_cast<float>(year.size()));
    // The rim all round: the best point within 1 km of the rim crest, in 8 directions. The
    // stretch of rim at the pole itself stays dark on this terrain (its horizon is 2 deg or
    // more all round; the Sun never climbs past 1.8 deg there), so not every direction counts.
    const double rim_m = shackleton.diameter_km * 500.0;
    int lit_directions = 0;
    for (int k = 0; k < 8; ++k) {
        const double a = kTwoPi * k / 8;
        float best = 0.0f;
        for (double r = rim_m - 1000.0; r <= rim_m + 1000.0; r += 100.0)
            best = std::max(best, at(light.mean_fraction, r * std::sin(a), r * std::cos(a)));
        lit_directions += best > 0.3f ? 1 : 0;
    }
    CHECK(lit_directions >= 6);
}

TEST_CASE("Sun track: the subsolar latitude stays within the permanent-shadow bound",
          "[astro][exposure]")
{
    const astro::BodyTrack track = astro::bodyTrack(UtcTime::parseIso("2000-01-01"),
                                                    UtcTime::parseIso("2060-01-01"), 5 * 86400.0);
    double largest_deg = 0.0;
    for (const Vec3d& sun : track.sun_m)
        largest_deg = std::max(largest_deg, std::fabs(radToDeg(std::asin(sun.z / sun.length()))));
    CHECK(largest_deg > 1.5); // the bound is not loose
    CHECK(largest_deg < astro::kMaxSubsolarLatitude_deg);
}

TEST_CASE("Sun track: steps up to the end of the range; a backwards range is refused",
          "[astro][exposure]")
{
    const astro::BodyTrack track = astro::bodyTrack(UtcTime::parseIso("2030-01-01"),
                                                    UtcTime::parseIso("2030-01-02"), 5 * 3600.0);
    CHECK(track.size() == 5);
    CHECK(track.timeAt(4).toIso() == "2030-01-01T20:00:00Z");
    CHECK_THROWS_WITH(astro::bodyTrack(UtcTime::parseIso("2030-01-02"),
                                       UtcTime::parseIso("2030-01-01"), 3600.0),
                      Catch::Contains("is not after"));
    CHECK_THROWS_WITH(astro::bodyTrack(UtcTime::parseIso("2030-01-01"),
                                       UtcTime::parseIso("2030-01-02"), 0.0),
                      Catch::Contains("positive"));
}
