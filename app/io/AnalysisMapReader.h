#pragma once
// Reads an analysis map (a `lunarviz analyze` GeoTIFF, or any one-band raster on a lunar
// CRS) with the colour scale it is drawn in: the Analysis panel's legend and the scene's
// drape read it the same way, so they agree on open-ended ranges (darkness, roughness).
#include "terrain/AnalysisColourScale.h"
#include "terrain/Raster.h"

#include <string>

namespace lunar::io {

struct AnalysisMap {
    Raster<float> values; // NaN where the map has no value; the geotransform of the file
    AnalysisColourScale scale;
};

// Throws LunarError naming the file and the problem. Values are not held to the Moon's
// relief as heights are (hours, percentages).
AnalysisMap readAnalysisMap(const std::string& path);

} // namespace lunar::io
