#pragma once
// The brute-force horizon: march along the ray in steps of one pixel to the grid edge,
// heights bilinear, elevation from exact spherical geometry. Slow (O(distance) per texel and
// direction) and simple: the reference the sweep is tested and benchmarked against.
#include "terrain/HorizonMap.h"
#include "terrain/Raster.h"

namespace lunar {

// Horizon elevation (degrees) seen from texel (col, row) at `observer_height_m` above it,
// toward `grid_angle_rad` (clockwise from map +y). -90 if nothing lies ahead.
double rayMarchedHorizon_deg(const Raster<float>& height_m, const HorizonGridMetric& metric,
                             int col, int row, double grid_angle_rad,
                             double observer_height_m = 0.0);

// The same march stopped at `max_distance_m`, in radians (-pi/2 if nothing is ahead): the
// sweep's exact near field.
double marchedHorizon_rad(const Raster<float>& height_m, const HorizonGridMetric& metric,
                          int col, int row, double grid_angle_rad, double observer_height_m,
                          double max_distance_m);

} // namespace lunar
