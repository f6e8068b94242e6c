#include "terrain/PointExposure.h"

#include "core/Angles.h"
#include "terrain/DiscVisibility.h"
#include "terrain/GroundFrame.h"
#include "terrain/HorizonRayMarch.h"
#include "terrain/TerrainLayer.h"

#include <algorithm>
#include <cmath>

namespace lunar {

double PointHorizon::towardGridAngle_deg(double grid_angle_rad) const
{
    const DirectionBlend b = directionBlend(grid_angle_rad, static_cast<int>(elevation_deg.size()));
    return elevation_deg[static_cast<std::size_t>(b.k0)] * (1.0 - b.weight) +
           elevation_deg[static_cast<std::size_t>(b.k1)] * b.weight;
}

PointHorizon marchPointHorizon(const TerrainGrid& grid, double col, double row,
                               double observer_height_m, int directions)
{
    const HorizonGridMetric metric = horizonMetricOf(grid);
    const int c = std::clamp(static_cast<int>(std::lround(col)), 0, grid.heights().width() - 1);
    const int r = std::clamp(static_cast<int>(std::lround(row)), 0, grid.heights().height() - 1);
    PointHorizon out;
    out.elevation_deg.resize(static_cast<std::size_t>(directions));
    for (int k = 0; k < directions; ++k)
        out.elevation_deg[static_cast<std::size_t>(k)] = rayMarchedHorizon_deg(
            grid.heights(), metric, c, r, kTwoPi * k / directions, observer_height_m);
    return out;
}

PointHorizon marchPointHorizonOnGrids(const std::vector<const TerrainGrid*>& grids, const LatLon& place,
                                      double observer_height_m, int directions)
{
    PointHorizon merged;
    for (const TerrainGrid* grid : grids) {
        if (grid == nullptr || !grid->contains(place))
            continue;
        double col = 0.0, row = 0.0;
        grid->pixelOf(place, col, row);
        const PointHorizon h = marchPointHorizon(*grid, col, row, observer_height_m, directions);
        if (merged.elevation_deg.empty())
            merged = h;
        else
            for (std::size_t k = 0; k < h.elevation_deg.size(); ++k)
                merged.elevation_deg[k] = std::max(merged.elevation_deg[k], h.elevation_deg[k]);
    }
    return merged;
}

PointExposure pointExposure(const TerrainGrid& grid, double col, double row,
                            const PointHorizon& horizon, const DistantDisc& disc)
{
    const GroundFrame frame = groundFrameAt(grid, col, row);
    PointExposure out;
    out.fraction.reserve(disc.centre_m.size());
    int run = 0;
    double sum = 0.0;
    for (const Vec3d& centre : disc.centre_m) {
        const BodyDirection b = bodyDirectionFrom(frame, centre);
        const double radius_deg = radToDeg(std::asin(disc.radius_m / b.distance_m));
        const double f = visibleDiscFraction(
            b.elevation_deg - horizon.towardGridAngle_deg(b.grid_angle_rad), radius_deg);
        out.fraction.push_back(static_cast<float>(f));
        sum += f;
        if (f > 0.0) {
            out.longest_dark = std::max(out.longest_dark, run);
            run = 0;
        } else {
            ++run;
        }
    }
    out.longest_dark = std::max(out.longest_dark, run);
    out.mean_fraction = disc.centre_m.empty() ? 0.0 : sum / static_cast<double>(disc.centre_m.size());
    return out;
}

} // namespace lunar
