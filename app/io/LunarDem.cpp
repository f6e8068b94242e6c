#include "io/LunarDem.h"

#include "core/Angles.h"
#include "core/LunarError.h"
#include "core/MoonBody.h"
#include "core/ProgressBar.h"
#include "io/DemDataFolder.h"
#include "io/GdalProjection.h"
#include "io/GdalSession.h"

#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <vector>

namespace lunar::io {

namespace {

// Reads of more samples than this take seconds (GDAL averages every one when the file has no
// overview to read from), so they show a progress bar.
constexpr double kReadProgressSamples = 64.0 * 1024 * 1024;

int reportReadProgress(double fraction, const char*, void* bar)
{
    static_cast<ProgressBar*>(bar)->setDone(static_cast<std::size_t>(fraction * 1000.0));
    return TRUE;
}

GDALDataset* asDataset(GDALDatasetH handle) { return static_cast<GDALDataset*>(handle); }

std::string lowercase(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

// Refuses anything that is not on the Moon, naming what it is instead.
void requireLunar(const OGRSpatialReference& srs, const std::string& path)
{
    OGRErr err = OGRERR_NONE;
    const double radius_m = srs.GetSemiMajor(&err);
    if (err != OGRERR_NONE)
        throw LunarError(path, "its CRS has no ellipsoid, so the body cannot be told");
    const char* datum = srs.GetAttrValue("DATUM");
    const std::string datum_name = datum ? datum : "unnamed datum";
    if (std::fabs(radius_m - moon::kRadius_m) <= 5000.0)
        return;
    char text[160];
    if (std::fabs(radius_m - 6378137.0) < 30000.0)
        std::snprintf(text, sizeof text,
                      "its CRS is on Earth (%s, radius %.0f m), not the Moon; lunar DEMs use "
                      "a Moon CRS such as IAU_2015:30135",
                      datum_name.c_str(), radius_m);
    else
        std::snprintf(text, sizeof text,
                      "its CRS body radius is %.0f m (%s), not the Moon's 1737400 m",
                      radius_m, datum_name.c_str());
    throw LunarError(path, text);
}

} // namespace

void LunarDem::CloseDataset::operator()(GDALDatasetH dataset) const noexcept
{
    GDALClose(dataset);
}

LunarDem LunarDem::open(const std::string& path, const DemOpenOptions& options)
{
    ensureGdal();
    clearGdalError();
    discardGdalWarnings();
    try {
        LunarDem dem = openChecked(path, options);
        reportGdalWarnings(path);
        return dem;
    }
    catch (const LunarError& e) {
        // A damaged file often fails later than it first shows it (a truncated header
        // loses its CRS tags): say what GDAL noticed first.
        const std::string first = firstGdalWarning();
        discardGdalWarnings();
        if (first.empty())
            throw;
        throw LunarError("", std::string(e.what()) + " (GDAL: " + first + ")");
    }
}

LunarDem LunarDem::openChecked(const std::string& path, const DemOpenOptions& options)
{
    if (!std::filesystem::exists(path))
        throw LunarError(path, "no such file");
    if (isPartialDownload(path))
        throw LunarError(path, "is an unfinished download, not a DEM (`lunarviz dem fetch` "
                               "resumes it and moves it into place once it is whole)");
    std::error_code size_error;
    if (std::filesystem::is_regular_file(path) && std::filesystem::file_size(path, size_error) == 0 && !size_error)
        throw LunarError(path, "is empty (0 bytes)");
    LunarDem dem;
    dem.path_ = path;
    // GeoTIFFs decode their compressed blocks on every core: a whole-DEM read (analyze) is
    // mostly decompression. Other drivers would warn of an option they do not know.
    const char* const threaded[] = {"NUM_THREADS=ALL_CPUS", nullptr};
    GDALDriverH driver = GDALIdentifyDriver(path.c_str(), nullptr);
    const bool geotiff = driver && std::string(GDALGetDriverShortName(driver)) == "GTiff";
    dem.dataset_.reset(GDALOpenEx(path.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr,
                                  geotiff ? threaded : nullptr, nullptr));
    if (!dem.dataset_) {
        const std::string why = lastGdalError();
        throw LunarError(path, "is not a raster GDAL can read" + (why.empty() ? "" : " (" + why + ")"));
    }
    GDALDataset* ds = asDataset(dem.dataset_.get());
    dem.driver_ = ds->GetDriver() ? ds->GetDriver()->GetDescription() : "unknown";
    dem.width_ = ds->GetRasterXSize();
    dem.height_ = ds->GetRasterYSize();
    if (ds->GetRasterCount() < 1 || dem.width_ < 2 || dem.height_ < 2)
        throw LunarError(path, "has no raster band of at least 2 x 2 samples");

    OGRSpatialReference srs;
    if (options.assume_crs) {
        if (srs.SetFromUserInput(options.assume_crs->c_str()) != OGRERR_NONE)
            throw LunarError(path, "--assume-crs \"" + *options.assume_crs +
                                       "\" is not a CRS PROJ knows");
    }
    else if (const OGRSpatialReference* file_srs = ds->GetSpatialRef();
             file_srs && !file_srs->IsEmpty()) {
        srs = *file_srs;
    }
    else {
        throw LunarError(path, "has no coordinate reference system; if you know it, pass "
                               "--assume-crs (e.g. IAU_2015:30135 for south polar "
                               "stereographic)");
    }
    requireLunar(srs, path);

    double gt[6];
    if (ds->GetGeoTransform(gt) != CE_None)
        throw LunarError(path, "has no geotransform (pixel positions are unknown)");
    if (gt[2] != 0.0 || gt[4] != 0.0)
        throw LunarError(path, "is a rotated raster, which lunarviz does not read; warp it "
                               "north-up first (gdalwarp)");
    if (gt[1] == 0.0 || gt[5] == 0.0)
        throw LunarError(path, "has a zero pixel size in its geotransform");
    dem.geo_ = GeoTransform{gt[0], gt[1], gt[2], gt[3], gt[4], gt[5]};
    dem.projection_ = makeProjection(srs, path);
    dem.crs_name_ = dem.projection_->name();
    {
        char* wkt = nullptr;
        const char* wkt2[] = {"FORMAT=WKT2_2019", nullptr};
        if (srs.exportToWkt(&wkt, wkt2) == OGRERR_NONE && wkt)
            dem.crs_wkt_ = wkt;
        CPLFree(wkt);
    }
    if (srs.IsProjected())
        dem.map_units_to_m_ = srs.GetLinearUnits();
    const char* method = srs.GetAttrValue("PROJECTION");
    dem.lon_lat_grid_ = srs.IsGeographic() ||
                        (method && (std::string(method) == "Equirectangular" ||
                                    std::string(method) == "Equidistant_Cylindrical" ||
                                    std::string(method) == "Plate_Carree"));

    GDALRasterBand* band = ds->GetRasterBand(1);
    int has = 0;
    dem.scale_ = band->GetScale(&has);
    if (!has || dem.scale_ == 0.0)
        dem.scale_ = 1.0;
    dem.offset_ = band->GetOffset(&has);
    if (!has)
        dem.offset_ = 0.0;
    const std::string unit = lowercase(band->GetUnitType() ? band->GetUnitType() : "");
    const bool in_km = unit == "km" || unit == "kilometer" || unit == "kilometers" ||
                       unit == "kilometre" || unit == "kilometres" ||
                       std::fabs(dem.offset_ - moon::kRadius_m / 1000.0) < 1e-6;
    dem.to_metres_ = in_km ? 1000.0 : 1.0;
    // An offset equal to the reference radius means the scaled values are radii.
    const double radius_in_units = moon::kRadius_m / dem.to_metres_;
    dem.radius_in_units_ =
        std::fabs(dem.offset_ - radius_in_units) < 1e-6 * radius_in_units ? radius_in_units : 0.0;
    int has_nodata = 0;
    const double nodata = band->GetNoDataValue(&has_nodata);
    if (has_nodata)
        dem.nodata_ = nodata;
    dem.check_heights_ = options.check_heights;

    if (dem.lon_lat_grid_) {
        // The grid's edges: a latitude beyond +-90 is no place on the Moon.
        const double extreme_deg = dem.extremeLatitudeDeg();
        // Half a degree of slack: some products put the pole row's outer edge a fraction of a
        // pixel beyond it (pixel-is-point), which is a convention, not an error.
        if (std::fabs(extreme_deg) > 90.5) {
            char where[96];
            std::snprintf(where, sizeof where, "its extent reaches latitude %.2f deg, past the pole", extreme_deg);
            throw LunarError(path, std::string(where) + " (a longitude/latitude grid ends at +-90)");
        }
    }
    // A huge header with no pixel blocks written (sparse GeoTIFF): say so at once rather
    // than averaging billions of empty samples.
    double covered_pct = 100.0;
    const int coverage = band->GetDataCoverageStatus(0, 0, dem.width_, dem.height_, 0, &covered_pct);
    if (coverage == GDAL_DATA_COVERAGE_STATUS_EMPTY) {
        throw LunarError(path, "holds no data: its " + std::to_string(dem.width_) + " x " +
                                   std::to_string(dem.height_) + " px header has no pixel blocks written");
    }
    return dem;
}

int LunarDem::overviewCount() const
{
    return asDataset(dataset_.get())->GetRasterBand(1)->GetOverviewCount();
}

Raster<float> LunarDem::readHeights(int col0, int row0, int cols, int rows, int out_width,
                                    int out_height) const
{
    if (col0 < 0 || row0 < 0 || cols < 1 || rows < 1 || col0 + cols > width_ ||
        row0 + rows > height_ || out_width < 1 || out_height < 1)
        throw LunarError(path_, "window outside the raster");
    GDALRasterBand* band = asDataset(dataset_.get())->GetRasterBand(1);
    // Samples that a float holds exactly are read as floats straight into the result (half
    // the memory and no second pass of copying); wider ones as doubles, so an offset (a
    // radius of 1737.4 km) is taken off before they are rounded to a float.
    const GDALDataType stored = band->GetRasterDataType();
    const bool as_float = stored == GDT_Float32 || stored == GDT_Int16 || stored == GDT_UInt16 ||
                          stored == GDT_Byte;
    Raster<float> out(out_width, out_height);
    std::vector<double> wide(as_float ? 0 : static_cast<std::size_t>(out_width) * out_height);
    GDALRasterIOExtraArg extra;
    INIT_RASTERIO_EXTRA_ARG(extra);
    extra.eResampleAlg = (out_width < cols || out_height < rows) ? GRIORA_Average
                                                                 : GRIORA_Bilinear;
    std::unique_ptr<ProgressBar> bar;
    if (static_cast<double>(cols) * rows > kReadProgressSamples) {
        bar = std::make_unique<ProgressBar>(
            "reading " + std::filesystem::path(path_).filename().string(), 1000);
        extra.pfnProgress = reportReadProgress;
        extra.pProgressData = bar.get();
    }
    clearGdalError();
    discardGdalWarnings();
    void* into = as_float ? static_cast<void*>(out.samples().data()) : static_cast<void*>(wide.data());
    if (band->RasterIO(GF_Read, col0, row0, cols, rows, into, out_width, out_height,
                       as_float ? GDT_Float32 : GDT_Float64, 0, 0, &extra) != CE_None) {
        if (bar)
            bar->stop();
        discardGdalWarnings();
        throw LunarError(path_, "cannot be read: the file is truncated or corrupt (GDAL: " +
                                    lastGdalError() + ")");
    }
    if (bar)
        bar->finish();
    reportGdalWarnings(path_);

    const double sx = static_cast<double>(cols) / out_width;
    const double sy = static_cast<double>(rows) / out_height;
    out.geo = GeoTransform{geo_.origin_x + col0 * geo_.pixel_width, geo_.pixel_width * sx, 0.0,
                           geo_.origin_y + row0 * geo_.pixel_height, 0.0,
                           geo_.pixel_height * sy};
    const auto where = [&](std::size_t i) {
        // The sample's place in the file's own pixels, for the message.
        const double col = col0 + (static_cast<double>(i % static_cast<std::size_t>(out_width)) + 0.5) * sx;
        const double row = row0 + (static_cast<double>(i / static_cast<std::size_t>(out_width)) + 0.5) * sy;
        char text[64];
        std::snprintf(text, sizeof text, "near pixel (%.0f, %.0f)", std::floor(col), std::floor(row));
        return std::string(text);
    };
    const std::size_t count = out.samples().size();
    for (std::size_t i = 0; i < count; ++i) {
        const double v = as_float ? static_cast<double>(out.samples()[i]) : wide[i];
        if (std::isnan(v) || (nodata_ && v == *nodata_)) {
            out.samples()[i] = std::numeric_limits<float>::quiet_NaN();
            continue;
        }
        if (std::isinf(v))
            throw LunarError(path_, "holds an infinite value " + where(i) +
                                        ": not a height (mark missing samples as nodata or NaN)");
        const double height_m = (v * scale_ + offset_ - radius_in_units_) * to_metres_;
        if (check_heights_ && std::fabs(height_m) > kPlausibleHeight_m) {
            char text[160];
            std::snprintf(text, sizeof text,
                          "has a height of %.0f m %s, beyond the Moon's relief (+-%.0f km about the "
                          "1737.4 km sphere): wrong units, scale or offset?",
                          height_m, where(i).c_str(), kPlausibleHeight_m / 1000.0);
            throw LunarError(path_, text);
        }
        out.samples()[i] = static_cast<float>(height_m);
    }
    return out;
}

double LunarDem::extremeLatitudeDeg() const
{
    double extreme = 0.0;
    for (double row : {0.0, height_ / 2.0, static_cast<double>(height_)})
        for (double col : {0.0, width_ / 2.0, static_cast<double>(width_)}) {
            const LatLon ll = projection_->toLatLon(geo_.mapFromPixel(col, row));
            const double lat_deg = radToDeg(ll.lat_rad);
            if (!std::isnan(lat_deg) && std::fabs(lat_deg) > std::fabs(extreme))
                extreme = lat_deg;
        }
    return extreme;
}

double LunarDem::maxAbsLatitudeDeg() const { return std::fabs(extremeLatitudeDeg()); }

std::string polarGridWarning(const LunarDem& dem)
{
    if (!dem.isLonLatGrid() || dem.maxAbsLatitudeDeg() <= 80.0)
        return "";
    return dem.path() +
           ": a longitude/latitude grid reaching past 80 deg: near the pole its pixels are "
           "slivers and the terrain shows radial streaks; use a polar stereographic product "
           "(e.g. LOLA LDEM_80S_*) for polar work";
}

TerrainGrid LunarDem::readGrid(int max_side) const
{
    const double shrink = std::max(1.0, static_cast<double>(std::max(width_, height_)) / max_side);
    const int out_w = std::max(2, static_cast<int>(std::lround(width_ / shrink)));
    const int out_h = std::max(2, static_cast<int>(std::lround(height_ / shrink)));
    return TerrainGrid(readHeights(0, 0, width_, height_, out_w, out_h), projection_);
}

} // namespace lunar::io
