#pragma once
// A rover's route between two places on a terrain grid: the places snapped to their nearest
// pixels, the pixel's ground size measured between them (see PixelGroundSize), the A* of
// TraversePlanner run on the grid's heights, and the route's cells turned back into
// selenographic positions for drawing and reporting.
#include "core/LatLon.h"
#include "terrain/TerrainGrid.h"
#include "terrain/TraversePlanner.h"

#include <vector>

namespace lunar {

struct GridRoute {
    Traverse traverse;          // found, problem, cells, length, steepest step, duration
    std::vector<LatLon> points; // centres of the route's cells, start to goal
};

GridRoute planGridRoute(const TerrainGrid& grid, const LatLon& from, const LatLon& to,
                        const TraverseOptions& options = {});

} // namespace lunar
