#pragma once
// Reads a coarse real DEM (LOLA LDEM_4, a polar 240 m product, any lunar DEM GDAL reads) as
// the large-scale shape of a procedural DEM (`lunarviz make-dem --base F`), resampled onto
// the recipe's south polar stereographic grid.
#include "terrain/DemRecipe.h"
#include "terrain/ProceduralDem.h"

#include <string>

namespace lunar::io {

// Throws LunarError naming the file if it is unusable or does not cover the recipe's region.
BaseShape readBaseShape(const std::string& path, const DemRecipe& recipe);

} // namespace lunar::io
