#pragma once
// The Moon as the reference sphere used by LOLA and the IAU 2015 lunar CRSs.

namespace lunar::moon {

// Mean radius, IAU WGCCRE 2015 (Archinal et al. 2018); LOLA's reference radius (PDS labels).
constexpr double kRadius_m = 1737400.0;

// GM of the Moon (DE-series lunar gravity value), for orbits and descents.
constexpr double kGm_m3_s2 = 4.9028e12;

// Mean rotation rate of the prime meridian, IAU WGCCRE 2015 (the linear term of W).
constexpr double kRotationRate_deg_per_day = 13.17635815;

} // namespace lunar::moon
