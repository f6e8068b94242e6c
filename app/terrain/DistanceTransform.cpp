#include "terrain/DistanceTransform.h"

#include <tbb/parallel_for.h>

#include <cmath>
#include <limits>
#include <vector>

namespace lunar {

namespace {

constexpr double kFar = std::numeric_limits<double>::infinity();

// One pass: out[q] = min_p (q - p)^2 * step^2 + in[p], by the lower envelope of parabolas.
void squaredDistance1d(const double* in, double* out, int n, double step2, std::vector<int>& v,
                       std::vector<double>& z)
{
    v.assign(static_cast<std::size_t>(n), 0);
    z.assign(static_cast<std::size_t>(n) + 1, 0.0);
    int k = -1;
    for (int q = 0; q < n; ++q) {
        if (in[q] == kFar)
            continue;
        // Intersection of parabola q with the last one on the envelope, in texels.
        while (k >= 0) {
            const int p = v[static_cast<std::size_t>(k)];
            const double s = ((in[q] / step2 + q * 1.0 * q) - (in[p] / step2 + p * 1.0 * p)) /
                             (2.0 * (q - p));
            if (s > z[static_cast<std::size_t>(k)])
                break;
            --k;
        }
        ++k;
        v[static_cast<std::size_t>(k)] = q;
        z[static_cast<std::size_t>(k)] =
            k == 0 ? -kFar
                   : ((in[q] / step2 + q * 1.0 * q) -
                      (in[v[static_cast<std::size_t>(k) - 1]] / step2 +
                       v[static_cast<std::size_t>(k) - 1] * 1.0 * v[static_cast<std::size_t>(k) - 1])) /
                         (2.0 * (q - v[static_cast<std::size_t>(k) - 1]));
        z[static_cast<std::size_t>(k) + 1] = kFar;
    }
    if (k < 0) {
        for (int q = 0; q < n; ++q)
            out[q] = kFar;
        return;
    }
    int j = 0;
    for (int q = 0; q < n; ++q) {
        while (z[static_cast<std::size_t>(j) + 1] < q)
            ++j;
        const int p = v[static_cast<std::size_t>(j)];
        out[q] = (q - p) * 1.0 * (q - p) * step2 + in[p];
    }
}

} // namespace

Raster<float> distanceToMarked_m(const Raster<float>& marked, double pixel_x_m, double pixel_y_m)
{
    const int w = marked.width(), h = marked.height();
    std::vector<double> field(static_cast<std::size_t>(w) * h);
    for (std::size_t i = 0; i < field.size(); ++i) {
        const float m = marked.samples()[i];
        field[i] = (!std::isnan(m) && m != 0.0f) ? 0.0 : kFar;
    }
    const double sx2 = pixel_x_m * pixel_x_m, sy2 = pixel_y_m * pixel_y_m;
    // Columns first (along y), then rows (along x).
    tbb::parallel_for(0, w, [&](int col) {
        std::vector<double> in(static_cast<std::size_t>(h)), out(static_cast<std::size_t>(h));
        std::vector<int> v;
        std::vector<double> z;
        for (int row = 0; row < h; ++row)
            in[static_cast<std::size_t>(row)] = field[static_cast<std::size_t>(row) * w + col];
        squaredDistance1d(in.data(), out.data(), h, sy2, v, z);
        for (int row = 0; row < h; ++row)
            field[static_cast<std::size_t>(row) * w + col] = out[static_cast<std::size_t>(row)];
    });
    Raster<float> out(w, h);
    out.geo = marked.geo;
    tbb::parallel_for(0, h, [&](int row) {
        std::vector<double> result(static_cast<std::size_t>(w));
        std::vector<int> v;
        std::vector<double> z;
        squaredDistance1d(&field[static_cast<std::size_t>(row) * w], result.data(), w, sx2, v, z);
        for (int col = 0; col < w; ++col)
            out.at(col, row) = static_cast<float>(std::sqrt(result[static_cast<std::size_t>(col)]));
    });
    return out;
}

} // namespace lunar
