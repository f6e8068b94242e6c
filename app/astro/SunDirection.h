#pragma once
// Azimuth and elevation of a unit vector in a site's East-North-Up frame. Azimuth is measured
// from local north through east; elevation above the local horizontal.
#include "core/Vec3d.h"

namespace lunar::astro {

struct AzEl {
    double azimuth_rad = 0.0;
    double elevation_rad = 0.0;
};
AzEl azElFromEnuDirection(const Vec3d& enu_direction);

} // namespace lunar::astro
