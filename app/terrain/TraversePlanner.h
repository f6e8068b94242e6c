#pragma once
// A rover's route between two points of a projected DEM: A* over the pixel grid with the
// eight neighbours, each step costing its length on the ground (with the rise) weighted by
// how steep it is, and steps steeper than the rover can climb, or onto missing heights,
// forbidden. The straight-line distance is the heuristic: it never overestimates, so the
// route found is the cheapest.
#include "terrain/Raster.h"

#include <string>
#include <vector>

namespace lunar {

struct TraverseOptions {
    double max_slope_deg = 20.0;  // steeper steps are impassable (rovers: 15-25 deg)
    double slope_weight = 2.0;    // a step at the limit costs (1 + weight) times its length
    double speed_mps = 0.5;       // average driving speed on the ground (ILRS-class rovers)
};

struct GridCell {
    int col = 0, row = 0;
};

struct Traverse {
    bool found = false;
    std::string problem;          // why there is no route, when not found
    std::vector<GridCell> cells;  // from start to goal
    double length_m = 0.0;        // along the ground, rises included
    double max_slope_deg = 0.0;   // steepest step
    double duration_s = 0.0;      // length / speed
};

// `pixel_x_m`, `pixel_y_m`: the pixel's size on the ground (positive).
Traverse planTraverse(const Raster<float>& height_m, double pixel_x_m, double pixel_y_m,
                      GridCell from, GridCell to, const TraverseOptions& options = {});

} // namespace lunar
