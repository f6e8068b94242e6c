#pragma once
// Bounding spheres and geometric errors of pyramid tiles, estimated from an overview of the
// DEM (a TerrainGrid that covers the same extent at lower resolution), so tiles can be
// selected before any of them is read at full resolution.
#include "core/EnuFrame.h"
#include "terrain/TerrainGrid.h"
#include "terrain/TilePyramid.h"
#include "terrain/TileSelection.h"

namespace lunar {

class TileBoundsEstimator {
public:
    // `overview` covers the DEM described by `pyramid` (same extent); `dem_pixel_m` is the
    // DEM's own pixel size in metres; `slope` the steepest typical slope (rise/run) used for
    // the per-level geometric error.
    TileBoundsEstimator(const TilePyramid& pyramid, const TerrainGrid& overview,
                        const EnuFrame& frame, double dem_pixel_m, double slope = 0.5);

    TileBounds operator()(const TileKey& key) const;

private:
    const TilePyramid& pyramid_;
    const TerrainGrid& overview_;
    const EnuFrame& frame_;
    double dem_pixel_m_;
    double slope_;
};

} // namespace lunar
