#include "terrain/TilePyramid.h"

#include <algorithm>
#include <cmath>

namespace lunar {

TilePyramid::TilePyramid(int dem_width, int dem_height, const TilePyramidOptions& options)
    : width_(dem_width), height_(dem_height), options_(options)
{
    options_.tile_quads = std::max(2, options_.tile_quads);
    // Vertices sit on DEM pixel centres: a DEM of N pixels has N - 1 quads at full resolution.
    const int quads = std::max(1, std::max(width_, height_) - 1);
    while ((static_cast<long long>(options_.tile_quads) << max_level_) < quads)
        ++max_level_;
}

double TilePyramid::stepPx(int level) const
{
    return std::ldexp(1.0, max_level_ - level);
}

TileWindow TilePyramid::window(const TileKey& key) const
{
    TileWindow w;
    if (key.level < 0 || key.level > max_level_ || key.x < 0 || key.y < 0 ||
        key.x >= tilesPerSide(key.level) || key.y >= tilesPerSide(key.level))
        return w;
    w.step_px = stepPx(key.level);
    const double span_px = w.step_px * options_.tile_quads;
    w.col0 = key.x * span_px;
    w.row0 = key.y * span_px;
    // Vertices past the DEM's last pixel centre are left out (the last one is clamped onto it
    // so the DEM's edge is covered).
    auto count = [&](double first, int size) {
        const double last_centre = size - 1;
        if (first > last_centre)
            return 0;
        const int inside = static_cast<int>(std::floor((last_centre - first) / w.step_px)) + 1;
        const bool partial = first + (inside - 1) * w.step_px < last_centre;
        return std::min(options_.tile_quads + 1, inside + (partial ? 1 : 0));
    };
    w.vertex_cols = count(w.col0, width_);
    w.vertex_rows = count(w.row0, height_);
    return w;
}

bool TilePyramid::exists(const TileKey& key) const { return !window(key).empty(); }

std::array<TileKey, 4> TilePyramid::children(const TileKey& key) const
{
    const int l = key.level + 1, x = 2 * key.x, y = 2 * key.y;
    return {TileKey{l, x, y}, TileKey{l, x + 1, y}, TileKey{l, x, y + 1}, TileKey{l, x + 1, y + 1}};
}

int TilePyramid::overviewFactor(int level) const
{
    int factor = 1;
    while (factor * 2 <= stepPx(level))
        factor *= 2;
    return factor;
}

} // namespace lunar
