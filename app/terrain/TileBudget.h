#pragma once
// A cap on the terrain drawn in one view. The pager refines a tile when its bounding sphere
// covers more than refinePixelRadius() pixels (OSG's PIXEL_SIZE_ON_SCREEN switch); the
// camera's LOD scale divides that pixel size, so a scale above 1 keeps coarser tiles. Every
// tile is the same grid, so the triangles drawn are the tiles drawn times a constant, and
// they can be counted for any scale from the tiles' bounds alone, before a tile is read.
// This picks, per view, the smallest scale whose tiles fit the budget: pure, so the same
// pose always draws the same tiles (films stay deterministic), and it is never above 1
// unless the budget would be exceeded (the 2 px error holds wherever the budget allows).
#include "core/Vec3d.h"
#include "terrain/TilePyramid.h"
#include "terrain/TileSelection.h"

#include <cstddef>
#include <functional>

namespace lunar {

// A perspective view as the LOD switch and the culling see it.
struct PinholeView {
    Vec3d eye_enu;
    Vec3d forward_enu;           // unit, along the line of sight
    Vec3d up_enu;                // unit, perpendicular to forward
    double fov_y_rad = 0.7;
    double aspect = 16.0 / 9.0;  // width over height
    double viewport_height_px = 720.0;
};

// On-screen size of a sphere as OSG's pixel-size LOD measures it (CullStack::pixelSize):
// its diameter in pixels at the centre's depth along the line of sight (the absolute value,
// as OSG takes), not its radius.
double pixelSizeOnScreen(const TileBounds& bounds, const PinholeView& view);

// The pixel size at which a tile must refine for its error to stay within max_error_px:
// refinePixelRadius's radius, as a diameter for OSG's measure.
double refinePixelSize(const TileBounds& bounds, double max_error_px);

// Whether a sphere meets the view's four side planes (no near or far plane: OSG computes
// those from what is drawn).
bool sphereInView(const TileBounds& bounds, const PinholeView& view);

struct TileBudgetQuery {
    double max_error_px = 2.0;           // the error the switch ranges were built for
    std::size_t max_tiles_drawn = 160;   // the budget
};

// Tiles drawn in the view at a LOD scale: a tile in view is drawn unless it refines (its
// pixel radius over the scale reaches its switch), then its children are visited instead.
// Counting stops at `stop_at`.
std::size_t tilesDrawn(const TilePyramid& pyramid,
                       const std::function<TileBounds(const TileKey&)>& bounds_of,
                       const PinholeView& view, double max_error_px, double lod_scale,
                       std::size_t stop_at);

// The smallest LOD scale >= 1 (to within 2 %) at which the view draws at most the budget's
// tiles; 1 when the budget is met at full accuracy.
double lodScaleForBudget(const TilePyramid& pyramid,
                         const std::function<TileBounds(const TileKey&)>& bounds_of,
                         const PinholeView& view, const TileBudgetQuery& query);

} // namespace lunar
