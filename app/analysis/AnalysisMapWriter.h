#pragma once
// Writes one run's maps: GeoTIFFs in the DEM's CRS, uncompressed, with overviews, named
// <name><suffix>.tif under the output folder, each described with its unit and the DEM it
// came from. Records every file name written, in order, in the list it is given.
#include "terrain/Raster.h"

#include <string>
#include <vector>

namespace lunar::analysis {

class AnalysisMapWriter {
public:
    // How the overviews are averaged: `nearest` for values that must not blend (directions
    // that wrap at 360 deg, 0/1 masks).
    enum class Overviews { average, nearest };

    AnalysisMapWriter(std::string out_dir, std::string dem_path, std::string crs_wkt,
                      std::string suffix, std::vector<std::string>& written);

    // Throws LunarError naming the file when GDAL cannot write it.
    void write(const Raster<float>& values, const std::string& name, const std::string& unit,
               const std::string& what, Overviews overviews = Overviews::average);

private:
    std::string out_dir_, dem_path_, crs_wkt_, suffix_;
    std::vector<std::string>& written_;
};

} // namespace lunar::analysis
