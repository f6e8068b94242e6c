#pragma once
// Where on the DEM an analysis reads and what it writes: the whole DEM (maybe read at fewer,
// larger pixels), or one tile of a split with a halo around it read at full resolution so
// horizons near the tile's edge see the ridges beyond it.
#include "terrain/RasterCrop.h"

namespace lunar::analysis {

// What placing an analysis needs to know of a DEM (io::LunarDem gives it).
struct DemShape {
    int width_px = 0, height_px = 0;
    double pixel_width_m = 0.0, pixel_height_m = 0.0; // |geotransform| in metres
};

struct AnalysisWindows {
    PixelWindow dem_read;            // the DEM pixels read (a tile: with its halo)
    int grid_width = 0, grid_height = 0; // the grid they are read into (a reduced read: fewer)
    PixelWindow core;                // the area analysed and written, in the grid's pixels
    double pixel_x_m = 0.0, pixel_y_m = 0.0; // of the grid
};

// Tile `index` (1-based) of `count`: the DEM cut into the most nearly square grid of
// columns x rows whose product is `count`, the longer side cut into more parts.
PixelWindow tileWindow(int dem_width, int dem_height, int index, int count);

} // namespace lunar::analysis
