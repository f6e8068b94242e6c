#pragma once
// The time scales ephemerides need, from a UTC instant: TT (UTC + leap seconds + 32.184 s,
// through ERFA's leap-second table) and TDB (TT plus the periodic ~1.7 ms term).
// Beyond the table's last entry ERFA keeps the last known offset: future leap seconds are
// unknowable, and each one would move the Moon's rotation by only 0.00015 deg.
#include "core/UtcTime.h"

namespace lunar {

// A two-part Julian Date (ERFA convention: jd1 + jd2, split for precision).
struct JulianDate {
    double jd1 = 0.0;
    double jd2 = 0.0;
    // Days since J2000.0 (JD 2451545.0) in the same scale.
    double daysSinceJ2000() const { return (jd1 - 2451545.0) + jd2; }
};

JulianDate terrestrialTime(const UtcTime& utc);
JulianDate barycentricDynamicalTime(const UtcTime& utc);

} // namespace lunar
