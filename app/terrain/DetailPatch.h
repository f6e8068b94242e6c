#pragma once
// The detail patch: full-resolution heights in a square around the base origin, so that
// facilities and cameras stand exactly on the terrain the finest LOD tiles draw. Its edges
// lie on vertex lines of the overview grid it refines.
#include "terrain/Raster.h"

namespace lunar {

struct DetailPatchPlan {
    // Overview grid cells [col0, col1) x [row0, row1) the patch covers.
    int coarse_col0 = 0, coarse_col1 = 0, coarse_row0 = 0, coarse_row1 = 0;
    // The patch's own vertex grid: its geotransform (pixel-centre convention: vertex (c, r)
    // sits at mapFromPixel(c + 0.5, r + 0.5)) and size.
    GeoTransform geo;
    int cols = 0, rows = 0;
};

struct DetailPatchOptions {
    double half_size = 6000.0;   // patch reaches this far from the origin (map units)
    int max_vertices = 1025;     // per side; the spacing grows if the DEM is finer than that
};

// Plans the patch for a coarse mesh (its heights raster's geotransform and size), centred
// on `origin` (map coordinates), with vertices spaced like the DEM's own pixels
// (`dem_pixel`, map units). Returns false when the DEM is not finer than the coarse mesh
// (no detail to add).
bool planDetailPatch(const GeoTransform& coarse_geo, int coarse_width, int coarse_height,
                     const MapXY& origin, double dem_pixel, const DetailPatchOptions& options,
                     DetailPatchPlan& plan);

// Samples fine heights (bilinear, any geotransform in the same CRS) at the plan's vertices.
Raster<float> resampleForPatch(const Raster<float>& fine, const DetailPatchPlan& plan);

} // namespace lunar
