#pragma once
// Smooth sampling and smoothing of height rasters, for shapes that must not show the grid
// they came from: bilinear interpolation is continuous but its slope jumps at every sample
// line, which shaded relief at a low Sun shows as facets.
#include "terrain/Raster.h"

namespace lunar {

// Catmull-Rom bicubic sample at fractional pixel-centre coordinates (C1 continuous).
double bicubic(const Raster<float>& raster, double col, double row);

// Separable Gaussian-like blur (three box passes per axis) with the given radius in pixels.
Raster<float> smoothed(const Raster<float>& raster, int radius_px);

} // namespace lunar
