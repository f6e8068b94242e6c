#include "astro/EarthOrientation.h"

#include "core/TimeScales.h"

#include <erfa.h>

namespace lunar::astro {

Mat3d icrfToEarthFixed(const UtcTime& utc)
{
    const JulianDate tt = terrestrialTime(utc);
    double npb[3][3], no_polar_motion[3][3], c2t[3][3];
    eraPnm06a(tt.jd1, tt.jd2, npb);
    const double gst = eraGst06a(utc.jd1(), utc.jd2(), tt.jd1, tt.jd2);
    eraIr(no_polar_motion);
    eraC2teqx(npb, gst, no_polar_motion, c2t);
    return Mat3d::fromErfa(c2t);
}

} // namespace lunar::astro
