#include "terrain/DiscStatistics.h"

#include "core/Angles.h"
#include "terrain/DiscVisibility.h"
#include "terrain/GroundFrame.h"

#include <tbb/parallel_for.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace lunar {

namespace {

constexpr int kBlock_px = 64;
// Tables reach this far beyond the disc's elevations on each side, over the tilt.
constexpr double kTableMargin_deg = 0.05;
// Bins of grid angle per turn at least, and per sector between two map directions: an
// instant counts at its bin's middle, where the horizon is interpolated between the map's
// directions (as discExposure does at its own angle), so bins of 1/1440 of a turn put it
// at most 0.125 deg of azimuth off. (At 1/720, one bin a sector of a 720-direction map, the
// worst texel of the lunar cycle came within 0.001 pp of the 0.5 pp bound.)
constexpr int kLeastBins = 1440;
constexpr int kLeastBinsPerSector = 2;

// The period seen from one reference point, as tables per bin of grid angle: each sector
// between two map directions is split into `per_sector` bins (see the header).
struct SkyTables {
    int directions = 0;
    int per_sector = 1;
    int bins = 0;
    int entries = 0;
    double h0_deg = 0.0;   // horizon elevation of entry 0
    double step_deg = 0.01;
    std::vector<float> mean; // [bin * entries + j]: share of all instants, visible fraction summed
    std::vector<float> any;  // [bin * entries + j]: share of all instants with some disc visible
    std::vector<float> top_deg;    // per bin: the highest disc centre counted in it
    std::vector<float> top_radius_deg; // and that instant's apparent radius

    // Linear in the horizon between entries; beyond the ends, the end's value.
    float look(const std::vector<float>& table, int k, float h_deg) const
    {
        const float x = static_cast<float>((h_deg - h0_deg) / step_deg);
        const float last = static_cast<float>(entries - 1);
        const float xc = std::min(std::max(x, 0.0f), last);
        const int j = std::min(static_cast<int>(xc), entries - 2);
        const float f = xc - static_cast<float>(j);
        const float* row = table.data() + static_cast<std::size_t>(k) * entries;
        return row[j] + (row[j + 1] - row[j]) * f;
    }
};

struct InstantSky {
    double elevation_deg, sector, radius_deg;
};

SkyTables buildTables(const GroundFrame& reference, const DistantDisc& disc, int directions,
                      int per_sector, double tilt_deg, double step_deg)
{
    std::vector<InstantSky> sky;
    sky.reserve(disc.centre_m.size());
    double lowest = std::numeric_limits<double>::max(), highest = -lowest, widest = 0.0;
    for (const Vec3d& centre : disc.centre_m) {
        const BodyDirection b = bodyDirectionFrom(reference, centre);
        const double radius_deg = radToDeg(std::asin(std::min(1.0, disc.radius_m / b.distance_m)));
        double sector = b.grid_angle_rad / kTwoPi * directions;
        sector -= std::floor(sector / directions) * directions;
        sky.push_back({b.elevation_deg, sector, radius_deg});
        lowest = std::min(lowest, b.elevation_deg);
        highest = std::max(highest, b.elevation_deg);
        widest = std::max(widest, radius_deg);
    }
    SkyTables t;
    t.directions = directions;
    t.per_sector = per_sector;
    t.bins = directions * per_sector;
    t.step_deg = step_deg;
    const double reach = widest + tilt_deg + kTableMargin_deg;
    t.h0_deg = std::floor((lowest - reach) / step_deg) * step_deg;
    t.entries = std::max(2, static_cast<int>(std::ceil((highest + reach - t.h0_deg) / step_deg)) + 1);
    const auto entries = static_cast<std::size_t>(t.entries);
    // Whole-disc and any-disc counts as steps (difference arrays), partial discs directly.
    const auto bins = static_cast<std::size_t>(t.bins);
    std::vector<double> whole(bins * (entries + 1), 0.0);
    std::vector<double> some(whole.size(), 0.0);
    std::vector<double> partial(bins * entries, 0.0);
    t.top_deg.assign(bins, -std::numeric_limits<float>::infinity());
    t.top_radius_deg.assign(bins, 1.0f);
    for (const InstantSky& s : sky) {
        const int bin = std::min(static_cast<int>(s.sector * per_sector), t.bins - 1);
        // Entries with the whole disc above them: h_j <= e - r; with some of it: h_j < e + r.
        const double whole_up_to = (s.elevation_deg - s.radius_deg - t.h0_deg) / step_deg;
        const double some_below = (s.elevation_deg + s.radius_deg - t.h0_deg) / step_deg;
        const int j_whole = static_cast<int>(std::floor(whole_up_to));
        const int j_some = std::min(static_cast<int>(std::ceil(some_below)) - 1, t.entries - 1);
        const std::size_t base = static_cast<std::size_t>(bin) * (entries + 1);
        whole[base] += 1.0;
        whole[base + static_cast<std::size_t>(j_whole + 1)] -= 1.0;
        some[base] += 1.0;
        some[base + static_cast<std::size_t>(j_some + 1)] -= 1.0;
        double* row = partial.data() + static_cast<std::size_t>(bin) * entries;
        for (int j = j_whole + 1; j <= j_some; ++j)
            row[j] += visibleDiscFraction(s.elevation_deg - (t.h0_deg + j * step_deg), s.radius_deg);
        if (s.elevation_deg > t.top_deg[static_cast<std::size_t>(bin)]) {
            t.top_deg[static_cast<std::size_t>(bin)] = static_cast<float>(s.elevation_deg);
            t.top_radius_deg[static_cast<std::size_t>(bin)] = static_cast<float>(s.radius_deg);
        }
    }
    const double per_instant = 1.0 / static_cast<double>(std::max<std::size_t>(sky.size(), 1));
    t.mean.resize(bins * entries);
    t.any.resize(t.mean.size());
    for (int k = 0; k < t.bins; ++k) {
        double w = 0.0, s = 0.0;
        for (std::size_t j = 0; j < entries; ++j) {
            const std::size_t at = static_cast<std::size_t>(k) * (entries + 1) + j;
            w += whole[at];
            s += some[at];
            const std::size_t out = static_cast<std::size_t>(k) * entries + j;
            t.mean[out] = static_cast<float>((w + partial[out]) * per_instant);
            t.any[out] = static_cast<float>(s * per_instant);
        }
    }
    return t;
}

// The horizontal direction of a grid angle at a frame (clockwise from map +y).
Vec3d horizontalToward(const GroundFrame& f, double grid_angle_rad)
{
    return f.map_x * std::sin(grid_angle_rad) + f.map_y * std::cos(grid_angle_rad);
}

struct Block {
    int c0, r0, c1, r1;
    Vec3d up00, up10, up01; // ups at three corners (pixel centres of the block's corners)
};

} // namespace

DiscStatistics discStatistics(const HorizonMap& horizon, const TerrainGrid& grid,
                              const DistantDisc& disc, const DiscStatisticsOptions& options,
                              const std::function<void(std::size_t, std::size_t)>& on_progress)
{
    const Raster<float>& height_m = grid.heights();
    const int width = height_m.width(), height = height_m.height();
    if (horizon.width() != width || horizon.height() != height)
        throw std::invalid_argument("discStatistics: the horizon map does not match the grid");
    if (!(options.table_step_deg > 0.0) || !(options.region_span_m > 0.0))
        throw std::invalid_argument("discStatistics: table step and region span must be positive");
    const float nan = std::numeric_limits<float>::quiet_NaN();
    DiscStatistics out{Raster<float>(width, height, 0.0f), Raster<float>(width, height, 0.0f),
                       Raster<float>(width, height, 0.0f)};
    for (Raster<float>* r : {&out.mean_fraction, &out.any_share, &out.max_fraction})
        r->geo = height_m.geo;
    const int directions = horizon.directionCount();
    if (disc.centre_m.empty() || directions == 0 || width == 0 || height == 0) {
        for (Raster<float>* r : {&out.mean_fraction, &out.any_share, &out.max_fraction})
            std::fill(r->samples().begin(), r->samples().end(), nan);
        return out;
    }

    // Regions: whole 64-pixel blocks, at most region_span_m across.
    const GroundFrame a = groundFrameAt(grid, 0, 0);
    const GroundFrame b = groundFrameAt(grid, std::min(kBlock_px, width - 1), 0);
    const double block_m = std::max((b.here_m - a.here_m).length(), 1e-3) *
                           kBlock_px / std::max(1, std::min(kBlock_px, width - 1));
    const int region_blocks = std::max(1, static_cast<int>(options.region_span_m / block_m));
    const int region_px = region_blocks * kBlock_px;
    const int regions_x = (width + region_px - 1) / region_px;
    const int regions_y = (height + region_px - 1) / region_px;

    const std::int16_t* planes = horizon.planeData();
    const std::size_t plane_size = static_cast<std::size_t>(width) * height;
    // Bins per sector, so that bins are no wider than 1 / kLeastBins of a turn.
    const int per_sector = std::max(kLeastBinsPerSector, (kLeastBins + directions - 1) / directions);
    const std::size_t total_steps = static_cast<std::size_t>(regions_x) * regions_y * directions * per_sector;
    std::size_t steps_done = 0;

    for (int ry = 0; ry < regions_y; ++ry)
        for (int rx = 0; rx < regions_x; ++rx) {
            const int rc0 = rx * region_px, rr0 = ry * region_px;
            const int rc1 = std::min(rc0 + region_px, width), rr1 = std::min(rr0 + region_px, height);
            const GroundFrame reference = groundFrameAt(grid, 0.5 * (rc0 + rc1 - 1), 0.5 * (rr0 + rr1 - 1));
            std::vector<Block> blocks;
            double tilt_deg = 0.0;
            for (int r0 = rr0; r0 < rr1; r0 += kBlock_px)
                for (int c0 = rc0; c0 < rc1; c0 += kBlock_px) {
                    Block blk{c0, r0, std::min(c0 + kBlock_px, rc1), std::min(r0 + kBlock_px, rr1), {}, {}, {}};
                    blk.up00 = groundFrameAt(grid, c0, r0).up;
                    blk.up10 = groundFrameAt(grid, blk.c1 - 1, r0).up;
                    blk.up01 = groundFrameAt(grid, c0, blk.r1 - 1).up;
                    const GroundFrame far = groundFrameAt(grid, blk.c1 - 1, blk.r1 - 1);
                    for (const Vec3d& up : {blk.up00, blk.up10, blk.up01, far.up})
                        tilt_deg = std::max(tilt_deg, radToDeg(std::acos(std::clamp(dot(up, reference.up), -1.0, 1.0))));
                    blocks.push_back(blk);
                }
            const SkyTables tables =
                buildTables(reference, disc, directions, per_sector, tilt_deg, options.table_step_deg);

            for (int bin = 0; bin < tables.bins; ++bin) {
                // The bin's middle, between directions k and k + 1: horizons are linear there.
                const int k = bin / per_sector;
                const int k1 = k + 1 == directions ? 0 : k + 1;
                const float w1 = (static_cast<float>(bin % per_sector) + 0.5f) / static_cast<float>(per_sector);
                const Vec3d toward = horizontalToward(
                    reference, (k + static_cast<double>(w1)) * kTwoPi / directions);
                const float top = tables.top_deg[static_cast<std::size_t>(bin)];
                const float top_radius = tables.top_radius_deg[static_cast<std::size_t>(bin)];
                const std::int16_t* plane = planes + static_cast<std::size_t>(k) * plane_size;
                const std::int16_t* plane1 = planes + static_cast<std::size_t>(k1) * plane_size;
                tbb::parallel_for(std::size_t{0}, blocks.size(), [&](std::size_t bi) {
                    const Block& blk = blocks[bi];
                    // How far the reference's horizontal toward k stands above this texel's.
                    const double d00 = radToDeg(std::asin(std::clamp(dot(toward, blk.up00), -1.0, 1.0)));
                    const double d10 = radToDeg(std::asin(std::clamp(dot(toward, blk.up10), -1.0, 1.0)));
                    const double d01 = radToDeg(std::asin(std::clamp(dot(toward, blk.up01), -1.0, 1.0)));
                    const float d_dc = static_cast<float>((d10 - d00) / std::max(blk.c1 - blk.c0 - 1, 1));
                    const float d_dr = static_cast<float>((d01 - d00) / std::max(blk.r1 - blk.r0 - 1, 1));
                    for (int r = blk.r0; r < blk.r1; ++r) {
                        const std::size_t row = static_cast<std::size_t>(r) * width;
                        const float d_row = static_cast<float>(d00) + d_dr * static_cast<float>(r - blk.r0);
                        float* mean = out.mean_fraction.samples().data() + row;
                        float* any = out.any_share.samples().data() + row;
                        float* most = out.max_fraction.samples().data() + row;
                        for (int c = blk.c0; c < blk.c1; ++c) {
                            const float delta = d_row + d_dc * static_cast<float>(c - blk.c0);
                            const float h0 = static_cast<float>(plane[row + c]);
                            const float h1 = static_cast<float>(plane1[row + c]);
                            const float h = 0.01f * (h0 + (h1 - h0) * w1) - delta;
                            mean[c] += tables.look(tables.mean, bin, h);
                            any[c] += tables.look(tables.any, bin, h);
                            if (top > h - top_radius) {
                                const float seen = static_cast<float>(visibleDiscFraction(top - h, top_radius));
                                most[c] = std::max(most[c], seen);
                            }
                        }
                    }
                });
                if (on_progress)
                    on_progress(++steps_done, total_steps);
            }
        }
    for (int r = 0; r < height; ++r)
        for (int c = 0; c < width; ++c)
            if (std::isnan(height_m.at(c, r))) {
                out.mean_fraction.at(c, r) = nan;
                out.any_share.at(c, r) = nan;
                out.max_fraction.at(c, r) = nan;
            }
            else {
                out.mean_fraction.at(c, r) = std::min(out.mean_fraction.at(c, r), 1.0f);
                out.any_share.at(c, r) = std::min(out.any_share.at(c, r), 1.0f);
            }
    return out;
}

} // namespace lunar
