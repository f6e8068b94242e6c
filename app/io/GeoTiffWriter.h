#pragma once
// Writes a float raster (heights, or an analysis layer) as a tiled, compressed GeoTIFF in a
// lunar CRS, NaN as its nodata, with overviews (so later reads at low resolution are fast),
// atomically (temp file, then rename).
#include "terrain/Raster.h"

#include <string>

namespace lunar::io {

struct GeoTiffOptions {
    std::string crs = "IAU_2015:30135"; // any CRS string PROJ accepts; must be lunar
    bool build_overviews = true;         // 2x, 4x, ... down to ~256 px
    bool compress = true;                // DEFLATE: heights shrink, slopes' noisy bits do not
    std::string overview_resampling = "AVERAGE"; // "NEAREST" for angles that wrap (aspect)
    std::string description;             // stored as TIFFTAG_IMAGEDESCRIPTION
    std::string unit = "m";              // the band's unit (QGIS shows it)
    std::string band_description = "height above the 1737.4 km sphere";
};

void writeFloatGeoTiff(const Raster<float>& values, const std::string& path,
                       const GeoTiffOptions& options = {});

} // namespace lunar::io
