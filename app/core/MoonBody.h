#pragma once
// The Moon as the reference sphere used by LOLA and the IAU 2015 lunar CRSs.

namespace lunar::moon {

// Mean radius, IAU WGCCRE 2015 (Archinal et al. 2018); LOLA's reference radius (PDS labels).
constexpr double kRadius_m = 1737400.0;

} // namespace lunar::moon
