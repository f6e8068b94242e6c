#include "terrain/TileBoundsEstimator.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace lunar {

TileBoundsEstimator::TileBoundsEstimator(const TilePyramid& pyramid, const TerrainGrid& overview,
                                         const EnuFrame& frame, double dem_pixel_m, double slope)
    : pyramid_(pyramid), overview_(overview), frame_(frame), dem_pixel_m_(dem_pixel_m),
      slope_(slope)
{
}

TileBounds TileBoundsEstimator::operator()(const TileKey& key) const
{
    const TileWindow w = pyramid_.window(key);
    const Raster<float>& h = overview_.heights();
    // DEM pixel-centre coordinates -> overview pixel-centre coordinates.
    const double sx = static_cast<double>(h.width()) / pyramid_.demWidth();
    const double sy = static_cast<double>(h.height()) / pyramid_.demHeight();
    const double last_col = std::min(w.col0 + (w.vertex_cols - 1) * w.step_px,
                                     pyramid_.demWidth() - 1.0);
    const double last_row = std::min(w.row0 + (w.vertex_rows - 1) * w.step_px,
                                     pyramid_.demHeight() - 1.0);
    // Heights over the tile from the overview (at least a 5 x 5 sample), min and max.
    constexpr int kSamples = 9;
    double min_h = 1e30, max_h = -1e30;
    std::vector<Vec3d> rim; // sampled footprint at mid height, to size the sphere
    for (int j = 0; j < kSamples; ++j)
        for (int i = 0; i < kSamples; ++i) {
            const double col = w.col0 + (last_col - w.col0) * i / (kSamples - 1);
            const double row = w.row0 + (last_row - w.row0) * j / (kSamples - 1);
            const double v = h.bilinear((col + 0.5) * sx - 0.5, (row + 0.5) * sy - 0.5);
            if (!std::isnan(v)) {
                min_h = std::min(min_h, v);
                max_h = std::max(max_h, v);
            }
        }
    if (min_h > max_h)
        min_h = max_h = 0.0;
    // An overview smooths peaks: widen the range by the overview's own error.
    const double overview_px_m = dem_pixel_m_ / std::min(sx, sy);
    const double margin = levelGeometricError(overview_px_m, dem_pixel_m_, slope_);
    min_h -= margin;
    max_h += margin;

    auto enuAt = [&](double col, double row, double height) {
        const LatLon ll = overview_.projection().toLatLon(
            h.geo.mapFromPixel((col + 0.5) * sx, (row + 0.5) * sy));
        return frame_.enuFromSelenographic({ll.lat_rad, ll.lon_rad, height});
    };
    const double mid_col = 0.5 * (w.col0 + last_col), mid_row = 0.5 * (w.row0 + last_row);
    TileBounds b;
    b.centre_enu = enuAt(mid_col, mid_row, 0.5 * (min_h + max_h));
    for (double col : {w.col0, mid_col, last_col})
        for (double row : {w.row0, mid_row, last_row})
            for (double height : {min_h, max_h})
                b.radius_m = std::max(b.radius_m, (enuAt(col, row, height) - b.centre_enu).length());
    b.geometric_error_m = levelGeometricError(w.step_px * dem_pixel_m_, dem_pixel_m_, slope_);
    return b;
}

} // namespace lunar
