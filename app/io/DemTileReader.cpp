#include "io/DemTileReader.h"

#include "terrain/TerrainGrid.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>

namespace lunar::io {

DemTileReader::DemTileReader(std::string path, DemOpenOptions options, int width, int height)
    : path_(std::move(path)), options_(std::move(options)), width_(width), height_(height)
{
}

const LunarDem& DemTileReader::threadDem() const
{
    thread_local std::map<std::string, std::unique_ptr<LunarDem>> open_dems;
    std::unique_ptr<LunarDem>& dem = open_dems[path_];
    if (!dem)
        dem = std::make_unique<LunarDem>(LunarDem::open(path_, options_));
    return *dem;
}

Raster<float> DemTileReader::read(const TilePyramid& pyramid, const TileKey& key,
                                  int subdivision, int border) const
{
    const LunarDem& dem = threadDem();
    TileWindow w = pyramid.window(key);
    w.step_px /= std::max(1, subdivision); // sample spacing
    const int n = pyramid.tileQuads() * std::max(1, subdivision) + 1 + 2 * border;
    // DEM pixel-centre coordinates of the first and last sample, clamped to the DEM.
    const double first_col = w.col0 - border * w.step_px;
    const double first_row = w.row0 - border * w.step_px;
    auto clampCol = [&](double c) { return std::clamp(c, 0.0, width_ - 1.0); };
    auto clampRow = [&](double r) { return std::clamp(r, 0.0, height_ - 1.0); };
    const double span = (n - 1) * w.step_px;
    // The pixel window (edges) that holds every vertex, read at the tile's own resolution.
    const int col0 = static_cast<int>(std::floor(clampCol(first_col)));
    const int row0 = static_cast<int>(std::floor(clampRow(first_row)));
    const int col1 = static_cast<int>(std::ceil(clampCol(first_col + span))) + 1;
    const int row1 = static_cast<int>(std::ceil(clampRow(first_row + span))) + 1;
    const int cols = std::min(col1, width_) - col0, rows = std::min(row1, height_) - row0;
    int factor = 1; // coarsest overview still at least as fine as the samples
    while (factor * 2 <= w.step_px)
        factor *= 2;
    const int out_cols = std::max(2, (cols + factor - 1) / factor);
    const int out_rows = std::max(2, (rows + factor - 1) / factor);
    TerrainGrid window(dem.readHeights(col0, row0, cols, rows, out_cols, out_rows),
                       dem.projection());
    window.fillHolesForRendering();
    const Raster<float>& src = window.heights();
    const double sx = static_cast<double>(out_cols) / cols, sy = static_cast<double>(out_rows) / rows;

    Raster<float> out(n, n);
    const GeoTransform& g = dem.geoTransform();
    // Vertex (i, j) at DEM pixel-centre (first_col + i * step, first_row + j * step).
    out.geo = GeoTransform{g.origin_x + (first_col + 0.5) * g.pixel_width - 0.5 * w.step_px * g.pixel_width,
                           w.step_px * g.pixel_width, 0.0,
                           g.origin_y + (first_row + 0.5) * g.pixel_height - 0.5 * w.step_px * g.pixel_height,
                           0.0, w.step_px * g.pixel_height};
    for (int j = 0; j < n; ++j)
        for (int i = 0; i < n; ++i) {
            const double c = clampCol(first_col + i * w.step_px) - col0; // window pixel centres
            const double r = clampRow(first_row + j * w.step_px) - row0;
            out.at(i, j) = src.bilinear((c + 0.5) * sx - 0.5, (r + 0.5) * sy - 0.5);
        }
    return out;
}

} // namespace lunar::io
