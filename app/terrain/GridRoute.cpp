#include "terrain/GridRoute.h"

#include "core/SelenographicFrame.h"
#include "terrain/PixelGroundSize.h"

#include <cmath>

namespace lunar {

namespace {

GridCell nearestCell(const TerrainGrid& grid, const LatLon& position)
{
    double col = 0.0, row = 0.0;
    grid.pixelOf(position, col, row);
    return {static_cast<int>(std::lround(col)), static_cast<int>(std::lround(row))};
}

} // namespace

GridRoute planGridRoute(const TerrainGrid& grid, const LatLon& from, const LatLon& to,
                        const TraverseOptions& options)
{
    // One pixel size for the whole search: across the few kilometres of a traverse the
    // projection's scale changes by far less than the DEM's own errors.
    const LatLonHeight between = selenographicFromMoonFixed(
        moonFixedFromSelenographic({from.lat_rad, from.lon_rad, 0.0}) +
        moonFixedFromSelenographic({to.lat_rad, to.lon_rad, 0.0}));
    const PixelGroundSize pixel = pixelGroundSizeAt(grid, {between.lat_rad, between.lon_rad});
    GridRoute out;
    out.traverse = planTraverse(grid.heights(), pixel.across_m, pixel.down_m,
                                nearestCell(grid, from), nearestCell(grid, to), options);
    out.points.reserve(out.traverse.cells.size());
    for (const GridCell& c : out.traverse.cells) {
        const LatLonHeight p = grid.positionAt(c.col, c.row);
        out.points.push_back({p.lat_rad, p.lon_rad});
    }
    return out;
}

} // namespace lunar
