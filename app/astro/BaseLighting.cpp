#include "astro/BaseLighting.h"

#include "astro/EarthOrientation.h"
#include "astro/MoonOrientation.h"
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

    // ENU axes as rows: Moon-fixed -> ENU; then ICRF -> Moon-fixed in front of it.
    Mat3d moon_fixed_to_enu;
    const Vec3d axes[3] = {base.directionToMoonFixed({1, 0, 0}),
                           base.directionToMoonFixed({0, 1, 0}),
                           base.directionToMoonFixed({0, 0, 1})};
    for (int i = 0; i < 3; ++i) {
        moon_fixed_to_enu.m[i][0] = axes[i].x;
        moon_fixed_to_enu.m[i][1] = axes[i].y;
        moon_fixed_to_enu.m[i][2] = axes[i].z;
    }
    light.icrf_to_enu = moon_fixed_to_enu * icrfToMoonFixed(barycentricDynamicalTime(utc));
    light.enu_to_earth_fixed = icrfToEarthFixed(utc) * light.icrf_to_enu.transposed();
    return light;
}

} // namespace lunar::astro
