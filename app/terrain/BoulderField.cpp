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

double boulderEnhancement(const BoulderFieldOptions& options, double x_m, double y_m,
                          double slope_rad)
{
    double rims = 0.0;
    const SurfaceDetailOptions craters{options.dem_pixel_m, options.crater_levels};
    for (int level = 0; level < craters.levels; ++level) {
        const double cell_m = std::ldexp(craters.dem_pixel_m, -level);
        if (detailCellLaw().max_diameter_cells * cell_m < options.blocky_crater_m)
            break; // only smaller craters from here on
        // A crater's radius is at most a quarter of its cell, so the (R / r)^3 apron is
        // counted out to 4 radii: one cell, reached from the 3 x 3 cells around the point.
        const auto ix = static_cast<std::int32_t>(std::floor(x_m / cell_m));
        const auto iy = static_cast<std::int32_t>(std::floor(y_m / cell_m));
        for (int dy = -1; dy <= 1; ++dy)
            for (int dx = -1; dx <= 1; ++dx) {
                const auto crater = detailCraterInCell(craters, level, ix + dx, iy + dy);
                if (!crater || 2.0 * crater->radius_m < options.blocky_crater_m)
                    continue;
                if (std::hypot(x_m - crater->x_m, y_m - crater->y_m) > 4.0 * crater->radius_m)
                    continue;
                rims += freshness(*crater) * rimShare(*crater, x_m, y_m);
            }
    }
    const double steep = smoothstep(10.0, 35.0, slope_rad * 180.0 / kPi);
    return std::min(1.0 + options.rim_gain * std::min(rims, 2.0) + options.slope_gain * steep,
                    boulderMostEnhancement(options));
}

std::vector<Boulder> bouldersInPixels(const BoulderFieldOptions& options, int col0, int row0,
                                      int col1, int row1, const GroundSlope& slope)
{
    std::vector<Boulder> boulders;
    const double cell_m = boulderCellSize(options);
    const int per_pixel = std::max(1, static_cast<int>(std::lround(options.dem_pixel_m / cell_m)));
    const auto hash_level = kBoulderHashLevel + static_cast<std::uint32_t>(per_pixel);
    const double most = boulderMostEnhancement(options);
    const double candidates_per_cell =
        boulderCumulativePerM2(options.min_diameter_m, options.max_diameter_m) * cell_m *
        cell_m * most;
    for (int iy = row0 * per_pixel; iy < row1 * per_pixel; ++iy)
        for (int ix = col0 * per_pixel; ix < col1 * per_pixel; ++ix) {
            const std::uint32_t hash = detailCellHash(ix, iy, hash_level);
            const int count = poissonCount(candidates_per_cell, detailUnit(hash, 0));
            for (int k = 0; k < count; ++k) {
                const auto unit = [&](std::uint32_t i) {
                    return detailUnit(hash, 1 + static_cast<std::uint32_t>(k) * kUnitsPerCandidate + i);
                };
                Boulder b;
                b.x_m = (ix + unit(0)) * cell_m;
                b.y_m = (iy + unit(1)) * cell_m;
                // Thinning: keep the candidate with probability enhancement / most.
                if (unit(2) * most >= boulderEnhancement(options, b.x_m, b.y_m, slope(b.x_m, b.y_m)))
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
    return boulders;
}

} // namespace lunar
