#include "terrain/CraterProfile.h"

#include "core/Angles.h"

#include <algorithm>
#include <cmath>

namespace lunar {

namespace {
double smoothstep(double edge0, double edge1, double x)
{
    const double t = std::clamp((x - edge0) / (edge1 - edge0), 0.0, 1.0);
    return t * t * (3.0 - 2.0 * t);
}
} // namespace

CraterShape freshCraterShape(double diameter_m)
{
    const double d_km = diameter_m / 1000.0;
    CraterShape s;
    s.radius_m = diameter_m / 2.0;
    if (d_km < 15.0) {
        s.depth_m = 1000.0 * 0.196 * std::pow(d_km, 1.010);
        s.rim_height_m = 1000.0 * 0.036 * std::pow(d_km, 1.014);
    }
    else {
        s.depth_m = 1000.0 * 1.044 * std::pow(d_km, 0.301);
        s.rim_height_m = 1000.0 * 0.236 * std::pow(d_km, 0.399);
        // Floor widens with size (Pike 1977: floor diameter ~ 0.187 D^1.249 km above 15 km).
        s.floor_fraction = std::clamp(0.187 * std::pow(d_km, 1.249) / d_km, 0.0, 0.7);
        s.peak_height_m = 1000.0 * 0.0049 * std::pow(d_km, 1.297) * 0.5;
    }
    return s;
}

CraterShape degradedCraterShape(const CraterShape& fresh, double degradation)
{
    const double k = std::clamp(degradation, 0.0, 1.0);
    CraterShape s = fresh;
    s.depth_m *= 1.0 - 0.85 * k;
    s.rim_height_m *= 1.0 - 0.9 * k;
    s.peak_height_m *= 1.0 - k;
    s.softness = k;
    return s;
}

double craterRelief(const CraterShape& s, double distance_m)
{
    const double r = distance_m / s.radius_m;
    if (r >= kCraterInfluenceRadii)
        return 0.0;
    if (r >= 1.0) {
        // Ejecta blanket: thickness falls off as r^-3 (McGetchin et al. 1973), tapered to 0.
        const double taper = 1.0 - smoothstep(2.5, kCraterInfluenceRadii, r);
        return s.rim_height_m * std::pow(r, -3.0) * taper;
    }
    if (r <= s.floor_fraction) {
        double z = -s.depth_m;
        if (s.peak_height_m > 0.0) {
            const double peak_r = 0.18 * std::max(s.floor_fraction, 0.2);
            z += s.peak_height_m * std::exp(-(r * r) / (peak_r * peak_r));
        }
        return z;
    }
    const double t = (r - s.floor_fraction) / (1.0 - s.floor_fraction); // 0 at floor, 1 at rim
    const double bowl = t * t;                                 // fresh: parabolic bowl
    const double soft = 0.5 - 0.5 * std::cos(t * kPi); // degraded: cosine wall
    const double shape = bowl + (soft - bowl) * s.softness;
    return -s.depth_m + (s.depth_m + s.rim_height_m) * shape;
}

double craterErasure(const CraterShape& s, double distance_m)
{
    const double r = distance_m / s.radius_m;
    return 1.0 - smoothstep(0.75, 1.05, r);
}

} // namespace lunar
