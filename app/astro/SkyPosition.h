#pragma once
// Azimuth, elevation and distance of a body from a site on the Moon, and its apparent size.
// Azimuth from local north through east; elevation above the local horizontal of the
// reference sphere (the plane normal to the radius through the site), topocentric.
#include "core/LatLon.h"
#include "core/Vec3d.h"

namespace lunar::astro {

struct SkyPosition {
    double azimuth_deg = 0.0;   // [0, 360)
    double elevation_deg = 0.0; // [-90, 90]
    double distance_m = 0.0;    // site to body centre
};

SkyPosition skyPositionFromSite(const Vec3d& body_moon_fixed_m, const LatLonHeight& site);

// Angular radius of a sphere of `radius_m` seen from `distance_m`.
double angularRadius_deg(double radius_m, double distance_m);

} // namespace lunar::astro
