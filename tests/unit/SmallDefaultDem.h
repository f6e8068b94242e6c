#pragma once
// The default DEM recipe at a test's own size and resolution: fast to generate, with the
// default's craters and relief (io tests write it to a scratch file).
#include "io/DemRecipeLoader.h"
#include "terrain/ProceduralDem.h"

namespace lunar::test {

inline Raster<float> smallDefaultDem(int size_px, double resolution_m)
{
    DemRecipe recipe = io::defaultDemRecipe();
    recipe.size_px = size_px;
    recipe.resolution_m = resolution_m;
    return generateProceduralDem(recipe);
}

} // namespace lunar::test
