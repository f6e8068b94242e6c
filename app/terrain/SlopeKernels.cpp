#include "terrain/SlopeKernels.h"

#include "core/Angles.h"

#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace lunar {

namespace {

constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();
constexpr auto kDegPerRad_f = static_cast<float>(kDegPerRad); // the kernels work in float

Raster<float> nanLike(const Raster<float>& z)
{
    Raster<float> out(z.width(), z.height(), kNaN);
    out.geo = z.geo;
    return out;
}

// Horn's gradient of every interior row, handed to `per_row(row, d_east, d_south, centre)`
// as arrays over the row's columns (entries 1 .. width-2 are set). Computed in single
// precision (heights to a millimetre over metre-sized pixels keep slopes to 1e-4 degree)
// and split into a weighted sum down each column and a difference across rows, each
// computed once per column and shared by the three pixels that use it, so the loops
// vectorize. A NaN among the eight neighbours reaches the gradient; the centre is not in
// it, so callers check it on its own. Rows run in parallel.
template <typename PerRow>
void hornGradientRows(const Raster<float>& z, double pixel_x_m, double pixel_y_m, PerRow per_row)
{
    const int width = z.width(), height = z.height();
    if (width < 3 || height < 3)
        return;
    const float to_east = static_cast<float>(1.0 / (8.0 * pixel_x_m));
    const float to_south = static_cast<float>(1.0 / (8.0 * pixel_y_m));
    tbb::parallel_for(tbb::blocked_range<int>(1, height - 1, 16), [&](const tbb::blocked_range<int>& rows) {
        const std::size_t n = static_cast<std::size_t>(width);
        std::vector<float> column_sum(n), column_drop(n), d_east(n), d_south(n);
        for (int row = rows.begin(); row != rows.end(); ++row) {
            const float* north = z.data() + static_cast<std::size_t>(row - 1) * n;
            const float* centre = north + n;
            const float* south = centre + n;
            for (std::size_t col = 0; col < n; ++col) {
                column_sum[col] = north[col] + 2.0f * centre[col] + south[col];
                column_drop[col] = south[col] - north[col];
            }
            for (std::size_t col = 1; col + 1 < n; ++col) {
                d_east[col] = (column_sum[col + 1] - column_sum[col - 1]) * to_east;
                d_south[col] = (column_drop[col - 1] + 2.0f * column_drop[col] + column_drop[col + 1]) * to_south;
            }
            per_row(row, d_east.data(), d_south.data(), centre);
        }
    });
}

// A map of one value per texel from Horn's gradient there (east and south components); NaN
// where the centre is a hole and on the border ring. Inlined per kernel, so its row loop
// vectorizes as a hand-written one does.
template <typename FromGradient>
Raster<float> hornMap(const Raster<float>& height_m, double pixel_x_m, double pixel_y_m,
                      FromGradient value)
{
    Raster<float> map = nanLike(height_m);
    const int width = height_m.width();
    hornGradientRows(height_m, pixel_x_m, pixel_y_m,
                     [&](int row, const float* d_east, const float* d_south, const float* centre) {
                         float* out = map.data() + static_cast<std::size_t>(row) * width;
                         for (int col = 1; col < width - 1; ++col)
                             out[col] = std::isnan(centre[col]) ? kNaN
                                                                : value(d_east[col], d_south[col]);
                     });
    return map;
}

} // namespace

Raster<float> slopeHorn_deg(const Raster<float>& height_m, double pixel_x_m, double pixel_y_m)
{
    return hornMap(height_m, pixel_x_m, pixel_y_m, [](float d_east, float d_south) {
        return std::atan(std::sqrt(d_east * d_east + d_south * d_south)) * kDegPerRad_f;
    });
}

Raster<float> aspectHorn_deg(const Raster<float>& height_m, double pixel_x_m, double pixel_y_m)
{
    return hornMap(height_m, pixel_x_m, pixel_y_m, [](float d_east, float d_south) {
        // Downhill is against the gradient (east, north = -south): its compass azimuth,
        // clockwise from north. A flat texel has none.
        if (d_east == 0.0f && d_south == 0.0f)
            return kNaN;
        const float azimuth = std::atan2(-d_east, d_south) * kDegPerRad_f;
        return azimuth < 0.0f ? azimuth + 360.0f : azimuth;
    });
}

SlopeAspect slopeAspectHorn(const Raster<float>& height_m, double pixel_x_m, double pixel_y_m)
{
    return {slopeHorn_deg(height_m, pixel_x_m, pixel_y_m), aspectHorn_deg(height_m, pixel_x_m, pixel_y_m)};
}

Raster<float> roughness_m(const Raster<float>& height_m)
{
    Raster<float> rough = nanLike(height_m);
    const int width = height_m.width(), height = height_m.height();
    if (width < 3 || height < 3)
        return rough;
    tbb::parallel_for(tbb::blocked_range<int>(1, height - 1, 16), [&](const tbb::blocked_range<int>& rows) {
        const std::size_t n = static_cast<std::size_t>(width);
        std::vector<float> column_max(n), column_min(n);
        for (int row = rows.begin(); row != rows.end(); ++row) {
            const float* north = height_m.data() + static_cast<std::size_t>(row - 1) * n;
            const float* centre = north + n;
            const float* south = centre + n;
            float* out = rough.data() + static_cast<std::size_t>(row) * n;
            for (std::size_t col = 0; col < n; ++col) {
                column_max[col] = std::max({north[col], centre[col], south[col]});
                column_min[col] = std::min({north[col], centre[col], south[col]});
            }
            for (std::size_t col = 1; col + 1 < n; ++col) {
                const float hi = std::max({column_max[col - 1], column_max[col], column_max[col + 1]});
                const float lo = std::min({column_min[col - 1], column_min[col], column_min[col + 1]});
                bool hole = false;
                for (int dc = -1; dc <= 1; ++dc) // min/max would skip NaNs silently
                    hole = hole || std::isnan(north[col + dc]) || std::isnan(centre[col + dc]) ||
                           std::isnan(south[col + dc]);
                out[col] = hole ? kNaN : hi - lo;
            }
        }
    });
    return rough;
}

} // namespace lunar
