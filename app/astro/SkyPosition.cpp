#include "astro/SkyPosition.h"

#include "astro/SunDirection.h"
#include "core/Angles.h"
#include "core/EnuFrame.h"

#include <cmath>

namespace lunar::astro {

SkyPosition skyPositionFromSite(const Vec3d& body_moon_fixed_m, const LatLonHeight& site)
{
    const EnuFrame frame(site);
    const Vec3d enu = frame.toEnu(body_moon_fixed_m);
    const AzEl az_el = azElFromEnuDirection(enu);
    return {radToDeg(az_el.azimuth_rad), radToDeg(az_el.elevation_rad), enu.length()};
}

double angularRadius_deg(double radius_m, double distance_m)
{
    return radToDeg(std::asin(std::fmin(1.0, radius_m / distance_m)));
}

} // namespace lunar::astro
