#pragma once
// The Sun and the Earth in the sky of one site at one instant: what `lunarviz ephem`
// prints and what the scene's light and sky follow.
#include "astro/MoonCentredEphemeris.h"
#include "astro/SkyPosition.h"
#include "core/LatLon.h"
#include "core/UtcTime.h"

namespace lunar::astro {

struct SiteSky {
    MoonCentredBodies bodies; // Moon-fixed vectors the positions below come from
    SkyPosition sun;
    double sun_angular_radius_deg = 0.0;
    SkyPosition earth;
    double earth_angular_radius_deg = 0.0;
    // Angle at the Earth between the Sun and the site: 0 = full Earth, 180 = new Earth.
    double earth_phase_angle_deg = 0.0;
    double earth_illuminated_fraction = 0.0;
};

SiteSky skyAtSite(const UtcTime& utc, const LatLonHeight& site);

} // namespace lunar::astro
