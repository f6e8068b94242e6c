#pragma once
// Fraction of the solar disc visible from each sample of a terrain grid, for one fixed Sun
// direction: the horizon elevation toward the Sun's azimuth is found by marching over the
// grid with geometrically growing steps (dense near the sample, sparse far away, so terrain
// 100 km away still casts its shadow), in 3-D so the Moon's curvature is included. The visible
// part of the 0.53 deg disc above that horizon is the lit fraction (soft shadow edges).
//
// A fine grid that covers only a small area (an LOD tile, the detail patch) takes its far
// field from a coarser grid of the whole region: that grid's run records, per sample, the
// horizon toward the Sun beyond a few of its pixels (the far horizon); the fine grid marches
// only itself and takes the higher of its own horizon and the interpolated far horizon.
//
// This serves one Sun direction (the fixed-sun view); per-texel horizon maps over all
// azimuths generalise it for time-varying light.
#include "core/Vec3d.h"
#include "terrain/Raster.h"

#include <functional>

namespace lunar {

struct SunOcclusionOptions {
    double sun_diameter_deg = 0.53;   // apparent diameter of the Sun from the Moon
    double step_growth = 1.08;        // ratio between successive march steps (beyond 8 px)
    double max_distance_m = 200000.0; // stop marching beyond this
    double far_field_start_px = 3.0;  // the far horizon counts terrain from this many pixels
                                      // out, where coarse heights no longer mislead
};

struct FarHorizon {
    const Raster<float>* in = nullptr; // far horizon (sine of elevation) of a coarser grid in
                                       // the same map CRS, to combine with this grid's own
    Raster<float>* out = nullptr;      // where to record this grid's far horizon
};

// `positions` in any Cartesian frame (metres), `sun_direction` a unit vector in the same
// frame, `moon_centre` the Moon's centre in that frame.
Raster<float> sunVisibleFraction(const Raster<Vec3d>& positions, const Vec3d& sun_direction,
                                 const Vec3d& moon_centre, const SunOcclusionOptions& options = {},
                                 const std::function<void(int rows_done)>& on_row = {},
                                 const FarHorizon& far = {});

// Visible fraction of a disc of angular radius r whose centre is `height_above_horizon`
// above a straight horizon (same units): 0 below -r, 1 above +r.
double visibleDiscFraction(double height_above_horizon, double radius);

} // namespace lunar
