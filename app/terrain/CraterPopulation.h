#pragma once
// Random crater population with a power-law size-frequency distribution (cumulative
// N(>D) = a * D^-b per km^2; b ~ 2 near equilibrium, Melosh 1989 ch. 10), placed uniformly
// over a square region, each with a degradation state. Deterministic for a seed.
#include "terrain/DemRecipe.h"

#include <cstdint>
#include <vector>

namespace lunar {

struct PlacedCrater {
    double x_m = 0.0; // map position of the centre
    double y_m = 0.0;
    double diameter_m = 0.0;
    double depth_m = 0.0; // 0: from the fresh shape relation
    double degradation = 0.0;
};

// Craters over the square [-half_extent_m, half_extent_m]^2, sorted oldest (most degraded)
// first, the order in which they must be stamped.
std::vector<PlacedCrater> generateCraterPopulation(const CraterPopulationOptions& options,
                                                   double half_extent_m, double resolution_m,
                                                   std::uint64_t seed);

// Drops the craters whose rim or near ejecta (1.3 radii) reaches within `radius_m` of a
// map point (a landing site kept clear); the others stay as they were.
void removeCratersNear(std::vector<PlacedCrater>& craters, double x_m, double y_m, double radius_m);

} // namespace lunar
