#include "astro/SunDirection.h"

#include "core/Angles.h"

#include <cmath>

namespace lunar::astro {

AzEl azElFromEnuDirection(const Vec3d& d)
{
    const Vec3d unit = d.normalized();
    AzEl out;
    out.azimuth_rad = std::atan2(unit.x, unit.y);
    if (out.azimuth_rad < 0.0)
        out.azimuth_rad += kTwoPi;
    out.elevation_rad = std::asin(std::fmax(-1.0, std::fmin(1.0, unit.z)));
    return out;
}

} // namespace lunar::astro
