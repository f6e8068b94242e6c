#pragma once
// GDAL-style affine geotransform: map = origin + col * pixel_x + row * pixel_y (north-up
// rasters have pixel_y < 0). Coordinates refer to the pixel's top-left corner; add 0.5 for
// the pixel centre.
#include "core/MapProjection.h"

namespace lunar {

struct GeoTransform {
    double origin_x = 0.0;
    double pixel_width = 1.0;
    double row_rotation = 0.0;
    double origin_y = 0.0;
    double col_rotation = 0.0;
    double pixel_height = -1.0;

    MapXY mapFromPixel(double col, double row) const
    {
        return {origin_x + col * pixel_width + row * row_rotation,
                origin_y + col * col_rotation + row * pixel_height};
    }
    // Inverse for the usual axis-aligned case (rotations zero), which is what we write and
    // what LOLA products use; LunarDem refuses rotated rasters before we get here.
    void pixelFromMap(const MapXY& map, double& col, double& row) const
    {
        col = (map.x - origin_x) / pixel_width;
        row = (map.y - origin_y) / pixel_height;
    }
    // True where `map` falls on a width x height pixel grid. A grid covers its pixels' whole
    // area, to the outer edges (half a pixel beyond the outer pixel centres: that is where a
    // global grid meets the poles).
    bool covers(const MapXY& map, int width_px, int height_px) const
    {
        double col = 0.0, row = 0.0;
        pixelFromMap(map, col, row);
        return col >= 0.0 && row >= 0.0 && col <= width_px && row <= height_px;
    }
};

} // namespace lunar
