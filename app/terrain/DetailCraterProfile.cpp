#include "terrain/DetailCraterProfile.h"

#include <algorithm>
#include <cmath>

namespace lunar {

namespace {
// The apron's width beyond the rim crest, in radii.
constexpr double kApronRadii = kDetailEjectaRadii - 1.0;
} // namespace

double detailRimPerFloorDepth()
{
    // Volume (over 2 pi R^2) of the bowl -d + (d + h) r^2 inside r < 1: -d/2 + (d + h)/4; of
    // the apron h (1 - smoothstep(t)), r = 1 + w t: h E with E = w (1/2 + 0.15 w), from
    // integrating (1 - 3t^2 + 2t^3)(1 + w t) w dt over 0..1. Zero in total when
    // h / d = (1/4) / (1/4 + E).
    const double apron = kApronRadii * (0.5 + 0.15 * kApronRadii);
    return 0.25 / (0.25 + apron);
}

DetailCrater detailCrater(double x_m, double y_m, double diameter_m, double depth_per_diameter)
{
    const double rim_per_floor = detailRimPerFloorDepth();
    DetailCrater c;
    c.x_m = x_m;
    c.y_m = y_m;
    c.radius_m = 0.5 * diameter_m;
    c.floor_depth_m = depth_per_diameter * diameter_m / (1.0 + rim_per_floor);
    c.rim_height_m = c.floor_depth_m * rim_per_floor;
    return c;
}

DetailRelief detailCraterRelief(const DetailCrater& c, double x_m, double y_m)
{
    DetailRelief out;
    const double px = x_m - c.x_m, py = y_m - c.y_m;
    const double distance = std::sqrt(px * px + py * py);
    const double r = distance / c.radius_m;
    if (r >= kDetailEjectaRadii)
        return out;
    if (r < 1.0) {
        const double rise = c.floor_depth_m + c.rim_height_m;
        out.height_m = -c.floor_depth_m + rise * r * r;
        const double per_m = 2.0 * rise / (c.radius_m * c.radius_m);
        out.dx = per_m * px;
        out.dy = per_m * py;
        return out;
    }
    const double t = (r - 1.0) / kApronRadii;
    out.height_m = c.rim_height_m * (1.0 - t * t * (3.0 - 2.0 * t));
    const double along = -c.rim_height_m * 6.0 * t * (1.0 - t) / (kApronRadii * c.radius_m);
    out.dx = along * px / distance;
    out.dy = along * py / distance;
    return out;
}

double detailCraterSunlit(const DetailCrater& c, double x_m, double y_m, const DetailSun& sun,
                          double footprint_m)
{
    const double px = x_m - c.x_m, py = y_m - c.y_m;
    const double inside = px * px + py * py - c.radius_m * c.radius_m;
    if (inside >= 0.0)
        return 1.0;
    // Where the ray toward the Sun leaves the rim circle: |p + t s| = R, the positive root.
    const double b = px * sun.toward_x + py * sun.toward_y;
    const double to_rim_m = -b + std::sqrt(b * b - inside);
    const DetailRelief here = detailCraterRelief(c, x_m, y_m);
    const double hidden_m = (c.rim_height_m - here.height_m) - to_rim_m * sun.tan_elevation;
    // The disc's edge sweeps 2 radius * distance of height; on screen, a pixel spans
    // footprint * (how fast the margin changes across the ground).
    const double penumbra_m = 2.0 * sun.radius_rad * to_rim_m;
    const double slope = std::hypot(here.dx, here.dy) + std::abs(sun.tan_elevation);
    const double ramp_m = std::max(penumbra_m, footprint_m * slope);
    if (ramp_m <= 0.0)
        return hidden_m > 0.0 ? 0.0 : 1.0;
    return std::clamp(0.5 - hidden_m / ramp_m, 0.0, 1.0);
}

} // namespace lunar
