#pragma once
// The Earth's orientation, to turn its picture with the date: ICRF -> terrestrial (ITRS)
// from ERFA's IAU 2006/2000A precession-nutation and Greenwich sidereal time. UT1 is taken
// as UTC (|UT1 - UTC| < 0.9 s turns the globe by < 0.004 deg) and polar motion is ignored:
// good to far better than a pixel of a 1.9 deg Earth.
#include "core/Mat3d.h"
#include "core/UtcTime.h"

namespace lunar::astro {

Mat3d icrfToEarthFixed(const UtcTime& utc);

} // namespace lunar::astro
