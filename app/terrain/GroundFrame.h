#pragma once
// The ground frame at a texel of a map grid: where it is on the sphere, its up, and the
// map's +x and +y directions on the ground there. A distant body's elevation and its grid
// angle (clockwise from map +y, as HorizonMap's directions) follow from it.
#include "core/Vec3d.h"
#include "terrain/TerrainGrid.h"

namespace lunar {

struct GroundFrame {
    Vec3d here_m; // Moon-fixed, on the reference sphere
    Vec3d up, map_x, map_y;
};

// Frame at pixel-centre coordinates (col, row) of `grid` (fractional allowed).
GroundFrame groundFrameAt(const TerrainGrid& grid, double col, double row);

struct BodyDirection {
    double elevation_deg = 0.0;  // above the sphere's local horizontal
    double grid_angle_rad = 0.0; // clockwise from map +y
    double distance_m = 0.0;
};

// Where a body centred at `centre_m` (Moon-fixed) stands, seen from the frame's point.
BodyDirection bodyDirectionFrom(const GroundFrame& frame, const Vec3d& centre_m);

} // namespace lunar
