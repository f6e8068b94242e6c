// Slope, aspect and roughness against gdaldem on the same projected DEM (the procedural
// south pole at 100 m), read back from the GeoTIFFs both wrote: the maps reviewers compare
// must agree with the reference tool to 0.01 degree. gdaldem comes with gdal-bin, one of
// scripts/debian-packages.txt.
#include "SmallDefaultDem.h"
#include "TestPaths.h"

#include "io/DemRecipeLoader.h"
#include "io/GeoTiffWriter.h"
#include "io/GdalSession.h"
#include "terrain/ProceduralDem.h"
#include "terrain/SlopeKernels.h"

#include <catch2/catch.hpp>
#include <gdal_priv.h>

#include <cmath>
#include <cstdlib>
#include <string>

using namespace lunar;

namespace {
Raster<float> readBand(const std::string& path)
{
    GDALDataset* ds = static_cast<GDALDataset*>(GDALOpen(path.c_str(), GA_ReadOnly));
    REQUIRE(ds);
    Raster<float> r(ds->GetRasterXSize(), ds->GetRasterYSize());
    GDALRasterBand* band = ds->GetRasterBand(1);
    int has_nodata = 0;
    const double nodata = band->GetNoDataValue(&has_nodata);
    REQUIRE(band->RasterIO(GF_Read, 0, 0, r.width(), r.height(), r.data(), r.width(), r.height(),
                           GDT_Float32, 0, 0, nullptr) == CE_None);
    GDALClose(ds);
    if (has_nodata)
        for (float& v : r.samples())
            if (v == static_cast<float>(nodata))
                v = std::nanf("");
    return r;
}

bool haveGdaldem() { return std::system("command -v gdaldem > /dev/null 2>&1") == 0; }
} // namespace

TEST_CASE("Slope, aspect and roughness agree with gdaldem on the same DEM", "[terrain][slope][gdaldem]")
{
    INFO("gdaldem comes with Debian's gdal-bin (scripts/debian-packages.txt)");
    REQUIRE(haveGdaldem());
    io::ensureGdal();
    constexpr double pixel_m = 100.0;
    const Raster<float> dem = test::smallDefaultDem(500, pixel_m);
    const auto dir = test::scratchDir("slope_vs_gdaldem");
    const std::string dem_path = (dir / "dem.tif").string();
    io::GeoTiffOptions plain;
    plain.build_overviews = false;
    io::writeFloatGeoTiff(dem, dem_path, plain);
    for (const char* tool : {"slope", "aspect", "roughness"}) {
        const std::string command = std::string("gdaldem ") + tool + " -q " + dem_path + " " +
                                    (dir / (std::string(tool) + ".tif")).string();
        REQUIRE(std::system(command.c_str()) == 0);
    }
    const SlopeAspect ours = slopeAspectHorn(dem, pixel_m, pixel_m);
    const Raster<float> our_roughness = roughness_m(dem);
    const Raster<float> ref_slope = readBand((dir / "slope.tif").string());
    const Raster<float> ref_aspect = readBand((dir / "aspect.tif").string());
    const Raster<float> ref_roughness = readBand((dir / "roughness.tif").string());

    double worst_slope = 0.0, worst_aspect = 0.0, worst_roughness = 0.0, steepest = 0.0;
    std::size_t compared = 0;
    for (int row = 1; row < dem.height() - 1; ++row)
        for (int col = 1; col < dem.width() - 1; ++col) {
            const float s = ours.slope_deg.at(col, row), r = ref_slope.at(col, row);
            REQUIRE(std::isfinite(s));
            REQUIRE(std::isfinite(r));
            worst_slope = std::max(worst_slope, std::abs(double(s) - r));
            steepest = std::max(steepest, double(r));
            worst_roughness = std::max(worst_roughness,
                                       std::abs(double(our_roughness.at(col, row)) - ref_roughness.at(col, row)));
            // Aspect is ill-conditioned on nearly flat ground and gdaldem works in single
            // precision: compared where the slope is over 1 degree, where its aspect wobbles
            // by up to 0.011 degree (under 0.01 above 5 degrees).
            if (r > 1.0 && std::isfinite(ref_aspect.at(col, row))) {
                const double d = std::abs(double(ours.aspect_deg.at(col, row)) - ref_aspect.at(col, row));
                worst_aspect = std::max(worst_aspect, std::min(d, 360.0 - d));
            }
            ++compared;
        }
    INFO("compared " << compared << " pixels; steepest " << steepest << " deg");
    CHECK(steepest > 20.0); // the test terrain has real slopes to get right
    CHECK(worst_slope < 0.01);
    CHECK(worst_aspect < 0.02);
    CHECK(worst_roughness < 1e-3);
    // Edges: both leave them empty.
    CHECK(std::isnan(ours.slope_deg.at(0, 10)));
    CHECK(std::isnan(ref_slope.at(0, 10)));
}
