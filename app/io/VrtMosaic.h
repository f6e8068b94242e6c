#pragma once
// A GDAL VRT over rasters that tile one map (a small XML mosaic QGIS and GDAL read as one
// raster): how `analyze --merge` joins the maps of tiles computed apart.
#include <string>
#include <vector>

namespace lunar::io {

// Written atomically. Throws LunarError naming `vrt_path` and GDAL's reason when GDAL cannot
// build it (sources of different CRSs or band counts, unreadable files).
void writeVrtMosaic(const std::string& vrt_path, const std::vector<std::string>& sources);

} // namespace lunar::io
