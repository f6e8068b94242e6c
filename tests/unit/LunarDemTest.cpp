#include "SmallDefaultDem.h"
#include "TestPaths.h"

#include "core/Angles.h"
#include "core/LunarError.h"
#include "io/DemInfo.h"
#include "io/DemRecipeLoader.h"
#include "io/DemTileReader.h"
#include "io/GeoTiffWriter.h"
#include "io/OverviewCache.h"
#include "io/LunarDem.h"
#include "terrain/ProceduralDem.h"
#include "terrain/TilePyramid.h"
#include "core/PolarStereographic.h"

#include <catch2/catch.hpp>
#include <gdal.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <cmath>

using namespace lunar;

TEST_CASE("DEM: a written procedural GeoTIFF reads back as the same heights in 30135",
          "[io][dem]")
{
    const Raster<float> heights = test::smallDefaultDem(300, 300.0);
    const auto path = (test::scratchDir("dem-roundtrip") / "procedural.tif").string();
    io::writeFloatGeoTiff(heights, path);

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
    io::writeFloatGeoTiff(heights, path);
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
    io::writeFloatGeoTiff(km, path);
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
    io::writeFloatGeoTiff(empty, path);
    CHECK_THROWS_WITH(io::describeDem(path, {}), Catch::Contains("has no valid height sample"));
}

TEST_CASE("DEM: polar stereographic and simple cylindrical files put Shackleton at the same place",
          "[io][dem][projection]")
{
    const Raster<float> polar = test::smallDefaultDem(400, 250.0);
    const auto dir = test::scratchDir("dem-two-projections");
    const std::string polar_path = (dir / "polar.tif").string();
    io::writeFloatGeoTiff(polar, polar_path);

    // The same terrain resampled onto a simple cylindrical (equirectangular) grid around
    // Shackleton: 0.005 deg in latitude, 0.2 deg in longitude.
    const PolarStereographic south(PolarStereographic::Pole::South);
    const double lat0 = -89.2, dlat = 0.005, lon0 = 100.0, dlon = 0.2;
    Raster<float> eqc(300, 160);
    const double metres_per_deg = 1737400.0 * kPi / 180.0;
    eqc.geo = GeoTransform{lon0 * metres_per_deg, dlon * metres_per_deg, 0.0,
                           lat0 * metres_per_deg, 0.0, -dlat * metres_per_deg};
    for (int row = 0; row < eqc.height(); ++row)
        for (int col = 0; col < eqc.width(); ++col) {
            const double lat = lat0 - (row + 0.5) * dlat, lon = lon0 + (col + 0.5) * dlon;
            double pc = 0.0, pr = 0.0;
            polar.geo.pixelFromMap(south.toMap({degToRad(lat), degToRad(lon)}), pc, pr);
            eqc.at(col, row) = polar.bilinear(pc - 0.5, pr - 0.5);
        }
    const std::string eqc_path = (dir / "cylindrical.tif").string();
    io::GeoTiffOptions cylindrical;
    cylindrical.crs = "+proj=eqc +lat_ts=0 +lat_0=0 +lon_0=0 +R=1737400 +units=m +no_defs";
    io::writeFloatGeoTiff(eqc, eqc_path, cylindrical);

    const TerrainGrid a = io::LunarDem::open(polar_path).readGrid(400);
    const TerrainGrid b = io::LunarDem::open(eqc_path).readGrid(400);
    // A lon/lat grid this close to the pole is flagged; the polar one is not.
    CHECK_FALSE(io::LunarDem::open(polar_path).isLonLatGrid());
    CHECK(io::polarGridWarning(io::LunarDem::open(polar_path)).empty());
    CHECK_THAT(io::polarGridWarning(io::LunarDem::open(eqc_path)),
               Catch::StartsWith(eqc_path + ": a longitude/latitude grid reaching past 80 deg"));
    // Heights agree where both cover the ground (the rim and floor of Shackleton).
    for (const auto& [lat, lon] : {std::pair{-89.67, 129.78}, std::pair{-89.5, 110.0},
                                   std::pair{-89.8, 150.0}, std::pair{-89.3, 130.0}}) {
        CAPTURE(lat, lon);
        const LatLon ll{degToRad(lat), degToRad(lon)};
        REQUIRE(a.contains(ll));
        REQUIRE(b.contains(ll));
        CHECK(b.heightAt(ll) == Approx(a.heightAt(ll)).margin(60.0));
    }
    // Shackleton's floor (the samples within 100 m of the deepest) is centred, in the
    // cylindrical file, on the crater's gazetteer position.
    const Raster<float>& h = b.heights();
    const float deepest = *std::min_element(h.samples().begin(), h.samples().end());
    double sum_x = 0.0, sum_y = 0.0;
    int count = 0;
    for (int row = 0; row < h.height(); ++row)
        for (int col = 0; col < h.width(); ++col)
            if (h.at(col, row) < deepest + 100.0f) {
                const LatLonHeight p = b.positionAt(col, row);
                const MapXY m = south.toMap({p.lat_rad, p.lon_rad});
                sum_x += m.x;
                sum_y += m.y;
                ++count;
            }
    REQUIRE(count > 10);
    const MapXY centre = south.toMap({degToRad(-89.67), degToRad(129.78)});
    const double distance_m = std::hypot(sum_x / count - centre.x, sum_y / count - centre.y);
    CAPTURE(count, distance_m);
    CHECK(distance_m < 1000.0);
}

TEST_CASE("DEM tiles: finest-level samples are the DEM's own pixels; coarse tiles span more",
          "[io][dem][lod]")
{
    Raster<float> heights(300, 200);
    heights.geo = GeoTransform{-15000.0, 100.0, 0.0, 10000.0, 0.0, -100.0};
    for (int r = 0; r < 200; ++r)
        for (int c = 0; c < 300; ++c)
            heights.at(c, r) = static_cast<float>(3 * c - 2 * r);
    const auto path = (test::scratchDir("dem-tiles") / "ramp.tif").string();
    io::writeFloatGeoTiff(heights, path);
    const io::DemTileReader reader(path, {}, 300, 200);
    const TilePyramid pyramid(300, 200, {32});
    REQUIRE(pyramid.maxLevel() == 4);
    // Finest level, tile (2, 1): vertex (i, j) is DEM pixel (64 + i, 32 + j).
    const Raster<float> fine = reader.read(pyramid, {4, 2, 1}, 1, 1);
    CHECK(fine.width() == 35); // 33 vertices + a border sample each side
    CHECK(fine.at(1, 1) == Approx(3 * 64 - 2 * 32));
    CHECK(fine.at(11, 6) == Approx(3 * 74 - 2 * 37));
    CHECK(fine.at(0, 0) == Approx(3 * 63 - 2 * 31)); // the border sample
    // Its geotransform places sample (1, 1) on DEM pixel (64, 32)'s centre.
    const MapXY a = fine.geo.mapFromPixel(1.5, 1.5);
    const MapXY b = heights.geo.mapFromPixel(64.5, 32.5);
    CHECK(a.x == Approx(b.x));
    CHECK(a.y == Approx(b.y));
    // The root spans the whole DEM at 16 pixels per vertex; a linear ramp stays exact.
    const Raster<float> root = reader.read(pyramid, {0, 0, 0}, 1, 0);
    CHECK(root.at(2, 3) == Approx(3 * 32 - 2 * 48).margin(1.0));
    // Past the DEM's edge, samples repeat the edge sample.
    CHECK(root.at(32, 5) == root.at(19, 5));
    CHECK(root.at(25, 20) == root.at(19, 13));
}

TEST_CASE("DEM: a large DEM without overviews gets them once, in the cache, not beside it",
          "[io][dem][lod]")
{
    const auto dir = test::scratchDir("overview-cache");
    setenv("LUNARVIZ_CACHE_DIR", (dir / "cache").c_str(), 1);
    Raster<float> wide(4200, 40);
    wide.geo = GeoTransform{-210000.0, 100.0, 0.0, 2000.0, 0.0, -100.0};
    for (int r = 0; r < 40; ++r)
        for (int c = 0; c < 4200; ++c)
            wide.at(c, r) = static_cast<float>(c % 97);
    const std::string path = (dir / "wide.tif").string();
    io::GeoTiffOptions plain;
    plain.build_overviews = false;
    io::writeFloatGeoTiff(wide, path, plain);
    REQUIRE(io::LunarDem::open(path).overviewCount() == 0);

    const std::string indexed = io::withOverviews(path);
    CHECK(indexed != path);
    CHECK_THAT(indexed, Catch::StartsWith((dir / "cache").string()));
    CHECK_FALSE(std::filesystem::exists(path + ".ovr")); // the user's folder is untouched
    const io::LunarDem dem = io::LunarDem::open(indexed);
    CHECK(dem.overviewCount() > 0);
    CHECK(dem.crsName() == "IAU_2015:30135");
    CHECK(dem.readHeights(1000, 10, 1, 1, 1, 1).at(0, 0) == Approx(1000 % 97));
    // Found again at once; a small DEM needs none.
    CHECK(io::withOverviews(path) == indexed);
    io::writeFloatGeoTiff(Raster<float>(64, 64, 1.0f), (dir / "small.tif").string(), plain);
    CHECK(io::withOverviews((dir / "small.tif").string()) == (dir / "small.tif").string());
    unsetenv("LUNARVIZ_CACHE_DIR");
}
