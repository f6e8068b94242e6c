#pragma once
// Writes a height raster as a tiled, compressed GeoTIFF in a lunar CRS, with overviews
// (so later reads at low resolution are fast), atomically (temp file, then rename).
#include "terrain/Raster.h"

#include <string>

namespace lunar::io {

struct GeoTiffOptions {
    std::string crs = "IAU_2015:30135"; // any CRS string PROJ accepts; must be lunar
    bool build_overviews = true;         // 2x, 4x, ... down to ~256 px
    std::string description;             // stored as TIFFTAG_IMAGEDESCRIPTION
};

void writeHeightGeoTiff(const Raster<float>& height_m, const std::string& path,
                        const GeoTiffOptions& options = {});

} // namespace lunar::io
