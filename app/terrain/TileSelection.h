#pragma once
// Which tiles of the pyramid to draw for a view: starting from the root, a tile is split
// into its children while its geometric error, projected to the screen at the tile's
// nearest possible distance, exceeds the allowed error in pixels (screen-space error,
// Lindstrom & Pascucci 2002; Ulrich 2002). Pure: the caller supplies each tile's bounds.
#include "core/Vec3d.h"
#include "terrain/TilePyramid.h"

#include <functional>
#include <vector>

namespace lunar {

struct TileBounds {
    Vec3d centre_enu;              // bounding sphere centre
    double radius_m = 0.0;         // bounding sphere radius
    double geometric_error_m = 0.0; // largest height error of this tile vs the full DEM
};

struct ViewParameters {
    Vec3d eye_enu;
    double viewport_height_px = 720.0;
    double fov_y_rad = 0.7;
    double max_error_px = 2.0; // allowed screen-space error
};

// Screen-space error in pixels of a tile seen from the eye (infinite when the eye is
// inside its bounding sphere, so such tiles always refine).
double screenSpaceErrorPx(const TileBounds& bounds, const ViewParameters& view);

// The on-screen radius (pixels) of a tile's bounding sphere above which it must be refined:
// what a pixel-size LOD switch (OSG's PIXEL_SIZE_ON_SCREEN) needs to match the error bound.
// Seen from distance d, the sphere's radius covers r * k / d pixels and its error e * k / d,
// so the error exceeds the bound exactly when the radius exceeds r * max_error_px / e.
double refinePixelRadius(const TileBounds& bounds, double max_error_px);

struct TileSelectionOptions {
    std::size_t max_tiles = 8192; // safety bound; coarser tiles are kept when reached
};

std::vector<TileKey> selectTiles(const TilePyramid& pyramid,
                                 const std::function<TileBounds(const TileKey&)>& bounds_of,
                                 const ViewParameters& view,
                                 const TileSelectionOptions& options = {});

// Conservative per-level geometric error: the height change a slope of `slope` can hide
// between vertices `spacing_m` apart, zero at full resolution (the DEM itself).
double levelGeometricError(double spacing_m, double full_resolution_spacing_m, double slope);

} // namespace lunar
