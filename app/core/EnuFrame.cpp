#include "core/EnuFrame.h"

#include "core/SelenographicFrame.h"

#include <cmath>

namespace lunar {

EnuFrame::EnuFrame(const LatLonHeight& origin)
    : origin_(origin), origin_moon_fixed_m_(moonFixedFromSelenographic(origin))
{
    const double sin_lat = std::sin(origin.lat_rad), cos_lat = std::cos(origin.lat_rad);
    const double sin_lon = std::sin(origin.lon_rad), cos_lon = std::cos(origin.lon_rad);
    east_ = {-sin_lon, cos_lon, 0.0};
    north_ = {-sin_lat * cos_lon, -sin_lat * sin_lon, cos_lat};
    up_ = {cos_lat * cos_lon, cos_lat * sin_lon, sin_lat};
}

Vec3d EnuFrame::directionToEnu(const Vec3d& d) const
{
    return {dot(d, east_), dot(d, north_), dot(d, up_)};
}

Vec3d EnuFrame::directionToMoonFixed(const Vec3d& d) const
{
    return east_ * d.x + north_ * d.y + up_ * d.z;
}

Vec3d EnuFrame::toEnu(const Vec3d& moon_fixed_m) const
{
    return directionToEnu(moon_fixed_m - origin_moon_fixed_m_);
}

Vec3d EnuFrame::toMoonFixed(const Vec3d& enu_m) const
{
    return origin_moon_fixed_m_ + directionToMoonFixed(enu_m);
}

Vec3d EnuFrame::enuFromSelenographic(const LatLonHeight& position) const
{
    return toEnu(moonFixedFromSelenographic(position));
}

LatLonHeight EnuFrame::selenographicFromEnu(const Vec3d& enu_m) const
{
    return selenographicFromMoonFixed(toMoonFixed(enu_m));
}

} // namespace lunar
