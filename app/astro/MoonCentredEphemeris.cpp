#include "astro/MoonCentredEphemeris.h"

#include "astro/MoonOrientation.h"
#include "core/PhysicalConstants.h"
#include "core/TimeScales.h"

#include <erfa.h>
#include <erfam.h>

#include <cmath>

namespace lunar::astro {

namespace {
static_assert(ERFA_DAU == kAstronomicalUnit_m, "ERFA and core agree on the astronomical unit");
// Light time for one au, in days (ERFA_AULT is in seconds).
constexpr double kAuLightTime_day = ERFA_AULT / ERFA_DAYSEC;

Vec3d vec(const double v[3]) { return {v[0], v[1], v[2]}; }
} // namespace

MoonCentredBodies moonCentredBodies(const UtcTime& utc)
{
    const JulianDate tt = terrestrialTime(utc);
    const JulianDate tdb = barycentricDynamicalTime(utc);

    double earth_heliocentric[2][3], earth_barycentric[2][3], moon_geocentric[2][3];
    eraEpv00(tdb.jd1, tdb.jd2, earth_heliocentric, earth_barycentric); // au, au/day
    eraMoon98(tt.jd1, tt.jd2, moon_geocentric);                          // au, au/day

    const Vec3d moon_from_earth_au = vec(moon_geocentric[0]);
    const Vec3d moon_from_sun_au = vec(earth_heliocentric[0]) + moon_from_earth_au;

    // Sun: in heliocentric coordinates the Sun stays at the origin, so the light-time
    // corrected (astrometric) direction is -moon_from_sun (the Sun's ~13 m/s barycentric
    // drift over 499 s is 6 km: 0.01"). Then annual aberration for the Moon's velocity.
    const Vec3d sun_from_moon_au = -moon_from_sun_au;
    const double sun_distance_au = sun_from_moon_au.length();
    const Vec3d moon_velocity_au_day =
        vec(earth_barycentric[1]) + vec(moon_geocentric[1]);
    const Vec3d beta = moon_velocity_au_day * kAuLightTime_day; // v/c
    const double bm1 = std::sqrt(1.0 - dot(beta, beta));
    const Vec3d natural = sun_from_moon_au.normalized();
    double pnat[3] = {natural.x, natural.y, natural.z};
    double v[3] = {beta.x, beta.y, beta.z};
    double proper[3];
    eraAb(pnat, v, sun_distance_au, bm1, proper);

    const Mat3d to_moon_fixed = icrfToMoonFixed(tdb);
    MoonCentredBodies out;
    out.sun_m = to_moon_fixed * (vec(proper) * (sun_distance_au * kAstronomicalUnit_m));
    out.earth_m = to_moon_fixed * (-moon_from_earth_au * kAstronomicalUnit_m);
    return out;
}

} // namespace lunar::astro
