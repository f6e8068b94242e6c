#include "terrain/TileBudget.h"

#include <cmath>
#include <vector>

namespace lunar {

double refinePixelSize(const TileBounds& bounds, double max_error_px)
{
    return 2.0 * refinePixelRadius(bounds, max_error_px);
}

double pixelSizeOnScreen(const TileBounds& bounds, const PinholeView& view)
{
    const double depth = std::abs(dot(bounds.centre_enu - view.eye_enu, view.forward_enu));
    const double pixels_per_unit_at_unit_depth =
        view.viewport_height_px / (2.0 * std::tan(view.fov_y_rad / 2.0));
    if (depth <= 0.0)
        return HUGE_VAL;
    return 2.0 * bounds.radius_m * pixels_per_unit_at_unit_depth / depth;
}

bool sphereInView(const TileBounds& bounds, const PinholeView& view)
{
    const Vec3d d = bounds.centre_enu - view.eye_enu;
    const Vec3d right = cross(view.forward_enu, view.up_enu).normalized();
    const double tan_y = std::tan(view.fov_y_rad / 2.0);
    const double tan_x = tan_y * view.aspect;
    // Each side plane passes through the eye; its inward normal is (forward * tan - side),
    // normalised, and the sphere is out when its centre lies a radius beyond the plane.
    auto inside = [&](const Vec3d& side, double tan_half) {
        const Vec3d normal = (view.forward_enu * tan_half - side).normalized();
        return dot(d, normal) >= -bounds.radius_m;
    };
    return inside(right, tan_x) && inside(-right, tan_x) && inside(view.up_enu, tan_y) &&
           inside(-view.up_enu, tan_y);
}

std::size_t tilesDrawn(const TilePyramid& pyramid,
                       const std::function<TileBounds(const TileKey&)>& bounds_of,
                       const PinholeView& view, double max_error_px, double lod_scale,
                       std::size_t stop_at)
{
    std::size_t drawn = 0;
    std::vector<TileKey> stack{TileKey{0, 0, 0}};
    while (!stack.empty() && drawn < stop_at) {
        const TileKey key = stack.back();
        stack.pop_back();
        const TileBounds bounds = bounds_of(key);
        if (!sphereInView(bounds, view))
            continue;
        const bool refines = key.level < pyramid.maxLevel() && bounds.geometric_error_m > 0.0 &&
                             pixelSizeOnScreen(bounds, view) / lod_scale >=
                                 refinePixelSize(bounds, max_error_px);
        if (!refines) {
            ++drawn;
            continue;
        }
        for (const TileKey& child : pyramid.children(key))
            if (pyramid.exists(child))
                stack.push_back(child);
    }
    return drawn;
}

double lodScaleForBudget(const TilePyramid& pyramid,
                         const std::function<TileBounds(const TileKey&)>& bounds_of,
                         const PinholeView& view, const TileBudgetQuery& query)
{
    const std::size_t stop_at = query.max_tiles_drawn + 1;
    auto fits = [&](double scale) {
        return tilesDrawn(pyramid, bounds_of, view, query.max_error_px, scale, stop_at) <=
               query.max_tiles_drawn;
    };
    if (fits(1.0))
        return 1.0;
    // Grow the scale until the view fits, then bisect (in log space) between the last two.
    double low = 1.0, high = 2.0;
    while (!fits(high) && high < 1.0e6) {
        low = high;
        high *= 2.0;
    }
    while (high / low > 1.02) {
        const double mid = std::sqrt(low * high);
        (fits(mid) ? high : low) = mid;
    }
    return high;
}

} // namespace lunar
