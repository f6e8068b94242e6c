#include "terrain/DiscExposure.h"

#include "core/Angles.h"
#include "terrain/DiscVisibility.h"
#include "terrain/GroundFrame.h"

#include <tbb/parallel_for.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <mutex>
#include <stdexcept>

namespace lunar {

namespace {

constexpr int kBlock_px = 64;

double wrappedDifference_rad(double a, double b)
{
    return std::remainder(a - b, kTwoPi);
}

// visibleDiscFraction(x, 1) tabulated over x in [-1, 1]: the inner loop's only
// transcendental, replaced by a linear lookup (error < 2e-6).
class SegmentTable {
public:
    SegmentTable()
    {
        for (int i = 0; i <= kIntervals; ++i)
            table_[i] = static_cast<float>(visibleDiscFraction(-1.0 + 2.0 * i / kIntervals, 1.0));
    }
    float operator()(float x) const
    {
        if (x <= -1.0f)
            return 0.0f;
        if (x >= 1.0f)
            return 1.0f;
        const float t = (x + 1.0f) * (0.5f * kIntervals);
        const int i = std::min(static_cast<int>(t), kIntervals - 1);
        const float f = t - static_cast<float>(i);
        return table_[i] + (table_[i + 1] - table_[i]) * f;
    }

private:
    static constexpr int kIntervals = 1024;
    std::array<float, kIntervals + 1> table_{};
};

} // namespace

DiscExposure discExposure(const HorizonMap& horizon, const TerrainGrid& grid,
                          const DistantDisc& disc,
                          const std::function<void(std::size_t, std::size_t)>& on_progress)
{
    const Raster<float>& height_m = grid.heights();
    const int width = height_m.width(), height = height_m.height();
    if (horizon.width() != width || horizon.height() != height)
        throw std::invalid_argument("discExposure: the horizon map does not match the grid");
    const float nan = std::numeric_limits<float>::quiet_NaN();
    DiscExposure out{Raster<float>(width, height, nan), Raster<float>(width, height, nan),
                     Raster<float>(width, height, nan)};
    for (Raster<float>* r : {&out.mean_fraction, &out.longest_dark, &out.max_fraction})
        r->geo = height_m.geo;
    const std::size_t instants = disc.centre_m.size();
    if (instants == 0)
        return out;

    static const SegmentTable segment;
    const int directions = horizon.directionCount();
    const float directions_f = static_cast<float>(directions);
    const float sectors_per_rad = static_cast<float>(directions / kTwoPi);
    const std::int16_t* planes = horizon.planes().data();
    const std::size_t plane_size = static_cast<std::size_t>(width) * height;

    const int blocks_x = (width + kBlock_px - 1) / kBlock_px;
    const int blocks_y = (height + kBlock_px - 1) / kBlock_px;
    const std::size_t block_count = static_cast<std::size_t>(blocks_x) * blocks_y;
    std::mutex progress_mutex;
    std::size_t blocks_done = 0;

    tbb::parallel_for(std::size_t{0}, block_count, [&](std::size_t b) {
        const int c0 = static_cast<int>(b % blocks_x) * kBlock_px;
        const int r0 = static_cast<int>(b / blocks_x) * kBlock_px;
        const int c1 = std::min(c0 + kBlock_px, width), r1 = std::min(r0 + kBlock_px, height);
        const int bw = c1 - c0, bh = r1 - r0;
        const GroundFrame f00 = groundFrameAt(grid, c0, r0);
        const GroundFrame f10 = groundFrameAt(grid, c1 - 1, r0);
        const GroundFrame f01 = groundFrameAt(grid, c0, r1 - 1);
        const double span_c = std::max(bw - 1, 1), span_r = std::max(bh - 1, 1);

        std::vector<double> sum(static_cast<std::size_t>(bw) * bh, 0.0);
        std::vector<int> run(sum.size(), 0), longest(sum.size(), 0);
        std::vector<float> most(sum.size(), 0.0f);

        for (std::size_t i = 0; i < instants; ++i) {
            const Vec3d& centre = disc.centre_m[i];
            const BodyDirection b00 = bodyDirectionFrom(f00, centre);
            const BodyDirection b10 = bodyDirectionFrom(f10, centre);
            const BodyDirection b01 = bodyDirectionFrom(f01, centre);
            const double e00 = b00.elevation_deg, e10 = b10.elevation_deg, e01 = b01.elevation_deg;
            const double a00 = b00.grid_angle_rad, a10 = b10.grid_angle_rad, a01 = b01.grid_angle_rad;
            const double d00 = b00.distance_m;
            const float radius_deg = static_cast<float>(radToDeg(std::asin(disc.radius_m / d00)));
            const float inv_radius = 1.0f / radius_deg;
            const float e0 = static_cast<float>(e00);
            const float e_dc = static_cast<float>((e10 - e00) / span_c);
            const float e_dr = static_cast<float>((e01 - e00) / span_r);
            const float s0 = static_cast<float>(a00) * sectors_per_rad;
            const float s_dc = static_cast<float>(wrappedDifference_rad(a10, a00) / span_c) * sectors_per_rad;
            const float s_dr = static_cast<float>(wrappedDifference_rad(a01, a00) / span_r) * sectors_per_rad;

            for (int r = 0; r < bh; ++r) {
                const std::size_t row_offset = static_cast<std::size_t>(r0 + r) * width + c0;
                const float e_row = e0 + e_dr * static_cast<float>(r);
                const float s_row = s0 + s_dr * static_cast<float>(r);
                for (int c = 0; c < bw; ++c) {
                    const float e = e_row + e_dc * static_cast<float>(c);
                    float s = s_row + s_dc * static_cast<float>(c);
                    s -= std::floor(s / directions_f) * directions_f;
                    int k0 = static_cast<int>(s);
                    if (k0 >= directions)
                        k0 = directions - 1;
                    const int k1 = k0 + 1 == directions ? 0 : k0 + 1;
                    const float w = s - static_cast<float>(k0);
                    const std::size_t at = row_offset + c;
                    const float h = 0.01f * (static_cast<float>(planes[k0 * plane_size + at]) * (1.0f - w) +
                                             static_cast<float>(planes[k1 * plane_size + at]) * w);
                    const float fraction = segment((e - h) * inv_radius);
                    const std::size_t j = static_cast<std::size_t>(r) * bw + c;
                    sum[j] += fraction;
                    most[j] = std::max(most[j], fraction);
                    if (fraction > 0.0f) {
                        longest[j] = std::max(longest[j], run[j]);
                        run[j] = 0;
                    } else {
                        ++run[j];
                    }
                }
            }
        }
        for (int r = 0; r < bh; ++r)
            for (int c = 0; c < bw; ++c) {
                if (std::isnan(height_m.at(c0 + c, r0 + r)))
                    continue;
                const std::size_t j = static_cast<std::size_t>(r) * bw + c;
                out.mean_fraction.at(c0 + c, r0 + r) = static_cast<float>(sum[j] / static_cast<double>(instants));
                out.longest_dark.at(c0 + c, r0 + r) =
                    static_cast<float>(std::max(longest[j], run[j]));
                out.max_fraction.at(c0 + c, r0 + r) = most[j];
            }
        if (on_progress) {
            const std::lock_guard<std::mutex> lock(progress_mutex);
            on_progress(++blocks_done, block_count);
        }
    });
    return out;
}

} // namespace lunar
