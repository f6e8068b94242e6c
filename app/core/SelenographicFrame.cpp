#include "core/SelenographicFrame.h"

#include "core/MoonBody.h"

#include <cmath>

namespace lunar {

Vec3d moonFixedFromSelenographic(const LatLonHeight& position)
{
    const double radius_m = moon::kRadius_m + position.height_m;
    const double cos_lat = std::cos(position.lat_rad);
    return {radius_m * cos_lat * std::cos(position.lon_rad),
            radius_m * cos_lat * std::sin(position.lon_rad), radius_m * std::sin(position.lat_rad)};
}

double sphereChord_m(const LatLon& a, const LatLon& b)
{
    return (moonFixedFromSelenographic({a.lat_rad, a.lon_rad, 0.0}) -
            moonFixedFromSelenographic({b.lat_rad, b.lon_rad, 0.0}))
        .length();
}

LatLonHeight selenographicFromMoonFixed(const Vec3d& moon_fixed_m)
{
    const double horizontal_m = std::hypot(moon_fixed_m.x, moon_fixed_m.y);
    LatLonHeight out;
    out.lat_rad = std::atan2(moon_fixed_m.z, horizontal_m);
    out.lon_rad = std::atan2(moon_fixed_m.y, moon_fixed_m.x);
    out.height_m = moon_fixed_m.length() - moon::kRadius_m;
    return out;
}

} // namespace lunar
