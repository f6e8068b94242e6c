#pragma once
// The light at the base at an instant: where the Sun and the Earth are (directions from the
// base origin, Moon-fixed and in the base ENU frame), their apparent radii, and the
// earthshine they give. What the scene's light, sky and shadows follow.
#include "core/EnuFrame.h"
#include "core/Mat3d.h"
#include "core/UtcTime.h"
#include "core/Vec3d.h"

namespace lunar::astro {

// Earthshine on a surface facing a full Earth, relative to the Sun's irradiance: about
// 0.15 W/m2 against 1361 W/m2 (Glenar et al. 2019, "Earthshine as an illumination source at
// the Moon", Icarus 321, 841), 1.1e-4; the same as a Lambert sphere of the Earth's
// geometric albedo (~0.37) at the Moon's distance gives, 0.37 (6371 km / 384400 km)^2 =
// 1.0e-4. In light: ~15 lux of the Sun's ~134 000, some 50 full Moons seen from the Earth.
constexpr double kFullEarthshine = 1.1e-4;

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
