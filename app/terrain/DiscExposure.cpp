#include "terrain/DiscExposure.h"

#include "core/Angles.h"
#include "terrain/DiscVisibility.h"
#include "terrain/GroundFrame.h"

#include <tbb/parallel_for.h>

#include <algorithm>
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

// visibleDiscFraction(x, 1) for x in [-1, 1] without acos, so the row loops vectorize:
// 1/2 + (x sqrt(1 - x^2) + asin x) / pi, with asin from Abramowitz & Stegun 4.4.45
// (|error| < 7e-5 rad, so < 3e-5 in the fraction). Exactly 0 at x = -1 and 1 at x = 1.
inline float discFraction(float x)
{
    const float a = std::fabs(x);
    const float poly = 1.5707288f + a * (-0.2121144f + a * (0.0742610f + a * -0.0187293f));
    // |..| under the roots: the branch-free clamp below may overshoot 1 by an ulp.
    const float asin_a = 1.57079632679f - std::sqrt(std::fabs(1.0f - a)) * poly;
    const float asin_x = std::copysign(asin_a, x);
    const float f = 0.5f + (x * std::sqrt(std::fabs(1.0f - x * x)) + asin_x) * 0.318309886f;
    return 0.5f * (f + std::fabs(f)); // never below 0 (an ulp under -1 would give -1e-8)
}

// What a block keeps per texel while instants go by.
struct BlockSums {
    explicit BlockSums(std::size_t n) : total(n, 0.0), partial(n, 0.0f), most(n, 0.0f), run(n, 0), longest(n, 0) {}
    std::vector<double> total;   // flushed from `partial` now and then: floats lose the small adds
    std::vector<float> partial;
    std::vector<float> most;
    std::vector<int> run, longest;
    void flush()
    {
        for (std::size_t j = 0; j < partial.size(); ++j) {
            total[j] += partial[j];
            partial[j] = 0.0f;
        }
    }
};

// One texel at one instant: `x` is the disc centre's height above the horizon in radii.
// Written without branches so the row loops vectorize: GCC turns float min/max into jumps
// (NaN rules), so the clamp and the running maximum are arithmetic on absolute values.
inline void accumulate(float x, float& partial, float& most, int& run, int& longest)
{
    x = 0.5f * (std::fabs(x + 1.0f) - std::fabs(x - 1.0f)); // clamped to [-1, 1]
    const int lit = x > -1.0f ? 1 : 0;
    const float f = discFraction(x) * static_cast<float>(lit); // exactly 0 when none is visible
    partial += f;
    const float m = most;
    most = 0.5f * (m + f + std::fabs(m - f)); // max(m, f); exact when either is 0
    const int r = run, l = longest, candidate = r * lit;
    longest = candidate > l ? candidate : l;
    run = (r + 1) * (1 - lit);
}

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

    const int directions = horizon.directionCount();
    const float directions_f = static_cast<float>(directions);
    const float sectors_per_rad = static_cast<float>(directions / kTwoPi);
    const std::int16_t* planes = horizon.planeData();
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

        BlockSums sums(static_cast<std::size_t>(bw) * bh);

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

            // Usually the disc's grid angle stays between the same two directions over the
            // whole block: the two planes are then fixed and the rows vectorize.
            const float corners[] = {s0, s0 + s_dc * static_cast<float>(bw - 1), s0 + s_dr * static_cast<float>(bh - 1),
                                     s0 + s_dc * static_cast<float>(bw - 1) + s_dr * static_cast<float>(bh - 1)};
            const float s_low = std::min({corners[0], corners[1], corners[2], corners[3]});
            const float s_high = std::max({corners[0], corners[1], corners[2], corners[3]});
            const float k_low = std::floor(s_low);
            if (std::floor(s_high) == k_low) {
                int k0 = static_cast<int>(k_low) % directions;
                k0 = k0 < 0 ? k0 + directions : k0;
                const int k1 = k0 + 1 == directions ? 0 : k0 + 1;
                for (int r = 0; r < bh; ++r) {
                    const std::size_t row_offset = static_cast<std::size_t>(r0 + r) * width + c0;
                    const std::int16_t* p0 = planes + k0 * plane_size + row_offset;
                    const std::int16_t* p1 = planes + k1 * plane_size + row_offset;
                    const float e_row = e0 + e_dr * static_cast<float>(r);
                    const float w_row = s0 + s_dr * static_cast<float>(r) - k_low;
                    const std::size_t j0 = static_cast<std::size_t>(r) * bw;
                    float* partial = sums.partial.data() + j0;
                    float* most = sums.most.data() + j0;
                    int* run = sums.run.data() + j0;
                    int* longest = sums.longest.data() + j0;
                    for (int c = 0; c < bw; ++c) {
                        const float w = w_row + s_dc * static_cast<float>(c);
                        const float h0 = static_cast<float>(p0[c]), h1 = static_cast<float>(p1[c]);
                        const float h = 0.01f * (h0 + (h1 - h0) * w);
                        const float e = e_row + e_dc * static_cast<float>(c);
                        accumulate((e - h) * inv_radius, partial[c], most[c], run[c], longest[c]);
                    }
                }
            } else {
                for (int r = 0; r < bh; ++r) {
                    const std::size_t row_offset = static_cast<std::size_t>(r0 + r) * width + c0;
                    const float e_row = e0 + e_dr * static_cast<float>(r);
                    const float s_row = s0 + s_dr * static_cast<float>(r);
                    for (int c = 0; c < bw; ++c) {
                        float s = s_row + s_dc * static_cast<float>(c);
                        s -= std::floor(s / directions_f) * directions_f;
                        const int k0 = std::min(static_cast<int>(s), directions - 1);
                        const int k1 = k0 + 1 == directions ? 0 : k0 + 1;
                        const float w = s - static_cast<float>(k0);
                        const std::size_t at = row_offset + c;
                        const float h0 = static_cast<float>(planes[k0 * plane_size + at]);
                        const float h1 = static_cast<float>(planes[k1 * plane_size + at]);
                        const float h = 0.01f * (h0 + (h1 - h0) * w);
                        const float e = e_row + e_dc * static_cast<float>(c);
                        const std::size_t j = static_cast<std::size_t>(r) * bw + c;
                        accumulate((e - h) * inv_radius, sums.partial[j], sums.most[j], sums.run[j], sums.longest[j]);
                    }
                }
            }
            if (i % 256 == 255)
                sums.flush();
        }
        sums.flush();
        for (int r = 0; r < bh; ++r)
            for (int c = 0; c < bw; ++c) {
                if (std::isnan(height_m.at(c0 + c, r0 + r)))
                    continue;
                const std::size_t j = static_cast<std::size_t>(r) * bw + c;
                out.mean_fraction.at(c0 + c, r0 + r) = static_cast<float>(sums.total[j] / static_cast<double>(instants));
                out.longest_dark.at(c0 + c, r0 + r) =
                    static_cast<float>(std::max(sums.longest[j], sums.run[j]));
                out.max_fraction.at(c0 + c, r0 + r) = sums.most[j];
            }
        if (on_progress) {
            const std::lock_guard<std::mutex> lock(progress_mutex);
            on_progress(++blocks_done, block_count);
        }
    });
    return out;
}

} // namespace lunar
