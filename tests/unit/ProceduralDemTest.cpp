#include "core/Angles.h"
#include "core/PolarStereographic.h"
#include "io/DemRecipeLoader.h"
#include "terrain/CraterPopulation.h"
#include "terrain/ProceduralDem.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

using namespace lunar;

namespace {
DemRecipe smallRecipe()
{
    DemRecipe recipe = io::defaultDemRecipe();
    recipe.size_px = 400; // 100 km at 250 m: fast, same geography
    recipe.resolution_m = 250.0;
    return recipe;
}

double heightAtLatLon(const Raster<float>& dem, double lat_deg, double lon_deg)
{
    const PolarStereographic south(PolarStereographic::Pole::South);
    double col = 0.0, row = 0.0;
    dem.geo.pixelFromMap(south.toMap({degToRad(lat_deg), degToRad(lon_deg)}), col, row);
    return dem.bilinear(col - 0.5, row - 0.5);
}
} // namespace

TEST_CASE("Procedural DEM: the built-in recipe is the documented default", "[terrain][procedural]")
{
    const DemRecipe recipe = io::defaultDemRecipe();
    CHECK(recipe.size_px == 5000);
    CHECK(recipe.resolution_m == 20.0);
    REQUIRE(recipe.named_craters.size() >= 7);
    CHECK(recipe.named_craters.front().name == "Shackleton");
}

TEST_CASE("Procedural DEM: same seed gives the same heights, another seed differs",
          "[terrain][procedural]")
{
    DemRecipe recipe = smallRecipe();
    const Raster<float> a = generateProceduralDem(recipe);
    const Raster<float> b = generateProceduralDem(recipe);
    CHECK(a.samples() == b.samples());
    recipe.seed += 1;
    const Raster<float> c = generateProceduralDem(recipe);
    CHECK(a.samples() != c.samples());
}

TEST_CASE("Procedural DEM: grid is centred on the south pole in 30135 metres", "[terrain][procedural]")
{
    const Raster<float> dem = generateProceduralDem(smallRecipe());
    CHECK(dem.width() == 400);
    CHECK(dem.geo.origin_x == Approx(-50000.0));
    CHECK(dem.geo.origin_y == Approx(50000.0));
    CHECK(dem.geo.pixel_height == Approx(-250.0));
    for (float h : dem.samples())
        REQUIRE(std::isfinite(h));
}

TEST_CASE("Procedural DEM: Shackleton is a deep bowl at its real position", "[terrain][procedural]")
{
    const Raster<float> dem = generateProceduralDem(smallRecipe());
    const double floor = heightAtLatLon(dem, -89.67, 129.78);
    // Rim: 10.5 km from the centre; sample a ring and take the mean.
    const PolarStereographic south(PolarStereographic::Pole::South);
    const MapXY centre = south.toMap({degToRad(-89.67), degToRad(129.78)});
    double rim_sum = 0.0;
    for (int i = 0; i < 16; ++i) {
        const double a = kTwoPi * i / 16;
        double col = 0.0, row = 0.0;
        dem.geo.pixelFromMap({centre.x + 10460.0 * std::cos(a), centre.y + 10460.0 * std::sin(a)},
                             col, row);
        rim_sum += dem.bilinear(col - 0.5, row - 0.5);
    }
    const double rim = rim_sum / 16;
    CAPTURE(floor, rim);
    CHECK(rim - floor > 3500.0); // 4.2 km deep below the pre-impact surface, plus the rim
    CHECK(rim - floor < 6500.0);
}

TEST_CASE("Procedural DEM: crater sizes follow the requested power law", "[terrain][procedural]")
{
    CraterPopulationOptions options;
    options.min_diameter_px = 3.0;
    options.max_diameter_km = 15.0;
    const auto craters = generateCraterPopulation(options, 50000.0, 20.0, 7);
    REQUIRE(craters.size() > 10000);
    auto count_above = [&](double d_m) {
        return static_cast<double>(std::count_if(craters.begin(), craters.end(),
                                                 [&](const PlacedCrater& c) { return c.diameter_m > d_m; }));
    };
    // N(>D) ~ D^-2: ten times larger diameter, a hundred times fewer craters.
    const double ratio = count_above(100.0) / count_above(1000.0);
    CHECK(ratio == Approx(100.0).epsilon(0.15));
    // Oldest (most degraded) first.
    CHECK(craters.front().degradation >= craters.back().degradation);
}
