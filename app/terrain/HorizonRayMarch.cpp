#include "terrain/HorizonRayMarch.h"

#include "core/Angles.h"

#include <algorithm>
#include <cmath>

namespace lunar {

double rayMarchedHorizon_deg(const Raster<float>& height_m, const HorizonGridMetric& metric,
                             int col, int row, double grid_angle_rad, double observer_height_m)
{
    return radToDeg(marchedHorizon_rad(height_m, metric, col, row, grid_angle_rad,
                                       observer_height_m, HUGE_VAL));
}

double marchedHorizon_rad(const Raster<float>& height_m, const HorizonGridMetric& metric,
                          int col, int row, double grid_angle_rad, double observer_height_m,
                          double max_distance_m)
{
    const double ux = std::sin(grid_angle_rad), uy = std::cos(grid_angle_rad);
    const double step_m = std::min(std::fabs(metric.pixel_x_m), std::fabs(metric.pixel_y_m));
    const double dcol = ux * step_m / metric.pixel_x_m, drow = uy * step_m / metric.pixel_y_m;
    const double eye_height_m = height_m.at(col, row) + observer_height_m;
    const int w = height_m.width(), h = height_m.height();
    double best = -kPi / 2.0;
    for (int n = 1; n * step_m <= max_distance_m; ++n) {
        const double c = col + dcol * n, r = row + drow * n;
        if (c < 0.0 || r < 0.0 || c > w - 1 || r > h - 1)
            break;
        const double height = height_m.bilinear(c, r);
        if (std::isnan(height))
            continue;
        // The point lies at arc distance d on the sphere: angle theta at the Moon's centre.
        const double theta = n * step_m / metric.radius_m;
        // Along the eye's vertical, r_q cos(theta) - r_eye written without the cancellation
        // of two radii; along its horizontal, r_q sin(theta).
        const double r_q = metric.radius_m + height;
        const double half_sine = std::sin(0.5 * theta);
        const double up = (height - eye_height_m) - 2.0 * r_q * half_sine * half_sine;
        const double across = r_q * std::sin(theta);
        best = std::max(best, std::atan2(up, across));
    }
    return best;
}

} // namespace lunar
