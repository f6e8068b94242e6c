#pragma once
// A distant disc's statistics over a period (the Sun's illumination and time in sunlight,
// the Earth's visibility) from a horizon map, at a cost that does not grow with the period.
//
// Method: the period's instants are reduced once to a table per bin of grid angle (each
// sector between two of the map's directions split in two or more, at least 1440 bins):
// for each bin and each horizon elevation h (in steps of the map's own 0.01 deg), the share
// of all instants whose disc lies in that bin and would show above a horizon at h, summed
// through the visible-disc function (DiscVisibility.h); likewise the share showing any of
// it. A texel's statistic is then one look-up per bin, at its horizon toward the bin's
// middle (linear between the map's two directions, as discExposure interpolates): the work
// per texel is a pass over its horizon, the same for a month as for the 18.6-year cycle,
// and the map is read two neighbouring directions at a time, so it need not be held whole
// (memory: the outputs and the tables).
//
// The tables are built at a reference point per region of the map (at most
// region_span_m across). Elsewhere in the region the disc's elevation differs by the
// ground's tilt: a direction horizontal at the reference point stands delta above the
// horizontal at a texel, delta = asin(h_k . up), computed at the corners of each 64-pixel
// block and linear inside it (as discExposure does with the elevation itself); the texel
// then looks its table up at its horizon minus delta. What this leaves out: the disc's
// grid angle shifts across a region by the tilt times the sine of its elevation (hundredths
// of a degree for the Sun at the pole), and an instant's horizon is taken at its bin's
// middle (at most half a bin off in azimuth).
//
// Longest darkness needs the instants in time order, so it is not here (discExposure).
#include "terrain/DiscExposure.h"

#include <cstddef>
#include <functional>

namespace lunar {

struct DiscStatisticsOptions {
    double table_step_deg = 0.01;   // the tables' horizon step: the maps store hundredths
    double region_span_m = 120.0e3; // tables per region at most this wide (tilt <= ~2 deg)
};

struct DiscStatistics {
    Raster<float> mean_fraction; // 0..1, time average of the disc's visible fraction
    Raster<float> any_share;     // 0..1, share of instants with some of the disc visible
    Raster<float> max_fraction;  // 0..1, the most of the disc ever visible (0: never seen)
};

// Inputs as discExposure's. `on_progress(done, total)` is called as directions complete.
DiscStatistics discStatistics(const HorizonMap& horizon, const TerrainGrid& grid,
                              const DistantDisc& disc, const DiscStatisticsOptions& options = {},
                              const std::function<void(std::size_t, std::size_t)>& on_progress = {});

} // namespace lunar
