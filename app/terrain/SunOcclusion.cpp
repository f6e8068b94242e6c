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

Raster<float> sunVisibleFraction(const Raster<Vec3d>& positions, const Vec3d& sun_direction,
                                 const Vec3d& moon_centre, const SunOcclusionOptions& options,
                                 const std::function<void(int)>& on_row)
{
    const int w = positions.width(), h = positions.height();
    Raster<float> lit(w, h, 0.0f);
    lit.geo = positions.geo;
    const double sun_radius_rad = degToRad(options.sun_diameter_deg) / 2.0;
    std::atomic<int> rows_done{0};

    tbb::parallel_for(0, h, [&](int row) {
        for (int col = 0; col < w; ++col) {
            const Vec3d p = positions.at(col, row);
            const Vec3d up = (p - moon_centre).normalized();
            const double sun_elevation = std::asin(std::clamp(dot(sun_direction, up), -1.0, 1.0));
            if (sun_elevation < -sun_radius_rad - 0.2) { // far below the ideal horizon
                lit.at(col, row) = 0.0f;
                continue;
            }
            // Grid direction toward the Sun's azimuth, from the local pixel axes.
            const Vec3d horizontal = (sun_direction - up * dot(sun_direction, up));
            const Vec3d axis_col = positions.clamped(col + 1, row) - positions.clamped(col - 1, row);
            const Vec3d axis_row = positions.clamped(col, row + 1) - positions.clamped(col, row - 1);
            double step_col = dot(horizontal, axis_col) / dot(axis_col, axis_col);
            double step_row = dot(horizontal, axis_row) / dot(axis_row, axis_row);
            const double norm = std::hypot(step_col, step_row);
            if (norm <= 0.0) { // Sun at the zenith: nothing can shadow
                lit.at(col, row) = 1.0f;
                continue;
            }
            step_col /= norm;
            step_row /= norm;
            const double pixel_m = 0.5 * std::sqrt(dot(axis_col, axis_col));
            const double max_px = options.max_distance_m / std::max(pixel_m, 1e-9);

            double max_sin = -1.0;
            double distance_px = 1.0;
            while (distance_px < max_px) {
                const double c = col + step_col * distance_px;
                const double r = row + step_row * distance_px;
                if (c < 0.0 || r < 0.0 || c > w - 1 || r > h - 1)
                    break;
                const Vec3d q = positions.bilinear(c, r) - p;
                const double len = q.length();
                if (len > 0.0)
                    max_sin = std::max(max_sin, dot(q, up) / len);
                distance_px = distance_px < 8.0 ? distance_px + 1.0
                                                : distance_px * options.step_growth;
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
