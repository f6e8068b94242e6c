#include "terrain/BoulderPlacement.h"

#include "core/MoonBody.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace lunar {

namespace {

// Coarser DEMs put tens of millions of boulder cells in one finest tile, and the eye that
// would see their boulders sees the DEM's own pixels as facets anyway.
constexpr double kCoarsestBoulderDem_m = 60.0;

double slopeOf(const Vec3d& normal, const Vec3d& up)
{
    return std::acos(std::clamp(dot(normal.normalized(), up), -1.0, 1.0));
}

} // namespace

Vec3d meshPointAt(const Raster<Vec3d>& positions, double u, double v)
{
    const int i = std::clamp(static_cast<int>(std::floor(u)), 0, positions.width() - 2);
    const int j = std::clamp(static_cast<int>(std::floor(v)), 0, positions.height() - 2);
    const double fx = u - i, fy = v - j;
    const Vec3d& a = positions.at(i, j);
    const Vec3d& b = positions.at(i + 1, j);
    const Vec3d& d = positions.at(i, j + 1);
    const Vec3d& e = positions.at(i + 1, j + 1);
    if (fx + fy <= 1.0)
        return a + (b - a) * fx + (d - a) * fy;
    return e + (d - e) * (1.0 - fx) + (b - e) * (1.0 - fy);
}

TileBoulders placeTileBoulders(const BoulderFieldOptions& options, const BoulderGround& ground,
                               int cols, int rows, int blocks_per_side)
{
    const Raster<Vec3d>& positions = *ground.positions_enu;
    const Raster<Vec3d>& normals = *ground.normals_enu;
    if (ground.border < 1 || positions.width() < cols + 2 * ground.border ||
        positions.height() < rows + 2 * ground.border ||
        normals.width() != positions.width() || normals.height() != positions.height())
        throw std::invalid_argument("boulder ground does not cover the tile and a border");
    const int first_col = ground.col0 - ground.border, first_row = ground.row0 - ground.border;
    const double pixel_m = options.dem_pixel_m;
    // The DEM's slope at a pixel, as its normal gives it (the field takes one per pixel).
    const GroundSlope slope = [&](double x_m, double y_m) {
        const int col = static_cast<int>(std::floor(x_m / pixel_m)) - first_col;
        const int row = static_cast<int>(std::floor(y_m / pixel_m)) - first_row;
        const Vec3d& p = positions.at(col, row);
        return slopeOf(normals.at(col, row), (p - ground.moon_centre_enu).normalized());
    };
    const std::vector<Boulder> field = bouldersInPixels(
        options, ground.col0, ground.row0, ground.col0 + cols, ground.row0 + rows, slope);

    const int per_side = std::max(1, blocks_per_side);
    std::vector<std::vector<PlacedBoulder>> by_block(static_cast<std::size_t>(per_side * per_side));
    for (const Boulder& b : field) {
        PlacedBoulder placed;
        placed.shape = b;
        // Detail frame -> DEM pixel-centre coordinates (terrain/SurfaceDetail.h).
        const double col = b.x_m / pixel_m - 0.5, row = b.y_m / pixel_m - 0.5;
        placed.local_col = col - ground.col0;
        placed.local_row = row - ground.row0;
        placed.base_enu = meshPointAt(positions, col - first_col, row - first_row);
        placed.height_above_sphere_m =
            (placed.base_enu - ground.moon_centre_enu).length() - moon::kRadius_m;
        // Blocks by the pixel that owns the boulder, so they tile the window exactly.
        const int pixel_col = static_cast<int>(std::floor(b.x_m / pixel_m)) - ground.col0;
        const int pixel_row = static_cast<int>(std::floor(b.y_m / pixel_m)) - ground.row0;
        placed.ground_normal_enu =
            normals.at(pixel_col + ground.border, pixel_row + ground.border).normalized();
        const int bx = std::clamp(pixel_col * per_side / cols, 0, per_side - 1);
        const int by = std::clamp(pixel_row * per_side / rows, 0, per_side - 1);
        by_block[static_cast<std::size_t>(by * per_side + bx)].push_back(placed);
    }

    TileBoulders tile;
    tile.boulders.reserve(field.size());
    for (auto& block_boulders : by_block) {
        if (block_boulders.empty())
            continue;
        std::stable_sort(block_boulders.begin(), block_boulders.end(),
                         [](const PlacedBoulder& a, const PlacedBoulder& b) {
                             return a.shape.diameter_m > b.shape.diameter_m;
                         });
        BoulderBlock block;
        block.first = tile.boulders.size();
        block.count = block_boulders.size();
        Vec3d lo = block_boulders.front().base_enu, hi = lo;
        for (const PlacedBoulder& p : block_boulders) {
            lo = {std::min(lo.x, p.base_enu.x), std::min(lo.y, p.base_enu.y), std::min(lo.z, p.base_enu.z)};
            hi = {std::max(hi.x, p.base_enu.x), std::max(hi.y, p.base_enu.y), std::max(hi.z, p.base_enu.z)};
        }
        block.centre_enu = (lo + hi) * 0.5;
        block.radius_m = 0.5 * (hi - lo).length() + block_boulders.front().shape.diameter_m;
        tile.blocks.push_back(block);
        tile.boulders.insert(tile.boulders.end(), block_boulders.begin(), block_boulders.end());
    }
    return tile;
}

std::size_t bouldersAtLeast(const TileBoulders& tile, const BoulderBlock& block, double diameter_m)
{
    const auto begin = tile.boulders.begin() + static_cast<std::ptrdiff_t>(block.first);
    const auto end = begin + static_cast<std::ptrdiff_t>(block.count);
    // Largest first: the first one smaller than diameter_m ends the run.
    const auto first_smaller =
        std::partition_point(begin, end, [diameter_m](const PlacedBoulder& p) {
            return p.shape.diameter_m >= diameter_m;
        });
    return static_cast<std::size_t>(first_smaller - begin);
}

double leastBoulderDrawn_m(double distance_m, double radians_per_px, double min_px)
{
    return std::max(distance_m, 0.0) * radians_per_px * min_px;
}

bool boulderOptionsForDem(double dem_pixel_m, BoulderFieldOptions& options)
{
    if (!(dem_pixel_m > 0.0) || dem_pixel_m > kCoarsestBoulderDem_m)
        return false;
    options.dem_pixel_m = dem_pixel_m;
    options.max_diameter_m = std::min(options.max_diameter_m, dem_pixel_m);
    return options.max_diameter_m > options.min_diameter_m;
}

} // namespace lunar
