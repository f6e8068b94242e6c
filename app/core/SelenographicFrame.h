#pragma once
// Selenographic latitude/longitude/height <-> Moon-fixed Cartesian (mean Earth / polar axis
// frame: +Z north pole, +X toward lon 0 on the equator, +Y toward lon 90E), on the sphere.
#include "core/LatLon.h"
#include "core/Vec3d.h"

namespace lunar {

Vec3d moonFixedFromSelenographic(const LatLonHeight& position);
LatLonHeight selenographicFromMoonFixed(const Vec3d& moon_fixed_m);

// Straight-line distance between two points on the reference sphere (heights ignored, so a
// steep slope between them does not count): pixel sizes and grid spacings in metres.
double sphereChord_m(const LatLon& a, const LatLon& b);

} // namespace lunar
