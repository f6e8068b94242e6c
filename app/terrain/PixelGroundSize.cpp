#include "terrain/PixelGroundSize.h"

#include "core/SelenographicFrame.h"

namespace lunar {

PixelGroundSize pixelGroundSizeAt(const TerrainGrid& grid, const LatLon& position)
{
    double col = 0.0, row = 0.0;
    grid.pixelOf(position, col, row);
    const GeoTransform& geo = grid.heights().geo;
    const auto at = [&](double c, double r) {
        return grid.projection().toLatLon(geo.mapFromPixel(c + 0.5, r + 0.5));
    };
    return {sphereChord_m(at(col - 0.5, row), at(col + 0.5, row)),
            sphereChord_m(at(col, row - 0.5), at(col, row + 0.5))};
}

} // namespace lunar
