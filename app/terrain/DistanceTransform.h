#pragma once
// Exact Euclidean distance to the nearest marked texel (Felzenszwalb & Huttenlocher 2012,
// "Distance Transforms of Sampled Functions": two 1-D lower-envelope passes of parabolas),
// for anisotropic pixels. Used for "how far to the nearest cold trap".
#include "terrain/Raster.h"

namespace lunar {

// Metres from each texel to the nearest texel where `marked` is non-zero (0 on marked
// texels); +infinity everywhere when nothing is marked. NaN in `marked` counts as unmarked.
Raster<float> distanceToMarked_m(const Raster<float>& marked, double pixel_x_m, double pixel_y_m);

} // namespace lunar
