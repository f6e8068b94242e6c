#pragma once
// Where the Sun and the Earth are, seen from the Moon's centre, in the Moon-fixed frame.
//
// ERFA supplies the Earth's heliocentric/barycentric state (eraEpv00, VSOP2000-based,
// a few km) and the geocentric Moon (eraMoon98, Meeus/ELP-based: ~10" in direction, a few
// km in distance); MoonOrientation turns ICRF into Moon-fixed. The Sun direction is the
// one sunlight arrives from: light-time (~499 s) and the Moon's ~30 km/s annual aberration
// (~20") applied. The Earth's light-time (1.3 s) and aberration nearly cancel (they differ
// by the Moon's ~1 km/s orbital speed: < 1"), so its geometric direction is kept.
#include "core/UtcTime.h"
#include "core/Vec3d.h"

namespace lunar::astro {

struct MoonCentredBodies {
    Vec3d sun_m;   // Moon-fixed, metres, from the Moon's centre to the Sun's centre
    Vec3d earth_m; // Moon-fixed, metres, to the Earth's centre
};

MoonCentredBodies moonCentredBodies(const UtcTime& utc);

// Physical radii for apparent sizes (IAU 2015 nominal values).
constexpr double kSunRadius_m = 695700e3;
constexpr double kEarthEquatorialRadius_m = 6378137.0;

} // namespace lunar::astro
