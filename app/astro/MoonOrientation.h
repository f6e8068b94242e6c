#pragma once
// The Moon's orientation in space: the IAU WGCCRE 2015 rotation model (Archinal et al.
// 2018, Celest. Mech. Dyn. Astr. 130:22, Table 2): pole right ascension/declination and
// prime-meridian angle W as series in the arguments E1..E13. It approximates the mean
// Earth/polar axis frame that LOLA products and our DEMs use.
#include "core/Mat3d.h"
#include "core/TimeScales.h"

namespace lunar::astro {

struct MoonPoleAndMeridian {
    double pole_ra_deg = 0.0;   // alpha0, ICRF
    double pole_dec_deg = 0.0;  // delta0, ICRF
    double meridian_deg = 0.0;  // W, not wrapped
};

MoonPoleAndMeridian moonPoleAndMeridian(const JulianDate& tdb);

// Rotation taking ICRF (= GCRS axes) vectors into the Moon-fixed frame at `tdb`:
// R = Rz(W) Rx(90 deg - delta0) Rz(90 deg + alpha0).
Mat3d icrfToMoonFixed(const JulianDate& tdb);

} // namespace lunar::astro
