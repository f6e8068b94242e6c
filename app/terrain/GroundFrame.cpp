#include "terrain/GroundFrame.h"

#include "core/Angles.h"
#include "core/SelenographicFrame.h"

#include <algorithm>
#include <cmath>

namespace lunar {

namespace {
Vec3d moonFixedAtMap(const MapProjection& projection, const MapXY& map)
{
    const LatLon p = projection.toLatLon(map);
    return moonFixedFromSelenographic({p.lat_rad, p.lon_rad, 0.0});
}
} // namespace

GroundFrame groundFrameAt(const TerrainGrid& grid, double col, double row)
{
    const GeoTransform& geo = grid.heights().geo;
    const MapXY map = geo.mapFromPixel(col + 0.5, row + 0.5);
    // One pixel along each map axis: short enough to be the tangent, long enough for doubles.
    const double step = std::fabs(geo.pixel_width);
    GroundFrame f;
    f.here_m = moonFixedAtMap(grid.projection(), map);
    f.up = f.here_m.normalized();
    f.map_x = (moonFixedAtMap(grid.projection(), {map.x + step, map.y}) - f.here_m).normalized();
    f.map_y = (moonFixedAtMap(grid.projection(), {map.x, map.y + step}) - f.here_m).normalized();
    return f;
}

BodyDirection bodyDirectionFrom(const GroundFrame& frame, const Vec3d& centre_m)
{
    const Vec3d v = centre_m - frame.here_m;
    BodyDirection out;
    out.distance_m = v.length();
    const Vec3d d = v * (1.0 / out.distance_m);
    out.elevation_deg = radToDeg(std::asin(std::clamp(dot(d, frame.up), -1.0, 1.0)));
    out.grid_angle_rad = std::atan2(dot(d, frame.map_x), dot(d, frame.map_y));
    return out;
}

} // namespace lunar
