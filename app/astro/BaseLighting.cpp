#include "astro/BaseLighting.h"

#include "astro/SiteSky.h"
#include "core/Angles.h"

#include <cmath>

namespace lunar::astro {

double lambertPhaseLaw(double alpha)
{
    return (std::sin(alpha) + (kPi - alpha) * std::cos(alpha)) / kPi;
}

BaseLighting baseLightingAt(const UtcTime& utc, const EnuFrame& base)
{
    const SiteSky sky = skyAtSite(utc, base.origin());
    const Vec3d origin = base.originMoonFixed();
    BaseLighting light;
    light.sun_direction_moon_fixed = (sky.bodies.sun_m - origin).normalized();
    light.earth_direction_moon_fixed = (sky.bodies.earth_m - origin).normalized();
    light.sun_direction_enu = base.directionToEnu(light.sun_direction_moon_fixed);
    light.earth_direction_enu = base.directionToEnu(light.earth_direction_moon_fixed);
    light.sun_radius_deg = sky.sun_angular_radius_deg;
    light.earth_radius_deg = sky.earth_angular_radius_deg;
    light.earth_phase_angle_deg = sky.earth_phase_angle_deg;
    light.earthshine = kFullEarthshine * lambertPhaseLaw(degToRad(sky.earth_phase_angle_deg));
    return light;
}

} // namespace lunar::astro
