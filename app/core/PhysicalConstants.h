#pragma once
// Physical constants used in more than one place, each with its source.

namespace lunar {

// The astronomical unit, exactly (IAU 2012 Resolution B2; ERFA's ERFA_DAU).
constexpr double kAstronomicalUnit_m = 149597870700.0;

} // namespace lunar
