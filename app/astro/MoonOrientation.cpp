#include "astro/MoonOrientation.h"

#include "core/Angles.h"
#include "core/MoonBody.h"

#include <erfa.h>

#include <cmath>

namespace lunar::astro {

namespace {
struct Argument {
    double at_j2000_deg;
    double rate_deg_per_day;
};
// E1..E13 (Archinal et al. 2018, Table 2 footnote), index 0 unused.
constexpr Argument kArguments[14] = {
    {0.0, 0.0},
    {125.045, -0.0529921}, {250.089, -0.1059842}, {260.008, 13.0120009},
    {176.625, 13.3407154}, {357.529, 0.9856003},  {311.589, 26.4057084},
    {134.963, 13.0649930}, {276.617, 0.3287146},  {34.226, 1.7484877},
    {15.134, -0.1589763},  {119.743, 0.0036096},  {239.961, 0.1643573},
    {25.053, 12.9590088},
};
struct Term {
    int argument;
    double amplitude_deg;
};
constexpr Term kPoleRaSine[] = {{1, -3.8787}, {2, -0.1204}, {3, 0.0700}, {4, -0.0172},
                                {6, 0.0072},  {10, -0.0052}, {13, 0.0043}};
constexpr Term kPoleDecCosine[] = {{1, 1.5419}, {2, 0.0239}, {3, -0.0278}, {4, 0.0068},
                                   {6, -0.0029}, {7, 0.0009}, {10, 0.0008}, {13, -0.0009}};
constexpr Term kMeridianSine[] = {{1, 3.5610},  {2, 0.1208},  {3, -0.0642},  {4, 0.0158},
                                  {5, 0.0252},  {6, -0.0066}, {7, -0.0047},  {8, -0.0046},
                                  {9, 0.0028},  {10, 0.0052}, {11, 0.0040},  {12, 0.0019},
                                  {13, -0.0044}};
} // namespace

MoonPoleAndMeridian moonPoleAndMeridian(const JulianDate& tdb)
{
    const double d = tdb.daysSinceJ2000();
    const double t = d / 36525.0;
    double e_rad[14];
    for (int i = 1; i < 14; ++i)
        e_rad[i] = degToRad(std::fmod(kArguments[i].at_j2000_deg +
                                          kArguments[i].rate_deg_per_day * d,
                                      360.0));
    MoonPoleAndMeridian out;
    out.pole_ra_deg = 269.9949 + 0.0031 * t;
    for (const Term& term : kPoleRaSine)
        out.pole_ra_deg += term.amplitude_deg * std::sin(e_rad[term.argument]);
    out.pole_dec_deg = 66.5392 + 0.0130 * t;
    for (const Term& term : kPoleDecCosine)
        out.pole_dec_deg += term.amplitude_deg * std::cos(e_rad[term.argument]);
    out.meridian_deg = 38.3213 + moon::kRotationRate_deg_per_day * d - 1.4e-12 * d * d;
    for (const Term& term : kMeridianSine)
        out.meridian_deg += term.amplitude_deg * std::sin(e_rad[term.argument]);
    return out;
}

Mat3d icrfToMoonFixed(const JulianDate& tdb)
{
    const MoonPoleAndMeridian o = moonPoleAndMeridian(tdb);
    double r[3][3];
    eraIr(r);
    // ERFA's eraRz/eraRx rotate the frame (passive), as the IAU formula is written.
    eraRz(degToRad(90.0 + o.pole_ra_deg), r);
    eraRx(degToRad(90.0 - o.pole_dec_deg), r);
    eraRz(degToRad(wrapDeg360(o.meridian_deg)), r);
    return Mat3d::fromErfa(r);
}

} // namespace lunar::astro
