#include "io/GeoTiffWriter.h"

#include "core/LunarError.h"
#include "io/AtomicFile.h"
#include "io/GdalSession.h"

#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <cmath>
#include <memory>
#include <vector>

namespace lunar::io {

namespace {
struct DatasetCloser {
    void operator()(GDALDataset* ds) const { GDALClose(ds); }
};
using DatasetHandle = std::unique_ptr<GDALDataset, DatasetCloser>;

// Flushes and closes the dataset, throwing if GDAL reported an error on the way.
void closeChecked(DatasetHandle& ds, const std::string& path)
{
    clearGdalError();
    ds->FlushCache(false);
    ds.reset();
    if (!lastGdalError().empty())
        throw LunarError(path, "write failed (" + lastGdalError() + ")");
}

// Overviews are built on the file reopened without compression threads: GTiff's
// multithreaded compression and overview building on one dataset can deadlock (a 16384^2
// DEM's write hung with every thread waiting on a lock; rasterio #3115 reports the same
// of overviews), so the threads compress the full-resolution blocks only.
void addOverviews(const std::string& temp, const std::string& path, int largest_side_px,
                  const std::string& resampling)
{
    std::vector<int> levels;
    for (int f = 2; largest_side_px / f >= 256; f *= 2)
        levels.push_back(f);
    if (levels.empty())
        return;
    clearGdalError();
    DatasetHandle ds(
        GDALDataset::Open(temp.c_str(), GDAL_OF_RASTER | GDAL_OF_UPDATE));
    if (!ds)
        throw LunarError(path, "cannot be reopened to add overviews (" + lastGdalError() + ")");
    if (ds->BuildOverviews(resampling.c_str(), static_cast<int>(levels.size()), levels.data(), 0,
                           nullptr, nullptr, nullptr) != CE_None)
        throw LunarError(path, "building overviews failed (" + lastGdalError() + ")");
    closeChecked(ds, path);
}

} // namespace

void writeFloatGeoTiff(const Raster<float>& height_m, const std::string& path,
                       const GeoTiffOptions& options)
{
    ensureGdal();
    OGRSpatialReference srs;
    if (srs.SetFromUserInput(options.crs.c_str()) != OGRERR_NONE)
        throw LunarError(path, "CRS \"" + options.crs.substr(0, 60) + "\" is not known to PROJ");
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GTiff");
    if (!driver)
        throw LunarError(path, "GDAL has no GTiff driver");

    writeAtomically(path, [&](const std::string& temp) {
        CPLStringList create_options;
        create_options.SetNameValue("TILED", "YES");
        if (options.compress) {
            create_options.SetNameValue("COMPRESS", "DEFLATE");
            create_options.SetNameValue("PREDICTOR", "3");
        }
        create_options.SetNameValue("BIGTIFF", "IF_SAFER");
        create_options.SetNameValue("NUM_THREADS", "ALL_CPUS"); // compress blocks in parallel
        clearGdalError();
        DatasetHandle ds(
            driver->Create(temp.c_str(), height_m.width(), height_m.height(), 1, GDT_Float32,
                           create_options.List()));
        if (!ds)
            throw LunarError(path, "cannot be created (" + lastGdalError() + ")");
        const GeoTransform& g = height_m.geo;
        double gt[6] = {g.origin_x, g.pixel_width, g.row_rotation,
                        g.origin_y, g.col_rotation, g.pixel_height};
        ds->SetGeoTransform(gt);
        ds->SetSpatialRef(&srs);
        if (!options.description.empty())
            ds->SetMetadataItem("TIFFTAG_IMAGEDESCRIPTION", options.description.c_str());
        GDALRasterBand* band = ds->GetRasterBand(1);
        band->SetUnitType(options.unit.c_str());
        band->SetDescription(options.band_description.c_str());
        band->SetNoDataValue(std::nan(""));
        if (band->RasterIO(GF_Write, 0, 0, height_m.width(), height_m.height(),
                           const_cast<float*>(height_m.data()), height_m.width(),
                           height_m.height(), GDT_Float32, 0, 0, nullptr) != CE_None)
            throw LunarError(path, "write failed (" + lastGdalError() + ")");
        // Close now so a failed flush surfaces before the rename, not after.
        closeChecked(ds, path);
        if (options.build_overviews)
            addOverviews(temp, path, std::max(height_m.width(), height_m.height()),
                         options.overview_resampling);
    });
}

} // namespace lunar::io
