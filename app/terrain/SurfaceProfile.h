#pragma once
// An elevation profile along a path picked on the terrain: the path's legs follow great
// circles between the picked points and are sampled at least once per DEM pixel, so no
// rise the DEM holds is stepped over. Each sample has its distance from the start (along
// the ground with the rises, and horizontally on the 1737.4 km sphere), its height and the
// slope of the ground in the direction of travel. Heights come from the grid unfilled:
// where it has a hole (or the path leaves it) the height is NaN and the hole is reported,
// never bridged by an invented height.
#include "core/LatLon.h"
#include "terrain/TerrainGrid.h"

#include <cstddef>
#include <vector>

namespace lunar {

struct ProfileOptions {
    // Longest step between samples; 0: the grid's pixel size (the smaller side) at each leg.
    double max_step_m = 0.0;
};

struct ProfileSample {
    LatLon position;
    double horizontal_m = 0.0; // great-circle distance from the start on the reference sphere
    double surface_m = 0.0;    // distance from the start along the ground, rises included
    double elevation_m = 0.0;  // above the reference sphere; NaN in a hole or off the grid
    double slope_deg = 0.0;    // + uphill, - downhill in the direction of travel; NaN unknown
};

struct SurfaceProfile {
    std::vector<ProfileSample> samples; // the picked points are among them
    double horizontal_length_m = 0.0;
    double surface_length_m = 0.0;  // steps into or out of a hole count flat
    double climb_m = 0.0;           // sum of the rises
    double descent_m = 0.0;         // sum of the drops (positive)
    double max_slope_deg = 0.0;     // steepest |slope| of a sample with a known slope
    std::size_t missing_samples = 0; // samples without a height
    double missing_length_m = 0.0;  // horizontal length of the steps touching them

    bool complete() const { return missing_samples == 0; }
};

// Samples `path` (two or more points; fewer give a profile of those points alone).
SurfaceProfile surfaceProfile(const TerrainGrid& grid, const std::vector<LatLon>& path,
                              const ProfileOptions& options = {});

} // namespace lunar
