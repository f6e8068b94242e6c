// Period statistics from per-direction tables (terrain/DiscStatistics) against the per-instant
// method (terrain/DiscExposure) on the default DEM's terrain under a year of real sunlight:
// the bound is 0.1 percentage points on average and 0.5 at most; permanent shadow
// the same; time in sunlight against a direct count at sampled texels.
#include "astro/BodyTrack.h"
#include "astro/MoonCentredEphemeris.h"
#include "core/Angles.h"
#include "core/PolarStereographic.h"
#include "core/SelenographicFrame.h"
#include "io/DemRecipeLoader.h"
#include "terrain/DiscExposure.h"
#include "terrain/DiscStatistics.h"
#include "terrain/HorizonSweep.h"
#include "terrain/ProceduralDem.h"
#include "terrain/TerrainLayer.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <memory>
#include <random>

using namespace lunar;

namespace {

// The default DEM's 100 km at 100 m, its horizon at 64 directions, and a year of Sun.
struct DefaultTerrainYear {
    DemRecipe recipe = io::defaultDemRecipe();
    TerrainGrid grid;
    HorizonMap horizon;
    astro::BodyTrack year;

    DefaultTerrainYear()
        : grid(shrunk(recipe), std::make_shared<PolarStereographic>(PolarStereographic::Pole::South)),
          horizon(sweepHorizonMap(grid.heights(), horizonMetricOf(grid), {64, 0.0})),
          year(astro::bodyTrack(UtcTime::parseIso("2030-01-01"), UtcTime::parseIso("2031-01-01"), 6 * 3600.0))
    {
    }
    static Raster<float> shrunk(DemRecipe& r)
    {
        r.size_px = 1000;
        r.resolution_m = 100.0;
        return generateProceduralDem(r);
    }
};

const DefaultTerrainYear& terrainYear()
{
    static const DefaultTerrainYear t;
    return t;
}

} // namespace

TEST_CASE("Disc statistics: illumination agrees with the per-instant method within 0.1 pp on "
          "average, 0.5 pp at most", "[terrain][exposure][statistics]")
{
    const DefaultTerrainYear& t = terrainYear();
    const DistantDisc sun{t.year.sun_m, astro::kSunRadius_m};
    const DiscExposure per_instant = discExposure(t.horizon, t.grid, sun);
    const DiscStatistics tables = discStatistics(t.horizon, t.grid, sun);
    double sum = 0.0, worst = 0.0;
    std::size_t texels = 0, dark_both = 0, dark_either = 0;
    for (int r = 0; r < t.grid.heights().height(); ++r)
        for (int c = 0; c < t.grid.heights().width(); ++c) {
            const double d = std::fabs(per_instant.mean_fraction.at(c, r) - tables.mean_fraction.at(c, r));
            sum += d;
            worst = std::max(worst, d);
            ++texels;
            const bool a = per_instant.max_fraction.at(c, r) == 0.0f, b = tables.max_fraction.at(c, r) == 0.0f;
            dark_both += a && b ? 1 : 0;
            dark_either += a || b ? 1 : 0;
            REQUIRE(tables.any_share.at(c, r) >= tables.mean_fraction.at(c, r) - 1e-6f);
            // Never lit by the highest disc toward any direction: at most a sliver of the
            // tables' step in time in sunlight (they are linear between 0.01 deg entries),
            // a few instants' worth.
            if (tables.max_fraction.at(c, r) == 0.0f)
                REQUIRE(tables.any_share.at(c, r) < 3.0f / static_cast<float>(t.year.size()));
            if (tables.any_share.at(c, r) == 0.0f)
                REQUIRE(tables.max_fraction.at(c, r) == 0.0f);
        }
    const double mean_pp = 100.0 * sum / static_cast<double>(texels), worst_pp = 100.0 * worst;
    std::printf("disc statistics against the per-instant method, a year at 6 h on 1000^2 texels: "
                "mean difference %.4f pp, worst %.3f pp\n", mean_pp, worst_pp);
    INFO("mean difference " << mean_pp << " pp, worst " << worst_pp << " pp; never lit: "
                            << dark_both << " in both, " << dark_either << " in either");
    CHECK(mean_pp < 0.1);
    CHECK(worst_pp < 0.5);
    REQUIRE(dark_either > 100); // the polar craters' floors
    CHECK(static_cast<double>(dark_both) >= 0.97 * static_cast<double>(dark_either));
}

TEST_CASE("Disc statistics: time in sunlight is the share of instants with any of the Sun up",
          "[terrain][exposure][statistics]")
{
    const DefaultTerrainYear& t = terrainYear();
    const DiscStatistics tables = discStatistics(t.horizon, t.grid, {t.year.sun_m, astro::kSunRadius_m});
    const TerrainLayer layer{t.grid, {}, {}, t.horizon};
    std::mt19937 random(11);
    std::uniform_int_distribution<int> pick(0, 999);
    double worst = 0.0;
    for (int n = 0; n < 40; ++n) {
        const int col = pick(random), row = pick(random);
        const LatLonHeight p = t.grid.positionAt(col, row);
        const Vec3d here = moonFixedFromSelenographic({p.lat_rad, p.lon_rad, 0.0});
        int lit = 0;
        for (const Vec3d& sun_m : t.year.sun_m) {
            const double radius_deg = radToDeg(std::asin(astro::kSunRadius_m / (sun_m - here).length()));
            lit += layer.visibleFraction({p.lat_rad, p.lon_rad}, sun_m - here, radius_deg) > 0.0 ? 1 : 0;
        }
        const double share = static_cast<double>(lit) / static_cast<double>(t.year.size());
        worst = std::max(worst, std::fabs(share - tables.any_share.at(col, row)));
    }
    INFO("worst difference " << 100.0 * worst << " pp");
    CHECK(worst < 0.01);
}

TEST_CASE("Disc statistics: no instants or no directions give NaN maps; a mismatched map is refused",
          "[terrain][exposure][statistics]")
{
    const DefaultTerrainYear& t = terrainYear();
    const DiscStatistics none = discStatistics(t.horizon, t.grid, {{}, astro::kSunRadius_m});
    CHECK(std::isnan(none.mean_fraction.at(10, 10)));
    const HorizonMap small(10, 10, 64, t.grid.heights().geo);
    CHECK_THROWS_AS(discStatistics(small, t.grid, {t.year.sun_m, astro::kSunRadius_m}), std::invalid_argument);
}
