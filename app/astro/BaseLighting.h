#pragma once
// The light at the base at an instant: where the Sun and the Earth are (directions from the
// base origin, Moon-fixed and in the base ENU frame), their apparent radii, and the
// earthshine they give. What the scene's light, sky and shadows follow.
#include "core/EnuFrame.h"
#include "core/Mat3d.h"
#include "core/UtcTime.h"
#include "core/Vec3d.h"

namespace lunar::astro {

// Earthshine on a surface facing a full Earth, relative to the Sun's irradiance (~0.15 W/m2
// against 1361 W/m2 scaled by the Earth's disc: Glenar et al. 2019, Planet. Space Sci.).
constexpr double kFullEarthshine = 0.0004;

struct BaseLighting {
    Vec3d sun_direction_moon_fixed;   // unit, from the base origin
    Vec3d earth_direction_moon_fixed; // unit
    Vec3d sun_direction_enu;          // unit, base ENU frame
    Vec3d earth_direction_enu;
    double sun_radius_deg = 0.265;
    double earth_radius_deg = 0.95;
    double earth_phase_angle_deg = 0.0; // 0: full Earth seen from the Moon
    double earthshine = 0.0;            // relative to full sunlight, on a surface facing Earth
    Mat3d icrf_to_enu;                  // star directions into the base ENU frame
    Mat3d enu_to_earth_fixed;           // ENU directions into the Earth's terrestrial frame
};

BaseLighting baseLightingAt(const UtcTime& utc, const EnuFrame& base);

// Brightness of a Lambert sphere at phase angle alpha, relative to full phase.
double lambertPhaseLaw(double phase_angle_rad);

} // namespace lunar::astro
