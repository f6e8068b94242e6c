#pragma once
// The procedural south-polar DEM: regional relief, then craters stamped oldest first (each
// erasing what lay inside its cavity), then fine roughness. Output is a square grid in the
// south polar stereographic projection (IAU_2015:30135) centred on the pole, heights in
// metres above the 1737.4 km sphere. Deterministic for a recipe.
#include "terrain/DemRecipe.h"
#include "terrain/Raster.h"

#include <functional>

namespace lunar {

// Called with (done, total) as work proceeds; may be empty.
using ProgressCallback = std::function<void(std::size_t done, std::size_t total)>;

// A coarse real DEM as the large-scale shape (`make-dem --base`): its heights resampled onto
// a grid in the output's map coordinates (any resolution), and the real DEM's own pixel
// size. The generator then adds only detail finer than twice that size.
struct BaseShape {
    Raster<float> height_m;
    double resolution_m = 0.0;
};

// The grid the recipe makes: square, centred on the pole, in polar stereographic metres.
GeoTransform proceduralDemGeoTransform(const DemRecipe& recipe);

Raster<float> generateProceduralDem(const DemRecipe& recipe,
                                    const ProgressCallback& progress = {},
                                    const BaseShape* base = nullptr);

} // namespace lunar
