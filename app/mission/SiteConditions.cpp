#include "mission/SiteConditions.h"

#include "astro/SiteSky.h"
#include "core/Angles.h"
#include "core/LunarError.h"
#include "core/MoonBody.h"

#include <algorithm>
#include <cmath>

namespace lunar {

namespace {
// Height of the terrain a horizontal offset (metres, the point's own ENU) away.
double heightOffset(const TerrainStack& terrain, const EnuFrame& local, double east_m,
                    double north_m)
{
    const LatLonHeight p = local.selenographicFromEnu({east_m, north_m, 0.0});
    return terrain.heightAt({p.lat_rad, p.lon_rad});
}
} // namespace

SiteConditions siteConditionsAt(const LatLon& position, const UtcTime& time,
                                const TerrainStack& terrain, const EnuFrame& base_frame,
                                double slope_baseline_m)
{
    SiteConditions c;
    c.position = position;
    c.height_m = terrain.heightAt(position);
    if (!std::isfinite(c.height_m))
        throw LunarError("site info", "no terrain at " +
                                          std::to_string(radToDeg(position.lat_rad)) + ", " +
                                          std::to_string(radToDeg(position.lon_rad)));
    const LatLonHeight site{position.lat_rad, position.lon_rad, c.height_m};
    const EnuFrame local(site);
    // Central differences over the baseline; one side where the other is off the DEM.
    const double half = 0.5 * slope_baseline_m;
    const auto gradient = [&](double e0, double n0, double e1, double n1) {
        const double a = heightOffset(terrain, local, e0, n0);
        const double b = heightOffset(terrain, local, e1, n1);
        if (std::isfinite(a) && std::isfinite(b))
            return (b - a) / slope_baseline_m;
        if (std::isfinite(b))
            return (b - c.height_m) / half;
        if (std::isfinite(a))
            return (c.height_m - a) / half;
        return 0.0;
    };
    const double dz_de = gradient(-half, 0.0, half, 0.0);
    const double dz_dn = gradient(0.0, -half, 0.0, half);
    c.slope_deg = radToDeg(std::atan(std::hypot(dz_de, dz_dn)));

    const Vec3d here = local.originMoonFixed().normalized();
    const Vec3d origin = base_frame.originMoonFixed().normalized();
    c.distance_from_origin_m =
        moon::kRadius_m * std::acos(std::clamp(dot(here, origin), -1.0, 1.0));

    const astro::SiteSky sky = astro::skyAtSite(time, site);
    c.sun_azimuth_deg = sky.sun.azimuth_deg;
    c.sun_elevation_deg = sky.sun.elevation_deg;
    c.earth_azimuth_deg = sky.earth.azimuth_deg;
    c.earth_elevation_deg = sky.earth.elevation_deg;
    const Vec3d at = local.originMoonFixed();
    c.sun_visible_fraction = terrain.visibleFraction(
        position, (sky.bodies.sun_m - at).normalized(), sky.sun_angular_radius_deg);
    c.earth_visible_fraction = terrain.visibleFraction(
        position, (sky.bodies.earth_m - at).normalized(), sky.earth_angular_radius_deg);
    return c;
}

} // namespace lunar
