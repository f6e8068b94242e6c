#pragma once
// Horizon maps by sweeping: for each direction the grid is cut into parallel lines (one
// texel per step along the major axis, nearest row/column across it) and each line is walked
// against the looking direction while an upper convex hull of the terrain ahead is kept on a
// stack. The horizon of a texel is its tangent to that hull: amortised O(1) per texel and
// direction, exact over the whole line up to the DEM edge (no distance cap, no sampling).
//
// Curvature: with s the distance along the line and h the height, the drop of the sphere
// below a texel's horizontal plane is (s_q - s_p)^2 / 2R. Writing g = h - s^2 / 2R makes the
// tangent slope from p equal to (g_q - g_p)/(s_q - s_p) + s_p / R, so a hull over (s, g)
// answers every texel of the line exactly (to the small-angle terms, < 0.002 deg at 150 km).
#include "terrain/HorizonMap.h"
#include "terrain/Raster.h"

#include <functional>

namespace lunar {

struct HorizonSweepOptions {
    int direction_count = 64;
    double observer_height_m = 0.0; // eye above the ground (e.g. 2 m, a 10 m mast)
};

// `height_m`: NaN samples neither occlude nor get a horizon (they keep -90 deg).
// `on_direction` is called (from worker threads) as each direction completes.
HorizonMap sweepHorizonMap(const Raster<float>& height_m, const HorizonGridMetric& metric,
                           const HorizonSweepOptions& options = {},
                           const std::function<void()>& on_direction = {});

// A finer horizon map over part of a coarser one's area takes its far field from it: each
// direction keeps the higher of its own horizon and the coarse one at the same place.
void raiseToFarField(HorizonMap& fine, const HorizonMap& coarse);

} // namespace lunar
