#pragma once
// How large a DEM pixel is on the ground at a place: map units to metres through the
// projection, on the reference sphere (a polar stereographic pixel grows away from the
// pole; a lon/lat pixel shrinks in longitude toward it).
#include "core/LatLon.h"
#include "terrain/TerrainGrid.h"

namespace lunar {

struct PixelGroundSize {
    double across_m = 0.0; // one column step
    double down_m = 0.0;   // one row step
};

PixelGroundSize pixelGroundSizeAt(const TerrainGrid& grid, const LatLon& position);

} // namespace lunar
