#pragma once
// How much of a distant disc (the Sun, the Earth) each texel of a DEM sees over a series of
// instants, from its horizon map: the mean visible fraction of the disc (illumination or
// Earth-visibility percentage), the longest run of instants with none of it visible
// (longest darkness) and whether any of it was ever visible (permanent shadow).
//
// Method: the disc's elevation above the texel's horizontal and its grid angle (see
// HorizonMap) are computed exactly at three corners of each 64 x 64 block per instant and
// interpolated linearly inside it: over 1.3 km at 20 m/px the second-order terms are below
// 1e-5 deg. The horizon toward the grid angle is linear between the map's two neighbouring
// directions; the visible part of the disc above it is the circular segment's area
// (DiscVisibility.h). Blocks run in parallel, instants inside a block, so the block's
// horizon planes stay in cache.
#include "core/Vec3d.h"
#include "terrain/HorizonMap.h"
#include "terrain/Raster.h"
#include "terrain/TerrainGrid.h"

#include <functional>
#include <vector>

namespace lunar {

struct DistantDisc {
    std::vector<Vec3d> centre_m; // Moon-fixed, from the Moon's centre, one per instant
    double radius_m = 0.0;       // physical radius (the apparent one follows the distance)
};

struct DiscExposure {
    Raster<float> mean_fraction; // 0..1, time average of the disc's visible fraction
    Raster<float> longest_dark;  // most consecutive instants with none of the disc visible
    Raster<float> max_fraction;  // 0..1, the most of the disc ever visible (0: never seen)
};

// `horizon` must describe `grid` texel for texel (same size and geotransform). Texels with
// NaN height come out NaN in every map. `on_progress(done, total)` is called (serialised,
// from worker threads) as blocks complete.
DiscExposure discExposure(const HorizonMap& horizon, const TerrainGrid& grid,
                          const DistantDisc& disc,
                          const std::function<void(std::size_t, std::size_t)>& on_progress = {});

} // namespace lunar
