#pragma once
// A terrain tile's boulders (terrain/BoulderField) set on the mesh the tile draws, for the
// scene to instance: each boulder's base on the very triangles of the tile's grid (so it
// neither floats nor sinks), its height above the sphere (vertical exaggeration lifts it
// with the ground), and its DEM pixel coordinates (the shader's horizon-map lookups).
//
// Boulders are grouped in square blocks of the tile, each block's largest first, so a draw
// can take a block's first N: those at least as wide as one pixel at the block's nearest
// distance (leastBoulderDrawn_m). Far blocks then cost a few instances, not thousands.
#include "core/Vec3d.h"
#include "terrain/BoulderField.h"
#include "terrain/Raster.h"

#include <cstddef>
#include <vector>

namespace lunar {

// The ground a tile's boulders stand on: its mesh vertices and normals on DEM pixel
// centres, one per pixel, with `border` extra rings round the tile's own.
struct BoulderGround {
    const Raster<Vec3d>* positions_enu = nullptr; // vertex (i, j) at DEM pixel centre
    const Raster<Vec3d>* normals_enu = nullptr;   // (col0 - border + i, row0 - border + j)
    int col0 = 0;                                 // the tile's first DEM pixel
    int row0 = 0;
    int border = 1;
    Vec3d moon_centre_enu;                        // for "up" and heights above the sphere
};

struct PlacedBoulder {
    Boulder shape;                      // its size, shape, turn (detail frame position too)
    Vec3d base_enu;                     // the centre of its footprint on the mesh
    double height_above_sphere_m = 0.0; // of that base point
    Vec3d ground_normal_enu;            // the DEM's unit normal at its pixel (its shadow's plane)
    double local_col = 0.0;             // DEM pixel-centre coordinates minus (col0, row0)
    double local_row = 0.0;
};

struct BoulderBlock {
    std::size_t first = 0; // its boulders: [first, first + count), largest first
    std::size_t count = 0;
    Vec3d centre_enu;      // a sphere holding every boulder of the block whole
    double radius_m = 0.0;
};

struct TileBoulders {
    std::vector<PlacedBoulder> boulders;
    std::vector<BoulderBlock> blocks; // non-empty blocks only
};

// The boulders of DEM pixels [col0, col0 + cols) x [row0, row0 + rows) on `ground`, in
// `blocks_per_side`^2 blocks. The ground's rasters must cover those pixels and one pixel
// more on each side (border >= 1). Throws std::invalid_argument if they do not.
TileBoulders placeTileBoulders(const BoulderFieldOptions& options, const BoulderGround& ground,
                               int cols, int rows, int blocks_per_side);

// The point of the mesh (triangles split along the (i + 1, j)-(i, j + 1) diagonal, as the
// terrain's strips are) at raster coordinates (u, v) of `positions`.
Vec3d meshPointAt(const Raster<Vec3d>& positions, double u, double v);

// How many of a block's boulders (largest first) are at least `diameter_m` across.
std::size_t bouldersAtLeast(const TileBoulders& tile, const BoulderBlock& block, double diameter_m);

// The least diameter worth drawing `distance_m` away when one pixel spans `radians_per_px`:
// `min_px` pixels across.
double leastBoulderDrawn_m(double distance_m, double radians_per_px, double min_px);

// The field's options for a DEM of `dem_pixel_m`: boulders no wider than a DEM pixel (wider
// ones are in the DEM), none at all on DEMs too coarse to stand boulders on (false).
bool boulderOptionsForDem(double dem_pixel_m, BoulderFieldOptions& options);

} // namespace lunar
