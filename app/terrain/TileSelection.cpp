#include "terrain/TileSelection.h"

#include <cmath>
#include <limits>

namespace lunar {

double screenSpaceErrorPx(const TileBounds& bounds, const ViewParameters& view)
{
    const double distance = (bounds.centre_enu - view.eye_enu).length() - bounds.radius_m;
    if (distance <= 0.0)
        return std::numeric_limits<double>::infinity();
    const double pixels_per_radian = view.viewport_height_px / (2.0 * std::tan(view.fov_y_rad / 2.0));
    return bounds.geometric_error_m / distance * pixels_per_radian;
}

double refinePixelRadius(const TileBounds& bounds, double max_error_px)
{
    if (bounds.geometric_error_m <= 0.0)
        return std::numeric_limits<double>::infinity(); // exact: never refine
    return bounds.radius_m * max_error_px / bounds.geometric_error_m;
}

std::vector<TileKey> selectTiles(const TilePyramid& pyramid,
                                 const std::function<TileBounds(const TileKey&)>& bounds_of,
                                 const ViewParameters& view, const TileSelectionOptions& options)
{
    std::vector<TileKey> selected;
    // Breadth-first, so when the tile budget runs out the view is still covered evenly.
    std::vector<TileKey> level_tiles{TileKey{0, 0, 0}};
    while (!level_tiles.empty()) {
        std::vector<TileKey> next;
        for (std::size_t i = 0; i < level_tiles.size(); ++i) {
            const TileKey& key = level_tiles[i];
            const bool can_refine = key.level < pyramid.maxLevel();
            const bool too_coarse = screenSpaceErrorPx(bounds_of(key), view) > view.max_error_px;
            std::size_t children = 0;
            if (can_refine && too_coarse)
                for (const TileKey& child : pyramid.children(key))
                    children += pyramid.exists(child) ? 1 : 0;
            const std::size_t unvisited = level_tiles.size() - i - 1;
            const std::size_t planned = selected.size() + next.size() + children + unvisited;
            if (children > 0 && planned <= options.max_tiles) {
                for (const TileKey& child : pyramid.children(key))
                    if (pyramid.exists(child))
                        next.push_back(child);
            }
            else {
                selected.push_back(key);
            }
        }
        level_tiles.swap(next);
    }
    return selected;
}

double levelGeometricError(double spacing_m, double full_resolution_spacing_m, double slope)
{
    if (spacing_m <= full_resolution_spacing_m)
        return 0.0;
    // A feature one fine pixel wide can rise slope * spacing / 2 between coarse vertices.
    return 0.5 * slope * spacing_m;
}

} // namespace lunar
