#include "terrain/SunOcclusion.h"

#include "core/Angles.h"

#include <tbb/parallel_for.h>

#include <algorithm>
#include <atomic>
#include <cmath>

namespace lunar {

double visibleDiscFraction(double height_above_horizon, double radius)
{
    const double x = std::clamp(height_above_horizon / radius, -1.0, 1.0);
    return 1.0 - (std::acos(x) - x * std::sqrt(1.0 - x * x)) / kPi;
}

namespace {

struct HorizonSines {
    double all = -1.0; // highest sine of elevation over the whole march
    double far = -1.0; // ... over samples at least far_field_start_px away
};

// Highest sines of elevation, seen from `p` (local vertical `up`), of the grid's terrain
// along the horizontal direction `horizontal`, from fractional pixel (col, row) of `grid`.
HorizonSines horizonSines(const Raster<Vec3d>& grid, double col, double row, const Vec3d& p,
                          const Vec3d& up, const Vec3d& horizontal, double phase,
                          const SunOcclusionOptions& options)
{
    HorizonSines out;
    const int w = grid.width(), h = grid.height();
    const int ic = std::clamp(static_cast<int>(std::lround(col)), 0, w - 1);
    const int ir = std::clamp(static_cast<int>(std::lround(row)), 0, h - 1);
    // Grid direction toward the Sun's azimuth, from the local pixel axes.
    const Vec3d axis_col = grid.clamped(ic + 1, ir) - grid.clamped(ic - 1, ir);
    const Vec3d axis_row = grid.clamped(ic, ir + 1) - grid.clamped(ic, ir - 1);
    double step_col = dot(horizontal, axis_col) / dot(axis_col, axis_col);
    double step_row = dot(horizontal, axis_row) / dot(axis_row, axis_row);
    const double norm = std::hypot(step_col, step_row);
    if (norm <= 0.0)
        return out;
    step_col /= norm;
    step_row /= norm;
    const double pixel_m = 0.5 * std::sqrt(dot(axis_col, axis_col));
    const double max_px = options.max_distance_m / std::max(pixel_m, 1e-9);

    double distance_px = 1.0;
    bool geometric = false;
    while (distance_px < max_px) {
        const double c = col + step_col * distance_px;
        const double r = row + step_row * distance_px;
        if (c < 0.0 || r < 0.0 || c > w - 1 || r > h - 1)
            break;
        const Vec3d q = grid.bilinear(c, r) - p;
        const double len = q.length();
        if (len > 0.0) {
            const double sine = dot(q, up) / len;
            out.all = std::max(out.all, sine);
            if (distance_px >= options.far_field_start_px)
                out.far = std::max(out.far, sine);
        }
        if (distance_px < 8.0) {
            distance_px += 1.0;
        }
        else if (!geometric) {
            // Each sample starts its sparse steps at its own phase: neighbours then sample
            // different far points, and the stepping shows as fine noise, not as bands.
            distance_px *= std::pow(options.step_growth, phase);
            geometric = true;
        }
        else {
            distance_px *= options.step_growth;
        }
    }
    return out;
}

} // namespace

Raster<float> sunVisibleFraction(const Raster<Vec3d>& positions, const Vec3d& sun_direction,
                                 const Vec3d& moon_centre, const SunOcclusionOptions& options,
                                 const std::function<void(int)>& on_row, const FarHorizon& far)
{
    const int w = positions.width(), h = positions.height();
    Raster<float> lit(w, h, 0.0f);
    lit.geo = positions.geo;
    if (far.out) {
        *far.out = Raster<float>(w, h, -1.0f);
        far.out->geo = positions.geo;
    }
    const double sun_radius_rad = degToRad(options.sun_diameter_deg) / 2.0;
    std::atomic<int> rows_done{0};

    tbb::parallel_for(0, h, [&](int row) {
        for (int col = 0; col < w; ++col) {
            const Vec3d p = positions.at(col, row);
            const Vec3d up = (p - moon_centre).normalized();
            const double sun_sine = std::clamp(dot(sun_direction, up), -1.0, 1.0);
            const double sun_elevation = std::asin(sun_sine);
            if (sun_elevation < -sun_radius_rad - 0.2) { // far below the ideal horizon
                lit.at(col, row) = 0.0f;
                continue;
            }
            const Vec3d horizontal = sun_direction - up * sun_sine;
            if (horizontal.length() < 1e-12) { // Sun at the zenith: nothing can shadow
                lit.at(col, row) = 1.0f;
                continue;
            }
            // Interleaved-gradient-noise phase (Jimenez 2014): cheap, well spread in 2-D.
            const double ign = 52.9829189 * std::fmod(0.06711056 * col + 0.00583715 * row, 1.0);
            const double phase = ign - std::floor(ign);
            const HorizonSines own =
                horizonSines(positions, col, row, p, up, horizontal, phase, options);
            if (far.out)
                far.out->at(col, row) = static_cast<float>(own.far);
            double max_sin = own.all;
            if (far.in) {
                double far_col = 0.0, far_row = 0.0;
                far.in->geo.pixelFromMap(positions.geo.mapFromPixel(col + 0.5, row + 0.5),
                                         far_col, far_row);
                max_sin = std::max(max_sin, static_cast<double>(
                                                far.in->bilinear(far_col - 0.5, far_row - 0.5)));
            }
            const double horizon = std::asin(std::clamp(max_sin, -1.0, 1.0));
            lit.at(col, row) =
                static_cast<float>(visibleDiscFraction(sun_elevation - horizon, sun_radius_rad));
        }
        if (on_row)
            on_row(++rows_done);
    });
    return lit;
}

} // namespace lunar
