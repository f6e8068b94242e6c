#pragma once
// Reads the heights of one LOD tile from a DEM, from any thread: each thread keeps its own
// GDAL handle (GDAL datasets must not be shared between threads). A coarse tile reads from
// the DEM's overviews (GDAL picks the level for the requested resolution), so its cost does
// not grow with the DEM's size.
#include "io/LunarDem.h"
#include "terrain/TilePyramid.h"

#include <string>

namespace lunar::io {

class DemTileReader {
public:
    DemTileReader(std::string path, DemOpenOptions options, int width, int height);

    // Heights of `key` on a grid `subdivision` times finer than its vertices, with `border`
    // extra samples on every side (for normals), holes filled. Sample (i, j) of the result
    // sits at geo.mapFromPixel(i + 0.5, j + 0.5); samples beyond the DEM's edge repeat the
    // edge. Throws LunarError.
    Raster<float> read(const TilePyramid& pyramid, const TileKey& key, int subdivision,
                       int border) const;

private:
    const LunarDem& threadDem() const;
    std::string path_;
    DemOpenOptions options_;
    int width_, height_;
};

} // namespace lunar::io
