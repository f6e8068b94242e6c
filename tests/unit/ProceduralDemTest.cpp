#include "core/Angles.h"
#include "core/PolarStereographic.h"
#include "TestPaths.h"
#include "io/BaseShapeReader.h"
#include "io/DemRecipeLoader.h"
#include "io/GeoTiffWriter.h"
#include "io/LunarDem.h"
#include "terrain/CraterPopulation.h"
#include "terrain/ProceduralDem.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

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

TEST_CASE("Procedural DEM: a landing site kept clear has no random crater reaching it; the "
          "others stay", "[terrain][procedural]")
{
    CraterPopulationOptions options;
    const auto all = generateCraterPopulation(options, 50000.0, 20.0, 2030);
    const double x_m = 30380.0, y_m = -20032.0, radius_m = 1500.0; // Chang'e-7's target
    const auto reaches = [&](const PlacedCrater& c) {
        return std::hypot(c.x_m - x_m, c.y_m - y_m) < 1.3 * 0.5 * c.diameter_m + radius_m;
    };
    const auto reaching = std::count_if(all.begin(), all.end(), reaches);
    REQUIRE(reaching > 0); // the seed puts craters there: the test can fail
    auto kept = all;
    removeCratersNear(kept, x_m, y_m, radius_m);
    CHECK(std::none_of(kept.begin(), kept.end(), reaches));
    CHECK(kept.size() == all.size() - static_cast<std::size_t>(reaching));
    // The built-in recipe keeps Chang'e-7's target clear.
    const DemRecipe recipe = io::defaultDemRecipe();
    REQUIRE(recipe.clear_sites.size() == 1);
    CHECK(recipe.clear_sites[0].lat_deg == -88.8);
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

TEST_CASE("Procedural DEM: --base takes its large-scale shape from a real DEM",
          "[terrain][procedural][shared-data]")
{
    const std::string ldem = test::sharedData("lunar/LDEM_4.LBL");
    if (ldem.empty()) {
        WARN("skipped: ../shared/data/lunar/LDEM_4.LBL is not present");
        return;
    }
    DemRecipe recipe = smallRecipe();
    const BaseShape base = io::readBaseShape(ldem, recipe);
    CHECK(base.resolution_m == Approx(7580.0).epsilon(0.05)); // LDEM_4's 4 px/deg rows
    const Raster<float> with_base = generateProceduralDem(recipe, {}, &base);
    const Raster<float> without = generateProceduralDem(recipe);
    // On 5 km blocks, the large-scale part of the result (with minus without base, same
    // craters) follows LOLA's heights at the same places.
    const TerrainGrid lola = io::LunarDem::open(ldem).readGrid(1440);
    const PolarStereographic south(PolarStereographic::Pole::South);
    std::vector<double> ours, theirs;
    for (int by = 0; by < 20; ++by)
        for (int bx = 0; bx < 20; ++bx) {
            double sum = 0.0;
            for (int r = by * 20; r < by * 20 + 20; ++r)
                for (int c = bx * 20; c < bx * 20 + 20; ++c)
                    sum += with_base.at(c, r) - without.at(c, r);
            ours.push_back(sum / 400.0);
            const MapXY centre = with_base.geo.mapFromPixel(bx * 20 + 10, by * 20 + 10);
            theirs.push_back(lola.heightAt(south.toLatLon(centre)));
        }
    auto mean = [](const std::vector<double>& v) {
        double s = 0.0;
        for (double x : v)
            s += x;
        return s / static_cast<double>(v.size());
    };
    const double mo = mean(ours), mt = mean(theirs);
    double sxy = 0.0, sxx = 0.0, syy = 0.0;
    for (std::size_t i = 0; i < ours.size(); ++i) {
        sxy += (ours[i] - mo) * (theirs[i] - mt);
        sxx += (ours[i] - mo) * (ours[i] - mo);
        syy += (theirs[i] - mt) * (theirs[i] - mt);
    }
    const double correlation = sxy / std::sqrt(sxx * syy);
    CAPTURE(correlation);
    CHECK(correlation > 0.75); // 0.82 measured
}

TEST_CASE("Procedural DEM: a base DEM that does not cover the region is refused", "[io][procedural]")
{
    Raster<float> small(16, 16, 10.0f);
    small.geo = GeoTransform{-800.0, 100.0, 0.0, 800.0, 0.0, -100.0}; // 1.6 km around the pole
    const auto path = (test::scratchDir("base-small") / "small.tif").string();
    io::writeFloatGeoTiff(small, path);
    CHECK_THROWS_WITH(io::readBaseShape(path, smallRecipe()),
                      Catch::StartsWith(path + ": does not cover the region to generate"));
}
