#pragma once
// Direction to a distant body from azimuth/elevation at a site.
// Azimuth is measured from local north through east; elevation above the local horizontal.
// (Issue #4 replaces the scenario's fixed sun with ERFA ephemerides; this stays the
// az/el -> vector step of that pipeline.)
#include "core/Vec3d.h"

namespace lunar::astro {

// Unit vector in the site's ENU frame.
Vec3d enuDirectionFromAzEl(double azimuth_rad, double elevation_rad);

struct AzEl {
    double azimuth_rad = 0.0;
    double elevation_rad = 0.0;
};
AzEl azElFromEnuDirection(const Vec3d& enu_direction);

} // namespace lunar::astro
