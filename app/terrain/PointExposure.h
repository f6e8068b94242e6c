#pragma once
// Sun and Earth at one point (a facility) over a series of instants: its own horizon, marched
// in many directions from the point at its own height above the ground (a 10 m mast sees past
// ridges a lander's deck does not), then each instant's visible share of the disc. Where the
// maps give a texel's average, this gives the instant-by-instant strip a timeline can show.
#include "terrain/DiscExposure.h"
#include "terrain/TerrainGrid.h"

#include <vector>

namespace lunar {

struct PointHorizon {
    std::vector<double> elevation_deg; // direction k at grid angle 2 pi k / N
    double towardGridAngle_deg(double grid_angle_rad) const;
};

// Marched from the point at fractional pixel (col, row) to the grid's edge, in `directions`
// directions, `observer_height_m` above the ground there.
PointHorizon marchPointHorizon(const TerrainGrid& grid, double col, double row,
                               double observer_height_m, int directions = 360);

// The same from the finest of several grids of one DEM (finest first: full resolution near
// the base, then the whole-DEM overview): each direction keeps the highest horizon any grid
// holding the point gives, so near ridges come at full resolution and far ones still count.
// Empty when no grid holds the point.
PointHorizon marchPointHorizonOnGrids(const std::vector<const TerrainGrid*>& grids, const LatLon& place,
                                      double observer_height_m, int directions = 360);

struct PointExposure {
    std::vector<float> fraction; // the disc's visible share at each instant, 0..1
    double mean_fraction = 0.0;
    int longest_dark = 0;        // most consecutive instants with none of it visible
};

PointExposure pointExposure(const TerrainGrid& grid, double col, double row,
                            const PointHorizon& horizon, const DistantDisc& disc);

} // namespace lunar
