#pragma once
// Unit surface normals of a grid of 3-D positions (central differences of the positions
// themselves, so curvature of the sphere is included and the normals are in the same frame
// as the positions). At the Moon's poles, where the Sun stays within ~1.6 deg of the
// horizon, the 1.6 deg tilt of the tangent plane across 50 km changes the lighting, so
// normals from a flat map would be wrong.
#include "core/Vec3d.h"
#include "terrain/Raster.h"

namespace lunar {

Raster<Vec3d> surfaceNormals(const Raster<Vec3d>& positions, const Vec3d& moon_centre);

} // namespace lunar
