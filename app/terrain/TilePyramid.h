#pragma once
// The chunked-LOD tile quadtree over a DEM of any size (Ulrich 2002, "Rendering massive
// terrains using chunked level of detail"). Every tile is the same grid of `tile_quads` x
// `tile_quads` quads; the root spans the whole DEM, each level halves the DEM pixels between
// neighbouring vertices, and the finest level has one DEM pixel per quad. This class only
// says which DEM pixels a tile covers; reading, meshing and drawing live elsewhere.
#include <array>
#include <cstdint>

namespace lunar {

struct TileKey {
    int level = 0;
    int x = 0; // column of the tile at its level (0 = west/left edge of the DEM)
    int y = 0; // row of the tile at its level (0 = top row of the DEM)

    bool operator==(const TileKey& o) const { return level == o.level && x == o.x && y == o.y; }
    bool operator<(const TileKey& o) const
    {
        return level != o.level ? level < o.level : (y != o.y ? y < o.y : x < o.x);
    }
    std::uint64_t hash() const
    {
        return (static_cast<std::uint64_t>(level) << 56) ^ (static_cast<std::uint64_t>(y) << 28) ^
               static_cast<std::uint64_t>(x);
    }
};

// DEM pixel window of a tile (clamped to the DEM) and the vertex spacing within it.
struct TileWindow {
    double col0 = 0.0, row0 = 0.0; // first vertex, in DEM pixel-centre coordinates
    double step_px = 1.0;          // DEM pixels between neighbouring vertices
    int vertex_cols = 0;           // vertices actually inside the DEM (<= tile_quads + 1)
    int vertex_rows = 0;
    bool empty() const { return vertex_cols < 2 || vertex_rows < 2; }
};

struct TilePyramidOptions {
    int tile_quads = 64; // quads per tile side (vertices: tile_quads + 1)
};

class TilePyramid {
public:
    TilePyramid(int dem_width, int dem_height, const TilePyramidOptions& options = {});

    int maxLevel() const { return max_level_; }
    int tileQuads() const { return options_.tile_quads; }
    int demWidth() const { return width_; }
    int demHeight() const { return height_; }

    // DEM pixels between neighbouring vertices at a level (1 at the finest level).
    double stepPx(int level) const;
    // Tiles per side at a level (some may lie wholly outside a non-square DEM).
    int tilesPerSide(int level) const { return 1 << level; }

    TileWindow window(const TileKey& key) const;
    bool exists(const TileKey& key) const;
    std::array<TileKey, 4> children(const TileKey& key) const;

    // Largest power-of-two overview factor whose pixels are no coarser than the tile's
    // vertex spacing: reading from it is exact enough and far cheaper.
    int overviewFactor(int level) const;

private:
    int width_;
    int height_;
    TilePyramidOptions options_;
    int max_level_ = 0;
};

} // namespace lunar
