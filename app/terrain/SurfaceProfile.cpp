#include "terrain/SurfaceProfile.h"

#include "core/Angles.h"
#include "core/MoonBody.h"
#include "terrain/PixelGroundSize.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lunar {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

Vec3d unitOf(const LatLon& p)
{
    return {std::cos(p.lat_rad) * std::cos(p.lon_rad), std::cos(p.lat_rad) * std::sin(p.lon_rad),
            std::sin(p.lat_rad)};
}

LatLon latLonOf(const Vec3d& unit)
{
    return {std::asin(std::clamp(unit.z, -1.0, 1.0)), std::atan2(unit.y, unit.x)};
}

// Angle between two unit vectors; atan2 stays accurate for the metre-scale steps where
// acos of a dot product near 1 loses most of its digits.
double angleBetween(const Vec3d& a, const Vec3d& b)
{
    return std::atan2(cross(a, b).length(), dot(a, b));
}

// Point a fraction t of the way along the great circle from a to b (angle between them
// `angle`): spherical linear interpolation.
Vec3d slerp(const Vec3d& a, const Vec3d& b, double angle, double t)
{
    if (angle < 1e-15)
        return a;
    const double s = std::sin(angle);
    return (a * (std::sin((1.0 - t) * angle) / s) + b * (std::sin(t * angle) / s)).normalized();
}

// Straight-line distance between two points at heights h1, h2 over the sphere, `angle`
// apart: the chord written so that the large radius cancels before rounding.
double chord3d_m(double h1, double h2, double angle)
{
    const double r1 = moon::kRadius_m + h1, r2 = moon::kRadius_m + h2;
    const double across = 2.0 * std::sqrt(r1 * r2) * std::sin(0.5 * angle);
    return std::hypot(h2 - h1, across);
}

// Slope at each sample from its neighbours (one-sided at the ends); NaN where a height used
// is missing.
void fillSlopes(std::vector<ProfileSample>& s)
{
    const std::size_t n = s.size();
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t lo = i > 0 ? i - 1 : 0, hi = std::min(i + 1, n - 1);
        const double rise = s[hi].elevation_m - s[lo].elevation_m;
        const double run = s[hi].horizontal_m - s[lo].horizontal_m;
        if (std::isnan(rise))
            s[i].slope_deg = kNaN;
        else
            s[i].slope_deg = run > 0.0 ? radToDeg(std::atan2(rise, run)) : 0.0;
    }
}

double smallerSide(const PixelGroundSize& pixel) { return std::min(pixel.across_m, pixel.down_m); }

} // namespace

SurfaceProfile surfaceProfile(const TerrainGrid& grid, const std::vector<LatLon>& path,
                              const ProfileOptions& options)
{
    SurfaceProfile out;
    if (path.empty())
        return out;
    // Positions first: the picked points and the samples between them.
    std::vector<Vec3d> units{unitOf(path.front())};
    for (std::size_t leg = 1; leg < path.size(); ++leg) {
        const Vec3d a = unitOf(path[leg - 1]), b = unitOf(path[leg]);
        const double angle = angleBetween(a, b);
        const Vec3d mid = slerp(a, b, angle, 0.5);
        const double step_m =
            options.max_step_m > 0.0 ? options.max_step_m : smallerSide(pixelGroundSizeAt(grid, latLonOf(mid)));
        const int steps = std::max(1, static_cast<int>(std::ceil(angle * moon::kRadius_m / step_m)));
        for (int k = 1; k <= steps; ++k)
            units.push_back(k == steps ? b : slerp(a, b, angle, static_cast<double>(k) / steps));
    }

    out.samples.reserve(units.size());
    for (std::size_t i = 0; i < units.size(); ++i) {
        ProfileSample s;
        s.position = latLonOf(units[i]);
        s.elevation_m = grid.heightAt(s.position);
        if (i > 0) {
            const ProfileSample& before = out.samples.back();
            const double angle = angleBetween(units[i - 1], units[i]);
            const double run_m = angle * moon::kRadius_m;
            s.horizontal_m = before.horizontal_m + run_m;
            const double rise_m = s.elevation_m - before.elevation_m;
            if (std::isnan(rise_m)) {
                // Counted flat: the height there is unknown, and inventing one would hide it.
                s.surface_m = before.surface_m + run_m;
                out.missing_length_m += run_m;
            }
            else {
                s.surface_m = before.surface_m + chord3d_m(before.elevation_m, s.elevation_m, angle);
                (rise_m > 0.0 ? out.climb_m : out.descent_m) += std::abs(rise_m);
            }
        }
        out.missing_samples += std::isnan(s.elevation_m) ? 1 : 0;
        out.samples.push_back(s);
    }
    fillSlopes(out.samples);
    for (const ProfileSample& s : out.samples)
        if (!std::isnan(s.slope_deg))
            out.max_slope_deg = std::max(out.max_slope_deg, std::abs(s.slope_deg));
    out.horizontal_length_m = out.samples.back().horizontal_m;
    out.surface_length_m = out.samples.back().surface_m;
    return out;
}

} // namespace lunar
