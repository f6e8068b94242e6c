#include "terrain/TerrainLayer.h"

#include "core/SelenographicFrame.h"
#include "terrain/DiscVisibility.h"
#include "terrain/GroundFrame.h"
#include "terrain/SurfaceNormals.h"

#include <cmath>
#include <limits>

namespace lunar {

double TerrainLayer::gridAngleToward_rad(const LatLon& position,
                                         const Vec3d& direction_moon_fixed) const
{
    double col = 0.0, row = 0.0;
    grid.pixelOf(position, col, row);
    const GroundFrame f = groundFrameAt(grid, col, row);
    return std::atan2(dot(direction_moon_fixed, f.map_x), dot(direction_moon_fixed, f.map_y));
}

double TerrainLayer::visibleFraction(const LatLon& position, const Vec3d& direction_moon_fixed,
                                     double angular_radius_deg) const
{
    const Vec3d up = moonFixedFromSelenographic({position.lat_rad, position.lon_rad, 0.0})
                         .normalized();
    const Vec3d d = direction_moon_fixed.normalized();
    const double elevation_deg = radToDeg(std::asin(std::clamp(dot(d, up), -1.0, 1.0)));
    double col = 0.0, row = 0.0;
    grid.pixelOf(position, col, row);
    const double horizon_deg =
        horizon.elevationTowardAt_deg(col, row, gridAngleToward_rad(position, d));
    return visibleDiscFraction(elevation_deg - horizon_deg, angular_radius_deg);
}

TerrainLayer buildTerrainLayer(TerrainGrid grid, const EnuFrame& frame)
{
    TerrainLayer layer{std::move(grid), {}, {}, {}};
    layer.positions_enu = layer.grid.enuPositions(frame);
    layer.normals_enu = surfaceNormals(layer.positions_enu, frame.toEnu({0.0, 0.0, 0.0}));
    return layer;
}

TerrainLayer lookupLayer(TerrainGrid grid) { return TerrainLayer{std::move(grid), {}, {}, {}}; }

HorizonGridMetric horizonMetricOf(const TerrainGrid& grid)
{
    const Raster<float>& h = grid.heights();
    const double cx = h.width() / 2.0, cy = h.height() / 2.0;
    const LatLonHeight c = grid.positionAt(cx, cy);
    const LatLonHeight x = grid.positionAt(cx + 1.0, cy);
    const LatLonHeight y = grid.positionAt(cx, cy + 1.0);
    HorizonGridMetric metric;
    metric.pixel_x_m = std::copysign(sphereChord_m({c.lat_rad, c.lon_rad}, {x.lat_rad, x.lon_rad}),
                                     h.geo.pixel_width);
    metric.pixel_y_m = std::copysign(sphereChord_m({c.lat_rad, c.lon_rad}, {y.lat_rad, y.lon_rad}),
                                     h.geo.pixel_height);
    return metric;
}

double TerrainStack::heightAt(const LatLon& position) const
{
    for (const TerrainLayer* layer : layers_)
        if (layer->grid.contains(position))
            return layer->grid.heightAt(position);
    return std::numeric_limits<double>::quiet_NaN();
}

double TerrainStack::visibleFraction(const LatLon& position, const Vec3d& direction_moon_fixed,
                                     double angular_radius_deg) const
{
    for (const TerrainLayer* layer : layers_)
        if (!layer->horizon.empty() && layer->grid.contains(position))
            return layer->visibleFraction(position, direction_moon_fixed, angular_radius_deg);
    return 1.0;
}

} // namespace lunar
