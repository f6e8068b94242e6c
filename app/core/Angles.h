#pragma once
// Angle constants and conversions. Math code works in radians; degrees only at the edges
// (files, CLI, UI), converted with these helpers.
#include <cmath>

namespace lunar {

constexpr double kPi = 3.14159265358979323846;
constexpr double kTwoPi = 2.0 * kPi;
constexpr double kDegPerRad = 180.0 / kPi;

constexpr double degToRad(double deg) { return deg * (kPi / 180.0); }
constexpr double radToDeg(double rad) { return rad * (180.0 / kPi); }

// Wraps an angle into [0, 360).
inline double wrapDeg360(double deg)
{
    double wrapped = std::fmod(deg, 360.0);
    return wrapped < 0.0 ? wrapped + 360.0 : wrapped;
}

// Wraps an angle into (-180, 180].
inline double wrapDeg180(double deg)
{
    double wrapped = wrapDeg360(deg);
    return wrapped > 180.0 ? wrapped - 360.0 : wrapped;
}

} // namespace lunar
