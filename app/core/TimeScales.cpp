#include "core/TimeScales.h"

#include "core/LunarError.h"

#include <erfa.h>

namespace lunar {

JulianDate terrestrialTime(const UtcTime& utc)
{
    double tai1 = 0.0, tai2 = 0.0, tt1 = 0.0, tt2 = 0.0;
    // +1 is "dubious year" (outside the leap-second table): the last offset is used.
    if (eraUtctai(utc.jd1(), utc.jd2(), &tai1, &tai2) < 0)
        throw LunarError("time", utc.toIso() + " cannot be converted to TAI");
    eraTaitt(tai1, tai2, &tt1, &tt2);
    return {tt1, tt2};
}

JulianDate barycentricDynamicalTime(const UtcTime& utc)
{
    const JulianDate tt = terrestrialTime(utc);
    // TDB - TT at the geocentre (observer terms are microseconds): good to ~10 us, far
    // below anything the Moon's positions can show.
    const double ut_fraction = tt.jd2 - static_cast<long>(tt.jd2);
    const double tdb_minus_tt_s = eraDtdb(tt.jd1, tt.jd2, ut_fraction, 0.0, 0.0, 0.0);
    double tdb1 = 0.0, tdb2 = 0.0;
    eraTttdb(tt.jd1, tt.jd2, tdb_minus_tt_s, &tdb1, &tdb2);
    return {tdb1, tdb2};
}

} // namespace lunar
