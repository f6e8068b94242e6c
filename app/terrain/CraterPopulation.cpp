#include "terrain/CraterPopulation.h"

#include "terrain/FractalNoise.h"

#include <algorithm>
#include <cmath>

namespace lunar {

std::vector<PlacedCrater> generateCraterPopulation(const CraterPopulationOptions& options,
                                                   double half_extent_m, double resolution_m,
                                                   std::uint64_t seed)
{
    const double d_min_km = options.min_diameter_px * resolution_m / 1000.0;
    const double d_max_km = options.max_diameter_km;
    std::vector<PlacedCrater> craters;
    if (d_min_km >= d_max_km)
        return craters;
    // Craters centred outside the map still reach into it; widen the area by their reach.
    const double margin_m = 0.5 * d_max_km * 1000.0;
    const double side_km = 2.0 * (half_extent_m + margin_m) / 1000.0;
    const double b = options.sfd_slope;
    const double expected = options.density_per_km2_above_1km * std::pow(d_min_km, -b) *
                            (1.0 - std::pow(d_min_km / d_max_km, b)) * side_km * side_km;
    const auto count = static_cast<std::size_t>(std::llround(expected));
    craters.reserve(count);
    UniformRandom random(splitMix64(seed ^ 0xc0ffee));
    const double truncation = 1.0 - std::pow(d_min_km / d_max_km, b);
    for (std::size_t i = 0; i < count; ++i) {
        PlacedCrater c;
        // Inverse CDF of the truncated power law.
        const double u = random.next();
        c.diameter_m = 1000.0 * d_min_km * std::pow(1.0 - u * truncation, -1.0 / b);
        c.x_m = (random.next() * 2.0 - 1.0) * (half_extent_m + margin_m);
        c.y_m = (random.next() * 2.0 - 1.0) * (half_extent_m + margin_m);
        c.degradation = std::pow(random.next(), options.degradation_exponent);
        craters.push_back(c);
    }
    std::stable_sort(craters.begin(), craters.end(),
                     [](const PlacedCrater& a, const PlacedCrater& z) {
                         return a.degradation > z.degradation;
                     });
    return craters;
}

void removeCratersNear(std::vector<PlacedCrater>& craters, double x_m, double y_m, double radius_m)
{
    constexpr double kEjectaReach = 1.3; // crater radii: the raised rim and its near ejecta
    craters.erase(std::remove_if(craters.begin(), craters.end(),
                                 [&](const PlacedCrater& c) {
                                     const double reach_m = kEjectaReach * 0.5 * c.diameter_m + radius_m;
                                     return std::hypot(c.x_m - x_m, c.y_m - y_m) < reach_m;
                                 }),
                  craters.end());
}

} // namespace lunar
