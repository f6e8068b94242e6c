#pragma once
// A window cut out of a raster or a horizon map, with its geotransform moved to match: a
// tile's maps are computed over its halo and written over its core.
#include "analysis/AnalysisWindows.h"
#include "terrain/HorizonMap.h"
#include "terrain/Raster.h"

namespace lunar::analysis {

// `window` must lie inside `raster` / `map`.
Raster<float> cropped(const Raster<float>& raster, const PixelWindow& window);
HorizonMap cropped(const HorizonMap& map, const PixelWindow& window);

} // namespace lunar::analysis
