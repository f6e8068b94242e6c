#include "TestPaths.h"

#include "core/Angles.h"
#include "core/LunarError.h"
#include "io/DemInfo.h"
#include "io/DemRecipeLoader.h"
#include "io/GeoTiffWriter.h"
#include "io/LunarDem.h"
#include "terrain/ProceduralDem.h"

#include <catch2/catch.hpp>
#include <gdal.h>

#include <cmath>

using namespace lunar;

TEST_CASE("DEM: a written procedural GeoTIFF reads back as the same heights in 30135",
          "[io][dem]")
{
    DemRecipe recipe = io::defaultDemRecipe();
    recipe.size_px = 300;
    recipe.resolution_m = 300.0;
    const Raster<float> heights = generateProceduralDem(recipe);
    const auto path = (test::scratchDir("dem-roundtrip") / "procedural.tif").string();
    io::writeHeightGeoTiff(heights, path);

    const io::LunarDem dem = io::LunarDem::open(path);
    CHECK(dem.width() == 300);
    CHECK(dem.crsName() == "IAU_2015:30135");
    CHECK(dem.geoTransform().pixel_width == Approx(300.0));
    const Raster<float> back = dem.readHeights(0, 0, 300, 300, 300, 300);
    CHECK(back.samples() == heights.samples());
    // The grid places the pole at the centre of the raster.
    const TerrainGrid grid = dem.readGrid(300);
    CHECK(grid.contains({-kPi / 2.0, 0.0}));
    const LatLonHeight centre = grid.positionAt(149.5, 149.5);
    CHECK(radToDeg(centre.lat_rad) == Approx(-90.0).margin(1e-6));
}

TEST_CASE("DEM: LOLA LDEM_4 heights are DN x 0.5 m, not radii", "[io][dem][shared-data]")
{
    const std::string path = test::sharedData("lunar/LDEM_4.LBL");
    if (path.empty()) {
        WARN("skipped: ../shared/data/lunar/LDEM_4.LBL is not present");
        return;
    }
    const io::LunarDem dem = io::LunarDem::open(path);
    CHECK(dem.width() == 1440);
    CHECK(dem.height() == 720);
    CHECK(dem.valueScale() == 0.5);
    CHECK(dem.valueOffset() == 1737400.0);
    const Raster<float> h = dem.readHeights(0, 0, 1440, 720, 1440, 720);
    float lo = 1e9f, hi = -1e9f;
    for (float v : h.samples()) {
        REQUIRE(std::isfinite(v));
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    // Label: DN range -17758 .. 21008 (stats: -17757); heights = DN x 0.5.
    CHECK(hi == Approx(21008 * 0.5));
    CHECK(lo == Approx(-17757 * 0.5).margin(0.5));
    // A lat/lon lookup through PROJ lands in the right place: the south pole region is low.
    const TerrainGrid grid = dem.readGrid(1440);
    const double shackleton_m = grid.heightAt({degToRad(-89.67), degToRad(129.78)});
    CHECK(std::isfinite(shackleton_m));
    CHECK(std::abs(shackleton_m) < 9000.0);
}

TEST_CASE("DEM: unusable files are refused with a one-line reason naming the file", "[io][dem]")
{
    const auto [file, message] = GENERATE(table<std::string, std::string>({
        {"dem/not_a_raster.tif", "is not a raster GDAL can read"},
        {"dem/earth_crs.tif", "its CRS is on Earth (WGS_1984, radius 6378137 m), not the Moon"},
        {"dem/no_crs.tif", "has no coordinate reference system; if you know it, pass --assume-crs"},
        {"dem/does_not_exist.tif", "no such file"},
    }));
    const std::string path = test::fixture(file);
    try {
        io::LunarDem::open(path);
        FAIL("no error for " << file);
    }
    catch (const LunarError& e) {
        CHECK_THAT(std::string(e.what()), Catch::StartsWith(path + ": ") && Catch::Contains(message));
        CHECK(std::string(e.what()).find('\n') == std::string::npos);
    }
}

TEST_CASE("DEM: --assume-crs makes a bare raster usable, and must itself be lunar", "[io][dem]")
{
    const std::string path = test::fixture("dem/no_crs.tif");
    io::DemOpenOptions options;
    options.assume_crs = "EPSG:4326";
    CHECK_THROWS_WITH(io::LunarDem::open(path, options), Catch::Contains("is on Earth"));
    options.assume_crs = "IAU_2015:30135";
    // The fixture also has no geotransform: the next problem is named.
    CHECK_THROWS_WITH(io::LunarDem::open(path, options), Catch::Contains("has no geotransform"));
}

TEST_CASE("DEM: info describes extent, heights and holes", "[io][dem]")
{
    Raster<float> heights(64, 64, 100.0f);
    heights.geo = GeoTransform{-3200.0, 100.0, 0.0, 3200.0, 0.0, -100.0};
    heights.at(10, 10) = std::nanf("");
    heights.at(20, 20) = -250.0f;
    const auto path = (test::scratchDir("dem-info") / "holes.tif").string();
    io::writeHeightGeoTiff(heights, path);
    const std::string info = io::describeDem(path, {});
    CHECK_THAT(info, Catch::Contains("64 x 64 px"));
    CHECK_THAT(info, Catch::Contains("IAU_2015:30135"));
    CHECK_THAT(info, Catch::Contains("latitude:    -90.000 .. -89.8"));
    CHECK_THAT(info, Catch::Contains("heights:     -250.0 .. 100.0 m"));
    CHECK_THAT(info, Catch::Contains("nodata:      0.02 %"));

    const io::LunarDem dem = io::LunarDem::open(path);
    TerrainGrid grid = dem.readGrid(64);
    CHECK(grid.missingCount() == 1);
    CHECK(grid.fillHolesForRendering() == 1);
    CHECK(grid.heights().at(10, 10) == Approx(100.0f));
}

TEST_CASE("DEM: a file in km with the 1737.4 km offset gives heights in metres", "[io][dem]")
{
    // Like LOLA's polar FLOAT_IMG products: radius in km = value + 1737.4.
    Raster<float> km(8, 8, 0.25f);
    km.geo = GeoTransform{-400.0, 100.0, 0.0, 400.0, 0.0, -100.0};
    km.at(3, 3) = -1.5f;
    const auto path = (test::scratchDir("dem-km") / "km.tif").string();
    io::writeHeightGeoTiff(km, path);
    {
        // Re-label the band as GDAL would read a polar FLOAT_IMG: unit km, offset 1737.4.
        GDALDatasetH ds = GDALOpen(path.c_str(), GA_Update);
        REQUIRE(ds != nullptr);
        GDALRasterBandH band = GDALGetRasterBand(ds, 1);
        GDALSetRasterUnitType(band, "KILOMETER");
        GDALSetRasterOffset(band, 1737.4);
        GDALSetRasterScale(band, 1.0);
        GDALClose(ds);
    }
    const io::LunarDem dem = io::LunarDem::open(path);
    CHECK(dem.unitsToMetres() == 1000.0);
    const Raster<float> h = dem.readHeights(0, 0, 8, 8, 8, 8);
    CHECK(h.at(0, 0) == Approx(250.0));
    CHECK(h.at(3, 3) == Approx(-1500.0));
}

TEST_CASE("DEM: a file with no valid sample is refused by info", "[io][dem]")
{
    Raster<float> empty(16, 16, std::nanf(""));
    empty.geo = GeoTransform{-800.0, 100.0, 0.0, 800.0, 0.0, -100.0};
    const auto path = (test::scratchDir("dem-empty") / "empty.tif").string();
    io::writeHeightGeoTiff(empty, path);
    CHECK_THROWS_WITH(io::describeDem(path, {}), Catch::Contains("has no valid height sample"));
}
