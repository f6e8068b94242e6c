#pragma once
// How much of a disc (the Sun, the Earth) stands above a straight horizon: the circular
// segment's share of the disc's area. Soft shadow edges come from this, not from blurring.
#include "core/Angles.h"

#include <algorithm>
#include <cmath>

namespace lunar {

// Visible fraction of a disc of angular radius `radius` whose centre is
// `height_above_horizon` above the horizon (same units): 0 below -r, 1/2 on it, 1 above +r.
inline double visibleDiscFraction(double height_above_horizon, double radius)
{
    const double x = std::clamp(height_above_horizon / radius, -1.0, 1.0);
    return 1.0 - (std::acos(x) - x * std::sqrt(1.0 - x * x)) / kPi;
}

} // namespace lunar
