#include "terrain/BoulderField.h"

#include "core/Angles.h"

#include <algorithm>
#include <cmath>

namespace lunar {

namespace {

// Boulder cells hash as "levels" far above the craters' (0 .. levels - 1): the same family
// of hashes, a separate stream.
constexpr std::uint32_t kBoulderHashLevel = 0x426f0000u;
// Numbers drawn per candidate from its cell's hash, after the cell's count (k = 0).
constexpr std::uint32_t kUnitsPerCandidate = 7;
// Candidates per cell are capped: at the highest density a cell of 4 m sees ~1.5 on
// average, and more than 12 has a chance below 1e-6.
constexpr int kMostCandidatesPerCell = 12;

// Height over diameter and the share of the height buried (notional: rocks on regolith are
// flatter than they are wide and sit partly sunk in it).
constexpr double kLeastHeightPerDiameter = 0.45;
constexpr double kMostHeightPerDiameter = 0.8;
constexpr double kLeastBuriedShare = 0.15;
constexpr double kMostBuriedShare = 0.4;

double smoothstep(double lo, double hi, double x)
{
    const double t = std::clamp((x - lo) / (hi - lo), 0.0, 1.0);
    return t * t * (3.0 - 2.0 * t);
}

// 0..1: how strongly a crater's rim and ejecta gather blocks at a point.
double rimShare(const DetailCrater& c, double x_m, double y_m)
{
    const double r = std::hypot(x_m - c.x_m, y_m - c.y_m) / c.radius_m;
    // Blocks thicken towards the crest inside the bowl and thin as (R / r)^3 outside it.
    return r < 1.0 ? r * r * r * r : 1.0 / (r * r * r);
}

// Fresh craters (depth / D near kFreshDepthPerDiameter) are the blocky ones.
double freshness(const DetailCrater& c)
{
    const double depth_per_diameter = (c.floor_depth_m + c.rim_height_m) / (2.0 * c.radius_m);
    return std::clamp((depth_per_diameter - kSubduedDepthPerDiameter) /
                          (kFreshDepthPerDiameter - kSubduedDepthPerDiameter),
                      0.0, 1.0);
}

// Poisson count with mean `mean` from a uniform number (inverse cumulative distribution).
int poissonCount(double mean, double u)
{
    double p = std::exp(-mean), cumulative = p;
    int k = 0;
    while (u >= cumulative && k < kMostCandidatesPerCell) {
        ++k;
        p *= mean / k;
        cumulative += p;
    }
    return k;
}

} // namespace

double boulderCumulativePerM2(double diameter_m)
{
    return kBoulderCoefficientPerM2 * std::pow(diameter_m, -kBoulderCumulativeSlope);
}

double boulderCumulativePerM2(double min_m, double max_m)
{
    return boulderCumulativePerM2(min_m) - boulderCumulativePerM2(max_m);
}

double boulderDiameterAt(double u, double min_m, double max_m)
{
    // N(>= D) in [min, max) is linear in D^-b: invert that.
    const double lo = std::pow(min_m, -kBoulderCumulativeSlope);
    const double hi = std::pow(max_m, -kBoulderCumulativeSlope);
    return std::pow(lo - u * (lo - hi), -1.0 / kBoulderCumulativeSlope);
}

double boulderCellSize(const BoulderFieldOptions& options)
{
    double cell_m = options.dem_pixel_m;
    while (cell_m > options.max_cell_m)
        cell_m *= 0.5;
    return cell_m;
}

double boulderMostEnhancement(const BoulderFieldOptions& options)
{
    // Two overlapping fresh rims at their crests, on the steepest slope.
    return 1.0 + 2.0 * options.rim_gain + options.slope_gain;
}

namespace {

// The blocky detail craters whose (R / r)^3 apron (counted out to 4 radii) reaches the
// rectangle [x0, x1) x [y0, y1) of the detail frame, each with its freshness.
struct BlockyCrater {
    DetailCrater crater;
    double freshness = 0.0;
};

std::vector<BlockyCrater> blockyCratersNear(const BoulderFieldOptions& options, double x0_m,
                                            double y0_m, double x1_m, double y1_m)
{
    std::vector<BlockyCrater> found;
    const SurfaceDetailOptions craters{options.dem_pixel_m, options.crater_levels};
    for (int level = 0; level < craters.levels; ++level) {
        const double cell_m = std::ldexp(craters.dem_pixel_m, -level);
        if (detailCellLaw().max_diameter_cells * cell_m < options.blocky_crater_m)
            break; // only smaller craters from here on
        // A crater's radius is at most a quarter of its cell, so its apron reaches at most
        // one cell beyond its own: the cells under the rectangle and one ring round them.
        const auto ix0 = static_cast<std::int32_t>(std::floor(x0_m / cell_m)) - 1;
        const auto iy0 = static_cast<std::int32_t>(std::floor(y0_m / cell_m)) - 1;
        const auto ix1 = static_cast<std::int32_t>(std::ceil(x1_m / cell_m));
        const auto iy1 = static_cast<std::int32_t>(std::ceil(y1_m / cell_m));
        for (std::int32_t iy = iy0; iy <= iy1; ++iy)
            for (std::int32_t ix = ix0; ix <= ix1; ++ix) {
                const auto crater = detailCraterInCell(craters, level, ix, iy);
                if (!crater || 2.0 * crater->radius_m < options.blocky_crater_m)
                    continue;
                const double dx = std::max({x0_m - crater->x_m, 0.0, crater->x_m - x1_m});
                const double dy = std::max({y0_m - crater->y_m, 0.0, crater->y_m - y1_m});
                if (std::hypot(dx, dy) > 4.0 * crater->radius_m)
                    continue;
                const double fresh = freshness(*crater);
                if (fresh > 0.0)
                    found.push_back({*crater, fresh});
            }
    }
    return found;
}

// The rims' sum at a point from craters gathered round it (each counted within 4 radii).
double rimsAt(const std::vector<BlockyCrater>& craters, double x_m, double y_m)
{
    double rims = 0.0;
    for (const BlockyCrater& c : craters)
        if (std::hypot(x_m - c.crater.x_m, y_m - c.crater.y_m) <= 4.0 * c.crater.radius_m)
            rims += c.freshness * rimShare(c.crater, x_m, y_m);
    return rims;
}

double enhancementOf(const BoulderFieldOptions& options, double rims, double slope_rad)
{
    const double steep = smoothstep(10.0, 35.0, slope_rad * 180.0 / kPi);
    return std::min(1.0 + options.rim_gain * std::min(rims, 2.0) + options.slope_gain * steep,
                    boulderMostEnhancement(options));
}

} // namespace

double boulderEnhancement(const BoulderFieldOptions& options, double x_m, double y_m,
                          double slope_rad)
{
    const auto craters = blockyCratersNear(options, x_m, y_m, x_m, y_m);
    return enhancementOf(options, rimsAt(craters, x_m, y_m), slope_rad);
}

std::vector<Boulder> bouldersInPixels(const BoulderFieldOptions& options, int col0, int row0,
                                      int col1, int row1, const GroundSlope& slope)
{
    std::vector<Boulder> boulders;
    const double cell_m = boulderCellSize(options);
    const double pixel_m = options.dem_pixel_m;
    const int per_pixel = std::max(1, static_cast<int>(std::lround(pixel_m / cell_m)));
    const auto hash_level = kBoulderHashLevel + static_cast<std::uint32_t>(per_pixel);
    const double per_cell_plains =
        boulderCumulativePerM2(options.min_diameter_m, options.max_diameter_m) * cell_m * cell_m;
    // Pixel by pixel: the craters that can reach it are gathered once, and its candidates
    // come at the most its own ground can hold (each rim at its crest, the pixel's slope),
    // so plains pixels draw few candidates that thinning would throw away.
    for (int row = row0; row < row1; ++row)
        for (int col = col0; col < col1; ++col) {
            const double x0 = col * pixel_m, y0 = row * pixel_m;
            const auto craters = blockyCratersNear(options, x0, y0, x0 + pixel_m, y0 + pixel_m);
            double rims_most = 0.0;
            for (const BlockyCrater& c : craters)
                rims_most += c.freshness;
            const double slope_rad = slope(x0 + 0.5 * pixel_m, y0 + 0.5 * pixel_m);
            const double most = enhancementOf(options, rims_most, slope_rad);
            const double mean_per_cell = per_cell_plains * most;
            for (int iy = row * per_pixel; iy < (row + 1) * per_pixel; ++iy)
                for (int ix = col * per_pixel; ix < (col + 1) * per_pixel; ++ix) {
                    const std::uint32_t hash = detailCellHash(ix, iy, hash_level);
                    const int count = poissonCount(mean_per_cell, detailUnit(hash, 0));
                    for (int k = 0; k < count; ++k) {
                        const auto unit = [&](std::uint32_t i) {
                            return detailUnit(hash, 1 + static_cast<std::uint32_t>(k) * kUnitsPerCandidate + i);
                        };
                        Boulder b;
                        b.x_m = (ix + unit(0)) * cell_m;
                        b.y_m = (iy + unit(1)) * cell_m;
                        // Thinning: keep the candidate with probability enhancement / most.
                        const double keep = unit(2) * most;
                        if (keep >= 1.0 &&
                            keep >= enhancementOf(options, rimsAt(craters, b.x_m, b.y_m), slope_rad))
                            continue;
                        b.diameter_m = boulderDiameterAt(unit(3), options.min_diameter_m,
                                                         options.max_diameter_m);
                        const double shape = unit(4);
                        b.height_m = b.diameter_m * (kLeastHeightPerDiameter +
                                                     (kMostHeightPerDiameter - kLeastHeightPerDiameter) * shape);
                        b.buried_m = b.height_m * (kLeastBuriedShare +
                                                   (kMostBuriedShare - kLeastBuriedShare) * unit(5));
                        const double turn = unit(6);
                        b.yaw_rad = turn * 2.0 * kPi;
                        b.variant = std::min(kBoulderVariants - 1,
                                             static_cast<int>(std::fmod(turn * 64.0, 1.0) * kBoulderVariants));
                        boulders.push_back(b);
                    }
                }
        }
    return boulders;
}

} // namespace lunar
