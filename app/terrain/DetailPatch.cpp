#include "terrain/DetailPatch.h"

#include <algorithm>
#include <cmath>

namespace lunar {

bool planDetailPatch(const GeoTransform& coarse_geo, int coarse_width, int coarse_height,
                     const MapXY& origin, double dem_pixel, const DetailPatchOptions& options,
                     DetailPatchPlan& plan)
{
    const double coarse_px = std::fabs(coarse_geo.pixel_width);
    if (dem_pixel <= 0.0 || dem_pixel > coarse_px / 1.5)
        return false;
    double col = 0.0, row = 0.0;
    coarse_geo.pixelFromMap(origin, col, row);
    col -= 0.5; // vertex index coordinates
    row -= 0.5;
    const int half = std::max(1, static_cast<int>(std::ceil(options.half_size / coarse_px)));
    const int centre_col = static_cast<int>(std::lround(col));
    const int centre_row = static_cast<int>(std::lround(row));
    plan.coarse_col0 = std::clamp(centre_col - half, 0, coarse_width - 1);
    plan.coarse_col1 = std::clamp(centre_col + half, 0, coarse_width - 1);
    plan.coarse_row0 = std::clamp(centre_row - half, 0, coarse_height - 1);
    plan.coarse_row1 = std::clamp(centre_row + half, 0, coarse_height - 1);
    if (plan.coarse_col1 <= plan.coarse_col0 || plan.coarse_row1 <= plan.coarse_row0)
        return false;

    // Corner vertices of the hole, in map coordinates.
    const MapXY first = coarse_geo.mapFromPixel(plan.coarse_col0 + 0.5, plan.coarse_row0 + 0.5);
    const MapXY last = coarse_geo.mapFromPixel(plan.coarse_col1 + 0.5, plan.coarse_row1 + 0.5);
    const double span_x = last.x - first.x, span_y = last.y - first.y;
    const int intervals_x = std::clamp(static_cast<int>(std::lround(std::fabs(span_x) / dem_pixel)),
                                       1, options.max_vertices - 1);
    const int intervals_y = std::clamp(static_cast<int>(std::lround(std::fabs(span_y) / dem_pixel)),
                                       1, options.max_vertices - 1);
    plan.cols = intervals_x + 1;
    plan.rows = intervals_y + 1;
    const double step_x = span_x / intervals_x, step_y = span_y / intervals_y;
    plan.geo = GeoTransform{first.x - 0.5 * step_x, step_x, 0.0, first.y - 0.5 * step_y, 0.0,
                            step_y};
    return true;
}

Raster<float> resampleForPatch(const Raster<float>& fine, const DetailPatchPlan& plan)
{
    Raster<float> out(plan.cols, plan.rows);
    out.geo = plan.geo;
    for (int row = 0; row < plan.rows; ++row)
        for (int col = 0; col < plan.cols; ++col) {
            double fc = 0.0, fr = 0.0;
            fine.geo.pixelFromMap(plan.geo.mapFromPixel(col + 0.5, row + 0.5), fc, fr);
            out.at(col, row) = fine.bilinear(fc - 0.5, fr - 0.5);
        }
    return out;
}

} // namespace lunar
