#include "astro/SiteSky.h"

#include "core/Angles.h"
#include "core/SelenographicFrame.h"

#include <algorithm>
#include <cmath>

namespace lunar::astro {

SiteSky skyAtSite(const UtcTime& utc, const LatLonHeight& site)
{
    SiteSky sky;
    sky.bodies = moonCentredBodies(utc);
    sky.sun = skyPositionFromSite(sky.bodies.sun_m, site);
    sky.sun_angular_radius_deg = angularRadius_deg(kSunRadius_m, sky.sun.distance_m);
    sky.earth = skyPositionFromSite(sky.bodies.earth_m, site);
    sky.earth_angular_radius_deg =
        angularRadius_deg(kEarthEquatorialRadius_m, sky.earth.distance_m);

    const Vec3d site_m = moonFixedFromSelenographic(site);
    const Vec3d earth_to_sun = (sky.bodies.sun_m - sky.bodies.earth_m).normalized();
    const Vec3d earth_to_site = (site_m - sky.bodies.earth_m).normalized();
    const double cos_phase = std::clamp(dot(earth_to_sun, earth_to_site), -1.0, 1.0);
    sky.earth_phase_angle_deg = radToDeg(std::acos(cos_phase));
    sky.earth_illuminated_fraction = 0.5 * (1.0 + cos_phase);
    return sky;
}

} // namespace lunar::astro
